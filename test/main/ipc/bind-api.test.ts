// The IPC handler table over a real temporary SQLite database: every call is registered, the
// sender is checked before anything runs, arguments are validated by dispatch().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_NAMES, type ApiHandlers } from '../../../graph-data/contract/api.ts';
import { bindApi } from '../../../main/ipc/bind-api.ts';
import { createSenderCheck } from '../../../main/ipc/sender-check.ts';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { openOrCreate, SEED_GRAPH } from '../../../main/services/database-service.ts';
import { APP_INDEX_URL, isAppPage } from '../../../main/app/app-protocol.ts';
import { createFakeContents, createFakeIpcMain } from './fakes.ts';

vi.mock('electron', () => ({})); // nothing here may need electron at run time

let dir: string;
let close: () => void;
let handlers: ApiHandlers;
const saveFile = vi.fn(async () => ({ saved: false, path: null }));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimscape-ipc-'));
  const file = join(dir, 'test.db');
  const { db } = openOrCreate(file);
  close = () => db.close();
  handlers = createApiHandlers(db, { databaseFile: file, saveFile });
});
afterEach(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

function setup(trusted = true) {
  const ipc = createFakeIpcMain();
  const win = createFakeContents(APP_INDEX_URL);
  const check = createSenderCheck({ contents: () => win.contents, isAppPage });
  const unbind = bindApi(ipc, handlers, { isTrustedSender: trusted ? check : () => false });
  return { ipc, win, unbind };
}

describe('bindApi', () => {
  it('registers exactly one handler per API name, on the channel of that name', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual([...API_NAMES].sort());
  });

  it('unbind removes every handler, so the table can be bound again', () => {
    const { ipc, unbind } = setup();
    unbind();
    expect(ipc.handlers.size).toBe(0);
    expect(() => bindApi(ipc, handlers, { isTrustedSender: () => true })).not.toThrow();
    expect(ipc.handlers.size).toBe(API_NAMES.length);
  });

  it('answers a valid call from the app window with data from the real database', async () => {
    const { ipc, win } = setup();
    const info = (await ipc.invoke(win.eventFrom(), 'db:info', {})) as {
      ok: true;
      value: { file: string; counts: { entities: number } };
    };
    expect(info.ok).toBe(true);
    expect(info.value.file).toBe(join(dir, 'test.db'));
    expect(info.value.counts.entities).toBe(SEED_GRAPH.entities.length);

    const first = SEED_GRAPH.entities[0]!;
    const entity = (await ipc.invoke(win.eventFrom(), 'entity:get', { id: first.id })) as {
      ok: boolean;
      value: { entity: { id: string } };
    };
    expect(entity.ok).toBe(true);
    expect(JSON.stringify(entity.value)).toContain(first.id);
  });

  it('answers invalid arguments with bad-argument, before any service runs', async () => {
    const { ipc, win } = setup();
    const spy = vi.spyOn(handlers, 'search:run');
    for (const args of [{ text: 42 }, { text: 'x', limit: 0 }, { text: 'x', extra: true }, 'nope']) {
      const r = (await ipc.invoke(win.eventFrom(), 'search:run', args)) as { ok: boolean; error?: { code: string } };
      expect(r).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses an untrusted sender with forbidden, without running the handler', async () => {
    const { ipc, win } = setup(false);
    const spy = vi.spyOn(handlers, 'db:info');
    const r = await ipc.invoke(win.eventFrom(), 'db:info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses calls from a subframe or another page of the same window', async () => {
    const { ipc, win } = setup();
    const sub = { url: APP_INDEX_URL, processId: 7, routingId: 2, parent: win.mainFrame };
    expect(await ipc.invoke(win.eventFrom(sub), 'db:info', {})).toMatchObject({ error: { code: 'forbidden' } });
    win.mainFrame.url = 'https://example.com/';
    expect(await ipc.invoke(win.eventFrom(), 'db:info', {})).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('treats a sender check that throws as untrusted', async () => {
    const ipc = createFakeIpcMain();
    bindApi(ipc, handlers, {
      isTrustedSender: () => {
        throw new Error('frame destroyed');
      },
    });
    expect(await ipc.invoke({}, 'db:info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
