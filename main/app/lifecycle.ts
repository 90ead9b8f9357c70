// App lifecycle: one instance only, start when ready, quit when the last window closes (except
// on macOS, where the app stays in the dock and 'activate' opens a new window). Files the OS
// opens with the app (argv, a second launch's argv, macOS 'open-file') go to hooks.openFiles.
import type { App } from 'electron';
import { associatedFiles, createFileOpener } from './open-files.ts';

export type LifecycleApp = Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady'>;

export interface LifecycleHooks {
  ready(): Promise<void> | void;
  /** Someone launched the app again: bring our window forward. */
  secondInstance(): void;
  /** macOS dock click: reopen a window if none is open. */
  activate(): void;
  /** Last chance to close the database cleanly. */
  willQuit(): void;
  fatal(error: unknown): void;
  /** Imports a .claimscape.json the OS opened with the app; called once ready, one file at a time. */
  openFile(file: string): Promise<void>;
}

/** This launch's command line: where associated files come from on Windows and Linux. */
export interface Launch {
  argv: readonly string[];
  cwd: string;
}

/** Returns false when another instance holds the lock (this one then quits). */
export function runLifecycle(
  app: LifecycleApp,
  platform: NodeJS.Platform,
  hooks: LifecycleHooks,
  launch: Launch = { argv: process.argv, cwd: process.cwd() },
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  let ready = false;
  const files = createFileOpener((file) => hooks.openFile(file));
  files.open(associatedFiles(launch.argv, launch.cwd));
  // macOS sends open-file before 'ready' when a file launches the app: queued until then.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    files.open([path]);
  });
  app.on('second-instance', (_event, argv, cwd) => {
    if (ready) hooks.secondInstance();
    files.open(associatedFiles(argv ?? [], cwd ?? launch.cwd));
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (ready) hooks.activate();
  });
  app.on('will-quit', () => hooks.willQuit());
  app
    .whenReady()
    .then(async () => {
      await hooks.ready();
      ready = true;
      files.ready();
    })
    .catch((e: unknown) => hooks.fatal(e));
  return true;
}
