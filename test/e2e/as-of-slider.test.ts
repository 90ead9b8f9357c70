// The as-of slider in the real renderer: each date is derived in the page from the claim digests it
// holds (no graph:subgraph asked while it moves), the graph drawn is the store's as of that date,
// and one slider gesture is one undo step.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, hook, openApp, ROOT, useServerAndBrowser, waitIdle, type AppPage } from './harness.ts';

const SHOTS = join(ROOT, 'test', 'e2e', 'shots');

const env = useServerAndBrowser();
let app: AppPage;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp(env.browser(), env.server().url);
  page = app.page;
});
afterAll(async () => app?.context.close());

const call = <T>(name: string, args: unknown): Promise<T> => callApi<T>(env.server(), name, args);

type Statuses = Record<string, string | null>;
/** The page's status of each relation (null: not in the view). */
const statusesIn = (ids: string[]) =>
  page.evaluate((list) => {
    const h = (window as unknown as { __claimscape: { edgeStatus(id: string): string | null } }).__claimscape;
    return Object.fromEntries(list.map((id) => [id, h.edgeStatus(id)]));
  }, ids) as Promise<Statuses>;

/** Moves the slider to each fraction of its range, a frame apart, as a drag would; answers the dates shown. */
const drag = (fractions: number[], release: boolean) =>
  page.evaluate(
    async ([fs, end]) => {
      const s = document.querySelector<HTMLInputElement>('.as-of-slider');
      const field = document.querySelector<HTMLInputElement>('#as-of-date');
      if (!s || !field) return [];
      const dates: string[] = [];
      for (const f of fs) {
        s.value = String(Math.round(Number(s.max) * f));
        s.dispatchEvent(new Event('input', { bubbles: true }));
        dates.push(field.value);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      if (end) s.dispatchEvent(new Event('change', { bubbles: true }));
      return dates;
    },
    [fractions, release] as const,
  );

describe('as-of slider', () => {
  it('derives each date in the page, as the store would, in one undo step', async () => {
    const ids = await hook(page, (h) => (h as unknown as { drawnIds(): string[] }).drawnIds());
    const every = await call<{ edges: { id: string; status: string }[] }>('graph:subgraph', { ids, cap: 20_000 });
    const rels = every.edges.map((e) => e.id);
    const before = await statusesIn(rels);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(decodeURIComponent(new URL(r.url()).pathname)));
    const dates = await drag([0.8, 0.5, 0.2, 0.05], true);
    const last = dates.at(-1) ?? '';
    expect(last).toMatch(/^2024-\d\d-\d\d$/);
    // The slider's step is made once it rests: the Undo button names it then.
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.getAttribute('title')).toContain(`As of ${last}`);
    await waitIdle(page);
    const store = await call<{ edges: { id: string; status: string }[] }>('graph:subgraph', {
      ids,
      cap: 20_000,
      asOf: last,
    });
    const want: Statuses = Object.fromEntries(rels.map((id) => [id, null]));
    for (const e of store.edges) want[e.id] = e.status;
    expect(store.edges.length).toBeLessThan(rels.length);
    expect(await statusesIn(rels)).toEqual(want);
    expect(asked.filter((p) => p.includes('graph:subgraph'))).toEqual([]);
    await undo.click();
    await waitIdle(page);
    expect(await statusesIn(rels)).toEqual(before);
    expect(await page.locator('#as-of-date').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Redo' }).click();
    await waitIdle(page);
    expect(await statusesIn(rels)).toEqual(want);
  });

  it('a typed date moves the slider; the claims view follows the slider', async () => {
    const slider = page.locator('.as-of-slider');
    const max = Number(await slider.getAttribute('max'));
    expect(Number(await slider.inputValue())).toBeLessThan(max);
    await page.getByRole('button', { name: 'All dates' }).click();
    await expect.poll(async () => Number(await slider.inputValue())).toBe(max);
    const field = page.locator('#as-of-date');
    await field.fill('2024-10-17');
    await field.press('Enter');
    await expect.poll(async () => Number(await slider.inputValue())).toBeLessThan(max);
    await field.fill('');
    await field.press('Enter');
    await expect.poll(async () => Number(await slider.inputValue())).toBe(max);
    await page.locator('.graph-canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('c');
    await waitIdle(page);
    const claims = () => hook(page, (h) => (h as unknown as { claimsDrawn(): number }).claimsDrawn());
    const all = await claims();
    const [date] = await drag([0.4], true);
    await expect
      .poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title'))
      .toContain(`As of ${date}`);
    await waitIdle(page);
    expect(await claims()).toBeLessThan(all);
    expect(await claims()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'as-of-slider.png') });
  });
  it('the claimant lists follow the date: the claimants of the claims stated by then, in order', async () => {
    // The entities drawn (the claims view's handles are drawn too: their ids hold a '|').
    const drawn = await hook(page, (h) => (h as unknown as { drawnIds(): string[] }).drawnIds());
    const ids = drawn.filter((id) => !id.includes('|'));
    /** The store's claimants of the drawn relations' claims as of a date (all dates: null). */
    const storeClaimants = async (asOf: string | null) => {
      const at = asOf ? { asOf } : {};
      const g = await call<{ edges: { id: string }[] }>('graph:subgraph', { ids, cap: 20_000, ...at });
      const r = await call<{ claims: { claimant: { id: string; label: string } }[] }>('claims:list', {
        relations: g.edges.map((e) => e.id),
        limit: 20_000,
        ...at,
      });
      const by = new Map(r.claims.map((c) => [c.claimant.id, c.claimant.label]));
      return [...by].sort((x, y) => x[1].localeCompare(y[1])).map(([id, label]) => `${id}:${label}`);
    };
    const options = (sel: string) =>
      page
        .locator(`${sel} option`)
        .evaluateAll((os) => (os as HTMLOptionElement[]).slice(1).map((o) => `${o.value}:${o.textContent ?? ''}`));
    await page.getByRole('button', { name: 'All dates' }).click();
    await waitIdle(page);
    const all = await storeClaimants(null);
    await expect.poll(() => options('#claimant-filter')).toEqual(all);
    const [date] = await drag([0.3], true);
    await expect
      .poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title'))
      .toContain(`As of ${date}`);
    await waitIdle(page);
    const then = await storeClaimants(date ?? null);
    expect(then.length).toBeLessThan(all.length);
    expect(then.length).toBeGreaterThan(0);
    for (const sel of ['#claimant-filter', '#compare-a', '#compare-b']) expect(await options(sel)).toEqual(then);
    await page.getByRole('button', { name: 'All dates' }).click();
    await waitIdle(page);
    for (const sel of ['#claimant-filter', '#compare-a', '#compare-b']) expect(await options(sel)).toEqual(all);
  });
});
