// Screenshots of the claims view on the whole seed graph at two window sizes and in both themes
// (test/e2e/shots/, not committed), to look at: claimants beside what they said, handles apart,
// disputes visible, nothing under the key (also folded).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { openApp, ROOT, useServerAndBrowser, waitIdle } from './harness.ts';

const SHOTS = join(ROOT, 'test', 'e2e', 'shots');

describe('claims view screenshots', () => {
  const env = useServerAndBrowser();
  for (const theme of ['light', 'dark'] as const)
    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      it(`whole seed graph at ${width}x${height}, ${theme}`, async () => {
        mkdirSync(SHOTS, { recursive: true });
        const { page, context } = await openApp(env.browser(), env.server().url, { width, height, theme });
        await page.locator('.graph-canvas').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('c');
        await waitIdle(page);
        await page.screenshot({ path: join(SHOTS, `claims-${width}-${theme}.png`) });
        await page.getByRole('button', { name: 'Fold the key' }).click();
        await page.locator('[data-command="fit"]').click();
        await waitIdle(page);
        await page.screenshot({ path: join(SHOTS, `claims-${width}-${theme}-folded.png`) });
        await page.getByRole('button', { name: 'Show the claims key' }).click();
        await context.close();
      }, 60_000);
    }
});
