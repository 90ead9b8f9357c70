// The doubts stored on each relation row (migration 10) equal what the claims say (the digest
// derivation the as-of path uses), after edits, merges, undo, redo, bulk imports and the upgrade.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { createClaimDigestRepo } from '../../../main/db/claim-digest-repo.ts';
import { bulkImportDocument, createBulkWriter, documentRecords } from '../../../main/db/bulk-import.ts';
import { SCHEMA_VERSION } from '../../../main/db/migrations.ts';
import { openDatabase, type Db } from '../../../main/db/open.ts';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { createEditService } from '../../../main/services/edit-service.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { createHistoryService } from '../../../main/services/history-service.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const NK_RU = 'north-korea--deploys-forces-to--russia';

/** Relations whose stored doubts differ from the count derived from their claims. */
function mismatches(db: Db): { id: string; stored: number; derived: number }[] {
  const rows = db.prepare('SELECT rid, id, doubts FROM relations').all() as {
    rid: number;
    id: string;
    doubts: number;
  }[];
  const derived = createClaimDigestRepo(db).asOf(
    rows.map((r) => r.rid),
    null,
  );
  return rows
    .map((r) => ({ id: r.id, stored: r.doubts, derived: derived.get(r.rid)?.doubts ?? 0 }))
    .filter((r) => r.stored !== r.derived);
}

const total = (db: Db) => Number(db.prepare('SELECT sum(doubts) FROM relations').pluck().get());
const doubtsOf = (db: Db, id: string) => db.prepare('SELECT doubts FROM relations WHERE id = ?').pluck().get(id);

/** A synthetic document whose claims include denials and cannot-verify statements. */
function doubtingDocument(prefix: string): GraphDocument {
  const doc = syntheticDocument(60, 2, 3, prefix);
  doc.claims = doc.claims.map((c, i) =>
    i % 5 === 0 ? { ...c, stance: 'denies' } : i % 7 === 0 ? { ...c, stance: 'cannot-verify' } : c,
  );
  return doc;
}

describe('stored relation doubts', () => {
  it('follow edits, merges, undo and redo, and slices read them', () => {
    const { db } = openOrCreate(':memory:');
    const history = createHistoryService(db);
    const edits = createEditService(db, history);
    const graph = createGraphService(db);
    expect(mismatches(db)).toEqual([]);
    expect(doubtsOf(db, NK_RU)).toBe(1);
    const claim = (o: Partial<Parameters<typeof edits.addClaim>[0]>) =>
      edits.addClaim({
        subject: 'north-korea',
        predicate: 'deploys-forces-to',
        object: 'russia',
        claimant: 'nato',
        stance: 'denies',
        source: 'rferl-2024-10-nk-troops',
        stated: '2024-10',
        force: true,
        ...o,
      }).id;
    const steps: (() => unknown)[] = [
      () => claim({}),
      () => claim({ stance: 'cannot-verify', object: 'ukraine', predicate: 'supports' }),
      () => edits.updateClaim({ id: claimIdOf(db, 'nato', 'supports'), stance: 'asserts' }),
      () => edits.updateClaim({ id: claimIdOf(db, 'nato', 'deploys-forces-to'), object: 'ukraine', force: true }),
      () => edits.createEntity({ id: 'dprk-dup', kind: 'country', label: 'DPRK (dup)' }),
      () => claim({ subject: 'dprk-dup', claimant: 'mark-rutte', stance: 'cannot-verify' }),
      () => claim({ subject: 'dprk-dup', object: 'ukraine', claimant: 'mark-rutte' }),
      // Folds dprk-dup's relations into North Korea's identical ones, claims and doubts with them.
      () => edits.merge('north-korea', 'dprk-dup'),
      () => edits.deleteClaim(claimIdOf(db, 'mark-rutte', 'deploys-forces-to')),
    ];
    const seen = [total(db)];
    for (const step of steps) {
      step();
      expect(mismatches(db)).toEqual([]);
      seen.push(total(db));
    }
    expect(new Set(seen).size).toBeGreaterThan(3); // the steps really moved the counts
    // The seed's cannot-verify and the one folded in from the duplicate; NATO's denial moved to Ukraine.
    expect(doubtsOf(db, NK_RU)).toBe(2);
    expect(doubtsOf(db, 'north-korea--deploys-forces-to--ukraine')).toBe(1);
    const slice = graph.neighbourhood(['north-korea'], 1);
    expect(slice.edges.find((e) => e.id === NK_RU)).toMatchObject({ doubts: 2, status: 'asserted' });
    for (let i = 0; i < steps.length; i++) {
      history.undo();
      expect(mismatches(db)).toEqual([]);
      expect(total(db)).toBe(seen[steps.length - 1 - i]);
    }
    for (let i = 0; i < steps.length; i++) {
      history.redo();
      expect(mismatches(db)).toEqual([]);
      expect(total(db)).toBe(seen[i + 1]);
    }
  });

  it('are derived by a bulk import into an empty store and kept by one into a seeded store, its undo and redo', () => {
    const fresh = openOrCreate(':memory:', { empty: true }).db;
    expect(bulkImportDocument(fresh, doubtingDocument('a')).fresh).toBe(true);
    expect(mismatches(fresh)).toEqual([]);
    expect(total(fresh)).toBeGreaterThan(20);

    const { db } = openOrCreate(':memory:');
    const history = createHistoryService(db);
    const before = total(db);
    const w = createBulkWriter(db, history.bulkHooks('Import doubts.json'));
    // Claims on a seed relation too, so a relation that existed before gains doubts.
    const doc = doubtingDocument('b');
    doc.claims.push({ ...doc.claims[0]!, id: 'b-on-seed', relation: NK_RU, claimant: 'b-e1', stance: 'denies' });
    for (const r of documentRecords(doc)) w.write(r);
    expect(w.finish().fresh).toBe(false);
    expect(mismatches(db)).toEqual([]);
    expect(doubtsOf(db, NK_RU)).toBe(2);
    const after = total(db);
    expect(after).toBeGreaterThan(before + 20);
    history.undo();
    expect(mismatches(db)).toEqual([]);
    expect(total(db)).toBe(before);
    history.redo();
    expect(mismatches(db)).toEqual([]);
    expect(total(db)).toBe(after);
  });

  it('are filled in when a database from before migration 10 is opened', () => {
    const file = join(tmpDir(), 'old.db');
    const { db } = openOrCreate(file);
    db.exec(`DROP TRIGGER relation_doubts_ins; DROP TRIGGER relation_doubts_del; DROP TRIGGER relation_doubts_upd;
      ALTER TABLE relations DROP COLUMN doubts; DROP INDEX entities_degree_of; PRAGMA user_version = 9`);
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(mismatches(upgraded)).toEqual([]);
    expect(doubtsOf(upgraded, NK_RU)).toBe(1);
    upgraded.close();
  });
});

function claimIdOf(db: Db, claimant: string, predicate: string): string {
  return db
    .prepare(
      `SELECT c.id FROM claims c JOIN entities e ON e.eid = c.claimant JOIN relations r ON r.rid = c.rid
      WHERE e.id = ? AND r.predicate = ? ORDER BY c.cid DESC LIMIT 1`,
    )
    .pluck()
    .get(claimant, predicate) as string;
}
