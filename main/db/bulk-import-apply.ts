// The SQLite half of a bulk import's rows: what the resolver (bulk-import-rows.ts) decided, written
// through multi-row batches (new rows in an empty store) or single-row upserts (anything that may
// already exist, same semantics as db/write-repo.ts). The resolver calls it directly, or, when ids
// are resolved on another thread, through the ops of bulk-import-ops.ts.
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Alias, Entity, Vocabulary } from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';
import { kindValues, nul, predicateValues, toJson } from './codec.ts';
import type { BulkTracker } from './bulk-import-derive.ts';
import { freshBatches, rowStatements } from './bulk-import-statements.ts';
import { createRelationBuffer } from './bulk-import-relations.ts';

export interface RowCounts {
  entities: number;
  aliases: number;
  sources: number;
  relations: number;
  claims: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export const noCounts = (): RowCounts => ({
  entities: 0,
  aliases: 0,
  sources: 0,
  relations: 0,
  claims: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
});

/** Adds `b` into `a` (the resolver's counts and the writer's, when they live on two threads). */
export function addCounts(a: RowCounts, b: RowCounts): void {
  for (const k of Object.keys(a) as (keyof RowCounts)[]) a[k] += b[k];
}

/** The writes an import into an empty store makes, with every id already resolved to its rowid. */
export interface FreshSink {
  /** True when the sink is done with each row once its call returns (the resolver may reuse it). */
  copiesRows?: boolean;
  vocabulary(v: Vocabulary): void;
  /** [eid, id, kind, label, description, attributes, externalIds] and its aliases. */
  entityNew(row: unknown[], aliases: readonly Alias[]): void;
  /** An entity whose id came earlier in the same import: updated by its rowid. */
  entityAgain(e: Entity, eid: number): void;
  /** [id, ...SOURCE_DATA_COLS, sid] */
  source(row: unknown[], known: boolean): void;
  /** [rid, id, subject, predicate, object] */
  relationNew(row: unknown[]): void;
  relationAgain(id: string, rid: number, subject: number, predicate: string, object: number): void;
  /** [id, ...CLAIM_DATA_COLS] */
  claimNew(row: unknown[]): void;
}

export type RowApplier = ReturnType<typeof createRowApplier>;

export function createRowApplier(db: Db, track: BulkTracker, n: RowCounts) {
  const s = rowStatements(db);
  const relationIn = db.prepare('SELECT 1 FROM relations WHERE rid = ?').pluck();
  const rels = createRelationBuffer(db, (rows, e) => {
    // The rows before the one that failed are in: replay the rest alone, to name the one.
    for (const r of rows)
      if (relationIn.get(r[0]) === undefined)
        insertRelation(r[0] as number, r[1] as string, r[2] as number, r[3] as string, r[4] as number);
    throw e;
  });
  const b = freshBatches(db, {
    aliases: (c) => (n.aliases += c),
    claims: (c) => (n.inserted += c),
    claimAgain(oldRid, rid) {
      rels.redo(oldRid);
      rels.redo(rid);
    },
  });
  const count = (changes: number, existed: boolean) => {
    if (changes === 0) n.unchanged++;
    else if (existed) n.updated++;
    else n.inserted++;
  };

  function insertRelation(rid: number, id: string, subject: number, predicate: string, object: number): void {
    try {
      s.relation.run(rid, id, subject, predicate, object);
    } catch (e) {
      // The UNIQUE (subject, predicate, object) index already did the lookup; only explain a hit.
      const twin = s.relationByTriple.get(subject, predicate, object) as string | undefined;
      if (twin === undefined) throw e;
      throw new ClaimscapeError('conflict', `the same triple already exists as relation "${twin}"`, {
        path: `relation ${id}.id`,
        value: id,
      });
    }
  }

  /**
   * Upserts an entity by id (and adds its aliases); returns its rowid. `byEid`: an entity already
   * written by this import into an empty store, updated by its rowid (its id has no index yet).
   */
  function entityUpsert(e: Entity, known: number | undefined, byEid = false): number | undefined {
    b.flush();
    let changes = 0;
    let eid = known;
    if (e.context && known !== undefined) {
      const label = s.labelOf.get(known) as string | undefined;
      if (label !== undefined && label !== e.label) changes += s.alias.run(known, e.label, 'und', 'name').changes;
    } else {
      const data = [e.kind, e.label, nul(e.description), toJson(e.attributes), toJson(e.externalIds)];
      const r = byEid && known !== undefined ? s.entityByEid.run(...data, known, ...data) : s.entity([e.id, ...data]);
      changes += r.changes;
      eid = known ?? Number(r.lastInsertRowid);
    }
    for (const a of e.aliases) {
      const c = s.alias.run(eid, a.text, a.lang, a.form).changes;
      n.aliases += c;
      changes += c;
    }
    count(changes, known !== undefined);
    if (changes > 0) track.entity(eid as number);
    return eid;
  }

  const sink: FreshSink = {
    vocabulary(v) {
      for (const k of v.kinds) s.kind.run(kindValues(k));
      for (const p of v.predicates) s.predicate.run(predicateValues(p));
    },
    entityNew(row, aliases) {
      b.entities.add(row);
      for (const a of aliases) b.aliases.add([row[0], a.text, a.lang, a.form]);
    },
    entityAgain: (e, eid) => void entityUpsert(e, eid, true),
    source(row, known) {
      count(s.sourceWithSid(row).changes, known);
      rels.source(row[11] as number, row[9] as number | null, known);
    },
    relationNew: (row) => rels.relation(row),
    relationAgain(id, rid, subject, predicate, object) {
      // This import's relations are in its buffer, written or not; the store's are in the table.
      const row = rels.row(rid);
      const t = (row ? { subject: row[2], predicate: row[3], object: row[4] } : s.relationRow.get(rid)) as {
        subject: number;
        predicate: string;
        object: number;
      };
      if (t.subject !== subject || t.object !== object || t.predicate !== predicate) {
        throw new ClaimscapeError('conflict', 'a relation with this id already exists for another triple', {
          path: `relation ${id}.id`,
          value: id,
        });
      }
      n.unchanged++;
    },
    claimNew(row) {
      b.claims.add(row, row[0] as string);
      rels.claim(row);
    },
  };

  return {
    sink,
    entityUpsert,
    /** A source in a store with data: its rowid comes from SQLite. */
    sourceUpsert(row: unknown[], known: boolean): number {
      const r = s.source(row);
      count(r.changes, known);
      return Number(r.lastInsertRowid);
    },
    insertRelation,
    claimUpsert(row: unknown[], rid: number): void {
      const old = s.claimRid.get(row[0]) as { cid: number; rid: number } | undefined;
      const r = s.claim(row);
      count(r.changes, old !== undefined);
      if (r.changes > 0) track.claim(old?.cid ?? Number(r.lastInsertRowid), rid, old?.rid);
    },
    flush: (): void => b.flush(),
    /**
     * Writes the relations of an import into an empty store not written yet, once every claim is in;
     * returns those whose derived columns are left to SQL (bulk-import-relations.ts).
     */
    writeRelations: (): 'all' | number[] => rels.finish(),
    /** Writes the buffered entities and aliases only: claims keep their order, and so their rowids. */
    flushEntities(): void {
      b.entities.flush();
      b.aliases.flush();
    },
  };
}

/** The applier's sink, noting when the entities are in (the first other row) and any entity after that. */
export function pipingSink(inner: FreshSink, entityLate: () => void): { sink: FreshSink; entitiesIn: () => boolean } {
  let entitiesIn = false;
  const entity =
    <A extends unknown[]>(f: (...a: A) => void) =>
    (...a: A) => {
      if (entitiesIn) entityLate();
      f(...a);
    };
  const other =
    <A extends unknown[]>(f: (...a: A) => void) =>
    (...a: A) => {
      entitiesIn = true;
      f(...a);
    };
  const sink: FreshSink = {
    vocabulary: inner.vocabulary,
    entityNew: entity(inner.entityNew),
    entityAgain: entity(inner.entityAgain),
    source: other(inner.source),
    relationNew: other(inner.relationNew),
    relationAgain: other(inner.relationAgain),
    claimNew: other(inner.claimNew),
  };
  return { sink, entitiesIn: () => entitiesIn };
}
