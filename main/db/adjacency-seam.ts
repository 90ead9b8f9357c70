// Where a faster reader of a node's relations can be plugged into graph queries for one
// connection. The app plugs nothing in (every latency goal is met from SQL); the bench plugs in its
// in-memory adjacency (bench/adjacency-cache.ts) to measure what such a cache would buy.
import type { Db } from './open.ts';

export interface AdjacentRelation {
  rid: number;
  other: number;
  status: string;
  predicate: string;
}

export interface AdjacencySource {
  /** The relations of `eid` in the SQL adjacency query's order, or null to let SQL answer. */
  adjacent(eid: number): Iterable<AdjacentRelation> | null;
  /** Relations whose both ends are in `nodes`, in the SQL query's order, or null to let SQL answer. */
  induced(nodes: Set<number>): number[] | null;
}

const plugged = new WeakMap<Db, AdjacencySource>();

export function plugAdjacency(db: Db, source: AdjacencySource | null): void {
  if (source) plugged.set(db, source);
  else plugged.delete(db);
}

export function adjacencyOf(db: Db): AdjacencySource | undefined {
  return plugged.get(db);
}
