// The row half of a bulk import: resolves record ids to rowids through JS maps, checks references,
// and decides each write. Into an empty store new rows get their rowids here and every write goes to
// a FreshSink (the SQLite applier of bulk-import-apply.ts on this thread, or ops for a writer on
// another one: bulk-import-ops.ts); into a store with data it upserts row by row through the applier.
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Claim, Entity, Relation, Source, Vocabulary } from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';
import { nul, toJson } from './codec.ts';
import { CLAIM_DATA_COLS } from './columns.ts';
import type { BulkTracker } from './bulk-import-derive.ts';
import { createIdMaps, storeVocabulary } from './bulk-import-ids.ts';
import { createRowApplier, noCounts, type FreshSink, type RowApplier, type RowCounts } from './bulk-import-apply.ts';

export type { RowCounts } from './bulk-import-apply.ts';

/** Where a resolver starts: the store's vocabulary and the next free rowids. */
export interface ResolverStart {
  kinds: string[];
  predicates: string[];
  nextEid: number;
  nextSid: number;
  nextRid: number;
}

export function resolverStart(db: Db): ResolverStart {
  const next = (sql: string) => Number(db.prepare(sql).pluck().get());
  return {
    ...storeVocabulary(db),
    nextEid: next('SELECT coalesce(max(eid), 0) + 1 FROM entities'),
    nextSid: next('SELECT coalesce(max(sid), 0) + 1 FROM sources'),
    nextRid: next('SELECT coalesce(max(rid), 0) + 1 FROM relations'),
  };
}

/** A store with data: ids missing from the maps are looked up, and rows are upserted one by one. */
interface StoreSide {
  db: Db;
  applier: RowApplier;
  track: BulkTracker;
}

export type RowResolver = ReturnType<typeof createRowResolver>;

