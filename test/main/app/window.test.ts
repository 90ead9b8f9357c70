// The main window's options: the security-relevant webPreferences, hidden until painted, the
// app page loaded over app://.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, currentWindowState, mainWindowOptions } from '../../../main/app/window.ts';
import { APP_INDEX_URL } from '../../../main/app/app-protocol.ts';
import { electron, FakeBrowserWindow, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electron);
afterEach(() => void resetFakeElectron());

const opts = {
  preload: '/opt/app/dist/preload/preload.cjs',
  url: APP_INDEX_URL,
  placement: { width: 1200, height: 800, maximized: false },
  dark: false,
  title: 'Claimscape',
};

describe('createMainWindow', () => {
  it('locks down webPreferences and uses the bundled preload', () => {
    createMainWindow(opts, () => undefined);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options['webPreferences']).toEqual({
      preload: '/opt/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('starts hidden with a background colour, loads the app page, shows on ready-to-show', () => {
    createMainWindow(opts, () => undefined);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({ show: false, backgroundColor: '#ffffff', width: 1200, height: 800 });
    expect(win.loadURL).toHaveBeenCalledWith(APP_INDEX_URL);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
    expect(win.maximize).not.toHaveBeenCalled();
  });

  it('maximizes before showing when it was maximized, and uses a dark background in dark mode', () => {
    createMainWindow({ ...opts, dark: true, placement: { ...opts.placement, maximized: true } }, () => undefined);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options['backgroundColor']).not.toBe('#ffffff');
    expect(win.options).not.toHaveProperty('maximized');
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
  });

  it('reports a failed page load instead of leaving an unhandled rejection', async () => {
    const onError = vi.fn();
    FakeBrowserWindow.failNextLoad = new Error('ERR_FILE_NOT_FOUND');
    createMainWindow(opts, onError);
    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'ERR_FILE_NOT_FOUND' })),
    );
  });

  it('omits x/y when the placement has none, so the OS centres the window', () => {
    expect(mainWindowOptions(opts)).not.toHaveProperty('x');
    expect(mainWindowOptions({ ...opts, placement: { ...opts.placement, x: 5, y: 6 } })).toMatchObject({ x: 5, y: 6 });
  });

  it('remembers the normal bounds and the maximized flag', () => {
    const win = new electron.BrowserWindow({});
    win.isMaximized.mockReturnValue(true);
    expect(currentWindowState(win)).toEqual({ bounds: { x: 40, y: 50, width: 1100, height: 700 }, maximized: true });
  });
});
