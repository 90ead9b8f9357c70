// Screenshots of the editing UI at 1440x900 (add-claim form, entity and source views, History
// panel) into $SHOTS_DIR (default: a temp folder), to look at; not part of npm test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { openApp, useServerAndBrowser, waitIdle } from './harness.ts';

const DIR = process.env['SHOTS_DIR'] ?? join(tmpdir(), 'claimscape-shots');

describe('editing screenshots', () => {
  const env = useServerAndBrowser();

  it('add-claim form, entity Inspector, History panel', async () => {
    mkdirSync(DIR, { recursive: true });
    const { page } = await openApp(env.browser(), env.server().url);
    const shot = async (name: string) => writeFileSync(join(DIR, `${name}.png`), await page.screenshot());
    await page.getByRole('combobox', { name: 'Search entities' }).fill('KN-23');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.insp-entity').waitFor();
    await waitIdle(page);
    await shot('entity-inspector');
    await page.locator('.rel-pred', { hasText: 'supplies' }).click();
    await page.locator('.insp-relation').waitFor();
    await page.locator('[data-edit="add-claim"]').click();
    const dialog = page.getByRole('dialog', { name: 'Add a claim' });
    await page.getByRole('combobox', { name: 'Claimant' }).fill('Rus');
    await page.getByRole('listbox', { name: 'Claimant suggestions' }).getByRole('option').first().waitFor();
    await shot('add-claim-picker');
    await page.getByRole('listbox', { name: 'Claimant suggestions' }).getByRole('option').first().click();
    await dialog.locator('#claim-stance').selectOption('denies');
    await dialog.locator('#claim-stated').fill('2024-10-21');
    await dialog.locator('#claim-summary').fill('Moscow rejects the report that Pyongyang ships KN-23 missiles to it.');
    await shot('add-claim-form');
    await dialog.locator('[data-action="save-claim"]').click();
    await dialog.waitFor({ state: 'detached' });
    await waitIdle(page);
    await page.locator('#section-history > summary').click();
    await page.locator('.history-entry').first().waitFor();
    await page.locator('.history-list').scrollIntoViewIfNeeded();
    await shot('relation-after-claim-and-history');
    await page.locator('.claim-source .source-title').first().click();
    await page.locator('.insp-source').waitFor();
    await shot('source-view');
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Russian Far East');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.insp-entity').waitFor();
    await waitIdle(page);
    await page.locator('[data-edit="merge-entity"]').click();
    const merge = page.getByRole('dialog', { name: /^Merge/ });
    await merge.getByRole('combobox', { name: 'Keep', exact: true }).fill('Russia');
    await merge
      .getByRole('listbox', { name: 'Keep suggestions' })
      .getByRole('option', { name: /^Russia\b/ })
      .first()
      .click();
    await merge.locator('.merge-list').waitFor();
    await shot('merge-dialog');
    await merge.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('[data-edit="edit-entity"]').click();
    await page.getByRole('dialog', { name: /^Edit/ }).waitFor();
    await shot('edit-entity');
  });
});
