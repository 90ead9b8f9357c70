// Parallel relations grouped in the normal view (one edge with a count, opened on demand by click,
// G or the edge menu), and the filter panel's counts following the date range and the as-of date.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hook, openApp, ROOT, useServerAndBrowser, waitIdle, type AppPage } from './harness.ts';

const SHOTS = join(ROOT, 'test', 'e2e', 'shots');
const env = useServerAndBrowser();
let app: AppPage;
let page: Page;
const NK_RU = 'bundle|north-korea|russia';

interface Bundles {
  bundles(): { id: string; members: string[]; mid: { x: number; y: number } }[];
}
const bundles = () => hook(page, (h) => (h as unknown as Bundles).bundles());
const bundleIds = async () => (await bundles()).map((b) => b.id).sort();
const counts = () => hook(page, (h) => ({ nodes: h.nodeCount(), edges: h.edgeCount() }));

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp(env.browser(), env.server().url, { width: 1440, height: 900 });
  page = app.page;
});
afterAll(async () => app?.context.close());

async function clickAt(canvasPoint: { x: number; y: number }): Promise<void> {
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + canvasPoint.x, box.y + canvasPoint.y);
}

async function clickNode(id: string): Promise<void> {
  const at = await page.evaluate(
    (nodeId) =>
      (
        window as unknown as { __claimscape: { screenPosition(i: string): { x: number; y: number } | null } }
      ).__claimscape.screenPosition(nodeId),
    id,
  );
  if (!at) throw new Error(`${id} is not drawn`);
  await page.mouse.click(at.x, at.y);
}

describe('parallel relations', () => {
  it('are grouped with a count; a click opens them, undo groups them again', async () => {
    const all = await counts();
    expect(await bundleIds()).toEqual(['bundle|north-korean-troops-in-russia|russian-armed-forces', NK_RU]);
    const nkru = (await bundles()).find((b) => b.id === NK_RU);
    expect(nkru?.members).toHaveLength(4);
    await page.screenshot({ path: join(SHOTS, 'bundles-closed.png') });
    await clickAt(nkru?.mid ?? { x: 0, y: 0 });
    await expect.poll(bundleIds).not.toContain(NK_RU);
    await waitIdle(page);
    // Grouping never changes what is drawn: the same relations, shown one by one.
    expect(await counts()).toEqual(all);
    await page.screenshot({ path: join(SHOTS, 'bundles-open.png') });
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(bundleIds).toContain(NK_RU);
  });

  it('G opens the groups at the selected entity and groups them again', async () => {
    await clickNode('north-korea');
    await expect.poll(() => hook(page, (h) => h.selected())).toEqual(['north-korea']);
    await page.keyboard.press('g');
    await expect.poll(bundleIds).not.toContain(NK_RU);
    await page.keyboard.press('g');
    await expect.poll(bundleIds).toContain(NK_RU);
    await page.keyboard.press('Escape');
  });

  it('follow the filters: with all but one of the relations filtered out there is no group', async () => {
    const preds = ['supports', 'equips', 'cooperates-with'];
    await page.locator('.sub-details summary', { hasText: 'Predicate' }).click();
    for (const p of preds) await page.locator(`[data-filter="hiddenPredicates:${p}"]`).uncheck();
    await expect.poll(bundleIds).not.toContain(NK_RU);
    for (let i = 0; i < preds.length; i++) await page.keyboard.press('Control+z');
    await expect.poll(bundleIds).toContain(NK_RU);
  });

  it('are not drawn in the claims view, where each relation has its own handle', async () => {
    await page.locator('#claims-view').check();
    await expect.poll(bundleIds).toEqual([]);
    await page.locator('#claims-view').uncheck();
    await expect.poll(bundleIds).toContain(NK_RU);
    await waitIdle(page);
  });
});

describe('filter counts', () => {
  const statusCount = (name: string) =>
    page
      .getByRole('group', { name: 'Status' })
      .locator('label', { hasText: name })
      .locator('.num')
      .textContent()
      .then(Number);

  it('follow the date range and the as-of date', async () => {
    const before = await statusCount('asserted');
    expect(before).toBeGreaterThan(10);
    const from = page.getByRole('textbox', { name: 'Stated from' });
    await from.fill('2024-10-29');
    await from.press('Enter');
    await expect.poll(() => statusCount('asserted')).toBeLessThan(before);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => statusCount('asserted')).toBe(before);
    const asOf = page.locator('#as-of-date');
    await asOf.fill('2024-10-17');
    await asOf.press('Enter');
    await expect.poll(() => statusCount('asserted')).toBeLessThan(before);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => statusCount('asserted')).toBe(before);
  });
});
