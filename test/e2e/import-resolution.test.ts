// The import preview's resolution in the real renderer: a foreign file's nodes listed as "will merge
// into existing" or "new" with names, one changed before importing (made new), and the import
// doing what the list said. Also the claim form's source search over the whole database.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp, useServerAndBrowser, waitIdle } from './harness.ts';

const env = useServerAndBrowser();
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ page, errors } = await openApp(env.browser(), env.server().url));
  page.setDefaultTimeout(8000);
});

/** A contract call over the app's own HTTP transport (the token the page was opened with). */
function call<T>(name: string, args: unknown): Promise<T> {
  return page.evaluate(
    async ([n, a]) => {
      const token = sessionStorage.getItem('claimscape.token') ?? '';
      const res = await fetch(`/api/${n}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(a),
      });
      const body = (await res.json()) as { ok: boolean; value: unknown };
      if (!body.ok) throw new Error(JSON.stringify(body));
      return body.value;
    },
    [name, args] as const,
  ) as Promise<T>;
}

const FILE = {
  elements: {
    nodes: [
      { data: { id: 'n-nk', label: 'north korea', kind: 'country' } },
      { data: { id: 'n-ru', label: 'Russia', kind: 'country' } },
      { data: { id: 'n-depot', label: 'Sinpo Test Depot', kind: 'facility' } },
    ],
    edges: [
      { data: { id: 'e1', source: 'n-nk', target: 'n-depot', predicate: 'operates' } },
      { data: { id: 'e2', source: 'n-ru', target: 'n-depot', predicate: 'supports' } },
    ],
  },
};

describe('import preview resolution', () => {
  it('lists merges and new nodes by name, takes a change made before importing, and imports accordingly', async () => {
    await page.getByRole('button', { name: 'Import…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.locator('#import-file').setInputFiles({
      name: 'depot.cyjs',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(FILE)),
    });
    const merging = dialog.locator('.preview-block', { hasText: 'Will merge into existing (2)' });
    await merging.waitFor();
    const row = (node: string) => dialog.locator(`.res-row[data-node="${node}"]`);
    expect(await merging.locator('.res-row').count()).toBe(2);
    expect(await row('n-nk').locator('.res-state').textContent()).toBe('→ North Korea (same name)');
    expect(await row('n-ru').locator('.res-state').textContent()).toBe('→ Russia (same name)');
    // New: the depot, and the entity that stands for the file itself (the claimant of its edges).
    const fresh = dialog.locator('.preview-block', { hasText: 'New (2)' });
    expect(await fresh.locator('.res-row .res-label').allTextContents()).toEqual(
      expect.arrayContaining(['Sinpo Test Depot', 'Dataset: depot.cyjs']),
    );
    expect(await row('n-depot').locator('.res-state').textContent()).toBe('new entity');

    // The researcher decides the file's Russia is another entity: it becomes new.
    await row('n-ru').getByRole('button', { name: 'Change what Russia becomes' }).click();
    await row('n-ru').getByRole('button', { name: 'Make it new' }).click();
    expect(await row('n-ru').locator('.res-state').textContent()).toBe('new entity');

    type Info = { counts: { entities: number } };
    const before = await call<Info>('db:info', {});
    await dialog.locator('[data-action="import"]').click();
    await page.locator('.toast-success', { hasText: 'Imported depot.cyjs' }).waitFor();
    await waitIdle(page);
    const after = await call<Info>('db:info', {});
    expect(after.counts.entities - before.counts.entities).toBe(3);
    const nk = await call<{ relations: { predicate: string; other: { label: string } }[] }>('entity:get', {
      id: 'north-korea',
    });
    expect(nk.relations.some((r) => r.predicate === 'operates' && r.other.label === 'Sinpo Test Depot')).toBe(true);
    const russias = await call<{ entities: { label: string }[] }>('search:run', { text: 'Russia', limit: 10 });
    expect(russias.entities.filter((e) => e.label === 'Russia')).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});

describe('claim form source search', () => {
  it('finds a source that nothing in the window cites, by a word of its title', async () => {
    await call('source:create', { id: 'e2e-hidden-source', title: 'Briefing on Sinpo shipyard cargo' });
    await page.getByRole('combobox', { name: 'Search entities' }).fill('KN-23');
    await page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await waitIdle(page);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.locator('.rel-pred', { hasText: 'supplies' }).click();
    await inspector.locator('[data-edit="add-claim"]').click();
    const dialog = page.getByRole('dialog', { name: 'Add a claim' });
    await dialog.waitFor();
    const pick = dialog.locator('#claim-source');
    expect(await pick.locator('option[value="e2e-hidden-source"]').count()).toBe(0);
    await dialog.getByRole('searchbox', { name: 'Search all sources' }).fill('shipyard');
    await expect.poll(() => pick.inputValue()).toBe('e2e-hidden-source');
    expect(await dialog.locator('.source-search-status').textContent()).toBe('1 found');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
