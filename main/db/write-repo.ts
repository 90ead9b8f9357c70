// Writes a GraphDocument into the store: upserts by id, aliases merged, derived relation
// aggregates refreshed. Callers wrap it in one transaction (see services/import-service.ts).
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Claim, Entity, EntityKind, Predicate, Redirect, Relation, Source } from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';
import { kindValues, nul, predicateValues, toJson } from './codec.ts';
import { createRedirectRepo } from './redirect-repo.ts';
import { refreshRelation, writeStatements } from './write-statements.ts';

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export function createWriteRepo(db: Db) {
  const s = writeStatements(db);
  const redirects = createRedirectRepo(db);
  const eidCache = new Map<string, number>();
  const sidCache = new Map<string, number>();
  const touchedRelations = new Set<number>();
  const touchedEntities = new Set<number>();
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };

  function count(changes: number, existed: boolean): void {
    if (changes === 0) counts.unchanged++;
    else if (existed) counts.updated++;
    else counts.inserted++;
  }

  function eidOf(id: string, path: string): number {
    const hit = eidCache.get(id);
    if (hit !== undefined) return hit;
    const row = s.eidOf.get(id) as { eid: number } | undefined;
    if (!row)
      throw new ClaimscapeError('validation-error', 'refers to an entity that does not exist', { path, value: id });
    eidCache.set(id, row.eid);
    return row.eid;
  }

  function sidOf(id: string, path: string): number {
    const hit = sidCache.get(id);
    if (hit !== undefined) return hit;
    const row = s.sidOf.get(id) as { sid: number } | undefined;
    if (!row)
      throw new ClaimscapeError('validation-error', 'refers to a source that does not exist', { path, value: id });
    sidCache.set(id, row.sid);
    return row.sid;
  }

  return {
    counts,
    kind(k: EntityKind): void {
      s.kind.run(kindValues(k));
    },
    predicate(p: Predicate): void {
      s.predicate.run(predicateValues(p));
    },
    entity(e: Entity, path: string): void {
      if (!s.hasKind.get(e.kind)) {
        throw new ClaimscapeError('validation-error', 'unknown entity kind', { path: `${path}.kind`, value: e.kind });
      }
      const existed = s.eidOf.get(e.id) as { eid: number } | undefined;
      const r = s.entity.run(e.id, e.kind, e.label, nul(e.description), toJson(e.attributes), toJson(e.externalIds));
      const eid = existed?.eid ?? Number(r.lastInsertRowid);
      eidCache.set(e.id, eid);
      let aliasChanges = 0;
      for (const a of e.aliases) aliasChanges += s.alias.run(eid, a.text, a.lang, a.form).changes;
      count(r.changes + aliasChanges, existed !== undefined);
      if (r.changes + aliasChanges > 0) touchedEntities.add(eid);
    },
    /** Adds the aliases of an entity that already exists, leaving its own fields alone. */
    aliasesOnly(e: Entity, path: string): void {
      const eid = eidOf(e.id, path);
      let changes = 0;
      for (const a of e.aliases) changes += s.alias.run(eid, a.text, a.lang, a.form).changes;
      if (e.label) {
        const row = s.labelOf.get(eid) as { label: string } | undefined;
        if (row && row.label !== e.label) changes += s.alias.run(eid, e.label, 'und', 'name').changes;
      }
      count(changes, true);
      if (changes > 0) touchedEntities.add(eid);
    },
    source(src: Source, path: string): void {
      const publisher = src.publisher ? eidOf(src.publisher, `${path}.publisher`) : null;
      const copyOf = src.copyOf ? sidOf(src.copyOf, `${path}.copyOf`) : null;
      const existed = s.sidOf.get(src.id) as { sid: number } | undefined;
      const r = s.source.run(
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
      );
      sidCache.set(src.id, existed?.sid ?? Number(r.lastInsertRowid));
      count(r.changes, existed !== undefined);
    },
    relation(rel: Relation, path: string): void {
      const subject = eidOf(rel.subject, `${path}.subject`);
      const object = eidOf(rel.object, `${path}.object`);
      if (!s.hasPredicate.get(rel.predicate)) {
        throw new ClaimscapeError('validation-error', 'unknown predicate', {
          path: `${path}.predicate`,
          value: rel.predicate,
        });
      }
      const byId = s.relationById.get(rel.id) as { subject: number; predicate: string; object: number } | undefined;
      if (byId) {
        if (byId.subject !== subject || byId.object !== object || byId.predicate !== rel.predicate) {
          throw new ClaimscapeError('conflict', 'a relation with this id already exists for another triple', {
            path: `${path}.id`,
            value: rel.id,
          });
        }
        counts.unchanged++;
        return;
      }
      const byTriple = s.relationByTriple.get(subject, rel.predicate, object) as { id: string } | undefined;
      if (byTriple) {
        throw new ClaimscapeError('conflict', `the same triple already exists as relation "${byTriple.id}"`, {
          path: `${path}.id`,
          value: rel.id,
        });
      }
      s.relation.run(rel.id, subject, rel.predicate, object);
      s.bumpDegree.run(subject);
      if (object !== subject) s.bumpDegree.run(object);
      counts.inserted++;
    },
    claim(c: Claim, path: string): void {
      const rel = s.relationById.get(c.relation) as { rid: number } | undefined;
      if (!rel)
        throw new ClaimscapeError('validation-error', 'refers to a relation that does not exist', {
          path: `${path}.relation`,
          value: c.relation,
        });
      const claimant = eidOf(c.claimant, `${path}.claimant`);
      const sid = sidOf(c.source, `${path}.source`);
      const via = c.reportedVia ? eidOf(c.reportedVia, `${path}.reportedVia`) : null;
      const old = s.claimRid.get(c.id) as { rid: number } | undefined;
      const r = s.claim.run(
        c.id,
        rel.rid,
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
      );
      count(r.changes, old !== undefined);
      if (r.changes > 0) {
        touchedRelations.add(rel.rid);
        if (old && old.rid !== rel.rid) touchedRelations.add(old.rid);
        const cid = Number(s.claimCid.get(c.id));
        s.claimFtsDel.run(cid);
        s.claimFtsAdd.run(cid, c.summary ?? '', c.excerpt ?? '');
      }
    },
    /** A file's redirect, once its entities are in; the store's own entities and redirects win. */
    redirect(r: Redirect, path: string): void {
      const done = redirects.add(r);
      if (done === 'no-target')
        throw new ClaimscapeError('validation-error', 'redirects to an entity that does not exist', {
          path: `${path}.to`,
          value: r.to,
        });
      count(done === 'added' ? 1 : 0, done !== 'added');
    },
    /** Recomputes status, counts and dates of relations whose claims changed, and the search index. */
    finish(): void {
      const copyOf = (sid: string) => {
        const v = s.copyOf.pluck().get(Number(sid)) as number | null | undefined;
        return v === null || v === undefined ? null : String(v);
      };
      for (const rid of touchedRelations) refreshRelation(s, rid, copyOf);
      for (const eid of touchedEntities) {
        s.ftsDel.run(eid);
        s.ftsAdd.run(eid, eid);
      }
      touchedRelations.clear();
      touchedEntities.clear();
    },
  };
}

export type WriteRepo = ReturnType<typeof createWriteRepo>;
