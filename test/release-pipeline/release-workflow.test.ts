// The release workflow (.github/workflows/release.yml), read as YAML: the OS matrix, the steps in
// order, the packaged app tested under Xvfb on Linux, installers uploaded, a release on tags.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  if?: string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix: { os: string[] } };
  steps: Step[];
}
interface Workflow {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const ROOT = join(import.meta.dirname, '..', '..');
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;
const build = workflow.jobs['build']!;
const steps = build.steps;

/** Index of the one step whose `run` matches; fails when none or several do. */
function stepIndex(match: RegExp): number {
  const found = steps.flatMap((s, i) => (s.run !== undefined && match.test(s.run) ? [i] : []));
  expect(found, `exactly one step runs ${match}`).toHaveLength(1);
  return found[0]!;
}

describe('release workflow', () => {
  it('builds on Linux, macOS and Windows, each to the end even when another fails', () => {
    expect(build['runs-on']).toBe('${{ matrix.os }}');
    expect([...build.strategy!.matrix.os].sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(build.strategy!['fail-fast']).toBe(false);
  });

  it('runs npm ci, npm test, npm run dist, then the Electron tests against the packaged app', () => {
    const order = [
      stepIndex(/^npm ci\b/),
      stepIndex(/^npm test$/),
      stepIndex(/^npm run dist -- /),
      stepIndex(/^npm run dist:e2e\b/),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const electron = steps.flatMap((s, i) => (s.run?.includes('npm run test:electron') ? [{ s, i }] : []));
    const packaged = electron.filter(({ s }) => s.run?.endsWith('-- --packaged'));
    expect(packaged.map(({ s }) => s.run)).toEqual([
      'xvfb-run -a npm run test:electron -- --packaged',
      'npm run test:electron -- --packaged',
    ]);
    expect(packaged.map(({ s }) => s.if)).toEqual(["runner.os == 'Linux'", "runner.os != 'Linux'"]);
    for (const { i } of packaged) expect(i).toBeGreaterThan(order[3]!);
    const dev = electron.filter(({ s }) => !s.run?.endsWith('-- --packaged'));
    expect(dev.map(({ s }) => [s.run, s.if])).toEqual([['xvfb-run -a npm run test:electron', "runner.os == 'Linux'"]]);
    expect(dev[0]!.i).toBeGreaterThan(order[1]!);
  });

  it('downloads the real Electron binary (never skips it) and provides Chromium and Xvfb first', () => {
    const env = { ...build.env, ...steps[stepIndex(/^npm ci\b/)]!.env };
    expect(env['ELECTRON_SKIP_BINARY_DOWNLOAD']).toBeUndefined();
    const browsers = steps.findIndex((s) => s.run?.includes('CHROMIUM_PATH=') && s.run.includes('xvfb'));
    expect(browsers).toBeGreaterThanOrEqual(0);
    expect(browsers).toBeLessThan(stepIndex(/^npm test$/));
  });

  it('checks out text with LF on every OS (npm test runs prettier --check on Windows too)', () => {
    expect(readFileSync(join(ROOT, '.gitattributes'), 'utf8')).toMatch(/^\* text=auto eol=lf$/m);
  });

  it('signs nothing: no certificate discovery, no signing secrets', () => {
    expect(build.env?.['CSC_IDENTITY_AUTO_DISCOVERY']).toBe('false');
    const text = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');
    expect(text).not.toMatch(/secrets\.(CSC_|APPLE_|WIN_CSC|AZURE)/);
  });

  it('uploads every installer as an artifact, failing when none was built', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toBeDefined();
    expect(upload!.with?.['if-no-files-found']).toBe('error');
    const paths = String(upload!.with?.['path']).trim().split('\n');
    expect(paths).toEqual(['release/*.AppImage', 'release/*.deb', 'release/*.dmg', 'release/*.exe']);
  });

  it('on a v* tag, attaches the installers of all three builds to a draft release', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const release = workflow.jobs['release']!;
    expect(release.needs).toBe('build');
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(release.permissions).toEqual({ contents: 'write' });
    const download = release.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({ path: 'installers', 'merge-multiple': true });
    const create = release.steps.find((s) => s.run?.includes('gh release create'));
    expect(create?.run).toContain('installers/*');
    expect(create?.run).toContain('--draft');
  });
});
