// Drives the real renderer in headless Chromium against `claimscape serve` on a fresh copy of the
// seed graph: first screen, search + Inspector, expand/undo, filters, path, export, import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  hook,
  launchBrowser,
  openApp,
  ROOT,
  startServer,
  waitIdle,
  type AppPage,
  type Server,
} from './harness.ts';

interface SeedDoc {
  entities: { id: string; label: string }[];
  relations: { id: string; subject: string; object: string; status: string }[];
  claims: { id: string; relation: string; claimant: string }[];
}
const seed = JSON.parse(readFileSync(join(ROOT, 'graph-data/seed/seed-graph.json'), 'utf8')) as SeedDoc;
const labelOf = (id: string) => seed.entities.find((e) => e.id === id)?.label ?? id;

let server: Server;
let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  ensureBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  app = await openApp(browser, server.url);
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const counts = () => hook(page, (h) => ({ nodes: h.nodeCount(), edges: h.edgeCount() }));

async function searchAndPick(text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await box.fill(text);
  await page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await waitIdle(page);
}

async function clickNode(
  id: string,
  modifiers: ('Shift' | 'Control')[] = [],
  button: 'left' | 'right' = 'left',
): Promise<void> {
  const p = await page.evaluate(
    (nodeId) =>
      (
        window as unknown as { __claimscape: { screenPosition(i: string): { x: number; y: number } | null } }
      ).__claimscape.screenPosition(nodeId),
    id,
  );
  if (!p) throw new Error(`${id} is not drawn`);
  for (const m of modifiers) await page.keyboard.down(m);
  await page.mouse.click(p.x, p.y, { button });
  for (const m of modifiers) await page.keyboard.up(m);
}

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function exportVia(options: {
  format: string;
  scale?: string;
  scope?: string;
}): Promise<{ file: Buffer; toast: string }> {
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  await dialog.locator('#export-format').selectOption(options.format);
  if (options.scale) await dialog.locator('#export-scale').selectOption(options.scale);
  if (options.scope) await dialog.locator(`input[name="export-scope"][value="${options.scope}"]`).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.locator('[data-action="export"]').click(),
  ]);
  const file = readFileSync((await download.path()) as string);
  const toast = page.locator('.toast-success').last();
  await toast.waitFor();
  const text = (await toast.textContent()) ?? '';
  await page.locator('.toast .toast-close').evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
  return { file, toast: text };
}

describe('first screen', () => {
  it('draws the whole seed graph with totals in the status bar', async () => {
    expect(await counts()).toEqual({ nodes: 32, edges: 57 });
    const status = page.locator('#status-counts');
    expect(await status.getAttribute('data-total-nodes')).toBe('32');
    expect(await status.textContent()).toContain('32 of 32 entities');
    await expect.poll(() => page.locator('.legend-list li').count()).toBeGreaterThan(10);
    expect(app.errors).toEqual([]);
  });
});

describe('search and Inspector', () => {
  it('shows the matched alias when it is not the label', async () => {
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Korea Utara');
    const option = page.getByRole('option').first();
    await option.waitFor();
    expect(await option.textContent()).toContain('North Korea');
    expect(await option.locator('.opt-matched').textContent()).toBe('Korea Utara');
    await page.keyboard.press('Escape');
  });

  it('selects KN-23 and lists the claims about it with their claimants', async () => {
    await searchAndPick('KN-23');
    expect(await hook(page, (h) => h.selected())).toEqual(['kn-23']);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.locator('.insp-title', { hasText: 'KN-23' }).waitFor();
    const claimants = await inspector.locator('.claims-about .claimant').allTextContents();
    const expected = seed.claims.filter((c) => c.relation.includes('kn-23')).map((c) => labelOf(c.claimant));
    expect(claimants.length).toBe(expected.length);
    expect(new Set(claimants)).toEqual(new Set(expected));
  });

  it('clicking a claimant selects it in the graph', async () => {
    await page.locator('.claims-about .claimant').first().click();
    await expect.poll(() => hook(page, (h) => h.selected())).toEqual(['south-korea-nis']);
    await page.locator('.insp-title', { hasText: 'National Intelligence Service' }).waitFor();
  });
});

