// Editing in the real renderer against `claimscape serve` on a fresh seed database: add a claim from
// the Inspector and see the edge's status change, undo and redo it with the app's one Undo, and
// the History panel listing and undoing the change.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hook, openApp, useServerAndBrowser, waitIdle } from './harness.ts';

const env = useServerAndBrowser();
let page: Page;
const REL = 'north-korea--supplies--kn-23';

beforeAll(async () => {
  page = (await openApp(env.browser(), env.server().url)).page;
});

const status = (id: string) =>
  page.evaluate(
    (r) => (window as unknown as { __claimscape: { edgeStatus(i: string): string | null } }).__claimscape.edgeStatus(r),
    id,
  );
const idle = () => waitIdle(page);

async function selectEntity(text: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search entities' }).fill(text);
  await page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await idle();
}

async function pick(field: string, text: string, option: string | RegExp): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: field, exact: true }).fill(text);
  await dialog
    .getByRole('listbox', { name: `${field} suggestions` })
    .getByRole('option', { name: option })
    .first()
    .click();
}

describe('add a claim from the Inspector', () => {
  it('a denial turns the asserted relation contested; Undo and Redo move it back and forth', async () => {
    expect(await status(REL)).toBe('asserted');
    await selectEntity('KN-23');
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.locator('.rel-pred', { hasText: 'supplies' }).click();
    await inspector.locator('.insp-relation').waitFor();
    await idle();
    await inspector.locator('[data-edit="add-claim"]').click();
    const dialog = page.getByRole('dialog', { name: 'Add a claim' });
    await dialog.waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Subject' }).inputValue()).toBe('North Korea');
    expect(await dialog.getByRole('combobox', { name: 'Object' }).inputValue()).toBe('KN-23');
    await pick('Claimant', 'Russia', /^Russia\b/);
    await dialog.locator('#claim-stance').selectOption('denies');
    expect(await dialog.locator('#claim-source').inputValue()).not.toBe('');
    await dialog.locator('#claim-stated').fill('2024-10-21');
    await dialog.locator('#claim-summary').fill('Moscow rejects the report that Pyongyang ships KN-23 missiles to it.');
    await dialog.locator('[data-action="save-claim"]').click();
    await dialog.waitFor({ state: 'detached' });
    await idle();
    expect(await status(REL)).toBe('contested');
    await expect.poll(() => inspector.locator('.insp-relation .claim').count()).toBe(2);
    await inspector.locator('.claim', { hasText: 'Moscow rejects' }).waitFor();

    await page.keyboard.press('Control+z');
    await idle();
    expect(await status(REL)).toBe('asserted');
    await page.keyboard.press('Control+Shift+z');
    await idle();
    expect(await status(REL)).toBe('contested');
  });

  it('the History panel lists the change and its Undo takes it back', async () => {
    await page.locator('#section-history > summary').click();
    const entry = page.locator('.history-entry').first();
    await entry.waitFor();
    expect(await entry.locator('.history-label').textContent()).toMatch(/claim/i);
    await page.locator('#history-undo').click();
    await idle();
    expect(await status(REL)).toBe('asserted');
    await expect.poll(() => page.locator('.history-entry').first().getAttribute('class')).toContain('undone');
  });

  it('a bad partial date is refused in the dialog and nothing changes', async () => {
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.locator('[data-edit="add-claim"]').first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a claim' });
    await pick('Claimant', 'Russia', /^Russia\b/);
    await dialog.locator('#claim-stated').fill('2024-13');
    await dialog.locator('[data-action="save-claim"]').click();
    await dialog.locator('.error-box code').waitFor();
    expect(await dialog.locator('.error-box code').textContent()).toBe('bad-argument');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await status(REL)).toBe('asserted');
    // Closing the dialog leaves nothing running (the Inspector may still be redrawing the relation).
    await expect.poll(() => hook(page, (h) => h.idle())).toBe(true);
  });
  it('a predicate that does not fit the kinds warns; Add anyway confirms, Undo removes it', async () => {
    await selectEntity('Mark Rutte');
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.locator('.insp-title', { hasText: 'Mark Rutte' }).waitFor();
    await inspector.locator('[data-edit="add-claim"]').click();
    const dialog = page.getByRole('dialog', { name: 'Add a claim' });
    await dialog.locator('#claim-predicate').selectOption('supplies');
    await pick('Object', 'KN-23', /KN-23/);
    await dialog.locator('.kind-note', { hasText: 'does not usually apply to Mark Rutte' }).waitFor();
    await pick('Claimant', 'NATO', /NATO/);
    await dialog.locator('#claim-source').selectOption({ index: 1 });
    await dialog.locator('[data-action="save-claim"]').click();
    await dialog.locator('.warn-box').waitFor();
    expect(await dialog.locator('[data-action="save-claim"]').textContent()).toBe('Add anyway');
    await dialog.locator('[data-action="save-claim"]').click();
    await dialog.waitFor({ state: 'detached' });
    await idle();
    const rel = 'mark-rutte--supplies--kn-23';
    await expect.poll(() => status(rel)).toBe('asserted');
    await page.keyboard.press('Control+z');
    await idle();
    expect(await status(rel)).toBeNull();
  });
});
