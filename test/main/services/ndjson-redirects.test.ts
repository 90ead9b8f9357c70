// NDJSON bulk input carries redirect records like Claimscape JSON's `redirects`: stored once the
// entities are in (lookups of the merged-away id reach the entity), and one leading nowhere is refused.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { runImportInWorker } from '../../../main/services/import-runner.ts';
import { seededDb, snapshot, tmpDir, writeTmp } from '../../helpers/tmp.ts';

const WORKER = join(import.meta.dirname, '../../../main/services/import-worker.ts');
const ndjson = (records: { type: string; value: unknown }[]) => records.map((r) => JSON.stringify(r)).join('\n');

describe('NDJSON redirects', () => {
  const dir = tmpDir();

  it('are stored, so the merged-away ids reach their entities', async () => {
    const { db, file } = seededDb(dir, 'redirects.db');
    const input = writeTmp(
      dir,
      'merged.ndjson',
      ndjson([
        { type: 'redirect', value: { from: 'dinas-lama', to: 'badan-baru' } },
        { type: 'entity', value: { id: 'badan-baru', kind: 'government-agency', label: 'Badan Baru', aliases: [] } },
        { type: 'redirect', value: { from: 'dprk-old-id', to: 'north-korea' } },
      ]),
    );
    const report = await runImportInWorker(file, { kind: 'ndjson', path: input }, () => {}, { workerFile: WORKER })
      .promise;
    expect(report.entities).toBe(1);
    const g = createGraphService(db);
    expect(g.entity('dinas-lama').id).toBe('badan-baru');
    expect(g.entity('dprk-old-id').id).toBe('north-korea');
  });

  it('refuse a redirect to an entity neither the file nor the database has, and change nothing', async () => {
    const { db, file } = seededDb(dir, 'bad-redirect.db');
    const before = snapshot(db);
    const input = writeTmp(
      dir,
      'bad.ndjson',
      ndjson([
        { type: 'entity', value: { id: 'badan-lain', kind: 'government-agency', label: 'Badan Lain', aliases: [] } },
        { type: 'redirect', value: { from: 'x-old', to: 'nowhere' } },
      ]),
    );
    const run = runImportInWorker(file, { kind: 'ndjson', path: input }, () => {}, { workerFile: WORKER });
    await expect(run.promise).rejects.toMatchObject({ code: 'validation-error' });
    expect(snapshot(db)).toBe(before);
    expect(db.prepare("SELECT count(*) FROM redirects WHERE from_id = 'x-old'").pluck().get()).toBe(0);
  });

  it('check each redirect line against the schema, naming the line', async () => {
    const { file } = seededDb(dir, 'bad-line.db');
    const input = writeTmp(dir, 'typo.ndjson', ndjson([{ type: 'redirect', value: { from: 'a', too: 'b' } }]));
    const run = runImportInWorker(file, { kind: 'ndjson', path: input }, () => {}, { workerFile: WORKER });
    await expect(run.promise).rejects.toMatchObject({ code: 'validation-error', where: { line: 1 } });
  });
});
