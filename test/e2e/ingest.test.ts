// The review queue in the real renderer against `claimscape serve` on a seed database: paste a short
// article, propose, see its mentions highlighted, keep the queue as a draft, accept at or above a
// confidence, commit as one history entry "Ingest: <title>", and undo it.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp, useServerAndBrowser, waitIdle } from './harness.ts';

const env = useServerAndBrowser();
let page: Page;

// Written for this test (not from any real article); Valmora and Orlen are made up.
const TITLE = 'Seoul says Pyongyang shipped more missiles to Moscow';
const ARTICLE = [
  TITLE,
  "SEOUL, March 12 (Harbour Wire) - South Korea's spy agency said on Wednesday that North Korea has supplied KN-23 ballistic missiles to Russia over the winter.",
  'Analysts at the Valmora Policy Institute said the Orlen Shipping Company had carried the cargo to Vladivostok.',
  'The Kremlin denied the reports.',
].join('\n');

type Counts = { entities: number; relations: number; claims: number; sources: number };

/** The database's counts, read through the same HTTP API the page uses. */
const counts = () =>
  page.evaluate(async () => {
    const token = sessionStorage.getItem('claimscape.token') ?? '';
    const res = await fetch('/api/db%3Ainfo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
    return ((await res.json()) as { value: { counts: Counts } }).value.counts;
  });

beforeAll(async () => {
  page = (await openApp(env.browser(), env.server().url)).page;
});

describe('bring in an article', () => {
  it('proposes, highlights mentions, and keeps the queue as a draft', async () => {
    await page.locator('[data-command="ingest"]').click();
    const dialog = page.getByRole('dialog', { name: 'Bring in an article' });
    await dialog.locator('#ingest-text').fill(ARTICLE);
    await dialog.locator('[data-action="ingest-propose"]').click();
    await dialog.locator('.ingest-article mark.mention').first().waitFor();
    expect(await dialog.locator('#ingest-title').inputValue()).toBe(TITLE);
    expect(await dialog.locator('mark.mention-resolved', { hasText: 'KN-23' }).count()).toBe(1);
    expect(await dialog.locator('mark.mention-new', { hasText: 'Orlen Shipping Company' }).count()).toBe(1);
    // The article is text, never markup: a mention's title comes through as text too.
    expect(await dialog.locator('.ingest-article script, .ingest-article b').count()).toBe(0);

    await dialog.locator('#ingest-threshold').fill('0.95');
    await dialog.locator('#ingest-accept-above').click();
    expect(await dialog.locator('.ingest-claim.accepted').count()).toBe(0);
    await dialog.locator('#ingest-threshold').fill('0.6');
    await dialog.locator('#ingest-accept-above').click();
    await expect.poll(() => dialog.locator('.ingest-claim.accepted').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => dialog.locator('.ingest-entity.accepted').count()).toBeGreaterThanOrEqual(2);
    if (process.env['INGEST_SHOT']) await page.screenshot({ path: process.env['INGEST_SHOT'] });

    await dialog.locator('[data-action="Close"]').click();
    await dialog.waitFor({ state: 'detached' });
    await waitIdle(page);
    await page.locator('[data-command="ingest"]').click();
    await dialog.locator('#ingest-resume').click();
    await dialog.locator('.ingest-article mark.mention').first().waitFor();
    expect(await dialog.locator('.ingest-claim.accepted').count()).toBeGreaterThanOrEqual(2);
  });

  it('commits the accepted items as one change that Undo takes back', async () => {
    const before = await counts();
    const dialog = page.getByRole('dialog', { name: 'Bring in an article' });
    await dialog.locator('[data-action="ingest-commit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await waitIdle(page);
    const after = await counts();
    expect(after.entities).toBeGreaterThan(before.entities);
    expect(after.claims).toBeGreaterThanOrEqual(before.claims + 2);
    expect(after.sources).toBe(before.sources + 1);

    await page.locator('#section-history > summary').click();
    await page
      .locator('.history-entry .history-label', { hasText: `Ingest: ${TITLE}` })
      .first()
      .waitFor();

    await page.locator('[data-command="undo"]').click();
    await waitIdle(page);
    await expect.poll(counts).toEqual(before);

    // The committed draft is gone: the dialog offers nothing to resume.
    await page.locator('[data-command="ingest"]').click();
    await dialog.locator('#ingest-text').waitFor();
    await waitIdle(page);
    expect(await dialog.locator('#ingest-resume').count()).toBe(0);
  });
});
