// What the packaged app holds (npm run dist:e2e): the bundles the app runs inside app.asar, the
// SQLite binding for this platform unpacked beside it, and no development-only code.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { appUnderTest } from './harness.ts';

const app = appUnderTest();
const packaged = app.mode === 'packaged';

/** resources/ next to the executable (Linux, Windows) or in Contents/Resources (macOS). */
function resourcesDir(executable: string): string {
  const mac = join(dirname(executable), '..', 'Resources');
  return existsSync(join(mac, 'app.asar')) ? mac : join(dirname(executable), 'resources');
}

describe.skipIf(!packaged)('the packaged app', () => {
  const resources = resourcesDir(app.executablePath);
  const files = packaged ? listPackage(join(resources, 'app.asar'), { isPack: false }) : [];
  const has = (f: string) => files.includes(f.replaceAll('/', process.platform === 'win32' ? '\\' : '/'));

  it('holds the main, preload, renderer and CommonJS worker bundles and package.json in app.asar', () => {
    for (const f of [
      '/package.json',
      '/dist/main/app.cjs',
      '/dist/preload/preload.cjs',
      '/dist/renderer/index.html',
      '/dist/renderer/app.js',
      '/dist/renderer/layout-worker.js',
      '/dist/worker/import-worker.cjs',
      '/node_modules/better-sqlite3/package.json',
    ])
      expect(has(f), f).toBe(true);
  });

  it('leaves out the CLI, the benchmarks and every development dependency', () => {
    for (const f of [
      '/dist/cli',
      '/dist/bench',
      '/node_modules/electron',
      '/node_modules/vitest',
      '/node_modules/cytoscape',
    ])
      expect(has(f), f).toBe(false);
  });

  it("unpacks this platform's better-sqlite3 binary next to the asar", () => {
    const binary = `${process.platform}-${process.arch}.node`;
    const unpacked = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds', binary);
    expect(existsSync(unpacked), unpacked).toBe(true);
  });
});
