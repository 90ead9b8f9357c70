// `npm run test:electron` where it cannot run: no Electron binary (this machine), no packaged app,
// no display. It must stop with one line saying why and exit code 2, never pass silently.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateApp, modeFrom, packagedCandidates } from '../electron/locate-app.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'claimscape-test-electron-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project folder holding only the runner script and its locator: no node_modules/electron. */
function bareProject(name: string): string {
  const root = join(work, name);
  mkdirSync(join(root, 'scripts'), { recursive: true });
  mkdirSync(join(root, 'test', 'electron'), { recursive: true });
  cpSync(join(ROOT, 'scripts/test-electron.mjs'), join(root, 'scripts/test-electron.mjs'));
  cpSync(join(ROOT, 'test/electron/locate-app.ts'), join(root, 'test/electron/locate-app.ts'));
  return root;
}

/** Fakes an installed electron package whose binary is present (a plain file). */
function fakeElectron(root: string): string {
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(pkg, 'path.txt'), 'electron');
  writeFileSync(join(pkg, 'dist', 'electron'), '');
  return join(pkg, 'dist', 'electron');
}

function runScript(root: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const clean = { ...process.env, CLAIMSCAPE_E2E_PACKAGED: '', CLAIMSCAPE_E2E_APP: '', ...env };
  const r = spawnSync(process.execPath, [join(root, 'scripts/test-electron.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: clean,
  });
  return { code: r.status, out: r.stdout, lines: r.stderr.trim().split('\n') };
}

describe('npm run test:electron without what it needs', () => {
  it('without an Electron binary: one line naming what is missing, exit code 2', () => {
    const root = bareProject('no-binary');
    const r = runScript(root, []);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^test:electron: no Electron binary .*path\.txt is missing.*; nothing was tested\.$/);
  });

  it('without a packaged app (--packaged): one line, exit code 2', () => {
    const root = bareProject('no-package');
    const r = runScript(root, ['--packaged']);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([expect.stringMatching(/^test:electron: no packaged app at .*npm run dist:e2e/)]);
  });

  it.runIf(process.platform === 'linux')('with a binary but no display on Linux: one line, exit code 2', () => {
    const root = bareProject('no-display');
    fakeElectron(root);
    const r = runScript(root, [], { DISPLAY: '', WAYLAND_DISPLAY: '' });
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([expect.stringMatching(/^test:electron: no display .*xvfb-run/)]);
  });
});

describe('locateApp', () => {
  it('finds the development binary through the electron package and runs this folder', () => {
    const root = bareProject('with-binary');
    const binary = fakeElectron(root);
    expect(locateApp(root, 'dev')).toEqual({ ok: true, mode: 'dev', executablePath: binary, args: [root] });
  });

  it('finds the packaged app where electron-builder.e2e.yml puts it, or where CLAIMSCAPE_E2E_APP says', () => {
    const root = bareProject('packaged');
    const exe = packagedCandidates(root, 'linux')[0]!;
    expect(exe).toBe(join(root, 'release', 'e2e', 'linux-unpacked', 'claimscape'));
    mkdirSync(join(exe, '..'), { recursive: true });
    writeFileSync(exe, '');
    expect(locateApp(root, 'packaged', {}, 'linux')).toMatchObject({ ok: true, executablePath: exe, args: [] });
    expect(locateApp(root, 'packaged', { CLAIMSCAPE_E2E_APP: join(root, 'nope') }, 'linux').ok).toBe(false);
    expect(packagedCandidates(root, 'win32', 'shipped')[0]).toBe(
      join(root, 'release', 'win-unpacked', 'Claimscape.exe'),
    );
  });

  it('selects the packaged app by flag or environment', () => {
    expect(modeFrom([], {})).toBe('dev');
    expect(modeFrom(['--packaged'], {})).toBe('packaged');
    expect(modeFrom([], { CLAIMSCAPE_E2E_PACKAGED: '1' })).toBe('packaged');
  });
});

describe('npm test never launches Electron', () => {
  it('the main vitest config picks *.test.ts only; the Electron tests are *.electron.ts', async () => {
    const { default: main } = await import('../../vitest.config.ts');
    const { default: electron } = await import('../../vitest.electron.config.ts');
    expect(main.test?.include).toEqual(['test/**/*.test.ts']);
    expect(electron.test?.include).toEqual(['test/electron/**/*.electron.ts']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['test']).not.toContain('electron');
    expect(pkg.scripts['test:electron']).toBe('node scripts/test-electron.mjs');
  });
});
