// App lifecycle: one instance only, start when ready, quit when the last window closes (except
// on macOS, where the app stays in the dock and 'activate' opens a new window).
import type { App } from 'electron';

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
}

/** Returns false when another instance holds the lock (this one then quits). */
export function runLifecycle(app: LifecycleApp, platform: NodeJS.Platform, hooks: LifecycleHooks): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  let ready = false;
  app.on('second-instance', () => {
    if (ready) hooks.secondInstance();
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
    })
    .catch((e: unknown) => hooks.fatal(e));
  return true;
}
