// The row half of a bulk import: resolves ids through JS maps and writes rows. In an empty store new
// rows get their rowids here and go out as multi-row INSERTs (bulk-import-batch.ts); anything that
// may already exist takes the row-by-row upsert path with the same semantics as db/write-repo.ts.
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Claim, Entity, Relation, Source, Vocabulary } from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';
import { nul, toJson } from './codec.ts';
import type { BulkTracker } from './bulk-import-derive.ts';
import { createIdMaps } from './bulk-import-ids.ts';
import { freshBatches, rowStatements } from './bulk-import-statements.ts';

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

export function createRowWriter(db: Db, fresh: boolean, track: BulkTracker) {
  const s = rowStatements(db);
  const ids = createIdMaps(db, fresh);
  const n: RowCounts = {
    entities: 0,
    aliases: 0,
    sources: 0,
    relations: 0,
    claims: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
  };
  const b = freshBatches(db, {
    aliases: (c) => (n.aliases += c),
    claims: (c) => (n.inserted += c),
    relationAlone: (row) =>
      insertRelation(row[0] as number, row[1] as string, row[2] as number, row[3] as string, row[4] as number),
  });
  let nextEid = Number(db.prepare('SELECT coalesce(max(eid), 0) + 1 FROM entities').pluck().get());
  let nextRid = Number(db.prepare('SELECT coalesce(max(rid), 0) + 1 FROM relations').pluck().get());
  const count = (changes: number, existed: boolean) => {
    if (changes === 0) n.unchanged++;
    else if (existed) n.updated++;
    else n.inserted++;
  };

  function vocabulary(v: Vocabulary): void {
    for (const k of v.kinds) {
      s.kind.run(k.id, JSON.stringify(k.label), k.shape, k.color, k.glyph);
      ids.kinds.add(k.id);
    }
    for (const p of v.predicates) {
      s.predicate.run(
        p.id,
        JSON.stringify(p.label),
        JSON.stringify(p.inverse),
        p.symmetric ? 1 : 0,
        JSON.stringify(p.subjectKinds),
        JSON.stringify(p.objectKinds),
      );
      ids.predicates.add(p.id);
    }
  }

  function entity(e: Entity): void {
    n.entities++;
    if (!ids.kinds.has(e.kind))
      throw new ClaimscapeError('validation-error', 'unknown entity kind', {
        path: `entity ${e.id}.kind`,
        value: e.kind,
      });
    const known = ids.entity(e.id);
    if (fresh && known === undefined) {
      const eid = nextEid++;
      ids.entities.set(e.id, eid);
      b.entities.add([eid, e.id, e.kind, e.label, nul(e.description), toJson(e.attributes), toJson(e.externalIds)]);
      for (const a of e.aliases) b.aliases.add([eid, a.text, a.lang, a.form]);
      n.inserted++;
      return;
    }
    b.flush();
    let changes = 0;
    let eid = known;
    if (e.context && known !== undefined) {
      const label = s.labelOf.get(known) as string | undefined;
      if (label !== undefined && label !== e.label) changes += s.alias.run(known, e.label, 'und', 'name').changes;
    } else {
      const r = s.entity([e.id, e.kind, e.label, nul(e.description), toJson(e.attributes), toJson(e.externalIds)]);
      changes += r.changes;
      eid = known ?? Number(r.lastInsertRowid);
      if (known === undefined) ids.entities.set(e.id, eid);
    }
    for (const a of e.aliases) {
      const c = s.alias.run(eid, a.text, a.lang, a.form).changes;
      n.aliases += c;
      changes += c;
    }
    count(changes, known !== undefined);
    if (changes > 0) track.entity(eid as number);
  }

  function source(src: Source): void {
    n.sources++;
    const publisher = src.publisher ? ids.needEntity(src.publisher, `source ${src.id}.publisher`) : null;
    const copyOf = src.copyOf ? ids.needSource(src.copyOf, `source ${src.id}.copyOf`) : null;
    const known = ids.source(src.id);
    const r = s.source([
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
    ]);
    if (known === undefined) ids.sources.set(src.id, Number(r.lastInsertRowid));
    count(r.changes, known !== undefined);
  }

  function relation(rel: Relation): void {
    n.relations++;
    const subject = ids.needEntity(rel.subject, `relation ${rel.id}.subject`);
    const object = ids.needEntity(rel.object, `relation ${rel.id}.object`);
    if (!ids.predicates.has(rel.predicate))
      throw new ClaimscapeError('validation-error', 'unknown predicate', {
        path: `relation ${rel.id}.predicate`,
        value: rel.predicate,
      });
    const known = ids.relation(rel.id);
    if (known !== undefined) {
      b.relations.flush();
      const t = s.relationRow.get(known) as { subject: number; predicate: string; object: number };
      if (t.subject !== subject || t.object !== object || t.predicate !== rel.predicate) {
        throw new ClaimscapeError('conflict', 'a relation with this id already exists for another triple', {
          path: `relation ${rel.id}.id`,
          value: rel.id,
        });
      }
      n.unchanged++;
      return;
    }
    const rid = nextRid++;
    ids.relations.set(rel.id, rid);
    n.inserted++;
    if (fresh) return b.relations.add([rid, rel.id, subject, rel.predicate, object]);
    insertRelation(rid, rel.id, subject, rel.predicate, object);
    track.relation(rid, subject, object);
  }

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
    const claimant = ids.needEntity(c.claimant, `claim ${c.id}.claimant`);
    const sid = ids.needSource(c.source, `claim ${c.id}.source`);
    const via = c.reportedVia ? ids.needEntity(c.reportedVia, `claim ${c.id}.reportedVia`) : null;
    const row = [
      c.id,
      rid,
      claimant,
      c.stance,
      sid,
      c.stated,
      nul(c.holdsFrom),
      nul(c.holdsUntil),
      nul(c.summary),
      nul(c.excerpt),
      c.locator?.start ?? null,
      c.locator?.end ?? null,
      via,
      nul(c.confidence),
      toJson(c.attributes),
    ];
    if (fresh) return b.claims.add(row, c.id);
    const old = s.claimRid.get(c.id) as { cid: number; rid: number } | undefined;
    const r = s.claim(row);
    count(r.changes, old !== undefined);
    if (r.changes > 0) track.claim(old?.cid ?? Number(r.lastInsertRowid), rid, old?.rid);
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
    /** Writes what is still buffered; call before deriving anything from the tables. */
    flush: (): void => b.flush(),
    counts: (): RowCounts => n,
  };
}
