// Single-record writes for editing: entities and aliases, sources, relations, claims, and the
// derived values they touch (degree, relation status/counts/dates, search index), recomputed for
// exactly the rows changed. Callers run it inside one transaction that records a history entry.
import { deriveStatus, countIndependentSources } from '../../graph-data/model/status.ts';
import type { AliasForm, Stance } from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';
import { editStatements } from './edit-statements.ts';

export interface EntityRow {
  eid: number;
  id: string;
  kind: string;
  label: string;
  description: string | null;
  attributes: string | null;
  external_ids: string | null;
  degree: number;
}

export interface ClaimRow {
  cid: number;
  id: string;
  rid: number;
  claimant: number;
  stance: Stance;
  sid: number;
  stated: string | null;
  holds_from: string | null;
  holds_until: string | null;
  summary: string | null;
  excerpt: string | null;
  reported_via: number | null;
}

export interface ClaimValues {
  rid: number;
  claimant: number;
  stance: Stance;
  sid: number;
  stated: string | null;
  holdsFrom: string | null;
  holdsUntil: string | null;
  summary: string | null;
  excerpt: string | null;
  reportedVia: number | null;
}

export interface SourceValues {
  title: string;
  publisher: number | null;
  url: string | null;
  language: string | null;
  published: string | null;
  retrieved: string | null;
  copyOf: number | null;
}

