// While a piped import into an empty store waits for its reading thread, the writer derives what
// the rows so far allow (bulk-import-early.ts): alias, source and entity indexes, the entity search
// index in slices, then the claim search index over the claims written so far. The result must be
// the one-thread import's, also when entities come late or a claim is rewritten after its slice.
import { describe, expect, it } from 'vitest';
import type { Entity, GraphDocument } from '../../../graph-data/model/types.ts';
import { bulkImportRecords, createBulkWriter, documentRecords, type BulkRecord } from '../../../main/db/bulk-import.ts';
import { noCounts } from '../../../main/db/bulk-import-apply.ts';
import { applyPiped, newPipeCounters, type PipeMessage } from '../../../main/db/bulk-import-pipe.ts';
import { createOpEncoder } from '../../../main/db/bulk-import-ops.ts';
import { createRowResolver } from '../../../main/db/bulk-import-rows.ts';
import type { Db } from '../../../main/db/open.ts';
import { seededDb, snapshot, tmpDir } from '../../helpers/tmp.ts';
import { derived, schemaObjects } from '../../helpers/bulk-compare.ts';
import { generatedDoc } from '../../helpers/synthetic.ts';

const dir = tmpDir();
/** Claims per early slice of their search index here: several slices over the test graph. */
const CLAIM_SLICE = 150;

/** The piped writer's side by hand: small chunks, and after each one the writer "waits" (derives early). */
function steppedImport(db: Db, records: BulkRecord[], claimSlice = CLAIM_SLICE) {
  const w = createBulkWriter(db, { claimSlice });
  const chunks: unknown[][] = [];
  const encoder = createOpEncoder((ops) => chunks.push(ops), 200);
  const n = noCounts();
  const resolver = createRowResolver(w.pipeStart()!, encoder.sink, n);
  for (const r of records) resolver.write(r);
  encoder.flush();
  const answers: (boolean | undefined)[] = [];
  for (const ops of chunks) {
    w.applyOps(ops);
    answers.push(w.deriveEarly());
  }
  w.addResolved(n, []);
  return { report: w.finish(), answers };
}

const searchRows = (db: Db) => [
  db.prepare('SELECT rowid, label, aliases, description FROM entity_fts ORDER BY rowid').all(),
  db.prepare('SELECT rowid, summary, excerpt FROM claim_fts ORDER BY rowid').all(),
];

/** Ids of the entities or claims whose search row matches `q`. */
function matches(db: Db, what: 'entity' | 'claim', q: string): unknown[] {
  const [table, key] = what === 'entity' ? ['entities', 'eid'] : ['claims', 'cid'];
  const sql = `SELECT t.id FROM ${what}_fts JOIN ${table} t ON t.${key} = ${what}_fts.rowid WHERE ${what}_fts MATCH ?`;
  return db.prepare(sql).pluck().all(q);
}

function expectSameAsOneThread(records: BulkRecord[], name: string) {
  const one = seededDb(dir, `${name}-one.db`, true).db;
  const two = seededDb(dir, `${name}-two.db`, true).db;
  bulkImportRecords(one, records);
  const { answers } = steppedImport(two, records);
  expect(derived(two)).toEqual(derived(one));
  expect(snapshot(two)).toBe(snapshot(one));
  expect(schemaObjects(two)).toEqual(schemaObjects(one));
  expect(searchRows(two)).toEqual(searchRows(one));
  // FTS5 checks its index against its rows.
  two.exec("INSERT INTO entity_fts (entity_fts) VALUES ('integrity-check')");
  two.exec("INSERT INTO claim_fts (claim_fts) VALUES ('integrity-check')");
  return { answers, two };
}

describe('deriving early while the records stream', () => {
  const doc: GraphDocument = generatedDoc(300);
  /** Steps run with no claim slices (the entities' indexes and search slices). */
  const plainSteps = (records: BulkRecord[], name: string) =>
    steppedImport(seededDb(dir, `${name}-plain.db`, true).db, records, Infinity).answers.filter((a) => a === true)
      .length;

  it('starts once the entities are in, runs each step once, and ends as one thread does', () => {
    const { answers } = expectSameAsOneThread([...documentRecords(doc)], 'plain');
    const first = answers.findIndex((a) => a !== undefined);
    expect(first).toBeGreaterThan(0); // nothing while only entities have come
    expect(answers.slice(0, first).every((a) => a === undefined)).toBe(true);
    const ran = answers.filter((a) => a === true).length;
    expect(ran).toBeGreaterThan(3); // alias, source and entity indexes, and a search slice
    // Claim slices once enough claims are in: while claims come, the answer is never "nothing left".
    expect(ran).toBeGreaterThan(plainSteps([...documentRecords(doc)], 'plain'));
    expect(answers.at(-1)).not.toBe(false);
  });

  it('builds the entity search index again when an entity comes after the steps began', () => {
    const renamed: Entity = { ...doc.entities[3]!, label: 'Kementerian Terlambat', aliases: [] };
    const added: Entity = { ...doc.entities[5]!, id: 'late-entity', label: 'Republic of Latecomers', aliases: [] };
    const records: BulkRecord[] = [
      ...documentRecords(doc),
      { type: 'entity', value: renamed },
      { type: 'entity', value: added },
    ];
    const { answers, two } = expectSameAsOneThread(records, 'late');
    expect(answers.filter((a) => a === true).length).toBeGreaterThan(3);
    expect(matches(two, 'entity', 'Terlambat')).toEqual([renamed.id]);
    expect(matches(two, 'entity', 'Latecomers')).toEqual(['late-entity']);
  });

  it('builds the claim search index again when a claim is rewritten after its slice', () => {
    const first = doc.claims.find((c, i) => i > 1 && c.summary)!;
    const again = { ...first, summary: 'Pejabat membantah laporan itu keesokan harinya' };
    const records: BulkRecord[] = [...documentRecords(doc), { type: 'claim', value: again }];
    const { answers, two } = expectSameAsOneThread(records, 'claim-again');
    expect(answers.filter((a) => a === true).length).toBeGreaterThan(plainSteps(records, 'claim-again'));
    expect(matches(two, 'claim', 'membantah')).toEqual([first.id]);
    expect(matches(two, 'claim', `"${first.summary!.split(' ')[0]}"`)).not.toContain(first.id);
  });

  it('waits for the reader, without spinning, while only entities have come', async () => {
    const db = seededDb(dir, 'wait.db', true).db;
    const w = createBulkWriter(db);
    const chunks: unknown[][] = [];
    const n = noCounts();
    const encoder = createOpEncoder((ops) => chunks.push(ops));
    const resolver = createRowResolver(w.pipeStart()!, encoder.sink, n);
    for (const e of doc.entities) resolver.write({ type: 'entity', value: e });
    encoder.flush();
    const messages: PipeMessage[] = [
      ...chunks.map((ops): PipeMessage => ({ type: 'ops', ops, done: 0, total: 0 })),
      { type: 'end', counts: n, redirects: [] },
    ];
    let asked = 0;
    const source = {
      // Nothing is ever waiting: a writer that looped on this instead of taking the next message would spin.
      waiting: async () => {
        if (++asked > 20) throw new Error('the writer spins instead of waiting');
        return false;
      },
      next: async () => messages.shift()!,
    };
    await applyPiped(w, source, newPipeCounters());
    expect(asked).toBeLessThanOrEqual(messages.length + 2);
    expect(w.finish().entities).toBe(doc.entities.length);
  });
});
