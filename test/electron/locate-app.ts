// Finds the Electron app the end-to-end tests launch: the development app (the electron package's
// binary running this folder) or the packaged one built by `npm run dist:e2e`. Plain Node (types
// are stripped when scripts/test-electron.mjs imports it), so no imports beyond node:*.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type AppMode = 'dev' | 'packaged';

export type LocatedApp =
  { ok: true; mode: AppMode; executablePath: string; args: string[] } | { ok: false; mode: AppMode; reason: string };

/**
 * Where electron-builder puts the unpacked app, per platform (first existing wins): release/e2e
 * for `npm run dist:e2e`, release for the shipped build of `npm run dist`.
 */
export function packagedCandidates(
  root: string,
  platform: NodeJS.Platform,
  build: 'e2e' | 'shipped' = 'e2e',
): string[] {
  const out = build === 'e2e' ? join(root, 'release', 'e2e') : join(root, 'release');
  if (platform === 'darwin')
    return ['mac-arm64', 'mac', 'mac-universal'].map((d) =>
      join(out, d, 'Claimscape.app', 'Contents', 'MacOS', 'Claimscape'),
    );
  if (platform === 'win32') return ['win-unpacked', 'win-arm64-unpacked'].map((d) => join(out, d, 'Claimscape.exe'));
  return ['linux-unpacked', 'linux-arm64-unpacked'].map((d) => join(out, d, 'claimscape'));
}

/** The electron package records its binary's path in path.txt once the download succeeded. */
function devElectron(root: string): { path: string } | { reason: string } {
  const pkg = join(root, 'node_modules', 'electron');
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pathTxt))
    return {
      reason:
        `no Electron binary (${pathTxt} is missing: the electron package was installed without its ` +
        'binary, e.g. with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or no access to GitHub)',
    };
  const binary = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { reason: `no Electron binary at ${binary}` };
}

export function locateApp(
  root: string,
  mode: AppMode,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): LocatedApp {
  if (mode === 'dev') {
    const found = devElectron(root);
    return 'path' in found
      ? { ok: true, mode, executablePath: found.path, args: [root] }
      : { ok: false, mode, reason: found.reason };
  }
  const override = env['CLAIMSCAPE_E2E_APP'];
  const candidates = override ? [override] : packagedCandidates(root, platform);
  const found = candidates.find((c) => existsSync(c));
  if (found) return { ok: true, mode, executablePath: found, args: [] };
  return {
    ok: false,
    mode,
    reason: `no packaged app at ${candidates.join(' or ')} (build it with \`npm run dist:e2e\`)`,
  };
}

/** --packaged on the command line or CLAIMSCAPE_E2E_PACKAGED=1 selects the packaged app. */
export function modeFrom(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): AppMode {
  return argv.includes('--packaged') || env['CLAIMSCAPE_E2E_PACKAGED'] === '1' ? 'packaged' : 'dev';
}
