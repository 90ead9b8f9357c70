// Wires the desktop shell: per-user paths, the app:// page, security, the database session and
// its IPC handlers, the menu and the window. startApp() is the only thing index.ts calls.
import { resolve } from 'node:path';
import { app, ipcMain, Menu, nativeTheme, protocol, screen, session, type BrowserWindow } from 'electron';
import { createSenderCheck } from '../ipc/sender-check.ts';
import { send } from '../ipc/send-event.ts';
import { APP_INDEX_URL, handleAppProtocol, isAppPage, registerAppScheme } from './app-protocol.ts';
import { createDatabaseActions } from './database-actions.ts';
import { createDatabaseSession } from './database-session.ts';
import { createChooseExportPath, createSaveFile, showError, type DialogContext } from './dialogs.ts';
import { runLifecycle, type LifecycleHooks } from './lifecycle.ts';
import { createMenuTemplate, type MenuActions } from './menu.ts';
import { appPaths, PRODUCT_NAME, userDataDir, userFiles, type AppPaths } from './paths.ts';
import { createRecentStore } from './recent.ts';
import { secureApp, secureSession } from './security.ts';
import { createMainWindow, currentWindowState } from './window.ts';
import { loadWindowState, placeWindow, saveWindowState, type Bounds } from './window-state.ts';

/** Work areas with the primary display first, as placeWindow expects. */
function workAreas(): Bounds[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

/** Opens the app window where it was last, and saves its bounds when it closes. */
function openMainWindow(paths: AppPaths, stateFile: string): BrowserWindow {
  const placement = placeWindow(loadWindowState(stateFile), workAreas());
  const dark = nativeTheme.shouldUseDarkColors;
  const win = createMainWindow(
    { preload: paths.preload, url: APP_INDEX_URL, placement, dark, title: PRODUCT_NAME },
    (e) => console.error('claimscape: the app page failed to load:', e),
  );
  win.on('close', () => {
    try {
      saveWindowState(stateFile, currentWindowState(win));
    } catch (e) {
      console.error('claimscape: could not save the window state:', e);
    }
  });
  return win;
}

function installMenu(recent: readonly string[], actions: MenuActions): void {
  const template = createMenuTemplate({
    platform: process.platform,
    appName: PRODUCT_NAME,
    recent,
    devTools: !app.isPackaged,
    actions,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createShell(): LifecycleHooks {
  const paths = appPaths(app.getAppPath());
  const files = userFiles(app.getPath('userData'));
  const recent = createRecentStore(files.recent);
  let win: BrowserWindow | null = null;
  const live = (): BrowserWindow | null => (win !== null && !win.isDestroyed() ? win : null);
  const contents = () => live()?.webContents ?? null;
  const dialogs: DialogContext = { parent: live, defaultDir: () => app.getPath('documents') };
  const database = createDatabaseSession({
    ipc: ipcMain,
    isTrustedSender: createSenderCheck({ contents, isAppPage }),
    saveFile: createSaveFile(dialogs),
    onChanged: (file) => send(contents(), 'db:changed', { file }),
    onImportProgress: (p) => send(contents(), 'import:progress', p),
    chooseExportPath: createChooseExportPath(dialogs),
    onExportProgress: (p) => send(contents(), 'export:progress', p),
  });
  const refreshMenu = (): void =>
    installMenu(recent.list(), {
      ...createDatabaseActions({ session: database, recent, dialogs, onRecentChanged: () => refreshMenu() }),
      command: (command) => send(contents(), 'menu:command', { command }),
    });
  const openWindow = (): void => {
    const opened = openMainWindow(paths, files.windowState);
    opened.on('closed', () => {
      if (win === opened) win = null;
    });
    win = opened;
  };

  return {
    ready() {
      secureSession(session.defaultSession);
      handleAppProtocol(protocol, paths.rendererDir);
      database.open(files.database); // first run: created with the seed graph
      recent.add(files.database);
      refreshMenu();
      openWindow();
    },
    secondInstance() {
      const w = live();
      if (w === null) return openWindow();
      if (w.isMinimized()) w.restore();
      w.focus();
    },
    activate() {
      if (live() === null) openWindow();
    },
    willQuit: () => database.close(),
    async openFile(file) {
      // A .claimscape.json opened from the file manager: imported like the Import dialog does.
      const r = await database.importFile(file).catch((e: unknown) => ({
        ok: false as const,
        error: { code: 'unreadable', message: e instanceof Error ? e.message : String(e) },
      }));
      if (!r.ok) showError('Could not import the file', `${file}\n\n${r.error.message} (${r.error.code})`);
    },
    fatal(e) {
      showError('Claimscape could not start', e instanceof Error ? e.message : String(e));
      app.exit(1);
    },
  };
}

/** Everything that must happen before 'ready', then the lifecycle. */
export function startApp(): boolean {
  app.setName(PRODUCT_NAME);
  // Pinned before anything reads it (the single-instance lock lives there): <appData>/Claimscape,
  // unless --user-data-dir names another folder (how the Electron tests start on a fresh one).
  const chosen = app.commandLine.getSwitchValue('user-data-dir');
  app.setPath('userData', chosen ? resolve(chosen) : userDataDir(app.getPath('appData')));
  app.enableSandbox();
  registerAppScheme(protocol);
  secureApp(app, { isAppPage });
  return runLifecycle(app, process.platform, createShell());
}
