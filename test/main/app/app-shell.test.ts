// The whole shell wired together against a faked electron module and a real per-user database
// in a temporary folder: what happens before ready, on ready, on IPC calls, menu clicks and quit.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { startApp } from '../../../main/app/app-shell.ts';
import { APP_INDEX_URL } from '../../../main/app/app-protocol.ts';
import { SEED_GRAPH } from '../../../main/services/database-service.ts';
import { electron, FakeBrowserWindow, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electron);

let dir: string;
const tick = () => new Promise((r) => setTimeout(r, 0));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimscape-shell-'));
  resetFakeElectron();
  electron.app.paths.set('appData', join(dir, 'config'));
  electron.app.paths.set('documents', join(dir, 'docs'));
  vi.stubEnv('CLAIMSCAPE_DB', '');
});
afterEach(() => {
  electron.app.emit('will-quit');
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

async function started() {
  expect(startApp()).toBe(true);
  electron.app.fireReady();
  await tick();
  const win = FakeBrowserWindow.instances[0]!;
  const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  const call = (name: string, args: unknown = {}, event: unknown = trusted) =>
    electron.ipcMain.invoke(event, name, args);
  const menu = () => electron.Menu.buildFromTemplate.mock.lastCall![0] as MenuItemConstructorOptions[];
  return { win, call, menu };
}

function item(items: readonly MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  for (const i of items) {
    if (i.id === id) return i;
    if (Array.isArray(i.submenu)) {
      try {
        return item(i.submenu, id);
      } catch {
        /* keep looking */
      }
    }
  }
  throw new Error(`no menu item ${id}`);
}

describe('startApp', () => {
  it('pins userData, sandboxes and registers app:// before asking for the single-instance lock', () => {
    startApp();
    const userData = join(dir, 'config', 'Claimscape');
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', userData);
    const order = (f: { mock: { invocationCallOrder: number[] } }) => f.mock.invocationCallOrder[0]!;
    expect(order(electron.app.setPath)).toBeLessThan(order(electron.app.requestSingleInstanceLock));
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0); // nothing opens before ready
    expect(existsSync(join(userData, 'claimscape.db'))).toBe(false);
  });

  it('on ready: secures the session, serves app://, creates the seeded database, opens the window', async () => {
    const { win, menu } = await started();
    const s = electron.session.defaultSession;
    expect(s.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(s.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(existsSync(join(dir, 'config', 'Claimscape', 'claimscape.db'))).toBe(true);
    expect(win.options['webPreferences']).toMatchObject({
      preload: join('/opt/claimscape/resources/app.asar', 'dist', 'preload', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
    });
    expect(win.loadURL).toHaveBeenCalledWith(APP_INDEX_URL);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(menu().length).toBeGreaterThan(0);
  });

  it('answers the window over IPC from the real database, and refuses other senders', async () => {
    const { call, win } = await started();
    expect(await call('db:info')).toMatchObject({
      ok: true,
      value: {
        file: join(dir, 'config', 'Claimscape', 'claimscape.db'),
        counts: { entities: SEED_GRAPH.entities.length },
      },
    });
    expect(await call('search:run', { text: 1 })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    const subframe = { url: APP_INDEX_URL, processId: 11, routingId: 5, parent: win.webContents.mainFrame };
    expect(await call('db:info', {}, { sender: win.webContents, senderFrame: subframe })).toMatchObject({
      error: { code: 'forbidden' },
    });
  });

  it('menu commands reach the renderer as menu:command events', async () => {
    const { win, menu } = await started();
    (item(menu(), 'command:fit').click as () => void)();
    expect(win.webContents.send).toHaveBeenCalledWith('event:menu:command', { command: 'fit' });
  });

  it('File ▸ New Database switches to an empty database and tells the renderer', async () => {
    const { win, call, menu } = await started();
    const fresh = join(dir, 'docs', 'fresh.db');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: fresh });
    (item(menu(), 'new-database').click as () => void)();
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith('event:db:changed', { file: fresh }));
    expect(await call('db:info')).toMatchObject({ ok: true, value: { file: fresh, counts: { entities: 0 } } });
    const recent = item(menu(), 'open-recent').submenu as MenuItemConstructorOptions[];
    expect(recent[0]!.label).toContain('fresh.db');
  });

  it('remembers the window bounds on close and quits when it was the last window (Linux)', async () => {
    const { win } = await started();
    win.close();
    const state = JSON.parse(readFileSync(join(dir, 'config', 'Claimscape', 'window-state.json'), 'utf8'));
    expect(state).toEqual({ bounds: { x: 40, y: 50, width: 1100, height: 700 }, maximized: false });
    electron.app.emit('window-all-closed');
    if (process.platform !== 'darwin') expect(electron.app.quit).toHaveBeenCalled();
  });

  it('closes the database on quit', async () => {
    await started();
    const file = join(dir, 'config', 'Claimscape', 'claimscape.db');
    expect(existsSync(`${file}-wal`)).toBe(true);
    electron.app.emit('will-quit');
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
