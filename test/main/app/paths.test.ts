// The app and the CLI must agree on the per-user database: <appData>/Claimscape/claimscape.db.
import { homedir, platform } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appPaths, userDataDir, userFiles } from '../../../main/app/paths.ts';
import { defaultDatabasePath } from '../../../main/services/database-service.ts';

vi.mock('electron', () => ({}));

/** What Electron's app.getPath('appData') is on this platform for `env`. */
function electronAppData(env: NodeJS.ProcessEnv): string {
  if (platform() === 'win32') return env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming');
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config');
}

describe('per-user paths', () => {
  it.each([{}, { XDG_CONFIG_HOME: '/tmp/xdg-config', APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }])(
    'the app database is the CLI default database (env %j)',
    (env: NodeJS.ProcessEnv) => {
      const app = userFiles(userDataDir(electronAppData(env)), env).database;
      expect(app).toBe(defaultDatabasePath(env));
      expect(app.endsWith(join('Claimscape', 'claimscape.db'))).toBe(true);
    },
  );

  it('honours CLAIMSCAPE_DB like the CLI', () => {
    expect(userFiles('/u/Claimscape', { CLAIMSCAPE_DB: '/elsewhere/x.db' }).database).toBe('/elsewhere/x.db');
  });

  it('keeps its own files in userData and finds the bundles under the app root', () => {
    expect(userFiles('/u/Claimscape', {})).toEqual({
      database: join('/u/Claimscape', 'claimscape.db'),
      windowState: join('/u/Claimscape', 'window-state.json'),
      recent: join('/u/Claimscape', 'recent-databases.json'),
    });
    expect(appPaths('/opt/app.asar')).toEqual({
      preload: join('/opt/app.asar', 'dist', 'preload', 'preload.cjs'),
      rendererDir: join('/opt/app.asar', 'dist', 'renderer'),
    });
  });
});
