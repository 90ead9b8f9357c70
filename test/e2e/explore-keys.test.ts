// Keyboard, pins and panels in the explore loop: search hands the keyboard to the graph, arrows
// walk it, F focuses, P starts a path, ? lists it all; pins drag and stay; narrow windows fold
// the panels into rails and re-fit the graph without moving nodes.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp, useServerAndBrowser } from './harness.ts';
import { hookEval, positions, settle, type Box } from './explore-helpers.ts';

const env = useServerAndBrowser();
let page: Page;

beforeAll(async () => {
  page = (await openApp(env.browser(), env.server().url, { width: 1440, height: 900 })).page;
});

const centre = (b: Box) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
const selected = () => hookEval(page, (h) => h.selected());

async function pick(text: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search entities' }).fill(text);
  await page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await settle(page);
}

describe('keyboard', () => {
  it('names filter checkboxes without decorative glyphs', async () => {
    await page.getByRole('checkbox', { name: 'country 6', exact: true }).waitFor();
    const names = await page
      .getByRole('group', { name: 'Entity kind' })
      .getByRole('checkbox')
      .evaluateAll((els) => els.map((e) => e.closest('label')?.textContent ?? ''));
    for (const n of names) expect(n).toMatch(/^[\p{L}\p{N} ]+$/u);
  });

  it('a search pick selects the entity and gives the keyboard to the graph', async () => {
    await pick('Ukraine');
    expect(await selected()).toEqual(['ukraine']);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('graph-canvas'))).toBe(true);
  });

  it('arrow keys move the selection to an entity in that direction', async () => {
    for (const [key, axis, sign] of [
      ['ArrowRight', 'x', 1],
      ['ArrowDown', 'y', 1],
      ['ArrowLeft', 'x', -1],
      ['ArrowUp', 'y', -1],
    ] as const) {
      const [from] = await selected();
      await page.keyboard.press(key);
      await settle(page);
      const [to] = await selected();
      expect(to, key).toBeDefined();
      expect(to).not.toBe(from);
      // Compared in the picture after the move (the view may have panned to the new selection).
      const now = await positions(page);
      const a = centre(now[from as string] as Box);
      const b = centre(now[to as string] as Box);
      expect((b[axis] - a[axis]) * sign, `${key} from ${from} to ${to}`).toBeGreaterThan(0);
    }
  });

  it('F focuses on the selection and P starts a path from it', async () => {
    await pick('North Korea');
    await page.keyboard.press('f');
    await settle(page, { below: 32 });
    expect(await hookEval(page, (h) => h.nodeCount())).toBeLessThan(32);
    expect(await selected()).toEqual(['north-korea']);
    expect(await page.locator('#section-path').getAttribute('open')).toBeNull();
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('#section-path').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#section-path .path-label').first().textContent()).toBe('North Korea');
  });

  it('? lists every shortcut, F, P and the arrows among them', async () => {
    await page.locator('.graph-canvas').focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Focus on the selected entity');
    expect(text).toContain('Start a path');
    expect(text).toContain('←');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('pins', () => {
  it('the Inspector shows and toggles the pin; a pinned node drags, is selected, and stays', async () => {
    await pick('Russia');
    const pin = page.getByRole('region', { name: 'Inspector' }).locator('.pin-toggle');
    expect(await pin.getAttribute('aria-pressed')).toBe('false');
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await settle(page);
    const start = centre((await positions(page))['russia'] as Box);
    const canvas = await page.locator('.graph-canvas').boundingBox();
    const ox = canvas?.x ?? 0;
    const oy = canvas?.y ?? 0;
    await page.mouse.move(ox + start.x, oy + start.y);
    await page.mouse.down();
    await page.mouse.move(ox + start.x + 30, oy + start.y + 20, { steps: 4 });
    await page.mouse.move(ox + start.x + 60, oy + start.y + 40, { steps: 4 });
    await page.mouse.up();
    await settle(page);
    expect(await selected()).toEqual(['russia']);
    const end = centre((await positions(page))['russia'] as Box);
    expect(Math.abs(end.x - start.x - 60)).toBeLessThanOrEqual(2);
    expect(Math.abs(end.y - start.y - 40)).toBeLessThanOrEqual(2);
    expect(await pin.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('panels', () => {
  it('search suggestions fit inside their panel', async () => {
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Russian');
    const list = page.getByRole('listbox', { name: 'Search suggestions' });
    await list.getByRole('option').first().waitFor();
    const panel = await page.getByRole('complementary', { name: 'Explore' }).boundingBox();
    const box = await list.boundingBox();
    expect(box && panel && box.x + box.width <= panel.x + panel.width).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('below 1200 px the panels fold into rails; opening one re-fits without moving nodes', async () => {
    const narrow = await openApp(env.browser(), env.server().url, { width: 1024, height: 700 });
    const p = narrow.page;
    const inspector = await p.getByRole('region', { name: 'Inspector' }).boundingBox();
    expect(inspector?.width).toBeLessThanOrEqual(50);
    const view = await hookEval(p, (h) => h.viewport());
    expect(view.width).toBeGreaterThan(900);
    const before = await positions(p);
    await p.getByRole('button', { name: 'Show or hide the Inspector' }).click();
    await p.waitForFunction(() => {
      const h = (window as unknown as { __claimscape: { viewport(): { width: number }; idle(): boolean } })
        .__claimscape;
      return h.viewport().width < 700 && h.idle();
    });
    const after = await positions(p);
    const { width, height } = await hookEval(p, (h) => h.viewport());
    const ids = Object.keys(before);
    const [a, b] = [ids[0] as string, ids[ids.length - 1] as string];
    const dist = (m: Record<string, Box>, x: string, y: string) =>
      Math.hypot(centre(m[x] as Box).x - centre(m[y] as Box).x, centre(m[x] as Box).y - centre(m[y] as Box).y);
    const k = dist(after, a, b) / dist(before, a, b);
    for (const id of ids) {
      const box = after[id] as Box;
      expect(box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height, id).toBe(true);
      expect(dist(after, a, id)).toBeCloseTo(dist(before, a, id) * k, 0);
    }
    await narrow.context.close();
  });
});
