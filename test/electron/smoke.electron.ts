// The real Electron app, started fresh: the seed graph is drawn, search and the Inspector work,
// the page sees exactly the contract through the preload and no Node, and cannot leave app://.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES } from '../../graph-data/contract/api.ts';
import {
  appUnderTest,
  counts,
  launchClaimscape,
  ROOT,
  selected,
  totalEntities,
  waitIdle,
  type RunningApp,
} from './harness.ts';

interface SeedDoc {
  entities: { id: string; label: string }[];
  relations: unknown[];
  claims: { relation: string; claimant: string }[];
}
const seed = JSON.parse(readFileSync(join(ROOT, 'graph-data/seed/seed-graph.json'), 'utf8')) as SeedDoc;
const labelOf = (id: string) => seed.entities.find((e) => e.id === id)?.label ?? id;

let run: RunningApp;
beforeAll(async () => {
  run = await launchClaimscape();
});
afterAll(async () => {
  await run?.close();
});

describe('start-up', () => {
  it('opens one window on app:// with the whole seed graph drawn', async () => {
    expect(run.page.url()).toBe('app://claimscape/index.html');
    expect(await run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await counts(run.page)).toEqual({ nodes: seed.entities.length, edges: seed.relations.length });
    expect(await totalEntities(run.page)).toBe(seed.entities.length);
    expect(run.errors).toEqual([]);
  });

  it('keeps its database in the fresh user-data folder', async () => {
    const userData = await run.app.evaluate(({ app }) => app.getPath('userData'));
    expect(userData).toBe(run.userData);
  });

  it('runs the packaged app from app.asar when testing the package', async () => {
    const where = await run.app.evaluate(({ app }) => ({ packaged: app.isPackaged, path: app.getAppPath() }));
    const packaged = appUnderTest().mode === 'packaged';
    expect(where.packaged).toBe(packaged);
    expect(where.path.endsWith('app.asar')).toBe(packaged);
  });
});

describe('search and Inspector', () => {
  it('finds KN-23 and lists the claims about it with their claimants', async () => {
    const { page } = run;
    await page.getByRole('combobox', { name: 'Search entities' }).fill('KN-23');
    await page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await waitIdle(page);
    expect(await selected(page)).toEqual(['kn-23']);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.locator('.insp-title', { hasText: 'KN-23' }).waitFor();
    const claimants = await inspector.locator('.claims-about .claimant').allTextContents();
    const expected = seed.claims.filter((c) => c.relation.includes('kn-23')).map((c) => labelOf(c.claimant));
    expect(claimants.length).toBe(expected.length);
    expect(new Set(claimants)).toEqual(new Set(expected));
  });
});

describe('what the page can reach', () => {
  it('the preload exposes exactly the contract: one function per call, one subscription, the platform', async () => {
    const bridge = await run.page.evaluate(() => {
      const b = (window as unknown as { claimscape: Record<string, unknown> & { calls: object } }).claimscape;
      return {
        keys: Object.keys(b).sort(),
        calls: Object.keys(b.calls).sort(),
        callTypes: [...new Set(Object.values(b.calls).map((f) => typeof f))],
        on: typeof b['on'],
      };
    });
    expect(bridge.keys).toEqual(['calls', 'on', 'platform']);
    expect(bridge.calls).toEqual([...API_NAMES].sort());
    expect(bridge.callTypes).toEqual(['function']);
    expect(bridge.on).toBe('function');
  });

  it('has no Node: window.require, process, module and Buffer are absent', async () => {
    const globals = await run.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return ['require', 'process', 'module', 'Buffer', 'global'].filter((k) => typeof w[k] !== 'undefined');
    });
    expect(globals).toEqual([]);
  });

  it('refuses to navigate to a remote URL, and the app page stays', async () => {
    await run.app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      (globalThis as { __nav?: Promise<unknown> }).__nav = new Promise((resolve) =>
        contents.once('will-navigate', (event) => resolve({ url: event.url, prevented: event.defaultPrevented })),
      );
    });
    await run.page.evaluate(() => void (location.href = 'https://example.org/'));
    const verdict = await run.app.evaluate(() => (globalThis as { __nav?: Promise<unknown> }).__nav);
    expect(verdict).toEqual({ url: 'https://example.org/', prevented: true });
    expect(await run.page.evaluate(() => location.href)).toBe('app://claimscape/index.html');
    expect(await counts(run.page)).toEqual({ nodes: seed.entities.length, edges: seed.relations.length });
  });
});
