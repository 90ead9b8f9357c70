// The claims view, the timeline and the as-of date in the real renderer (headless Chromium), with
// screenshots an analyst looks at (test/e2e/shots/, not committed).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hook, openApp, ROOT, useServerAndBrowser, waitIdle, type AppPage } from './harness.ts';

const SHOTS = join(ROOT, 'test', 'e2e', 'shots');
const env = useServerAndBrowser();
let app: AppPage;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp(env.browser(), env.server().url, { width: 1600, height: 1000 });
  page = app.page;
});
afterAll(async () => app?.context.close());

/** The stance legend appears with the claims view. */
const stanceLegend = () => page.locator('.legend-stances li').count();

describe('claims view', () => {
  it('C draws claimants with stance edges to relation handles; undo turns it off', async () => {
    const before = await hook(page, (h) => ({ nodes: h.nodeCount(), edges: h.edgeCount() }));
    await page.locator('.graph-canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('#claims-view').isChecked()).toBe(true);
    await waitIdle(page);
    await page.locator('[data-command="fit"]').click();
    await waitIdle(page);
    await expect.poll(stanceLegend).toBe(5);
    // Entities and relations drawn are unchanged: the claims layer is extra.
    expect(await hook(page, (h) => ({ nodes: h.nodeCount(), edges: h.edgeCount() }))).toEqual(before);
    await page.screenshot({ path: join(SHOTS, 'claims-view.png') });
    // Its own layout pass puts each narrow claimant beside what it said: the nearest handle of
    // its claims is within 30% of the drawing's width (without the pass: 45% and 72%).
    const near = await page.evaluate(() => {
      type Box = { x1: number; y1: number; x2: number; y2: number };
      const h = (window as unknown as { __claimscape: { nodeBox(id: string): Box | null; drawnIds(): string[] } })
        .__claimscape;
      const c = (b: Box | null) => (b ? { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 } : null);
      const all = h.drawnIds().map((id) => c(h.nodeBox(id)));
      const xs = all.flatMap((p) => (p ? [p.x] : []));
      const width = Math.max(...xs) - Math.min(...xs);
      const of = (who: string, rels: string[]) => {
        const p = c(h.nodeBox(who));
        const ds = rels
          .map((r) => c(h.nodeBox(`h|${r}`)))
          .flatMap((q) => (p && q ? [Math.hypot(p.x - q.x, p.y - q.y)] : []));
        return Math.min(...ds) / width;
      };
      return {
        savett: of('sean-savett', ['north-korea--deploys-forces-to--russia', 'russia--at-war-with--ukraine']),
        rutte: of('mark-rutte', ['north-korean-troops-in-russia--participates-in--war-in-ukraine']),
      };
    });
    expect(near.savett).toBeLessThan(0.3);
    expect(near.rutte).toBeLessThan(0.3);
    // The key on the canvas names every stance, and the claimants' names are drawn first.
    const key = page.locator('.claims-key');
    await expect.poll(() => key.isVisible()).toBe(true);
    expect(await key.locator('.claims-key-item').count()).toBe(7);
    expect(await key.textContent()).toMatch(/asserts \d+.*cannot verify \d+/);
    for (const who of ['sean-savett', 'mark-rutte', 'volodymyr-zelensky'])
      expect(
        await page.evaluate(
          (id) => (window as unknown as { __claimscape: { labelBox(i: string): unknown } }).__claimscape.labelBox(id),
          who,
        ),
        who,
      ).not.toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#claims-view').isChecked()).toBe(false);
    await expect.poll(() => key.isVisible()).toBe(false);
  });
});

async function clickNode(id: string, modifiers: 'Shift'[] = []): Promise<void> {
  const p = await page.evaluate(
    (nodeId) =>
      (
        window as unknown as { __claimscape: { screenPosition(i: string): { x: number; y: number } | null } }
      ).__claimscape.screenPosition(nodeId),
    id,
  );
  if (!p) throw new Error(`${id} is not drawn`);
  for (const m of modifiers) await page.keyboard.down(m);
  await page.mouse.click(p.x, p.y);
  for (const m of modifiers) await page.keyboard.up(m);
}

describe('paths through claims', () => {
  it('with the claims view on, Rutte reaches KN-23 through a claim, and the hop names its stance', async () => {
    await page.locator('#claims-view').check();
    await waitIdle(page);
    await clickNode('mark-rutte');
    await clickNode('kn-23', ['Shift']);
    await expect.poll(() => hook(page, (h) => h.selected().sort())).toEqual(['kn-23', 'mark-rutte']);
    await page.getByRole('button', { name: 'Shortest path between them' }).click();
    const steps = page.locator('.path-steps li');
    await expect.poll(() => steps.count()).toBeGreaterThan(1);
    expect(await page.locator('.path-hop-claim').count()).toBeGreaterThan(0);
    expect(await page.locator('.path-hop-claim .badge').first().textContent()).toMatch(/asserts|reports|cannot verify/);
    await page.screenshot({ path: join(SHOTS, 'claims-path.png') });
    await page.keyboard.press('Escape');
    await page.locator('#claims-view').uncheck();
    await waitIdle(page);
  });
});

describe('timeline and as of', () => {
  it('the timeline draws the claims coloured by stance, and a click selects the relation', async () => {
    await page.locator('#timeline-toggle').click();
    const bars = page.locator('.tl-claim');
    await expect.poll(() => bars.count()).toBeGreaterThan(40);
    const stances = await bars.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-stance')))]);
    expect(stances).toEqual(expect.arrayContaining(['asserts', 'cannot-verify', 'reports']));
    const first = bars.first();
    const rel = await first.getAttribute('data-relation');
    // Bars of one row belong to one relation; day bars may lie over the month span.
    await first.click({ force: true });
    await expect.poll(() => hook(page, (h) => h.selected())).toEqual([rel]);
    await page.screenshot({ path: join(SHOTS, 'timeline.png') });
  });

  it('as of 2024-10-17 only what was stated by then is drawn; an invalid date is refused visibly', async () => {
    const all = await hook(page, (h) => h.edgeCount());
    const insp = page.locator('.insp-relation');
    await expect.poll(() => insp.locator('[data-claim]').count()).toBeGreaterThan(1);
    const undated = await insp.locator('[data-claim]').count();
    const field = page.locator('#as-of-date');
    await field.fill('2024-02-30');
    await field.press('Enter');
    await expect.poll(() => page.locator('.as-of .field-error').textContent()).toContain('not a date');
    await field.fill('2024-10-17');
    await field.press('Enter');
    await expect.poll(() => hook(page, (h) => h.edgeCount())).toBeLessThan(all);
    await waitIdle(page);
    const status = await page.evaluate(
      (id) =>
        (window as unknown as { __claimscape: { edgeStatus(i: string): string | null } }).__claimscape.edgeStatus(id),
      'north-korea--deploys-forces-to--russia',
    );
    expect(status).toBe('asserted');
    // The selected relation's Inspector follows the date: its 2024-10-18 claim is left out.
    await expect.poll(() => insp.textContent()).toContain('stated by the end of 2024-10-17');
    expect(await insp.locator('[data-claim]').count()).toBe(undated - 1);
    // Claims stated "2024-10" count only possibly by 2024-10-17, and say so; the day-dated one does not.
    const marked = await insp
      .locator('[data-claim]')
      .evaluateAll((els) =>
        els.map((e) => [e.querySelector('.claim-date')?.textContent, !!e.querySelector('.claim-possibly')]),
      );
    expect(marked.length).toBeGreaterThan(1);
    for (const [date, possibly] of marked) expect(possibly).toBe(date === '2024-10' || date === 'undated');
    expect(await insp.textContent()).not.toContain('2024-10-18');
    // The open timeline marks the date.
    await expect.poll(() => page.locator('.tl-as-of').textContent()).toBe('as of 2024-10-17');
    await page.screenshot({ path: join(SHOTS, 'as-of.png') });
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => hook(page, (h) => h.edgeCount())).toBe(all);
    await expect.poll(() => page.locator('.tl-as-of').count()).toBe(0);
  });
  it('as the date moves, claim edges already drawn take or lose their "possibly" mark', async () => {
    await page.locator('#claims-view').check();
    await waitIdle(page);
    const marks = () =>
      hook(page, (h) => (h as unknown as { claimMarks(): { possibly: number } }).claimMarks().possibly);
    expect(await marks()).toBe(0);
    const drawn = await hook(page, (h) => (h as unknown as { claimsDrawn(): number }).claimsDrawn());
    const field = page.locator('#as-of-date');
    await field.fill('2024-10-17');
    await field.press('Enter');
    // Claims stated "2024-10" count only possibly by the 17th: their edges, kept from before, say so.
    await expect.poll(marks).toBeGreaterThan(0);
    expect(await marks()).toBeLessThan(drawn);
    await page.getByRole('button', { name: 'All dates' }).click();
    await expect.poll(marks).toBe(0);
    await page.locator('#claims-view').uncheck();
    await waitIdle(page);
  });
});
