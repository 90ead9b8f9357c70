// Launches the real Claimscape app with playwright-core's Electron support on a fresh temporary
// user-data folder, and gives the tests its main process (app.evaluate) and its window (page).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { locateApp, modeFrom, type LocatedApp } from './locate-app.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The app under test; scripts/test-electron.mjs has already refused to run when it is missing. */
export function appUnderTest(): Extract<LocatedApp, { ok: true }> {
  const located = locateApp(ROOT, modeFrom(process.argv));
  if (!located.ok) throw new Error(`test:electron: ${located.reason}`);
  return located;
}

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  /** The fresh user-data folder (database, window state, recent list). */
  userData: string;
  /** Page errors and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** Starts the app on a new user-data folder; `files` are passed on the command line (file association). */
export async function launchClaimscape(opts: { files?: string[] } = {}): Promise<RunningApp> {
  const located = appUnderTest();
  const userData = mkdtempSync(join(tmpdir(), 'claimscape-electron-'));
  const env = { ...process.env };
  delete env['CLAIMSCAPE_DB']; // the database must be the fresh one in userData
  delete env['ELECTRON_RUN_AS_NODE'];
  const app = await _electron.launch({
    executablePath: located.executablePath,
    args: [...located.args, `--user-data-dir=${userData}`, ...(opts.files ?? [])],
    env: env as Record<string, string>,
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await waitIdle(page);
  return {
    app,
    page,
    userData,
    errors,
    close: async () => {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

interface Hook {
  nodeCount(): number;
  edgeCount(): number;
  selected(): string[];
  idle(): boolean;
}

/** Loaded, laid out, and at least `minNodes` drawn (polled on animation frames, no sleeping). */
export async function waitIdle(page: Page, minNodes = 1): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const hook = (window as unknown as { __claimscape?: Hook }).__claimscape;
      return !!hook && hook.idle() && hook.nodeCount() >= n;
    },
    minNodes,
    { timeout: 30_000 },
  );
}

export function counts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const h = (window as unknown as { __claimscape: Hook }).__claimscape;
    return { nodes: h.nodeCount(), edges: h.edgeCount() };
  });
}

export function selected(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __claimscape: Hook }).__claimscape.selected());
}

/** The total number of entities the status bar reports for the open database. */
export async function totalEntities(page: Page): Promise<number> {
  return Number(await page.locator('#status-counts').getAttribute('data-total-nodes'));
}
