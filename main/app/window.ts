// The main window: locked-down webPreferences, shown only once painted, placed where it was.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { MIN_SIZE, type Placement, type WindowState } from './window-state.ts';

export interface MainWindowOptions {
  /** Absolute path of dist/preload/preload.cjs. */
  preload: string;
  /** The app page (APP_INDEX_URL). */
  url: string;
  placement: Placement;
  dark: boolean;
  title: string;
}

export function mainWindowOptions(o: MainWindowOptions): BrowserWindowConstructorOptions {
  const { maximized: _maximized, ...bounds } = o.placement;
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: o.title,
    show: false, // shown on ready-to-show, so there is no white flash
    backgroundColor: o.dark ? '#15171c' : '#ffffff',
    webPreferences: {
      preload: o.preload,
      contextIsolation: true, // the page cannot reach the preload's globals
      sandbox: true, // the renderer is an ordinary Chromium sandboxed process; preload gets 'electron' only
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false, // a dropped file must not replace the app page
      safeDialogs: true,
    },
  };
}

export function createMainWindow(o: MainWindowOptions, onLoadError: (e: unknown) => void): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(o));
  win.once('ready-to-show', () => {
    if (o.placement.maximized) win.maximize();
    win.show();
  });
  win.loadURL(o.url).catch(onLoadError);
  return win;
}

/** What to remember when the window closes: the un-maximized bounds plus the flag. */
export function currentWindowState(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  return { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
}
