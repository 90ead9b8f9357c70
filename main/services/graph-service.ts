// Read use cases shared by the desktop app, the CLI and the HTTP server: search, detail,
// neighbourhoods, subgraphs, paths and counts. Entities may be named by id, label or alias.
import { DEFAULT_ELEMENT_CAP, MAX_ELEMENT_CAP, type GraphFilter } from '../../graph-data/contract/filters.ts';
import type {
  ClaimBrief,
  ClaimList,
  EntityDetail,
  GraphCounts,
  GraphSlice,
  PathResult,
  RelationDetail,
  SearchResult,
} from '../../graph-data/contract/views.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Vocabulary } from '../../graph-data/model/types.ts';
import type { Db } from '../db/open.ts';
import { createGraphQueries } from '../db/graph-queries.ts';
import { createReadRepo } from '../db/read-repo.ts';
import { createSearchRepo } from '../db/search-repo.ts';
import { createLookupRepo } from '../db/lookup-repo.ts';
import { createClaimDigestRepo } from '../db/claim-digest-repo.ts';
import type { TraversalFilter } from '../db/edge-filter.ts';
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { countsAsOf, entityAsOf, relationAsOfDetail } from './as-of-details.ts';
import { describeHops } from './path-hops.ts';
import { createClaimListRepo } from '../db/claim-list-repo.ts';
import { matchAsOf } from '../../graph-data/model/date-rule.ts';
import { repoOf } from '../db/repos.ts';

