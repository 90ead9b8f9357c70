// Imports into an empty store on two threads (main/db/bulk-import-pipe.ts): the reading thread
// resolves records into ops, the writer applies them. Same rows, derivations, counts and errors as
// one thread; a failure or a cancel writes nothing.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { writeNdjson } from '../../../bench/phases/worker-phase.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { bulkImportDocument, createBulkWriter, documentRecords } from '../../../main/db/bulk-import.ts';
import {
  applyPiped,
  messageQueue,
  newPipeCounters,
  produceOps,
  type PipeMessage,
} from '../../../main/db/bulk-import-pipe.ts';
import type { Db } from '../../../main/db/open.ts';
import { runImportInWorker } from '../../../main/services/import-runner.ts';
import { seededDb, snapshot, tmpDir } from '../../helpers/tmp.ts';
import { derived, schemaObjects } from '../../helpers/bulk-compare.ts';
import { generatedDoc } from '../../helpers/synthetic.ts';

const WORKER = join(import.meta.dirname, '../../../main/services/import-worker.ts');
const dir = tmpDir();

/** Repeats that take the writer's single-row paths: an entity renamed, a relation again, claim twins. */
function withRepeats(doc: GraphDocument): GraphDocument {
  const e = doc.entities[4]!;
  const twin = (c: GraphDocument['claims'][number]) => ({ ...c, stance: 'denies' as const, summary: `Twin ${c.id}` });
  return {
    ...doc,
    entities: [
      ...doc.entities,
      { ...e, label: `${e.label} Renamed`, aliases: [{ text: 'Again', lang: 'en', form: 'name' }] },
    ],
    relations: [...doc.relations, doc.relations[2]!],
    claims: doc.claims.flatMap((c, i) => (i % 61 === 5 ? [c, twin(doc.claims[i - 2]!)] : [c])),
  };
}

/** The two halves on one thread: ops posted into a queue that the writer drains. */
async function pipedHere(db: Db, doc: GraphDocument) {
  const w = createBulkWriter(db);
  const start = w.pipeStart();
  expect(start).toBeDefined();
  let push: (m: PipeMessage) => void = () => {};
  const source = messageQueue((p) => (push = p));
  const counters = newPipeCounters();
  const produced = produceOps(documentRecords(doc), start!, (m) => push(m), counters, {
    progress: () => ({ done: 0, total: 0 }),
    ahead: Infinity,
  });
  await applyPiped(w, source, counters);
  await produced;
  return w.finish();
}

describe('an import on two threads', () => {
  // Files refuse an id twice with other content, so only the records handed over directly repeat.
  const doc = generatedDoc(300);

  it('writes and derives what one thread does, repeats included', async () => {
    const repeated = withRepeats(doc);
    const one = seededDb(dir, 'one.db', true).db;
    const two = seededDb(dir, 'two.db', true).db;
    const a = bulkImportDocument(one, repeated);
    const b = await pipedHere(two, repeated);
    expect([a.threads, b.threads]).toEqual([1, 2]);
    expect({ ...b, threads: 1 }).toEqual(a);
    expect(b.updated + b.unchanged).toBeGreaterThan(0);
    expect(derived(two)).toEqual(derived(one));
    expect(snapshot(two)).toBe(snapshot(one));
    expect(schemaObjects(two)).toEqual(schemaObjects(one));
  });

  it('runs on the import worker for a file into an empty store, with the same result', async () => {
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(doc));
    const one = seededDb(dir, 'one-file.db', true).db;
    bulkImportDocument(one, doc);
    const { db, file: dbFile } = seededDb(dir, 'worker-file.db', true);
    const phases = new Set<string>();
    const report = await runImportInWorker(dbFile, { kind: 'file', path: file }, (p) => phases.add(p.phase), {
      workerFile: WORKER,
    }).promise;
    expect(report.threads).toBe(2);
    expect(snapshot(db)).toBe(snapshot(one));
    expect(derived(db)).toEqual(derived(one));
    expect([...phases]).toEqual(expect.arrayContaining(['records', 'indexes', 'search', 'commit']));
  });

  it('stays on one thread in a store that already has data (its ids may be stored)', async () => {
    const file = join(dir, 'more.json');
    writeFileSync(file, JSON.stringify(doc));
    const { file: dbFile } = seededDb(dir, 'seeded.db');
    const report = await runImportInWorker(dbFile, { kind: 'file', path: file }, () => {}, { workerFile: WORKER })
      .promise;
    expect(report).toMatchObject({ fresh: false, threads: 1, entities: doc.entities.length });
  });

  it('names the file and the record of a bad reference, and writes nothing', async () => {
    const bad = { ...doc, claims: [...doc.claims.slice(0, 40), { ...doc.claims[0]!, id: 'c-bad', relation: 'nope' }] };
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const { db, file: dbFile } = seededDb(dir, 'bad.db', true);
    const before = snapshot(db);
    const run = runImportInWorker(dbFile, { kind: 'file', path: file }, () => {}, { workerFile: WORKER });
    await expect(run.promise).rejects.toMatchObject({
      code: 'validation-error',
      where: { file, path: '$.claims[40].relation', value: 'nope' },
    });
    expect(snapshot(db)).toBe(before);
  });

  it('reports a triple that comes twice under two ids, and writes nothing', async () => {
    const r = doc.relations[7]!;
    const clash = { ...doc, relations: [...doc.relations, { ...r, id: 'r-clash' }] };
    const file = join(dir, 'clash.json');
    writeFileSync(file, JSON.stringify(clash));
    const { db, file: dbFile } = seededDb(dir, 'clash.db', true);
    const before = snapshot(db);
    const run = runImportInWorker(dbFile, { kind: 'file', path: file }, () => {}, { workerFile: WORKER });
    await expect(run.promise).rejects.toMatchObject({ code: 'conflict', detail: expect.stringContaining(r.id) });
    expect(snapshot(db)).toBe(before);
  });

  it('names the line of a broken NDJSON record, and writes nothing', async () => {
    const path = join(dir, 'broken.ndjson');
    const lines = writeNdjson(path, 200, 3);
    writeFileSync(path, `{"type": "entity", "value": {"id": "x"\n`, { flag: 'a' });
    const { db, file: dbFile } = seededDb(dir, 'broken.db', true);
    const before = snapshot(db);
    const run = runImportInWorker(dbFile, { kind: 'ndjson', path }, () => {}, { workerFile: WORKER });
    await expect(run.promise).rejects.toMatchObject({ code: 'parse-error', where: { file: path, line: lines + 1 } });
    expect(snapshot(db)).toBe(before);
  });

  it('stops both threads and writes nothing when cancelled', async () => {
    const path = join(dir, 'cancel.ndjson');
    writeNdjson(path, 2000, 5);
    const { db, file: dbFile } = seededDb(dir, 'cancel.db', true);
    const before = snapshot(db);
    const run = runImportInWorker(dbFile, { kind: 'ndjson', path }, () => {}, { workerFile: WORKER });
    run.cancel();
    await expect(run.promise).rejects.toMatchObject({ code: 'cancelled' });
    expect(snapshot(db)).toBe(before);
  });
});