export function createEditRepo(db: Db) {
  const s = editStatements(db);
  const copyOf = (sid: string) => {
    const v = s.copyOf.get(Number(sid)) as number | null | undefined;
    return v === null || v === undefined ? null : String(v);
  };
  return {
    entity: (id: string) => s.entityById.get(id) as EntityRow | undefined,
    entityByEid: (eid: number) => s.entityByEid.get(eid) as EntityRow | undefined,
    /** An entity id, or where a merge redirected it. */
    redirectOf: (id: string) => s.redirect.get(id) as string | undefined,
    isTaken: (id: string) => s.idTaken.get({ id }) !== undefined,
    kindExists: (kind: string) => s.hasKind.get(kind) !== undefined,
    predicate: (id: string) =>
      s.predicate.get(id) as { id: string; subject_kinds: string; object_kinds: string } | undefined,
    insertEntity(e: Omit<EntityRow, 'eid' | 'degree'>): number {
      return Number(
        s.insertEntity.run(e.id, e.kind, e.label, e.description, e.attributes, e.external_ids).lastInsertRowid,
      );
    },
    updateEntity(e: Omit<EntityRow, 'degree' | 'id'>): void {
      s.updateEntity.run(e.kind, e.label, e.description, e.attributes, e.external_ids, e.eid);
    },
    deleteEntity(eid: number): void {
      s.deleteRedirectsTo.run(eid);
      s.deleteAliases.run(eid);
      s.deleteEntity.run(eid);
      s.entityFtsDel.run(eid);
    },
    aliases: (eid: number) => s.aliases.all(eid) as { text: string; lang: string; form: AliasForm }[],
    addAlias: (eid: number, text: string, lang: string, form: AliasForm) => s.addAlias.run(eid, text, lang, form),
    removeAlias: (eid: number, text: string) => s.removeAlias.run(eid, text).changes,
    /** How many records refer to an entity, by role. */
    references(eid: number) {
      return s.references.get({ e: eid }) as {
        relations: number;
        claims: number;
        claimant: number;
        via: number;
        publisher: number;
      };
    },
    relationsOf: (eid: number) => s.relationsOf.all({ e: eid }) as number[],
    claimsBy: (eid: number) => s.claimsBy.all(eid) as { cid: number; rid: number }[],
    clearVia: (eid: number) => s.clearVia.run(eid),
    clearPublisher: (eid: number) => s.clearPublisher.run(eid),
    source: (id: string) => s.sourceById.get(id) as ({ sid: number } & Record<string, unknown>) | undefined,
    insertSource(id: string, v: SourceValues): number {
      return Number(
        s.insertSource.run(id, v.title, v.publisher, v.url, v.language, v.published, v.retrieved, v.copyOf)
          .lastInsertRowid,
      );
    },
    updateSource(sid: number, v: SourceValues): void {
      s.updateSource.run(v.title, v.publisher, v.url, v.language, v.published, v.retrieved, v.copyOf, sid);
    },
    relationsOfSource: (sid: number) => s.relationsOfSource.all(sid) as number[],
    relationByTriple: (subject: number, predicate: string, object: number) =>
      s.relationByTriple.get(subject, predicate, object) as { rid: number; id: string } | undefined,
    relation: (rid: number) =>
      s.relationByRid.get(rid) as
        { rid: number; id: string; subject: number; predicate: string; object: number } | undefined,
    claimsOfRelation: (rid: number) => s.cidsOf.all(rid) as number[],
    relationIdTaken: (id: string) => s.relationIdTaken.get(id) !== undefined,
    sourceIdOf: (sid: number) => s.sourceIdOf.get(sid) as string | undefined,
    sourceIdTaken: (id: string) => s.sourceIdTaken.get(id) !== undefined,
    copiesOf: (sid: number) => s.copiesOf.all(sid) as number[],
    insertRelation(id: string, subject: number, predicate: string, object: number): number {
      const rid = Number(s.insertRelation.run(id, subject, predicate, object).lastInsertRowid);
      s.bumpDegree.run(1, subject);
      if (object !== subject) s.bumpDegree.run(1, object);
      return rid;
    },
    /** Deletes a relation that has no claims left, and lowers its ends' degree. */
    deleteRelationIfEmpty(rid: number): boolean {
      const r = s.relationByRid.get(rid) as { subject: number; object: number } | undefined;
      if (!r || s.hasClaims.get(rid)) return false;
      s.deleteRelation.run(rid);
      s.bumpDegree.run(-1, r.subject);
      if (r.object !== r.subject) s.bumpDegree.run(-1, r.object);
      return true;
    },
    claim: (id: string) => s.claimById.get(id) as ClaimRow | undefined,
    insertClaim(id: string, c: ClaimValues): number {
      const cid = Number(s.insertClaim.run(id, ...claimParams(c)).lastInsertRowid);
      s.claimFtsAdd.run(cid);
      return cid;
    },
    updateClaim(cid: number, c: ClaimValues): void {
      s.updateClaim.run(...claimParams(c), cid);
      s.claimFtsDel.run(cid);
      s.claimFtsAdd.run(cid);
    },
    deleteClaim(cid: number): void {
      s.deleteClaim.run(cid);
      s.claimFtsDel.run(cid);
    },
    /** Status, claim and independent-source counts, first and last stated date, from the claims (doubts: triggers). */
    refreshRelation(rid: number): void {
      const rows = s.claimsOf.all(rid) as { stance: Stance; sid: number; stated: string | null }[];
      const stated = rows
        .map((r) => r.stated)
        .filter((d): d is string => d !== null)
        .sort();
      const sources = countIndependentSources(
        rows.map((r) => String(r.sid)),
        copyOf,
      );
      const status = deriveStatus(rows.map((r) => r.stance));
      s.relationAgg.run(status, rows.length, sources, stated[0] ?? null, stated.at(-1) ?? null, rid);
    },
    refreshEntityFts(eid: number): void {
      s.entityFtsDel.run(eid);
      s.entityFtsAdd.run(eid);
    },
    newClaimId(): string {
      let n = (s.maxCid.get() as number) + 1;
      while (s.claimById.get(`c-${n}`)) n++;
      return `c-${n}`;
    },
  };
}

export type EditRepo = ReturnType<typeof createEditRepo>;

function claimParams(c: ClaimValues) {
  return [
    c.rid,
    c.claimant,
    c.stance,
    c.sid,
    c.stated,
    c.holdsFrom,
    c.holdsUntil,
    c.summary,
    c.excerpt,
    c.reportedVia,
  ] as const;
}
