// Where the shell finds its bundles and keeps its per-user files. The per-user folder is
// <appData>/Claimscape, the same folder defaultDatabasePath() uses, so the CLI and the app share
// one database by default.
import { join } from 'node:path';
import { defaultDatabasePath } from '../services/database-service.ts';

export const PRODUCT_NAME = 'Claimscape';

export interface AppPaths {
  preload: string;
  rendererDir: string;
}

/** `appRoot` is app.getAppPath(): the project folder in development, app.asar when packaged. */
export function appPaths(appRoot: string): AppPaths {
  return {
    preload: join(appRoot, 'dist', 'preload', 'preload.cjs'),
    rendererDir: join(appRoot, 'dist', 'renderer'),
  };
}

/** Electron's userData for the app, pinned so it does not depend on package.json's name. */
export function userDataDir(appData: string): string {
  return join(appData, PRODUCT_NAME);
}

export interface UserFiles {
  database: string;
  windowState: string;
  recent: string;
}

/** The database honours CLAIMSCAPE_DB exactly as the CLI does. */
export function userFiles(userData: string, env: NodeJS.ProcessEnv = process.env): UserFiles {
  return {
    database: env['CLAIMSCAPE_DB'] ? defaultDatabasePath(env) : join(userData, 'claimscape.db'),
    windowState: join(userData, 'window-state.json'),
    recent: join(userData, 'recent-databases.json'),
  };
}
