// Claim edits inside a recording transaction: the relation is found or created for the triple,
// its status, counts and dates recomputed; a relation left without claims is deleted.
import type { ClaimAddArgs, ClaimUpdateArgs } from '../../graph-data/contract/edit-schemas.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { fromJson } from '../db/codec.ts';
import type { ClaimRow, ClaimValues, EditRepo, EntityRow } from '../db/edit-repo.ts';
import { entityOf, freshId, type OpResult } from './entity-ops.ts';

type Triple = { subject: string; predicate: string; object: string };

export function createClaimOps(edit: EditRepo) {
  function sourceSid(id: string, field: string): number {
    const s = edit.source(id);
    if (!s) throw new ClaimscapeError('not-found', 'no source has this id', { path: field, value: id });
    return s.sid;
  }

  /** The relation for a triple, created when new; kinds checked against the predicate unless forced. */
  function relationFor(t: Triple, force: boolean, warnings: string[]): { rid: number; id: string } {
    const subject = entityOf(edit, t.subject, 'subject');
    const object = entityOf(edit, t.object, 'object');
    const p = edit.predicate(t.predicate);
    if (!p)
      throw new ClaimscapeError('validation-error', 'unknown predicate', { path: 'predicate', value: t.predicate });
    checkKind(p.id, 'subject', subject, fromJson<string[]>(p.subject_kinds, []), force, warnings);
    checkKind(p.id, 'object', object, fromJson<string[]>(p.object_kinds, []), force, warnings);
    const hit = edit.relationByTriple(subject.eid, p.id, object.eid);
    if (hit) return hit;
    const id = freshId(edit.relationIdTaken, `${subject.id}--${p.id}--${object.id}`.slice(0, 180));
    return { rid: edit.insertRelation(id, subject.eid, p.id, object.eid), id };
  }

  function values(rid: number, a: Omit<ClaimAddArgs, 'subject' | 'predicate' | 'object'>): ClaimValues {
    return {
      rid,
      claimant: entityOf(edit, a.claimant, 'claimant').eid,
      stance: a.stance,
      sid: sourceSid(a.source, 'source'),
      stated: a.stated ?? null,
      holdsFrom: a.holdsFrom ?? null,
      holdsUntil: a.holdsUntil ?? null,
      summary: a.summary?.trim() || null,
      excerpt: a.excerpt?.trim() || null,
      reportedVia: a.reportedVia ? entityOf(edit, a.reportedVia, 'reportedVia').eid : null,
    };
  }

  function current(c: ClaimRow): ClaimAddArgs {
    const rel = edit.relation(c.rid);
    const idOf = (eid: number) => edit.entityByEid(eid)?.id ?? '';
    return {
      subject: idOf(rel?.subject ?? 0),
      predicate: rel?.predicate ?? '',
      object: idOf(rel?.object ?? 0),
      claimant: idOf(c.claimant),
      stance: c.stance,
      source: edit.sourceIdOf(c.sid) ?? '',
      stated: c.stated,
      holdsFrom: c.holds_from,
      holdsUntil: c.holds_until,
      summary: c.summary,
      excerpt: c.excerpt,
      reportedVia: c.reported_via === null ? null : idOf(c.reported_via),
    };
  }

  function claimOf(id: string): ClaimRow {
    const c = edit.claim(id);
    if (!c) throw new ClaimscapeError('not-found', 'no claim has this id', { path: 'id', value: id });
    return c;
  }

  return {
    add(a: ClaimAddArgs): OpResult {
      if (a.id && edit.claim(a.id))
        throw new ClaimscapeError('conflict', 'a claim already has this id', { path: 'id', value: a.id });
      const warnings: string[] = [];
      const rel = relationFor(a, a.force ?? false, warnings);
      const id = a.id ?? edit.newClaimId();
      edit.insertClaim(id, values(rel.rid, a));
      edit.refreshRelation(rel.rid);
      return { id, label: rel.id, relationId: rel.id, warnings };
    },
    update(a: ClaimUpdateArgs): OpResult {
      const c = claimOf(a.id);
      const { id: _id, force, ...changes } = a;
      const next = { ...current(c), ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
      const warnings: string[] = [];
      const rel = relationFor(next as ClaimAddArgs, force ?? false, warnings);
      edit.updateClaim(c.cid, values(rel.rid, next as ClaimAddArgs));
      edit.refreshRelation(rel.rid);
      if (rel.rid !== c.rid && !edit.deleteRelationIfEmpty(c.rid)) edit.refreshRelation(c.rid);
      return { id: c.id, label: rel.id, relationId: rel.id, warnings };
    },
    delete(id: string): OpResult {
      const c = claimOf(id);
      const rel = edit.relation(c.rid);
      edit.deleteClaim(c.cid);
      if (!edit.deleteRelationIfEmpty(c.rid)) edit.refreshRelation(c.rid);
      return { id, label: rel?.id ?? '', ...(rel ? { relationId: rel.id } : {}), warnings: [] };
    },
  };
}

function checkKind(
  predicate: string,
  role: 'subject' | 'object',
  e: EntityRow,
  kinds: string[],
  force: boolean,
  warnings: string[],
): void {
  if (!kinds.length || kinds.includes(e.kind)) return;
  const msg = `"${predicate}" usually takes ${role === 'object' ? 'an' : 'a'} ${role} of kind ${kinds.join(', ')}; "${e.label}" is a ${e.kind}`;
  if (!force)
    throw new ClaimscapeError('validation-error', `${msg} (--force, or confirm, to add it anyway)`, {
      path: role,
      value: e.id,
    });
  warnings.push(msg);
}
