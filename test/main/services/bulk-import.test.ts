// The bulk path (main/db/bulk-import.ts) against the row-by-row importer on the same seeded
// graph, and the import worker: a cancelled import leaves the file as it was, a finished one is complete.
import { ClaimscapeError } from '../../../graph-data/model/errors.ts';
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { writeNdjson } from '../../../bench/phases/worker-phase.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { bulkImportDocument } from '../../../main/db/bulk-import.ts';
import { writeDocument } from '../../../main/services/import-service.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { runImportInWorker } from '../../../main/services/import-runner.ts';
import { seededDb, snapshot, tmpDir } from '../../helpers/tmp.ts';
import { derived, schemaObjects } from '../../helpers/bulk-compare.ts';
import { generatedDoc } from '../../helpers/synthetic.ts';

const WORKER = join(import.meta.dirname, '../../../main/services/import-worker.ts');

const meta = { file: 'generated', format: 'claimscape', warnings: [], merged: new Set<string>() };
/** First import: every entity and source, half the relations, some of their claims. Second: everything, with edits. */
function firstPart(doc: GraphDocument): GraphDocument {
  const relations = doc.relations.slice(0, doc.relations.length >> 1);
  const ids = new Set(relations.map((r) => r.id));
  return { ...doc, relations, claims: doc.claims.filter((c, i) => ids.has(c.relation) && i % 2 === 0) };
}
function secondPart(doc: GraphDocument): GraphDocument {
  return {
    ...doc,
    entities: doc.entities.map((e, i) => (i % 50 === 0 ? { ...e, label: `${e.label} Renamed` } : e)),
    claims: doc.claims.map((c, i) => (i % 40 === 0 ? { ...c, stance: 'denies' as const, stated: '2030' } : c)),
  };
}

describe('bulk import', () => {
  const dir = tmpDir();
  const doc = generatedDoc(300);

  it('derives the same statuses, counts, dates, degrees and search index as the row-by-row importer', () => {
    const normal = seededDb(dir, 'normal.db', true).db;
    const bulk = seededDb(dir, 'bulk.db', true).db;
    writeDocument(normal, doc, meta);
    const report = bulkImportDocument(bulk, doc);
    expect(report.fresh).toBe(true);
    expect(report.rows).toBe(
      doc.entities.length + report.aliases + doc.sources.length + doc.relations.length + doc.claims.length,
    );
    expect(derived(bulk)).toEqual(derived(normal));
    expect(new Set((derived(bulk).relations as { status: string }[]).map((r) => r.status)).size).toBeGreaterThan(3);
    // Indexes and the edit-history triggers stepped aside during the load and are all back.
    expect(schemaObjects(bulk)).toEqual(schemaObjects(normal));
  });

  it('lets the later record win when a claim id comes twice, pending or already written, as the row-by-row importer does', () => {
    // Copies with another stance and a summary toggled (another column set): some still buffered
    // when their twin arrives (3 claims later), some long written (the first claims, repeated at the end).
    const twin = (c: GraphDocument['claims'][number]) => ({
      ...c,
      stance: 'denies' as const,
      summary: c.summary ? null : `Twin of ${c.id}`,
    });
    const claims = doc.claims.flatMap((c, i) =>
      i % 97 === 3 ? [c, doc.claims[i - 3]!].map((x, k) => (k ? twin(x) : x)) : [c],
    );
    const twice = { ...doc, claims: [...claims, ...doc.claims.slice(0, 5).map(twin)] };
    const normal = seededDb(dir, 'normal-twins.db', true).db;
    const bulk = seededDb(dir, 'bulk-twins.db', true).db;
    writeDocument(normal, twice, meta);
    expect(bulkImportDocument(bulk, twice).fresh).toBe(true);
    expect(derived(bulk)).toEqual(derived(normal));
    const stances = bulk
      .prepare('SELECT stance FROM claims WHERE id IN (?, ?)')
      .pluck()
      .all(doc.claims[0]!.id, doc.claims[3]!.id);
    expect(stances).toEqual(['denies', 'denies']);
  });

  it('merges into a store that already has data exactly as the row-by-row importer does', () => {
    const normal = seededDb(dir, 'normal2.db', true).db;
    const bulk = seededDb(dir, 'bulk2.db', true).db;
    for (const db of [normal, bulk]) writeDocument(db, firstPart(doc), meta);
    writeDocument(normal, secondPart(doc), meta);
    expect(bulkImportDocument(bulk, secondPart(doc)).fresh).toBe(false);
    expect(derived(bulk)).toEqual(derived(normal));
  });

  it('rolls everything back when a record is invalid', () => {
    const { db } = seededDb(dir, 'bad.db', true);
    const before = snapshot(db);
    const bad = { ...doc, claims: [...doc.claims, { ...doc.claims[0]!, id: 'c-bad', relation: 'no-such-relation' }] };
    expect(() => bulkImportDocument(db, bad)).toThrow(/relation that does not exist/);
    expect(snapshot(db)).toBe(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('names the record and field of a reference to nothing', () => {
    const { db } = seededDb(dir, 'bad-ref.db', true);
    const claim = { ...doc.claims[0]!, id: 'c-tanpa-sumber', source: 'sumber-hilang' };
    const thrown = (() => {
      try {
        bulkImportDocument(db, { ...doc, claims: [...doc.claims, claim] });
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(ClaimscapeError);
    expect((thrown as ClaimscapeError).message).toMatch(/a source that does not exist/);
    expect((thrown as ClaimscapeError).where).toEqual({ path: 'claim c-tanpa-sumber.source', value: 'sumber-hilang' });
  });
});

describe('import worker', () => {
  const dir = tmpDir();
  const ndjson = join(dir, 'graph.ndjson');
  writeNdjson(ndjson, 500, 3);

  it('imports an NDJSON stream with progress and the right counts', async () => {
    const { db, file } = seededDb(dir, 'worker.db', true);
    const phases = new Set<string>();
    const report = await runImportInWorker(file, { kind: 'ndjson', path: ndjson }, (p) => phases.add(p.phase), {
      workerFile: WORKER,
    }).promise;
    const counts = createGraphService(db).counts();
    expect(counts.entities).toBe(500);
    expect(report.entities).toBe(500);
    expect(report.threads).toBe(2); // an empty store: read and resolved beside the writer
    expect([counts.relations, counts.claims, counts.sources]).toEqual([
      report.relations,
      report.claims,
      report.sources,
    ]);
    expect(phases).toContain('search');
    expect(phases).toContain('commit');
  });

  it('leaves the database unchanged when cancelled', async () => {
    const { db, file } = seededDb(dir, 'cancel.db', false);
    const before = snapshot(db);
    const run = runImportInWorker(file, { kind: 'ndjson', path: ndjson }, () => {}, { workerFile: WORKER });
    run.cancel();
    await expect(run.promise).rejects.toMatchObject({ code: 'cancelled' });
    expect(snapshot(db)).toBe(before);
  });
});
