// The claims view lays out the same graph the same way however the researcher got there: turned
// on at once, turned off and on again after zooming in, or its layout run again. An analyst who
// takes a screenshot and comes back finds every claimant where it was.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, useServerAndBrowser, waitIdle, type AppPage } from './harness.ts';

const env = useServerAndBrowser();
let app: AppPage;
let page: Page;

beforeAll(async () => {
  app = await openApp(env.browser(), env.server().url, { width: 1024, height: 700 });
  page = app.page;
});
afterAll(async () => app?.context.close());

/**
 * Every drawn node's centre (entities, claimants, handles), with the drawing's own centre at 0
 * and its mean radius as 1: the picture, whatever the zoom and pan.
 */
async function picture(): Promise<Map<string, [number, number]>> {
  const at = await page.evaluate(() => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const h = (window as unknown as { __claimscape: { drawnIds(): string[]; nodeBox(id: string): Box | null } })
      .__claimscape;
    return h.drawnIds().flatMap((id) => {
      const b = h.nodeBox(id);
      return b ? [[id, (b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2] as const] : [];
    });
  });
  const cx = at.reduce((a, [, x]) => a + x, 0) / at.length;
  const cy = at.reduce((a, [, , y]) => a + y, 0) / at.length;
  const r = at.reduce((a, [, x, y]) => a + Math.hypot(x - cx, y - cy), 0) / at.length;
  return new Map(at.map(([id, x, y]) => [id, [(x - cx) / r, (y - cy) / r]]));
}

/** The largest distance between a node's two places, as a share of the drawing's mean radius. */
function largestMove(a: Map<string, [number, number]>, b: Map<string, [number, number]>): number {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  return Math.max(
    ...[...a].map(([id, [x, y]]) => Math.hypot(x - (b.get(id)?.[0] ?? NaN), y - (b.get(id)?.[1] ?? NaN))),
  );
}

async function press(key: string): Promise<void> {
  await page.locator('.graph-canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(key);
  await waitIdle(page);
}

describe('claims layout', () => {
  it('is the same picture each time the claims view is laid out on the same graph', async () => {
    await press('c');
    const first = await picture();
    expect(first.size).toBeGreaterThan(40);
    // Off, zoomed in (labels move aside and shrink), then on again: its layout pass runs again.
    await press('c');
    await page.mouse.move(500, 350);
    await page.mouse.wheel(0, -600);
    await waitIdle(page);
    await press('c');
    expect(largestMove(first, await picture())).toBeLessThan(0.01);
    // The layout run again (L) from where it is now.
    await press('l');
    expect(largestMove(first, await picture())).toBeLessThan(0.01);
  });
});
