// Shared end-to-end plumbing: build when sources are newer than dist/, start `claimscape serve`
// on a fresh database, launch headless Chromium with a fresh profile, and open the app.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds only when a source is newer than the bundles, so parallel suites do not rebuild dist/. */
export function ensureBuilt(): void {
  const outputs = [
    'dist/renderer/app.js',
    'dist/renderer/layout-worker.js',
    'dist/renderer/index.html',
    'dist/cli/claimscape.mjs',
  ].map((p) => join(ROOT, p));
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((p) => statSync(p).mtimeMs)) : 0;
  const sources = Math.max(...['renderer', 'main', 'graph-data'].map((d) => newestMtime(join(ROOT, d))));
  if (built > sources) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr || r.stdout}`);
}

export interface Server {
  url: string;
  origin: string;
  dir: string;
  close(): Promise<void>;
}

/** `claimscape serve` on a new database: the seed graph, or an empty one. */
export async function startServer(opts: { empty?: boolean } = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'claimscape-e2e-'));
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/claimscape.mjs'), 'init', ...(opts.empty ? ['--empty'] : []), '--db', join(dir, 'e2e.db')],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`init failed: ${r.stderr}`);
  const proc: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin/claimscape.mjs'), 'serve', '--db', join(dir, 'e2e.db'), '--port', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => void (stderr += d.toString()));
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start: ${stderr}`)), 20_000);
    createInterface({ input: proc.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      ok(line.trim());
    });
    proc.once('exit', (code) => fail(new Error(`server exited ${code}: ${stderr}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dir,
    close: async () => {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await new Promise((r) => proc.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh context (new profile: no storage) on the app, waiting until the graph is laid out. */
export async function openApp(
  browser: Browser,
  url: string,
  opts: { width?: number; height?: number; theme?: 'light' | 'dark' } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    colorScheme: opts.theme ?? 'light',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await waitIdle(page);
  return { context, page, errors };
}

/**
 * Waits until the app says it is idle (loaded, no API call unanswered, no layout, animation, label
 * pass or edit pending) on two animation frames in a row, with at least `minNodes` drawn: a step
 * that starts from a frame callback or a resize observer (a camera move after a layout) shows on
 * the next frame. Frames, never a clock.
 */
export async function waitIdle(page: Page, minNodes = 1): Promise<void> {
  // minNodes 0: only wait for loading to finish (an empty database draws nothing).
  await page.evaluate(() => void ((window as unknown as { __idleFrames?: number }).__idleFrames = 0));
  await page.waitForFunction(
    (n) => {
      const w = window as unknown as {
        __claimscape?: { idle(): boolean; nodeCount(): number };
        __idleFrames?: number;
      };
      const idle = !!w.__claimscape && w.__claimscape.idle() && w.__claimscape.nodeCount() >= n;
      w.__idleFrames = idle ? (w.__idleFrames ?? 0) + 1 : 0;
      return w.__idleFrames >= 3; // this call, then two frames
    },
    minNodes,
    { timeout: 20_000, polling: 'raf' },
  );
}

export interface Hook {
  nodeCount(): number;
  edgeCount(): number;
  selected(): string[];
  screenPosition(id: string): { x: number; y: number } | null;
  idle(): boolean;
  callsInFlight(): number;
}

export function hook<T>(page: Page, fn: (h: Hook) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__claimscape)`) as Promise<T>;
}

/** One server and one browser for a whole test file, started before its tests and closed after. */
export function useServerAndBrowser(): { server(): Server; browser(): Browser } {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureBuilt();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const must = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} did not start`);
    return v;
  };
  return { server: () => must(server, 'the server'), browser: () => must(browser, 'the browser') };
}

/** Calls the server's API as another client would (the page's token is in the server's URL). */
export async function callApi<T>(server: Server, name: string, args: unknown): Promise<T> {
  const url = new URL(server.url);
  const token = decodeURIComponent(/token=([^&]+)/.exec(url.hash)?.[1] ?? '');
  const res = await fetch(`${url.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(args),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { code: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.code}`);
  return body.value;
}

/** Writes a Claimscape JSON document beside the server's database and imports it there with the CLI. */
export function importIntoServer(server: Server, name: string, doc: object): void {
  const file = join(server.dir, name);
  writeFileSync(file, JSON.stringify(doc));
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/claimscape.mjs'), 'import', file, '--db', join(server.dir, 'e2e.db')],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
}

/** Finds an entity with the search box, picks it (Enter) and focuses on it (f), letting each settle. */
export async function focusBySearch(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search entities' }).fill(label);
  await page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await waitIdle(page);
  await page.keyboard.press('f');
  await waitIdle(page);
}
