// The statements of a bulk import's row half: single-row upserts for anything that may already
// exist (same semantics as db/write-repo.ts) and, into an empty store, multi-row INSERT batches.
import type { Db } from './open.ts';
import { createBatcher, createUpsert, type Batcher } from './bulk-import-batch.ts';
import { CLAIM_DATA_COLS, ENTITY_DATA_COLS, SOURCE_DATA_COLS } from './columns.ts';
import { CLAIM_AGAIN_FN } from './bulk-import-early.ts';

const ENTITY_COLS = ['id', ...ENTITY_DATA_COLS];
const SOURCE_COLS = ['id', ...SOURCE_DATA_COLS];
const CLAIM_COLS = ['id', ...CLAIM_DATA_COLS];

/** Insert, or update the row with this id when any column differs (changes = 0 when nothing did). */
function upsertTail(cols: readonly string[]): string {
  const rest = cols.slice(1);
  return `ON CONFLICT(id) DO UPDATE SET ${rest.map((c) => `${c} = excluded.${c}`).join(', ')} WHERE (${rest.map((c) => `${c} IS NOT excluded.${c}`).join(' OR ')})`;
}

export function rowStatements(db: Db) {
  return {
    kind: db.prepare('INSERT OR IGNORE INTO kinds (id, label, shape, color, glyph) VALUES (?, ?, ?, ?, ?)'),
    predicate: db.prepare(
      'INSERT OR IGNORE INTO predicates (id, label, inverse, symmetric, subject_kinds, object_kinds) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    entity: createUpsert(db, 'entities', ENTITY_COLS, upsertTail(ENTITY_COLS)),
    /**
     * The upsert's update by rowid (bound: the data columns, the rowid, the data columns again): an
     * import into an empty store builds the index on ids only at the end.
     */
    entityByEid: db.prepare(
      `UPDATE entities SET ${ENTITY_DATA_COLS.map((c) => `${c} = ?`).join(', ')} WHERE eid = ?
       AND (${ENTITY_DATA_COLS.map((c) => `${c} IS NOT ?`).join(' OR ')})`,
    ),
    labelOf: db.prepare('SELECT label FROM entities WHERE eid = ?').pluck(),
    alias: db.prepare('INSERT OR IGNORE INTO aliases (eid, text, lang, form) VALUES (?, ?, ?, ?)'),
    source: createUpsert(db, 'sources', SOURCE_COLS, upsertTail(SOURCE_COLS)),
    /** In an empty store the importer numbers sources itself, so their rowids are known before they are written. */
    sourceWithSid: createUpsert(db, 'sources', [...SOURCE_COLS, 'sid'], upsertTail(SOURCE_COLS)),
    relationRow: db.prepare('SELECT subject, predicate, object FROM relations WHERE rid = ?'),
    relationByTriple: db.prepare('SELECT id FROM relations WHERE subject = ? AND predicate = ? AND object = ?').pluck(),
    relation: db.prepare('INSERT INTO relations (rid, id, subject, predicate, object) VALUES (?, ?, ?, ?, ?)'),
    claimRid: db.prepare('SELECT cid, rid FROM claims WHERE id = ?'),
    claim: createUpsert(db, 'claims', CLAIM_COLS, upsertTail(CLAIM_COLS)),
  };
}

export interface FreshBatchHooks {
  /** Aliases actually inserted (INSERT OR IGNORE skips repeats). */
  aliases(changes: number): void;
  /** Claims inserted or changed. */
  claims(changes: number): void;
  /** A claim id that came again: the relation its earlier claim was on, and its relation now. */
  claimAgain(oldRid: number, rid: number): void;
}

/**
 * Multi-row INSERT batches for new rows in an empty store (rowids assigned by the caller, except
 * claims; relations go through bulk-import-relations.ts). They are `INSERT OR FAIL`: a failure
 * stops the statement without undoing its earlier rows, so SQLite keeps no statement journal (a
 * copy of each page before a multi-row statement changes it); a failure fails the import, whose
 * transaction then undoes everything, except a claim id that came again (recovered below).
 */
export function freshBatches(db: Db, on: FreshBatchHooks) {
  const entities = createBatcher(db, 'INSERT OR FAIL INTO entities', ['eid', ...ENTITY_COLS], '');
  const aliases = createBatcher(db, 'INSERT OR IGNORE INTO aliases', ['eid', 'text', 'lang', 'form'], '', on.aliases);
  // A claim id that came again, found when its batch fails: the rows before it are in (their rowids
  // continue from the last claim's), it and the rest go through the upsert one by one. The upsert
  // notes a claim it rewrites, whose search row may be written already.
  const claimTwin = createUpsert(
    db,
    'claims',
    CLAIM_COLS,
    `${upsertTail(CLAIM_COLS)} AND ${CLAIM_AGAIN_FN}(claims.cid)`,
  );
  const lastCid = db.prepare('SELECT coalesce(max(cid), 0) FROM claims').pluck();
  const claimRidOf = db.prepare('SELECT rid FROM claims WHERE id = ?').pluck();
  /** The last claim rowid written (an empty store's claims are only ever added during the import). */
  let claimsIn = Number(lastCid.get());
  const claims = createBatcher(
    db,
    'INSERT OR FAIL INTO claims',
    CLAIM_COLS,
    '',
    (changes) => {
      claimsIn += changes;
      on.claims(changes);
    },
    (rows, e) => {
      if (!String((e as Error).message).includes('UNIQUE constraint failed: claims.id')) throw e;
      const inserted = Number(lastCid.get()) - claimsIn;
      on.claims(inserted);
      for (const r of rows.slice(inserted)) {
        const old = claimRidOf.get(r[0]) as number | undefined;
        if (old !== undefined) on.claimAgain(old, r[1] as number);
        on.claims(claimTwin(r).changes);
      }
      claimsIn = Number(lastCid.get());
    },
  );
  const all: Batcher[] = [entities, aliases, claims];
  return { entities, aliases, claims, flush: () => all.forEach((x) => x.flush()) };
}