describe('view operations and undo', () => {
  it('focus, expand and undo move the counts and back', async () => {
    await clickNode('kn-23', [], 'right');
    await page.getByRole('menuitem', { name: 'Focus on 1-hop neighbourhood' }).click();
    await waitIdle(page);
    const focused = await counts();
    expect(focused.nodes).toBe(3);
    await clickNode('north-korea');
    await page.keyboard.press('x');
    await expect.poll(async () => (await counts()).nodes).toBeGreaterThan(3);
    await waitIdle(page);
    await page.keyboard.press('Control+z');
    await expect.poll(counts).toEqual(focused);
    await page.keyboard.press('Control+z');
    await expect.poll(counts).toEqual({ nodes: 32, edges: 57 });
    await page.keyboard.press('Control+y');
    await expect.poll(counts).toEqual(focused);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await counts()).nodes).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(counts).toEqual({ nodes: 32, edges: 57 });
    await waitIdle(page);
  });

  it('Delete hides the selection and undo restores it', async () => {
    await clickNode('kn-23');
    await page.keyboard.press('Delete');
    await expect.poll(counts).toEqual({ nodes: 31, edges: 55 });
    await page.keyboard.press('Control+z');
    await expect.poll(counts).toEqual({ nodes: 32, edges: 57 });
  });

  it('unchecking "unverified" removes the unverified relations, undo brings them back', async () => {
    const unverified = seed.relations.filter((r) => r.status === 'unverified').length;
    expect(unverified).toBe(2);
    await page
      .getByRole('group', { name: 'Status' })
      .getByRole('checkbox', { name: /unverified/ })
      .uncheck();
    await expect.poll(counts).toEqual({ nodes: 32, edges: 57 - unverified });
    expect(await page.locator('#status-counts').getAttribute('data-visible-edges')).toBe(String(57 - unverified));
    await page.keyboard.press('Control+z');
    await expect.poll(counts).toEqual({ nodes: 32, edges: 57 });
  });

  it('finds and highlights a shortest path between two selected entities', async () => {
    // The undo before this one may still be drawing: click a settled graph.
    await waitIdle(page);
    await clickNode('sean-savett');
    await clickNode('kn-23', ['Shift']);
    await expect.poll(() => hook(page, (h) => h.selected().sort())).toEqual(['kn-23', 'sean-savett']);
    await page.getByRole('button', { name: 'Shortest path between them' }).click();
    const steps = page.locator('.path-steps li');
    await expect.poll(() => steps.count()).toBeGreaterThan(1);
    expect(await steps.first().textContent()).toContain('Sean Savett');
    expect(await steps.last().textContent()).toContain('KN-23');
    // Each hop names its predicate and status, and opens the claims behind it.
    expect(await steps.last().locator('.badge').textContent()).toBeTruthy();
    await steps.last().getByRole('button').click();
    const picked = await hook(page, (h) => h.selected());
    expect(picked.length).toBe(1);
    expect(picked[0]).toContain('kn-23');
    await page.locator('.insp-relation').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => steps.count()).toBe(0);
  });
});

describe('export', () => {
  it('PNG export has the requested scale: 2x is exactly twice 1x', async () => {
    await page.keyboard.press('Escape');
    const one = await exportVia({ format: 'png', scale: '1', scope: 'visible' });
    const two = await exportVia({ format: 'png', scale: '2', scope: 'visible' });
    const a = pngSize(one.file);
    const b = pngSize(two.file);
    expect(one.toast).toContain(`${a.width} × ${a.height} px`);
    expect(two.toast).toContain(`${b.width} × ${b.height} px`);
    expect(b).toEqual({ width: a.width * 2, height: a.height * 2 });
    expect(a.width).toBeGreaterThanOrEqual(720);
  });

  it('Claimscape JSON of a selection holds exactly the selected entities and their claims', async () => {
    const chosen = ['north-korea', 'russia', 'kn-23'];
    await clickNode(chosen[0] as string);
    for (const id of chosen.slice(1)) await clickNode(id, ['Shift']);
    await expect.poll(() => hook(page, (h) => h.selected().sort())).toEqual([...chosen].sort());
    const { file } = await exportVia({ format: 'claimscape', scope: 'selection' });
    const doc = JSON.parse(file.toString('utf8')) as {
      entities: { id: string; context?: boolean }[];
      claims: { id: string; relation: string }[];
    };
    expect(
      doc.entities
        .filter((e) => !e.context)
        .map((e) => e.id)
        .sort(),
    ).toEqual([...chosen].sort());
    const between = new Set(
      seed.relations.filter((r) => chosen.includes(r.subject) && chosen.includes(r.object)).map((r) => r.id),
    );
    const expected = seed.claims
      .filter((c) => between.has(c.relation))
      .map((c) => c.id)
      .sort();
    expect(doc.claims.map((c) => c.id).sort()).toEqual(expected);
  });

  it('the whole database as GEXF is streamed by the server as a download', async () => {
    const { file, toast } = await exportVia({ format: 'gexf', scope: 'all' });
    const text = file.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    for (const e of seed.entities) expect(text).toContain(`<node id="${e.id}"`);
    expect(text.match(/<edge /g)).toHaveLength(seed.relations.length);
    expect(toast).toMatch(/GEXF.*Downloads\/claimscape-all-.*\.gexf/);
  });

  it('SVG export is one SVG document with the legend and sources as text', async () => {
    const { file } = await exportVia({ format: 'svg', scope: 'visible' });
    const text = file.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('Sources behind the drawn relations');
    expect(text).toContain('<svg');
    expect(text).not.toMatch(/<script/i);
  });
});

