// A fake of the parts of the 'electron' module the shell uses, for vi.mock('electron'). Tests
// mock with `vi.mock('electron', async () => (await import('./fake-electron.ts')).electron)` and
// inspect the same singleton through `electron` here. No Electron binary is needed.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { createFakeIpcMain } from '../ipc/fakes.ts';

export class FakeWebContents extends EventEmitter {
  mainFrame = { url: '', processId: 11, routingId: 1, parent: null };
  send = vi.fn();
  setWindowOpenHandler = vi.fn();
  destroyed = false;
  isDestroyed = (): boolean => this.destroyed;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  /** Makes the next window's loadURL reject, as Electron does when the page cannot load. */
  static failNextLoad: Error | null = null;
  webContents = new FakeWebContents();
  destroyed = false;
  private loadError = FakeBrowserWindow.takeLoadError();
  loadURL = vi.fn(async (url: string) => {
    if (this.loadError) throw this.loadError;
    this.webContents.mainFrame.url = url;
  });
  private static takeLoadError(): Error | null {
    const e = FakeBrowserWindow.failNextLoad;
    FakeBrowserWindow.failNextLoad = null;
    return e;
  }
  show = vi.fn();
  maximize = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 40, y: 50, width: 1100, height: 700 }));
  isDestroyed = (): boolean => this.destroyed;
  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  /** What closing the window does: 'close', then destroyed, then 'closed'. */
  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

function createFakeApp() {
  const emitter = new EventEmitter();
  const paths = new Map<string, string>();
  const switches = new Map<string, string>();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (resolveReady = r));
  return Object.assign(emitter, {
    paths,
    switches,
    isPackaged: false,
    commandLine: { getSwitchValue: vi.fn((name: string) => switches.get(name) ?? '') },
    fireReady: () => resolveReady(),
    setName: vi.fn(),
    setPath: vi.fn((name: string, value: string) => void paths.set(name, value)),
    getPath: vi.fn((name: string) => {
      const p = paths.get(name);
      if (p === undefined) throw new Error(`fake app: no path for ${name}`);
      return p;
    }),
    getAppPath: vi.fn(() => '/opt/claimscape/resources/app.asar'),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => ready),
  });
}

function createFakeSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
}

function create() {
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  return {
    app: createFakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: createFakeIpcMain(),
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
    session: { defaultSession: createFakeSession() },
    screen: { getPrimaryDisplay: vi.fn(() => display), getAllDisplays: vi.fn(() => [display]) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    nativeTheme: { shouldUseDarkColors: false },
  };
}

export type FakeElectron = ReturnType<typeof create>;

/** The module the mock returns; reset() swaps in fresh fakes between tests. */
export const electron = {} as FakeElectron;

export function resetFakeElectron(): FakeElectron {
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.failNextLoad = null;
  return Object.assign(electron, create());
}
resetFakeElectron();
