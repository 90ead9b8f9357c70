// The file association: a .claimscape.json named on the command line (how Windows and Linux open
// an associated file) is imported into the app's database when it starts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchClaimscape, ROOT, totalEntities, type RunningApp } from './harness.ts';

const seed = JSON.parse(readFileSync(join(ROOT, 'graph-data/seed/seed-graph.json'), 'utf8')) as { entities: unknown[] };

const DOC = {
  format: 'claimscape',
  version: 1,
  sources: [{ id: 'assoc-src', title: 'Association launch bulletin', publisher: null }],
  entities: [{ id: 'assoc-radar', kind: 'weapon-system', label: 'Association Radar', aliases: [] }],
  relations: [{ id: 'nk--supplies--radar', subject: 'north-korea', predicate: 'supplies', object: 'assoc-radar' }],
  claims: [
    {
      id: 'assoc-c1',
      relation: 'nk--supplies--radar',
      claimant: 'volodymyr-zelensky',
      stance: 'asserts',
      source: 'assoc-src',
      stated: '2024-12',
    },
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'claimscape-electron-open-'));
let run: RunningApp | undefined;
afterAll(async () => {
  await run?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening an associated file', () => {
  it('imports a .claimscape.json given on the command line', async () => {
    const file = join(dir, 'launch.claimscape.json');
    writeFileSync(file, JSON.stringify(DOC));
    run = await launchClaimscape({ files: [file] });
    const { page } = run;
    const seedCount = seed.entities.length;
    await page.waitForFunction(
      (n) => document.querySelector('#status-counts')?.getAttribute('data-total-nodes') === String(n),
      seedCount + 1,
    );
    expect(await totalEntities(page)).toBe(seedCount + 1);
    expect(run.errors).toEqual([]);
  });
});
