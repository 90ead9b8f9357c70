// Traversals over the relation table: capped k-hop neighbourhoods, induced subgraphs and
// bidirectional shortest paths. Adjacency comes from covering indexes (relations_out/in).
import type { EdgeView, GraphSlice, NodeView } from '../../graph-data/contract/views.ts';
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { createClaimDigestRepo } from './claim-digest-repo.ts';
import { createEdgeFilter, type Adj, type TraversalFilter } from './edge-filter.ts';
import { createClaimSteps, type Step } from './claim-steps.ts';
import type { Db } from './open.ts';
import { adjacencyOf } from './adjacency-seam.ts';

export interface Traversal {
  nodes: Set<number>;
  edges: Set<number>;
  truncated: boolean;
}

export function createGraphQueries(db: Db) {
  const q = {
    adj: db.prepare(`SELECT rid, object AS other, status, predicate FROM relations WHERE subject = @a
      UNION ALL SELECT rid, subject AS other, status, predicate FROM relations WHERE object = @a AND subject <> @a`),
    relRow: db.prepare('SELECT rid, object AS other, status, predicate FROM relations WHERE rid = ?'),
    kindOf: db.prepare('SELECT kind FROM entities WHERE eid = ?').pluck(),
    // Ids left by a merge (redirects) reach the entity they were merged into.
    eids: db
      .prepare(
        `WITH ids(v) AS (SELECT value FROM json_each(?))
      SELECT eid FROM entities WHERE id IN ids UNION SELECT to_eid FROM redirects WHERE from_id IN ids`,
      )
      .pluck(),
    nodes: db.prepare(`SELECT id, kind, label, degree FROM entities WHERE eid IN (SELECT value FROM json_each(?))`),
    edges:
      db.prepare(`SELECT r.rid AS rid, r.id AS id, s.id AS source, o.id AS target, r.predicate AS predicate, r.status AS status,
      r.claim_count AS claimCount, r.source_count AS sourceCount, r.first_stated AS firstStated, r.last_stated AS lastStated,
      r.doubts AS doubts FROM relations r JOIN entities s ON s.eid = r.subject JOIN entities o ON o.eid = r.object
      WHERE r.rid IN (SELECT value FROM json_each(?))`),
    // Walk each chosen subject's out-relations (covering index) and test the object against the set;
    // '+' keeps the planner from probing every (object, subject) pair instead (n^2 lookups, 10 ms at 250 nodes).
    induced: db
      .prepare(
        `SELECT r.rid FROM json_each(@a) AS j CROSS JOIN relations r ON r.subject = j.value
      WHERE +r.object IN (SELECT value FROM json_each(@a))`,
      )
      .pluck(),
  };

  const digests = createClaimDigestRepo(db);
  const edgeFilter = (f: TraversalFilter) => createEdgeFilter(f, digests, (eid) => q.kindOf.get(eid) as string);

  /** From a plugged-in adjacency when there is one and it answers (adjacency-seam.ts), else from SQL. */
  function edgesOf(eid: number): Iterable<Adj> {
    return adjacencyOf(db)?.adjacent(eid) ?? (q.adj.all({ a: eid }) as Adj[]);
  }

  function adjacency(eid: number): Adj[] {
    return [...edgesOf(eid)];
  }

  /** Breadth-first from the seeds, stopping once nodes + edges reach the cap. */
  function neighbourhood(seeds: number[], depth: number, filter: TraversalFilter, cap: number): Traversal {
    const keep = edgeFilter(filter);
    const nodes = new Set<number>(seeds.slice(0, cap));
    const edges = new Set<number>();
    let truncated = seeds.length > cap;
    let frontier = [...nodes];
    for (let level = 0; level < depth && frontier.length && !truncated; level++) {
      const next: number[] = [];
      for (const eid of frontier) {
        for (const a of edgesOf(eid)) {
          if (edges.has(a.rid) || !keep(a)) continue;
          const isNew = !nodes.has(a.other);
          if (nodes.size + edges.size + (isNew ? 2 : 1) > cap) {
            truncated = true;
            break;
          }
          edges.add(a.rid);
          if (isNew) {
            nodes.add(a.other);
            next.push(a.other);
          }
        }
        if (truncated) break;
      }
      frontier = next;
    }
    addInduced(nodes, edges, cap, keep);
    return { nodes, edges, truncated };
  }

  /** Adds relations among already-chosen nodes, within the cap and a work budget. */
  function addInduced(nodes: Set<number>, edges: Set<number>, cap: number, keep?: (a: Adj) => boolean): void {
    if (nodes.size > 5000) return;
    const rids = adjacencyOf(db)?.induced(nodes) ?? (q.induced.all({ a: JSON.stringify([...nodes]) }) as number[]);
    for (const rid of rids) {
      if (edges.size + nodes.size >= cap) return;
      if (edges.has(rid)) continue;
      if (keep) {
        const row = q.relRow.get(rid) as Adj;
        if (!keep(row)) continue;
      }
      edges.add(rid);
    }
  }

  /**
   * The slice's records, each edge with its stored doubts (the evidence marks). As of a date, edges
   * carry what was stated by then, derived from their claims, and relations not yet stated are left out.
   */
  function slice(t: Traversal, asOf: AsOf | null = null): GraphSlice {
    const edges = q.edges.all(JSON.stringify([...t.edges])) as (EdgeView & { rid: number })[];
    const derived = asOf ? digests.asOf(t.edges, asOf) : null;
    const out: EdgeView[] = [];
    for (const { rid, ...e } of edges) {
      const d = derived?.get(rid);
      if (asOf && !d) continue;
      out.push(d ? { ...e, ...d } : e);
    }
    return { nodes: q.nodes.all(JSON.stringify([...t.nodes])) as NodeView[], edges: out, truncated: t.truncated };
  }

  const claimSteps = createClaimSteps(db);

  /** Relation steps, and with `throughClaims` also claimant <-> relation-end steps (claim-steps.ts). */
  function* stepsOf(eid: number, throughClaims: boolean): Iterable<Step> {
    yield* edgesOf(eid);
    if (throughClaims) yield* claimSteps.of(eid);
  }

  /**
   * Bidirectional BFS, treating relations as undirected; expands the smaller frontier first.
   * `claimHops[i]` tells whether hop i went through a claim rather than along the relation.
   */
  function shortestPath(
    from: number,
    to: number,
    filter: TraversalFilter,
    maxDepth = 8,
    throughClaims = false,
  ): PathIds | null {
    if (from === to) return { nodes: [from], edges: [], claimHops: [] };
    const keep = edgeFilter({ ...filter, kinds: [] });
    const prevA: Prev = new Map([[from, null]]);
    const prevB: Prev = new Map([[to, null]]);
    let fa = [from];
    let fb = [to];
    for (let d = 0; d < maxDepth && fa.length && fb.length; d++) {
      const forward = fa.length <= fb.length;
      const [frontier, mine, theirs] = forward ? [fa, prevA, prevB] : [fb, prevB, prevA];
      const next: number[] = [];
      for (const eid of frontier) {
        for (const a of stepsOf(eid, throughClaims)) {
          if (mine.has(a.other) || !keep(a)) continue;
          mine.set(a.other, { node: eid, rid: a.rid, claim: a.claim === true });
          if (theirs.has(a.other)) return joinPath(a.other, prevA, prevB);
          next.push(a.other);
        }
      }
      if (forward) fa = next;
      else fb = next;
    }
    return null;
  }

  return {
    eidsOf: (ids: string[]) => q.eids.all(JSON.stringify(ids)) as number[],
    neighbourhood,
    induced(eids: number[], cap: number): Traversal {
      const nodes = new Set(eids.slice(0, cap));
      const edges = new Set<number>();
      addInduced(nodes, edges, cap);
      return { nodes, edges, truncated: eids.length > cap };
    },
    slice,
    shortestPath,
    adjacency,
  };
}

type Prev = Map<number, { node: number; rid: number; claim: boolean } | null>;

export interface PathIds {
  nodes: number[];
  edges: number[];
  claimHops: boolean[];
}

function joinPath(meet: number, prevA: Prev, prevB: Prev): PathIds {
  const nodes: number[] = [];
  const edges: number[] = [];
  const claimHops: boolean[] = [];
  for (let cur: number | undefined = meet; cur !== undefined;) {
    nodes.unshift(cur);
    const p = prevA.get(cur);
    if (p) {
      edges.unshift(p.rid);
      claimHops.unshift(p.claim);
    }
    cur = p?.node;
  }
  for (let p = prevB.get(meet); p; p = prevB.get(p.node)) {
    nodes.push(p.node);
    edges.push(p.rid);
    claimHops.push(p.claim);
  }
  return { nodes, edges, claimHops };
}

export type GraphQueries = ReturnType<typeof createGraphQueries>;
