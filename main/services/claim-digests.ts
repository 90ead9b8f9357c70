// `claims:digests`: the relations among some entities with every claim in brief, whatever its date,
// so the renderer can derive the graph as of any date itself (model/as-of.ts) instead of asking
// the store for each date. The relations are those `graph:subgraph` gives for the same entities.
import { DEFAULT_ELEMENT_CAP, MAX_ELEMENT_CAP } from '../../graph-data/contract/filters.ts';
import type { ClaimDigests, DigestClaim } from '../../graph-data/contract/views.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { createClaimDigestRepo } from '../db/claim-digest-repo.ts';
import { createGraphQueries } from '../db/graph-queries.ts';
import { createLookupRepo } from '../db/lookup-repo.ts';
import type { Db } from '../db/open.ts';
import { repoOf } from '../db/repos.ts';

/** More relations than this are not worth holding in the renderer: the store answers each date. */
export const DIGESTS_MAX_RELATIONS = 10_000;

export function createClaimDigests(db: Db) {
  const graph = repoOf(db, createGraphQueries);
  const lookup = repoOf(db, createLookupRepo);
  const digests = repoOf(db, createClaimDigestRepo);

  /** The digests of these relations (by key), the edges as the store draws them without a date. */
  function ofRelations(rids: Set<number>, truncated = false): ClaimDigests {
    if (rids.size > DIGESTS_MAX_RELATIONS)
      throw new ClaimscapeError('too-large', `more than ${DIGESTS_MAX_RELATIONS} relations: ask each date instead`, {
        value: String(rids.size),
      });
    const edges = graph.slice({ nodes: new Set(), edges: rids, truncated }).edges;
    const byRid = new Map<number, DigestClaim[]>();
    for (const [rid, stance, stated, report] of digests.rows(rids)) {
      const list = byRid.get(rid);
      if (list) list.push([stance, stated, report]);
      else byRid.set(rid, [[stance, stated, report]]);
    }
    const idOf = lookup.relationIdsOf([...byRid.keys()]);
    const byId = new Map<string, DigestClaim[]>();
    for (const [rid, list] of byRid) byId.set(idOf.get(rid) ?? '', list);
    return { edges, claims: edges.map((e) => byId.get(e.id) ?? []), truncated };
  }

  return {
    ofRelations,
    /** For the drawn entities: the relations among them (as `graph:subgraph`, same cap). */
    ofEntities(ids: string[], cap?: number): ClaimDigests {
      const c = Math.min(Math.max(cap ?? DEFAULT_ELEMENT_CAP, 1), MAX_ELEMENT_CAP);
      const t = graph.induced(graph.eidsOf(ids), c);
      return ofRelations(t.edges, t.truncated);
    },
  };
}
