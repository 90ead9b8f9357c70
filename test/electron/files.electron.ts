// Files in and out of the real app through its real code paths: only the OS dialog's answer is
// stubbed (dialog.showSaveDialog in the main process; the page's file chooser through Playwright).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDocument } from '../helpers/synthetic.ts';
import { counts, launchClaimscape, totalEntities, waitIdle, type RunningApp } from './harness.ts';

const FOUR_MB = 4 * 1024 * 1024; // WORKER_IMPORT_CHARS: from this size the app imports on the worker
let run: RunningApp;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimscape-electron-files-'));
  run = await launchClaimscape();
});
afterAll(async () => {
  await run?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The next save dialog answers `file`, as if the user had chosen it; its options are kept. */
async function answerNextSaveDialog(file: string): Promise<void> {
  await run.app.evaluate(({ dialog }, filePath) => {
    const g = globalThis as { __saveDialogs?: unknown[] };
    g.__saveDialogs = [];
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      g.__saveDialogs!.push(args.at(-1));
      return { canceled: false, filePath };
    }) as typeof dialog.showSaveDialog;
  }, file);
}

async function pressKey(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

async function importThroughDialog(page: Page, file: string): Promise<void> {
  await pressKey(page, 'i');
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.locator('#import-file').setInputFiles(file);
  await dialog.locator('.preview').waitFor({ timeout: 60_000 });
  await dialog.locator('[data-action="import"]').click();
}

describe('export and import round trip', () => {
  const exported = () => join(dir, 'whole-graph.claimscape.json');

  it('exports the drawn graph through the native save dialog to the chosen file', async () => {
    const { page } = run;
    await answerNextSaveDialog(exported());
    await pressKey(page, 'e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.locator('#export-format').selectOption('claimscape');
    await dialog.locator('input[name="export-scope"][value="visible"]').check();
    await dialog.locator('[data-action="export"]').click();
    await page.locator('.toast-success', { hasText: 'whole-graph.claimscape.json' }).waitFor();
    const doc = JSON.parse(readFileSync(exported(), 'utf8')) as { format: string; entities: { id: string }[] };
    expect(doc.format).toBe('claimscape');
    expect(doc.entities.map((e) => e.id)).toContain('kn-23');
    expect(doc.entities.length).toBe(await totalEntities(page));
  });

  it('File ▸ New Database (dialog answered) opens an empty database', async () => {
    const { app, page } = run;
    const fresh = join(dir, 'fresh.db');
    await answerNextSaveDialog(fresh);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('new-database')!.click());
    await page.waitForFunction(
      () => document.querySelector('#status-counts')?.getAttribute('data-total-nodes') === '0',
    );
    expect(await app.evaluate(() => (globalThis as { __saveDialogs?: unknown[] }).__saveDialogs?.length)).toBe(1);
    expect(await counts(page)).toEqual({ nodes: 0, edges: 0 });
  });

  it('imports the exported file back through the Import dialog: the same entities', async () => {
    const { page } = run;
    const doc = JSON.parse(readFileSync(exported(), 'utf8')) as { entities: unknown[]; relations: unknown[] };
    await importThroughDialog(page, exported());
    await page.locator('.toast-success', { hasText: 'Imported whole-graph.claimscape.json' }).waitFor();
    await waitIdle(page);
    expect(await totalEntities(page)).toBe(doc.entities.length);
    expect((await counts(page)).edges).toBe(doc.relations.length);
    expect(run.errors).toEqual([]);
  });
});

describe('a large import', () => {
  it('runs on the worker thread (progress events arrive) and lands completely', async () => {
    const { page } = run;
    const doc = syntheticDocument(2500, 3, 3, 'big');
    const text = JSON.stringify(doc, null, 1);
    const file = join(dir, 'big.claimscape.json');
    writeFileSync(file, text.length >= FOUR_MB ? text : text + ' '.repeat(FOUR_MB - text.length));
    const before = await totalEntities(page);
    await page.evaluate(() => {
      const w = window as unknown as {
        claimscape: { on(e: string, f: (p: { phase: string }) => void): () => void };
        __phases?: string[];
      };
      w.__phases = [];
      w.claimscape.on('import:progress', (p) => w.__phases!.push(p.phase));
    });
    await importThroughDialog(page, file);
    await page.locator('.toast-success', { hasText: 'Imported big.claimscape.json' }).waitFor({ timeout: 120_000 });
    const phases = await page.evaluate(() => (window as unknown as { __phases: string[] }).__phases);
    expect(phases.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (n) => document.querySelector('#status-counts')?.getAttribute('data-total-nodes') === String(n),
      before + doc.entities.length,
    );
  });
});
