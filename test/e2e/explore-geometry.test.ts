// The explore loop on the seed graph at 1440x900, measured through the read-only test hook: after
// the first picture, a focus, and two expands, every node is inside the canvas, no two nodes
// overlap, almost no labels collide, and undo then redo puts every node back within 1 px.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp, useServerAndBrowser } from './harness.ts';
import { contextMenu, geometry, positions, settle, type Geometry } from './explore-helpers.ts';

const env = useServerAndBrowser();
let page: Page;

beforeAll(async () => {
  page = (await openApp(env.browser(), env.server().url, { width: 1440, height: 900 })).page;
});

function expectReadable(g: Geometry): void {
  expect(g.drawn).toBeGreaterThan(2);
  expect(g.outside).toEqual([]);
  expect(g.overlappingNodes).toEqual([]);
  expect(g.labelPairs).toBeGreaterThan(0);
  expect(g.overlappingLabels / g.labelPairs).toBeLessThan(0.05);
}

describe('explore loop geometry (seed graph, 1440x900)', () => {
  it('the first picture: nodes inside, apart, labels clear', async () => {
    const g = await geometry(page);
    expect(g.drawn).toBe(32);
    expectReadable(g);
  });

  it('after focusing on North Korea', async () => {
    await contextMenu(page, 'north-korea', /^Focus on 1-hop/);
    await settle(page, { below: 32 });
    expectReadable(await geometry(page));
  });

  it('after expanding Russia, then Ukraine', async () => {
    const before = (await geometry(page)).drawn;
    await contextMenu(page, 'russia', /^Expand neighbours/);
    await settle(page, { above: before });
    const afterRussia = await geometry(page);
    expectReadable(afterRussia);
    await contextMenu(page, 'ukraine', /^Expand neighbours/);
    await settle(page, { above: afterRussia.drawn });
    expectReadable(await geometry(page));
  });

  it('undo then redo gives back every node within 1 px', async () => {
    const before = await positions(page);
    const count = Object.keys(before).length;
    await page.keyboard.press('Control+z');
    await settle(page, { below: count });
    await page.keyboard.press('Control+y');
    await settle(page, { equals: count });
    const after = await positions(page);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, b] of Object.entries(before)) {
      const a = after[id];
      expect(a, id).toBeDefined();
      expect(Math.abs((a?.x1 ?? 0) - b.x1), id).toBeLessThanOrEqual(1);
      expect(Math.abs((a?.y1 ?? 0) - b.y1), id).toBeLessThanOrEqual(1);
    }
  });
});
