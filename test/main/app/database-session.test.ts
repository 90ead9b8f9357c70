// The database session over real temporary SQLite files: open, switch (rebinding the IPC
// handlers and closing the old connection), failures that leave the old database in place.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_NAMES } from '../../../graph-data/contract/api.ts';
import { createDatabaseSession } from '../../../main/app/database-session.ts';
import { SEED_GRAPH } from '../../../main/services/database-service.ts';
import { createFakeIpcMain } from '../ipc/fakes.ts';

vi.mock('electron', () => ({}));

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'claimscape-session-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup() {
  const ipc = createFakeIpcMain();
  const onChanged = vi.fn();
  const session = createDatabaseSession({
    ipc,
    onChanged,
    isTrustedSender: () => true,
    saveFile: async () => ({ saved: false, path: null }),
  });
  const info = async () =>
    (await ipc.invoke({}, 'db:info', {})) as { ok: boolean; value: { file: string; counts: { entities: number } } };
  return { ipc, onChanged, session, info };
}

describe('createDatabaseSession', () => {
  it('creates a new default database with the seed graph and binds every call', async () => {
    const { ipc, session, info, onChanged } = setup();
    const file = join(dir, 'claimscape.db');
    expect(session.open(file)).toEqual({ created: true, switched: true });
    expect(ipc.handlers.size).toBe(API_NAMES.length);
    expect((await info()).value).toMatchObject({ file, counts: { entities: SEED_GRAPH.entities.length } });
    expect(onChanged).toHaveBeenCalledWith(file);
    session.close();
  });

  it('switches to an empty new database: handlers now answer from it', async () => {
    const { session, info, onChanged } = setup();
    session.open(join(dir, 'a.db'));
    const b = join(dir, 'b.db');
    session.open(b, { empty: true });
    const r = await info();
    expect(r.value.file).toBe(b);
    expect(r.value.counts.entities).toBe(0);
    expect(onChanged).toHaveBeenLastCalledWith(b);
    expect(session.file()).toBe(b);
    session.close();
  });

  it('tells the renderer when an import changes the open database', async () => {
    const { ipc, session, onChanged } = setup();
    const file = join(dir, 'a.db');
    session.open(file, { empty: true });
    onChanged.mockClear();
    const text = JSON.stringify({
      format: 'claimscape',
      version: 1,
      sources: [],
      entities: [],
      relations: [],
      claims: [],
    });
    const r = await ipc.invoke({}, 'import:run', { name: 'x.json', text });
    expect(r).toMatchObject({ ok: true });
    expect(onChanged).toHaveBeenCalledWith(file);
    session.close();
  });

  it('reopening the current file does nothing', () => {
    const { session, onChanged } = setup();
    const file = join(dir, 'a.db');
    session.open(file);
    expect(session.open(file)).toEqual({ created: false, switched: false });
    expect(onChanged).toHaveBeenCalledTimes(1);
    session.close();
  });

  it('switching closes the old connection', () => {
    const { session } = setup();
    const a = join(dir, 'a.db');
    session.open(a);
    expect(existsSync(`${a}-wal`)).toBe(true);
    session.open(join(dir, 'b.db'));
    expect(existsSync(`${a}-wal`)).toBe(false);
    session.close();
  });

  it('a file that is not a database leaves the current one open and bound', async () => {
    const { session, info } = setup();
    const a = join(dir, 'a.db');
    session.open(a);
    const bad = join(dir, 'notes.db');
    writeFileSync(bad, 'these are not the bytes of a SQLite database, just some notes. '.repeat(200));
    expect(() => session.open(bad)).toThrow();
    expect(session.file()).toBe(a);
    expect((await info()).value.file).toBe(a);
    session.close();
  });

  it('close unbinds the handlers and closes the connection', async () => {
    const { ipc, session } = setup();
    const file = join(dir, 'a.db');
    session.open(file);
    expect(existsSync(`${file}-wal`)).toBe(true); // WAL mode: the log exists while a connection is open
    session.close();
    expect(ipc.handlers.size).toBe(0);
    expect(session.file()).toBeNull();
    expect(existsSync(`${file}-wal`)).toBe(false); // removed when the last connection closes
    await expect(ipc.invoke({}, 'db:info', {})).rejects.toThrow(/No handler/);
  });
});
