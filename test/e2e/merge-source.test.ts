// Merge and sources in the real renderer: a duplicate made by another client (over HTTP, as the
// CLI would) is noticed and listed as a likely duplicate, merged from the Inspector with a preview,
// and undone; a source's view lists its claims, its URL opens only after the host is shown.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi, openApp, useServerAndBrowser, waitIdle } from './harness.ts';

const env = useServerAndBrowser();
let page: Page;

beforeAll(async () => {
  page = (await openApp(env.browser(), env.server().url)).page;
});

const call = <T>(name: string, args: unknown): Promise<T> => callApi<T>(env.server(), name, args);

const drawn = (id: string) =>
  page.evaluate(
    (i) =>
      (window as unknown as { __claimscape: { screenPosition(x: string): unknown } }).__claimscape.screenPosition(i) !==
      null,
    id,
  );
const inspector = () => page.getByRole('region', { name: 'Inspector' });

describe('merge', () => {
  let dup = '';

  it('notices a duplicate added elsewhere and lists it as likely', async () => {
    const r = await call<{ id: string }>('entity:create', {
      kind: 'country',
      label: 'DPRK (dup)',
      aliases: [{ text: 'Korea Utara', lang: 'id' }],
    });
    dup = r.id;
    await page.locator('#section-duplicates > summary').click();
    await expect.poll(() => page.locator(`.dup-row[data-drop="${dup}"]`).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator(`.dup-row[data-drop="${dup}"]`).getAttribute('data-keep')).toBe('north-korea');
  });

  it('merges DPRK (dup) into North Korea from the Inspector after a preview, and Undo separates them', async () => {
    await page.getByRole('combobox', { name: 'Search entities' }).fill('DPRK (dup)');
    await page
      .getByRole('listbox', { name: 'Search suggestions' })
      .getByRole('option', { name: /DPRK \(dup\)/ })
      .click();
    await inspector().locator('.insp-title', { hasText: 'DPRK (dup)' }).waitFor();
    await waitIdle(page);
    expect(await drawn(dup)).toBe(true);
    await inspector().locator('[data-edit="merge-entity"]').click();
    const dialog = page.getByRole('dialog', { name: 'Merge DPRK (dup) into…' });
    await dialog.getByRole('combobox', { name: 'Keep', exact: true }).fill('North Korea');
    await dialog.getByRole('listbox', { name: 'Keep suggestions' }).getByRole('option').first().click();
    await dialog.locator('.merge-list').waitFor();
    expect(await dialog.locator('.merge-list').textContent()).toContain('become aliases of North Korea');
    await dialog.locator('[data-action="merge"]').click();
    await dialog.waitFor({ state: 'detached' });
    await waitIdle(page);
    await inspector().locator('.insp-title', { hasText: 'North Korea' }).waitFor();
    expect(await inspector().locator('.alias', { hasText: 'DPRK (dup)' }).count()).toBe(1);
    expect(await drawn(dup)).toBe(false);
    await expect.poll(() => page.locator(`.dup-row[data-drop="${dup}"]`).count()).toBe(0);

    await page.keyboard.press('Control+z');
    await waitIdle(page);
    expect(await drawn(dup)).toBe(true);
    const back = await call<{ id: string; label: string }>('entity:get', { id: dup });
    expect(back).toMatchObject({ id: dup, label: 'DPRK (dup)' });
  });
});

describe('sources', () => {
  it('a source view lists its claims by relation; its URL opens only after the host is shown', async () => {
    await page.getByRole('combobox', { name: 'Search entities' }).fill('KN-23');
    await page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await inspector().locator('.insp-title', { hasText: 'KN-23' }).waitFor();
    await inspector().locator('.claim-source .source-title').first().click();
    const view = inspector().locator('.insp-source');
    await view.waitFor();
    expect(await view.locator('.source-relation').count()).toBeGreaterThan(1);
    expect(await view.locator('.claim').count()).toBeGreaterThanOrEqual(await view.locator('.source-relation').count());

    await view.locator('#source-edit').click();
    const form = page.getByRole('dialog', { name: 'Edit source' });
    await form.locator('#source-url').fill('https://news.example.org/2024/10/report');
    await form.locator('[data-action="save-source"]').click();
    await form.waitFor({ state: 'detached' });
    await inspector().locator('#source-open').click();
    const confirm = page.getByRole('dialog', { name: 'Open in your browser?' });
    expect(await confirm.locator('.url-host').textContent()).toBe('news.example.org');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+z');
    await waitIdle(page);
    await expect.poll(() => inspector().locator('#source-open').count()).toBe(0);
  });
});
