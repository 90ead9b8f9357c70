// Writes docs/screenshot.png (and dark-theme and export samples): the main screen on the seed
// graph with an entity selected and the Inspector open. Run by `npm run screenshots`, not `npm test`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, ROOT, useServerAndBrowser, waitIdle } from './harness.ts';

/** An exported image of the drawn graph at 1x, as a user would save it. */
async function exportPng(page: Page): Promise<Buffer> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.locator('#export-format').selectOption('png');
  await dialog.locator('#export-scale').selectOption('1');
  await dialog.locator('input[name="export-scope"][value="visible"]').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.locator('[data-action="export"]').click(),
  ]);
  return readFileSync((await download.path()) as string);
}

/** The README picture: North Korea's neighbourhood in the claims view (who said what about it). */
async function claimsViewOfNorthKorea(page: Page): Promise<void> {
  const p = await page.evaluate(() =>
    (
      window as unknown as { __claimscape: { screenPosition(i: string): { x: number; y: number } | null } }
    ).__claimscape.screenPosition('north-korea'),
  );
  if (!p) throw new Error('north-korea is not drawn');
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.getByRole('menuitem', { name: 'Focus on 1-hop neighbourhood' }).click();
  await waitIdle(page);
  await page.locator('#claims-view').check();
  await waitIdle(page);
  await page.locator('[data-command="fit"]').click();
  await waitIdle(page);
}

/**
 * Nothing left to change in the picture: the graph idle (layout, animation, labels, calls), the
 * search suggestions closed, and no CSS transition or entry animation running (endless ones, the
 * loading spinner's, aside). Waits on the page's own state instead of a fixed pause.
 */
async function waitStill(page: Page): Promise<void> {
  await waitIdle(page);
  await page.waitForFunction(
    () =>
      document.querySelector('[role="combobox"][aria-expanded="true"]') === null &&
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { polling: 'raf', timeout: 10_000 },
  );
}

describe('screenshots', () => {
  const env = useServerAndBrowser();

  for (const theme of ['light', 'dark'] as const) {
    it(`main screen, ${theme}`, async () => {
      const { page, context } = await openApp(env.browser(), env.server().url, { theme });
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await search.fill('Korea Utara');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.insp-entity').waitFor();
      await waitIdle(page);
      if (theme === 'light') await claimsViewOfNorthKorea(page);
      await page.mouse.move(5, 400); // no hover left on the graph
      await waitStill(page);
      writeFileSync(
        join(ROOT, 'docs', theme === 'light' ? 'screenshot.png' : 'screenshot-dark.png'),
        await page.screenshot(),
      );
      if (theme === 'light') writeFileSync(join(ROOT, 'docs', 'screenshot-export.png'), await exportPng(page));
      await context.close();
    }, 30_000);
  }
});
