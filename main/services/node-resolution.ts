// `--merge-by auto`: which existing entity each node of a foreign file is, in this order: the same
// id (or an id a merge left behind), the same Wikidata id, the same label or alias after case and
// diacritic folding with a compatible kind. The researcher's per-node choices override it.
import type { NodeResolution } from '../../graph-data/contract/views.ts';
import { foldName } from '../../graph-data/model/fold.ts';
import { kindsCompatible } from '../../graph-data/model/kind-compat.ts';
import type { Entity } from '../../graph-data/model/types.ts';
import type { LookupRepo } from '../db/lookup-repo.ts';
import type { SearchRepo } from '../db/search-repo.ts';

/** File node id -> existing entity id, or null to keep the node new. */
export type NodeOverrides = Record<string, string | null>;

export function resolveNode(
  lookup: LookupRepo,
  search: SearchRepo,
  e: Entity,
  overrides: NodeOverrides = {},
): NodeResolution {
  const base = { node: e.id, label: e.label, kind: e.kind };
  const into = (id: string | undefined, reason: NodeResolution['reason']): NodeResolution | null => {
    const b = id ? lookup.entityBrief(id) : undefined;
    return b ? { ...base, into: b, reason } : null;
  };
  if (e.id in overrides) {
    const o = overrides[e.id];
    return (o ? into(lookup.redirectOf(o) ?? o, 'id') : null) ?? { ...base, into: null, reason: null };
  }
  const byId = into(lookup.hasEntity(e.id) ? e.id : undefined, 'id') ?? into(lookup.redirectOf(e.id), 'redirect');
  if (byId) return byId;
  const q = e.externalIds?.['wikidata'];
  const byWikidata = q ? into(lookup.entityIdByWikidata(q), 'wikidata') : null;
  if (byWikidata) return byWikidata;
  for (const name of [e.label, ...e.aliases.map((a) => a.text)]) {
    const folded = foldName(name);
    if (!folded) continue;
    const exact = lookup.entityIdByLabel(name);
    const hit = [
      exact,
      ...search
        .entities(name, 5)
        .filter((h) => foldName(h.matched ?? h.label) === folded)
        .map((h) => h.id),
    ]
      .map((id) => (id ? lookup.entityBrief(id) : undefined))
      .find((b) => b && kindsCompatible(b.kind, e.kind));
    if (hit) return { ...base, into: hit, reason: 'label' };
  }
  return { ...base, into: null, reason: null };
}
