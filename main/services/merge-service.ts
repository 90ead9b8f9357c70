// Merging duplicates: B folds into A in one transaction and one history entry, and B's id becomes
// a redirect to A. Suggestions: a shared Wikidata id, or a shared name after case and diacritic
// folding between entities of compatible kinds.
import type { EditResult, MergeSuggestion } from '../../graph-data/contract/edit-views.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { foldName } from '../../graph-data/model/fold.ts';
import { kindsCompatible } from '../../graph-data/model/kind-compat.ts';
import { fromJson, toJson } from '../db/codec.ts';
import { createEditRepo, type EditRepo, type EntityRow } from '../db/edit-repo.ts';
import { createMergeRepo, type EntityBrief, type MergeRepo } from '../db/merge-repo.ts';
import type { Db } from '../db/open.ts';
import { entityOf } from './entity-ops.ts';
import type { HistoryService } from './history-service.ts';

export function createMergeService(db: Db, history: HistoryService) {
  const edit = createEditRepo(db);
  const merge = createMergeRepo(db);
  return {
    merge(keep: string, drop: string, force = false): EditResult {
      const r = history.record(
        (v: { a: EntityRow; b: EntityRow }) => `Merge '${v.b.label}' into '${v.a.label}'`,
        'merge',
        () => mergeEntities(edit, merge, keep, drop, force),
      );
      return { id: r.value.a.id, entry: r.entry, changed: r.changed, warnings: [], revision: r.revision };
    },
    suggest: (limit = 100) => suggestMerges(merge, limit),
  };
}

function mergeEntities(edit: EditRepo, merge: MergeRepo, keep: string, drop: string, force: boolean) {
  const a = entityOf(edit, keep, 'keep');
  const b = edit.entity(drop);
  if (!b) {
    const to = edit.redirectOf(drop);
    if (to === a.id) throw new ClaimscapeError('conflict', `"${drop}" is already merged into "${a.label}"`);
    throw new ClaimscapeError('not-found', to ? `"${drop}" was merged into "${to}" already` : 'no entity has this id', {
      path: 'drop',
      value: drop,
    });
  }
  if (a.eid === b.eid) throw new ClaimscapeError('conflict', 'cannot merge an entity into itself', { value: drop });
  const extA = fromJson<Record<string, string>>(a.external_ids, {});
  const extB = fromJson<Record<string, string>>(b.external_ids, {});
  if (extA['wikidata'] && extB['wikidata'] && extA['wikidata'] !== extB['wikidata'] && !force)
    throw new ClaimscapeError(
      'conflict',
      `"${a.label}" (${extA['wikidata']}) and "${b.label}" (${extB['wikidata']}) have different Wikidata ids; force to merge anyway`,
    );
  const refresh = new Set<number>();
  // A folded relation leaves its other end with one relation fewer; counted here, not recounted
  // (the other ends of a hub's relations are often hubs themselves).
  const lost = new Map<number, number>();
  for (const r of merge.relationsOf(b.eid)) {
    const s = r.subject === b.eid ? a.eid : r.subject;
    const o = r.object === b.eid ? a.eid : r.object;
    const same = merge.relationByTriple(s, r.predicate, o);
    if (same !== undefined && same !== r.rid) {
      merge.fold(r.rid, same);
      refresh.add(same);
      for (const e of new Set([s, o])) if (e !== a.eid) lost.set(e, (lost.get(e) ?? 0) + 1);
    } else merge.repoint(r.rid, s, o);
  }
  merge.moveReferences(a.eid, b.eid);
  const names = new Set([a.label, ...edit.aliases(a.eid).map((x) => x.text)].map(foldName));
  if (!names.has(foldName(b.label))) edit.addAlias(a.eid, b.label, 'und', 'name');
  // A's own ids win (a forced merge keeps A's Wikidata id).
  const ext = { ...extB, ...extA };
  const attrs = { ...fromJson<object>(b.attributes, {}), ...fromJson<object>(a.attributes, {}) };
  edit.updateEntity({
    ...a,
    description: a.description ?? b.description,
    attributes: toJson(attrs),
    external_ids: toJson(ext),
  });
  edit.deleteEntity(b.eid);
  merge.addRedirect(b.id, a.eid);
  for (const rid of refresh) edit.refreshRelation(rid);
  merge.recountDegree(a.eid);
  for (const [e, n] of lost) merge.lowerDegree(e, n);
  edit.refreshEntityFts(a.eid);
  return { a, b };
}

/**
 * Pairs from groups the store finds already grouped (a shared Wikidata id, a shared folded name),
 * read one group at a time until `limit` pairs: never every name in memory.
 */
function suggestMerges(merge: MergeRepo, limit: number): { suggestions: MergeSuggestion[] } {
  const out: MergeSuggestion[] = [];
  const seen = new Set<string>();
  const add = (x: EntityBrief, y: EntityBrief, reason: MergeSuggestion['reason'], detail: string) => {
    const [keep, drop] = x.degree >= y.degree ? [x, y] : [y, x];
    const key = `${Math.min(x.eid, y.eid)}:${Math.max(x.eid, y.eid)}`;
    if (seen.has(key) || out.length >= limit) return;
    seen.add(key);
    const view = (e: EntityBrief) => ({ id: e.id, label: e.label, kind: e.kind, degree: e.degree });
    out.push({ keep: view(keep), drop: view(drop), reason, detail });
  };
  for (const qid of merge.duplicateWikidataIds()) {
    const [first, ...rest] = merge.entitiesWithWikidata(qid);
    for (const e of rest) if (first) add(first, e, 'wikidata', qid);
    if (out.length >= limit) return { suggestions: out };
  }
  for (const folded of merge.duplicateNames()) {
    const group = merge.entitiesNamed(folded);
    group.forEach((x, i) => {
      for (const y of group.slice(i + 1)) if (kindsCompatible(x.kind, y.kind)) add(x, y, 'label', folded);
    });
    if (out.length >= limit) break;
  }
  return { suggestions: out };
}
