// The claims view on the seed graph at the window sizes analysts use most, read as an analyst
// reads it: the key hides nothing, no two labels overlap, no label covers an entity, a doubted
// relation's red handle or a "+N" badge, and every disputing claim (cannot verify, denies) shows its tag.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useServerAndBrowser, waitIdle } from './harness.ts';

type Box = { x1: number; y1: number; x2: number; y2: number };
interface Picture {
  key: Box | null;
  badges: Box[];
  nodes: { id: string; box: Box }[];
  labels: { id: string; edge: boolean; box: Box }[];
  disputes: { handles: string[]; claims: string[] };
}

const env = useServerAndBrowser();
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** What is drawn, in canvas pixels: the key's box, every node's, every label's. */
function picture(page: Page): Promise<Picture> {
  return page.evaluate(() => {
    type Hook = {
      drawnIds(): string[];
      nodeBox(id: string): Box | null;
      labelBoxes(): { id: string; edge: boolean; box: Box }[];
      disputes(): { handles: string[]; claims: string[] };
    };
    const h = (window as unknown as { __claimscape: Hook }).__claimscape;
    const c = document.querySelector('.graph-canvas')?.getBoundingClientRect();
    const k = document.querySelector('.claims-key:not([hidden])')?.getBoundingClientRect();
    const box = (r: DOMRect, o: DOMRect) => ({
      x1: r.left - o.left,
      y1: r.top - o.top,
      x2: r.right - o.left,
      y2: r.bottom - o.top,
    });
    return {
      key: k && c ? box(k, c) : null,
      badges: c ? [...document.querySelectorAll('.node-badge')].map((b) => box(b.getBoundingClientRect(), c)) : [],
      nodes: h.drawnIds().flatMap((id) => {
        const box = h.nodeBox(id);
        return box ? [{ id, box }] : [];
      }),
      labels: h.labelBoxes(),
      disputes: h.disputes(),
    };
  });
}

/** Everything an analyst would find wrong in the picture, in words (empty when all is well). */
function faults(p: Picture): string[] {
  const out: string[] = [];
  const doubted = new Set(p.disputes.handles);
  for (const n of p.nodes) if (p.key && overlap(n.box, p.key)) out.push(`the key covers ${n.id}`);
  for (const [i, l] of p.labels.entries()) {
    if (p.key && overlap(l.box, p.key)) out.push(`the key covers the label of ${l.id}`);
    if (p.badges.some((b) => overlap(l.box, b))) out.push(`a "+N" badge covers the label of ${l.id}`);
    for (const m of p.labels.slice(i + 1)) if (overlap(l.box, m.box)) out.push(`labels of ${l.id} and ${m.id} overlap`);
    // A label may touch its own node, and a claim's tag its claimant (ids `c|claimant|relation|stance`).
    const own = l.edge ? l.id.split('|')[1] : l.id;
    for (const n of p.nodes) {
      const entity = !n.id.startsWith('h|');
      if (n.id !== own && (entity || doubted.has(n.id)) && overlap(l.box, n.box))
        out.push(`the label of ${l.id} covers ${n.id}`);
    }
  }
  const tagged = new Set(p.labels.map((l) => l.id));
  for (const c of p.disputes.claims) if (!tagged.has(c)) out.push(`the disputing claim ${c} has no stance tag`);
  return out;
}

describe('the claims view on the seed, as an analyst reads it', () => {
  for (const [width, height] of [
    [1024, 700],
    [1280, 800],
  ] as const)
    it(`at ${width}x${height}: the key hides nothing, labels keep clear, disputes are tagged`, async () => {
      const { page, context } = await openApp(env.browser(), env.server().url, { width, height });
      await page.locator('.graph-canvas').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('c');
      await waitIdle(page);
      const p = await picture(page);
      expect(p.key).not.toBeNull();
      expect(p.disputes.claims.length).toBeGreaterThan(2);
      expect(p.disputes.handles.length).toBeGreaterThan(1);
      expect(faults(p)).toEqual([]);
      // Folded, the key is one small button; Fit then leaves the strip under it free as well.
      await page.getByRole('button', { name: 'Fold the key' }).click();
      await page.locator('[data-command="fit"]').click();
      await waitIdle(page);
      const folded = await picture(page);
      expect((folded.key?.x2 ?? 0) - (folded.key?.x1 ?? 0)).toBeLessThan(60);
      expect(faults(folded)).toEqual([]);
      await page.getByRole('button', { name: 'Show the claims key' }).click();
      await context.close();
    }, 60_000);

  it('the key is back after the canvas is rebuilt (the WebGL renderer switched on)', async () => {
    const { page, context } = await openApp(env.browser(), env.server().url, { width: 1280, height: 800 });
    await page.locator('#claims-view').check();
    await waitIdle(page);
    const key = page.locator('.claims-key');
    await expect.poll(() => key.isVisible()).toBe(true);
    // The switch is offered on large graphs only; the seed's is hidden, so it is clicked from the page.
    await page.evaluate(() => document.getElementById('webgl-toggle')?.click());
    await waitIdle(page);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('.claims-key').length)).toBe(1);
    expect(await key.isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  // Concentric fits itself with even padding: before, NATO's node sat 4 px under the key.
  it('with another layout (concentric), the drawing starts below the key as well', async () => {
    const { page, context } = await openApp(env.browser(), env.server().url, { width: 1280, height: 800 });
    await page.locator('#claims-view').check();
    await waitIdle(page);
    await page.locator('#layout-select').selectOption('concentric');
    await waitIdle(page);
    const p = await picture(page);
    expect(p.key).not.toBeNull();
    const under = p.nodes.filter((n) => p.key && n.box.y1 < p.key.y2 + 8 && n.box.x1 < p.key.x2).map((n) => n.id);
    expect(under).toEqual([]);
    expect(faults(p).filter((f) => f.includes('key'))).toEqual([]);
    await context.close();
  }, 60_000);

  it('on North Korea and its neighbours (the README picture): labels keep clear of the "+N" badges too', async () => {
    const { page, context } = await openApp(env.browser(), env.server().url, { width: 1440, height: 900 });
    const at = await page.evaluate(() =>
      (
        window as unknown as { __claimscape: { screenPosition(i: string): { x: number; y: number } | null } }
      ).__claimscape.screenPosition('north-korea'),
    );
    if (!at) throw new Error('north-korea is not drawn');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Focus on 1-hop neighbourhood' }).click();
    await waitIdle(page);
    await page.locator('#claims-view').check();
    await waitIdle(page);
    const p = await picture(page);
    expect(p.badges.length).toBeGreaterThan(1);
    expect(faults(p)).toEqual([]);
    await context.close();
  }, 60_000);
});
