// npm run test:electron [-- --packaged] [vitest args]: runs test/electron/*.electron.ts against the
// development app, or with --packaged (or CLAIMSCAPE_E2E_PACKAGED=1) against `npm run dist:e2e`'s
// unpacked app. Without an Electron binary (or a display on Linux) it says so in one line and
// exits 2: never a silent pass.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateApp, modeFrom } from '../test/electron/locate-app.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const mode = modeFrom(args);

function stop(reason) {
  console.error(`test:electron: ${reason}; nothing was tested.`);
  process.exit(2);
}

const app = locateApp(root, mode);
if (!app.ok) stop(app.reason);
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
  stop('no display (DISPLAY is not set): run it under Xvfb, e.g. `xvfb-run -a npm run test:electron`');

const run = (file, extra) =>
  spawnSync(process.execPath, [join(root, file), ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CLAIMSCAPE_E2E_PACKAGED: mode === 'packaged' ? '1' : '' },
  });
if (mode === 'dev') {
  const built = run('scripts/build.mjs', []);
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const vitestArgs = args.filter((a) => a !== '--packaged');
console.log(`test:electron: ${mode} app ${app.executablePath}`);
const tests = run('node_modules/vitest/vitest.mjs', ['run', '--config', 'vitest.electron.config.ts', ...vitestArgs]);
process.exit(tests.status ?? 1);