describe('chrome', () => {
  it('toggles the theme and the side panels, and lists the shortcuts', async () => {
    const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
    const before = await theme();
    await page.getByRole('button', { name: 'Toggle light/dark theme' }).click();
    expect(await theme()).not.toBe(before);
    await page.keyboard.press('t');
    expect(await theme()).toBe(before);
    await page.keyboard.press('\\');
    expect(await page.getByRole('region', { name: 'Inspector' }).isVisible()).toBe(false);
    await page.keyboard.press('\\');
    expect(await page.getByRole('region', { name: 'Inspector' }).isVisible()).toBe(true);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await dialog.locator('tr').count()).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('empty database', () => {
  it('says so and offers Import', async () => {
    const empty = await startServer({ empty: true });
    try {
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
      const p = await context.newPage();
      await p.goto(empty.url);
      await p.getByRole('heading', { name: 'This database is empty' }).waitFor();
      await p.getByRole('button', { name: 'Import…' }).last().click();
      await p.getByRole('dialog', { name: 'Import' }).waitFor();
      await context.close();
    } finally {
      await empty.close();
    }
  });
});

describe('import', () => {
  it('shows parse errors with their code', async () => {
    await page.keyboard.press('i');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.locator('#import-file').setInputFiles({
      name: 'broken.claimscape.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"claimscape","version":7}'),
    });
    await dialog.locator('.error-box code', { hasText: 'unsupported-version' }).waitFor();
    expect(await dialog.locator('[data-action="import"]').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('previews then imports a file and reloads the graph', async () => {
    const doc = {
      format: 'claimscape',
      version: 1,
      sources: [{ id: 'e2e-source', title: 'E2E test statement', publisher: null }],
      entities: [{ id: 'e2e-missile', kind: 'weapon-system', label: 'E2E Missile', aliases: [] }],
      relations: [
        {
          id: 'north-korea--supplies--e2e-missile',
          subject: 'north-korea',
          predicate: 'supplies',
          object: 'e2e-missile',
        },
      ],
      claims: [
        {
          id: 'e2e-c1',
          relation: 'north-korea--supplies--e2e-missile',
          claimant: 'volodymyr-zelensky',
          stance: 'asserts',
          source: 'e2e-source',
          stated: '2024-10',
        },
      ],
    };
    await page.keyboard.press('i');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.locator('#import-file').setInputFiles({
      name: 'extra.claimscape.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    await dialog.locator('.preview').waitFor();
    expect(await dialog.locator('.count-cell').first().textContent()).toContain('1');
    // Claimscape files merge by id: the merge choice is set aside, and the dialog says why.
    expect(await dialog.locator('#import-merge').isDisabled()).toBe(true);
    expect(await dialog.locator('#import-merge-hint').isVisible()).toBe(true);
    await dialog.locator('[data-action="import"]').click();
    await page.locator('.toast-success', { hasText: 'Imported extra.claimscape.json' }).waitFor();
    await expect.poll(async () => (await counts()).nodes, { timeout: 10_000 }).toBe(33);
    await waitIdle(page);
    expect(await page.locator('#status-counts').getAttribute('data-total-nodes')).toBe('33');
    expect(app.errors).toEqual([]);
  });

  it('maps the columns of a CSV table, shows the mapping, and imports it', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('i');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    const csv = 'speaker;listener;verb;day\r\nAlpha Agency;Beta Bureau;cooperates-with;2024-10-20\r\n';
    await dialog
      .locator('#import-file')
      .setInputFiles({ name: 'table.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await dialog.locator('.error-box code', { hasText: 'invalid-format' }).waitFor();
    for (const [role, col] of [
      ['source', 'speaker'],
      ['target', 'listener'],
      ['predicate', 'verb'],
      ['date', 'day'],
    ]) {
      await dialog.locator(`#import-col-${role}`).fill(col as string);
      await dialog.locator(`#import-col-${role}`).dispatchEvent('change');
    }
    await dialog.locator('.mapping-list', { hasText: 'day → claim date' }).waitFor();
    expect(await dialog.locator('.mapping-list').textContent()).toContain('speaker → relation subject');
    // A table's rows are matched to entities as chosen.
    expect(await dialog.locator('#import-merge').isDisabled()).toBe(false);
    expect(await dialog.locator('#import-merge-hint').isVisible()).toBe(false);
    await dialog.locator('[data-action="import"]').click();
    await page.locator('.toast-success', { hasText: 'Imported table.csv' }).waitFor();
    await waitIdle(page);
    expect(Number(await page.locator('#status-counts').getAttribute('data-total-nodes'))).toBe(36);
    expect(app.errors).toEqual([]);
  });
});