/** `store` absent: an empty store, every write goes to `out` with its rowids already decided. */
export function createRowResolver(start: ResolverStart, out: FreshSink, n: RowCounts, store?: StoreSide) {
  const ids = createIdMaps(start, store?.db);
  let { nextEid, nextSid, nextRid } = start;
  const sink = store?.applier.sink ?? out;

  function vocabulary(v: Vocabulary): void {
    for (const k of v.kinds) ids.kinds.add(k.id);
    for (const p of v.predicates) ids.predicates.add(p.id);
    sink.vocabulary(v);
  }

  function entity(e: Entity): void {
    n.entities++;
    if (!ids.kinds.has(e.kind))
      throw new ClaimscapeError('validation-error', 'unknown entity kind', {
        path: `entity ${e.id}.kind`,
        value: e.kind,
      });
    const known = ids.entity(e.id);
    if (!store && known === undefined) {
      const eid = nextEid++;
      ids.entities.set(e.id, eid);
      out.entityNew(
        [eid, e.id, e.kind, e.label, nul(e.description), toJson(e.attributes), toJson(e.externalIds)],
        e.aliases,
      );
      n.inserted++;
    } else if (!store) out.entityAgain(e, known as number);
    else {
      const eid = store.applier.entityUpsert(e, known);
      if (known === undefined && eid !== undefined) ids.entities.set(e.id, eid);
    }
  }

  function source(src: Source): void {
    n.sources++;
    const publisher = src.publisher ? ids.needEntity(src.publisher, 'source', src.id, 'publisher') : null;
    const copyOf = src.copyOf ? ids.needSource(src.copyOf, 'source', src.id, 'copyOf') : null;
    const known = ids.source(src.id);
    const row = [
      src.id,
      src.title,
      publisher,
      nul(src.url),
      nul(src.language),
      nul(src.published),
      nul(src.retrieved),
      nul(src.text),
      nul(src.sha256),
      copyOf,
      nul(src.format),
    ];
    if (store) {
      const sid = store.applier.sourceUpsert(row, known !== undefined);
      if (known === undefined) ids.sources.set(src.id, sid);
      return;
    }
    const sid = known ?? nextSid++;
    if (known === undefined) ids.sources.set(src.id, sid);
    row.push(sid);
    out.source(row, known !== undefined);
  }

  function relation(rel: Relation): void {
    n.relations++;
    const subject = ids.needEntity(rel.subject, 'relation', rel.id, 'subject');
    const object = ids.needEntity(rel.object, 'relation', rel.id, 'object');
    if (!ids.predicates.has(rel.predicate))
      throw new ClaimscapeError('validation-error', 'unknown predicate', {
        path: `relation ${rel.id}.predicate`,
        value: rel.predicate,
      });
    const known = ids.relation(rel.id);
    if (known !== undefined) return sink.relationAgain(rel.id, known, subject, rel.predicate, object);
    const rid = nextRid++;
    ids.relations.set(rel.id, rid);
    n.inserted++;
    if (!store) return out.relationNew([rid, rel.id, subject, rel.predicate, object]);
    store.applier.insertRelation(rid, rel.id, subject, rel.predicate, object);
    store.track.relation(rid, subject, object);
  }

  // A sink that copies each row as it gets it lets claims share one array: millions fewer to collect.
  const reuse = !store && out.copiesRows === true;
  const scratch = new Array<unknown>(CLAIM_WIDTH);
  // Claims usually come grouped by relation: one remembered lookup spares a map probe per claim.
  let lastRelation = '';
  let lastRid: number | undefined;
  function claim(c: Claim): void {
    n.claims++;
    const rid = c.relation === lastRelation ? lastRid : ids.relation(c.relation);
    lastRelation = c.relation;
    lastRid = rid;
    if (rid === undefined)
      throw new ClaimscapeError('validation-error', 'refers to a relation that does not exist', {
        path: `claim ${c.id}.relation`,
        value: c.relation,
      });
    const claimant = ids.needEntity(c.claimant, 'claim', c.id, 'claimant');
    const sid = ids.needSource(c.source, 'claim', c.id, 'source');
    const via = c.reportedVia ? ids.needEntity(c.reportedVia, 'claim', c.id, 'reportedVia') : null;
    const row = claimValues(reuse ? scratch : new Array<unknown>(CLAIM_WIDTH), c, rid, claimant, sid, via);
    if (!store) return out.claimNew(row);
    store.applier.claimUpsert(row, rid);
  }

  return {
    write(rec: { type: string; value: unknown }): void {
      if (rec.type === 'claim') claim(rec.value as Claim);
      else if (rec.type === 'relation') relation(rec.value as Relation);
      else if (rec.type === 'entity') entity(rec.value as Entity);
      else if (rec.type === 'source') source(rec.value as Source);
      else if (rec.type === 'vocabulary') vocabulary(rec.value as Vocabulary);
      else throw new ClaimscapeError('validation-error', 'unknown record type', { value: String(rec.type) });
    },
  };
}

/** Values in a claim's row: its id, then CLAIM_DATA_COLS. */
const CLAIM_WIDTH = 1 + CLAIM_DATA_COLS.length;

/** A claim's row: [id, ...CLAIM_DATA_COLS], written into `row`. */
function claimValues(row: unknown[], c: Claim, rid: number, claimant: number, sid: number, via: number | null) {
  row[0] = c.id;
  row[1] = rid;
  row[2] = claimant;
  row[3] = c.stance;
  row[4] = sid;
  row[5] = c.stated;
  row[6] = nul(c.holdsFrom);
  row[7] = nul(c.holdsUntil);
  row[8] = nul(c.summary);
  row[9] = nul(c.excerpt);
  row[10] = c.locator?.start ?? null;
  row[11] = c.locator?.end ?? null;
  row[12] = via;
  row[13] = nul(c.confidence);
  row[14] = toJson(c.attributes);
  return row;
}

/** Resolver and applier on this thread, the common case. */
export function createRowWriter(db: Db, fresh: boolean, track: BulkTracker) {
  const n = noCounts();
  const applier = createRowApplier(db, track, n);
  const resolver = createRowResolver(resolverStart(db), applier.sink, n, fresh ? undefined : { db, applier, track });
  return {
    write: resolver.write,
    /** The applier for writes resolved elsewhere (bulk-import-ops.ts); its counts add to this writer's. */
    applier,
    /** Writes what is still buffered; call before deriving anything from the tables. */
    flush: (): void => applier.flush(),
    counts: (): RowCounts => n,
  };
}
