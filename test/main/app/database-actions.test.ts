// File-menu database actions over real temporary databases, with the dialogs faked.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabaseActions } from '../../../main/app/database-actions.ts';
import { createDatabaseSession } from '../../../main/app/database-session.ts';
import { createRecentStore } from '../../../main/app/recent.ts';
import { SEED_GRAPH } from '../../../main/services/database-service.ts';
import { createFakeIpcMain } from '../ipc/fakes.ts';
import { electron, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electron);

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'claimscape-actions-'))));
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  resetFakeElectron();
});

function setup() {
  const ipc = createFakeIpcMain();
  const session = createDatabaseSession({
    ipc,
    onChanged: vi.fn(),
    isTrustedSender: () => true,
    saveFile: async () => ({ saved: false, path: null }),
  });
  const recent = createRecentStore(join(dir, 'recent.json'));
  const onRecentChanged = vi.fn();
  const actions = createDatabaseActions({
    session,
    recent,
    onRecentChanged,
    dialogs: { parent: () => null, defaultDir: () => dir },
  });
  const entities = async () =>
    ((await ipc.invoke({}, 'db:info', {})) as { value: { counts: { entities: number } } }).value.counts.entities;
  const start = join(dir, 'start.db');
  session.open(start);
  return { session, recent, onRecentChanged, actions, entities, start };
}

describe('database actions', () => {
  it('New creates an empty database (vocabulary, no seed graph) and remembers it', async () => {
    const { session, recent, onRecentChanged, actions, entities } = setup();
    const file = join(dir, 'fresh.db');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: file });
    await actions.newDatabase();
    expect(session.file()).toBe(file);
    expect(await entities()).toBe(0);
    expect(recent.list()[0]).toBe(file);
    expect(onRecentChanged).toHaveBeenCalled();
    session.close();
  });

  it('Open switches to an existing database as it is', async () => {
    const { session, actions, entities, start } = setup();
    session.open(join(dir, 'other.db'), { empty: true });
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [start] });
    await actions.openDatabase();
    expect(session.file()).toBe(start);
    expect(await entities()).toBe(SEED_GRAPH.entities.length);
    session.close();
  });

  it('Open never seeds a file the user chose, even an empty one', async () => {
    const { session, actions, entities } = setup();
    const blank = join(dir, 'blank.db');
    writeFileSync(blank, '');
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [blank] });
    await actions.openDatabase();
    expect(session.file()).toBe(blank);
    expect(await entities()).toBe(0);
    session.close();
  });

  it('a file that cannot be opened shows an error and keeps the current database', async () => {
    const { session, recent, actions, start } = setup();
    const bad = join(dir, 'bad.db');
    writeFileSync(bad, 'definitely not sqlite '.repeat(300));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [bad] });
    await actions.openDatabase();
    expect(electron.dialog.showErrorBox).toHaveBeenCalled();
    expect(session.file()).toBe(start);
    expect(recent.list()).not.toContain(bad);
    session.close();
  });

  it('Open Recent of a vanished file explains, forgets it, and creates nothing', () => {
    const { session, recent, actions, start } = setup();
    const gone = join(dir, 'gone.db');
    recent.add(gone);
    actions.openRecent(gone);
    expect(electron.dialog.showErrorBox).toHaveBeenCalled();
    expect(existsSync(gone)).toBe(false);
    expect(recent.list()).not.toContain(gone);
    expect(session.file()).toBe(start);
    session.close();
  });

  it('Clear Recent empties the list', () => {
    const { session, recent, actions } = setup();
    recent.add(join(dir, 'a.db'));
    actions.clearRecent();
    expect(recent.list()).toEqual([]);
    session.close();
  });
});