export function createGraphService(db: Db) {
  const read = repoOf(db, createReadRepo);
  const search = repoOf(db, createSearchRepo);
  const graph = repoOf(db, createGraphQueries);
  const lookup = repoOf(db, createLookupRepo);
  const digests = createClaimDigestRepo(db);
  const claimList = createClaimListRepo(db);
  let cachedCounts: { key: string; value: GraphCounts } | null = null;

  /** Finds an entity by id, then exact label, then exact alias (case-insensitive), then best search hit. */
  function resolve(name: string): string {
    const hit = lookup.entityIdByName(name) ?? search.entities(name, 1)[0]?.id;
    if (!hit) throw new ClaimscapeError('not-found', 'no entity has this id, label or alias', { value: name });
    return hit;
  }

  function capOf(cap: number | undefined): number {
    return Math.min(Math.max(cap ?? DEFAULT_ELEMENT_CAP, 1), MAX_ELEMENT_CAP);
  }

  function eids(ids: string[]): number[] {
    const found = graph.eidsOf(ids);
    if (found.length === 0 && ids.length)
      throw new ClaimscapeError('not-found', 'none of these entities exists', { value: ids.slice(0, 5).join(', ') });
    return found;
  }

  /** The filter in the store's terms: claimant ids become keys, and the date it holds as of. */
  function traversal(filter: GraphFilter, asOf: AsOf | null): TraversalFilter {
    const claimantEids = filter.claimants?.length ? new Set(graph.eidsOf(filter.claimants)) : null;
    return { ...filter, asOf, claimantEids };
  }

  return {
    resolve,
    search(text: string, limit = 20): SearchResult {
      const n = Math.min(Math.max(limit, 1), 100);
      const entities = search.entities(text, n);
      // Claims by the best-matching entities that speak (claimants) come first, then claims by text.
      const byClaimant = entities.slice(0, 3).flatMap((e) => search.claimsBy(e.id, 10));
      const seen = new Set<string>();
      const claims = [...byClaimant, ...search.claims(text, Math.min(n, 10))].filter(
        (c) => !seen.has(c.claimId) && !!seen.add(c.claimId),
      );
      return { entities, claims: claims.slice(0, Math.max(10, Math.min(n, 30))) };
    },
    entity(id: string, asOf: AsOf | null = null): EntityDetail {
      const redirected = lookup.redirectOf(id);
      const d = read.entityDetail(id) ?? (redirected ? read.entityDetail(redirected) : null);
      if (!d) throw new ClaimscapeError('not-found', 'no such entity', { value: id });
      return asOf ? entityAsOf(d, asOf, digests, lookup) : d;
    },
    relation(id: string, asOf: AsOf | null = null): RelationDetail {
      const d = read.relationDetail(id);
      if (!d) throw new ClaimscapeError('not-found', 'no such relation', { value: id });
      return asOf ? relationAsOfDetail(d, asOf, digests, lookup) : d;
    },
    neighbourhood(
      ids: string[],
      depth = 1,
      filter: GraphFilter = {},
      cap?: number,
      asOf: AsOf | null = null,
    ): GraphSlice {
      const d = Math.min(Math.max(Math.trunc(depth), 1), 3);
      return graph.slice(graph.neighbourhood(eids(ids), d, traversal(filter, asOf), capOf(cap)), asOf);
    },
    subgraph(ids: string[], cap?: number, asOf: AsOf | null = null): GraphSlice {
      return graph.slice(graph.induced(graph.eidsOf(ids), capOf(cap)), asOf);
    },
    /** The most connected entities: where a researcher starts in a large graph. */
    overview(cap?: number, asOf: AsOf | null = null): GraphSlice {
      const c = capOf(cap);
      const top = lookup.topByDegree(Math.ceil(c / 3));
      const t = graph.induced(top, c);
      return graph.slice({ ...t, truncated: t.truncated || lookup.hasMoreEntitiesThan(top.length) }, asOf);
    },
    /** Shortest path; with `throughClaims` it may step from a claimant to a relation it spoke about. */
    path(
      from: string,
      to: string,
      filter: GraphFilter = {},
      asOf: AsOf | null = null,
      throughClaims = false,
    ): PathResult {
      const [a, b] = [eids([from])[0], eids([to])[0]];
      if (a === undefined || b === undefined)
        throw new ClaimscapeError('not-found', 'no such entity', { value: a === undefined ? from : to });
      const p = graph.shortestPath(a, b, traversal(filter, asOf), 8, throughClaims);
      if (!p)
        return { found: false, nodes: [], edges: [], slice: { nodes: [], edges: [], truncated: false }, hops: [] };
      // Both ends of every relation on the path are in the slice, so a claim hop's relation can be drawn.
      const ends = graph.slice({ nodes: new Set(), edges: new Set(p.edges), truncated: false }, asOf).edges;
      const all = new Set([...p.nodes, ...graph.eidsOf(ends.flatMap((e) => [e.source, e.target]))]);
      const slice = graph.slice({ nodes: all, edges: new Set(p.edges), truncated: false }, asOf);
      const idOf = lookup.entityIdsOf(p.nodes);
      const ridOf = lookup.relationIdsOf(p.edges);
      const nodes = p.nodes.map((n) => idOf.get(n) ?? '');
      const edges = p.edges.map((e) => ridOf.get(e) ?? '');
      const hops = describeHops(nodes, edges, p.claimHops, (id) => read.relationDetail(id), asOf);
      return { found: true, nodes, edges, slice, hops };
    },
    /** Claims of relations and/or by claimants, in date order, as of a date (marked when only possibly). */
    claims(a: { relations?: string[]; claimants?: string[]; limit?: number }, asOf: AsOf | null = null): ClaimList {
      const limit = a.limit ?? 5000;
      const rows = [
        ...(a.relations?.length ? claimList.ofRelations(a.relations, limit + 1) : []),
        ...(a.claimants?.length ? claimList.byClaimants(a.claimants.map(resolve), limit + 1) : []),
      ];
      const seen = new Set<string>();
      const out: ClaimBrief[] = [];
      for (const c of rows) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        const m = asOf ? matchAsOf(c.stated, asOf.date) : 'certainly';
        if (m === 'no' || (m === 'possibly' && asOf?.rule === 'certainly')) continue;
        out.push(m === 'possibly' ? { ...c, possibly: true } : c);
      }
      return { claims: out.slice(0, limit), truncated: out.length > limit };
    },
    /** Whole-table counts take ~0.5 s at 1M entities: computed again only after a write. */
    counts(asOf: AsOf | null = null): GraphCounts {
      if (asOf) return countsAsOf(this.counts(), asOf, digests);
      const key = lookup.changeStamp();
      if (cachedCounts?.key !== key) cachedCounts = { key, value: read.counts() };
      return cachedCounts.value;
    },
    vocabulary(): Vocabulary {
      return read.vocabulary();
    },
  };
}

export type GraphService = ReturnType<typeof createGraphService>;
