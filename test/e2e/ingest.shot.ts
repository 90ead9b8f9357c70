// Screenshots of the review queue (npm run screenshots): one of our own dev texts proposed against
// the seed graph, the article with its mentions and the proposals with their stances.
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { openApp, useServerAndBrowser } from './harness.ts';

const env = useServerAndBrowser();
const out = process.env['INGEST_SHOT_DIR'] ?? 'docs/screenshots';

describe('review queue screenshots', () => {
  it('shows an English article proposed against the seed graph', async () => {
    const { page } = await openApp(env.browser(), env.server().url);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.locator('[data-command="ingest"]').click();
    const dialog = page.getByRole('dialog', { name: 'Bring in an article' });
    await dialog.locator('#ingest-text').fill(readFileSync('test/fixtures/ingest/dev/en-briefing.txt', 'utf8'));
    await dialog.locator('[data-action="ingest-propose"]').click();
    await dialog.locator('.ingest-article mark.mention').first().waitFor();
    await page.screenshot({ path: `${out}/ingest-queue.png` });
    await dialog.locator('.ingest-claim').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/ingest-claims.png` });
  });

  it('shows an Indonesian article whose publisher is not named', async () => {
    const { page } = await openApp(env.browser(), env.server().url);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.locator('[data-command="ingest"]').click();
    const dialog = page.getByRole('dialog', { name: 'Bring in an article' });
    await dialog.locator('#ingest-text').fill(readFileSync('test/fixtures/ingest/dev/id-kecaman.txt', 'utf8'));
    await dialog.locator('[data-action="ingest-propose"]').click();
    await dialog.locator('.ingest-article mark.mention').first().waitFor();
    await dialog.locator('#ingest-publisher').fill('Harian Contoh');
    await page.screenshot({ path: `${out}/ingest-queue-id.png` });
  });
});
