// Query phase, run in a fresh child process: opens the database as the app does, answers a first
// search (open_ms), then times search, entity detail, neighbourhoods and paths through the app's
// services and the in-memory CSR floor. Prints one JSON line for the parent.
import { attachAdjacencyCache, buildAdjacency, statusCode } from '../adjacency-cache.ts';
import { createGraphQueries } from '../../main/db/graph-queries.ts';
import { openDatabase } from '../../main/db/open.ts';
import { createSearchRepo } from '../../main/db/search-repo.ts';
import { createGraphService } from '../../main/services/graph-service.ts';
import { memory } from '../machine.ts';
import { round, summarize, timeEach, type Summary } from '../stats.ts';
import { createFloor } from './floor.ts';
import { drawSamples } from './samples.ts';

const CAP = 500;
const CONFIRMED = { statuses: ['confirmed' as const, 'asserted' as const] };

export interface QueryOptions {
  dbFile: string;
  seed: number;
  adjacency: boolean;
  budgetMs: number;
  mmap: number | null;
}

export async function runQueryPhase(o: QueryOptions): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const db = openDatabase(o.dbFile);
  if (o.mmap !== null) db.pragma(`mmap_size = ${Math.trunc(o.mmap)}`);
  const svc = createGraphService(db);
  svc.search('ka');
  const open_ms = round(performance.now() - t0);
  const open_process_ms = round(performance.now());
  const memory_after_open = memory();
  const tc = performance.now();
  svc.counts();
  const counts_ms = round(performance.now() - tc);
  const out: Record<string, unknown> = { open_ms, open_process_ms, counts_ms, memory_after_open, mmap: o.mmap };
  if (o.adjacency) {
    const ta = performance.now();
    await attachAdjacencyCache(db).ready();
    out['adjacency_build_ms'] = round(performance.now() - ta);
    out['memory_after_adjacency'] = memory();
  }
  const s = drawSamples(db, o.seed);
  const gq = createGraphQueries(db);
  const search = createSearchRepo(db);
  const t = <T>(xs: T[], f: (x: T) => unknown) => summarize(timeEach(xs, f, { budgetMs: o.budgetMs }));
  const m: Record<string, Summary> = {
    search: t(s.searches, (q) => svc.search(q)),
    search_entities: t(s.searches, (q) => search.entities(q, 20)),
    entity_detail: t(s.random, (e) => svc.entity(e.id)),
    entity_detail_hub: t(s.hubs, (e) => svc.entity(e.id)),
    nb1: t(s.random, (e) => svc.neighbourhood([e.id], 1)),
    nb1_hub: t(s.hubs, (e) => svc.neighbourhood([e.id], 1)),
    nb2: t(s.random, (e) => svc.neighbourhood([e.id], 2)),
    nb2_hub: t(s.hubs, (e) => svc.neighbourhood([e.id], 2)),
    nb1_traversal: t(s.random, (e) => gq.neighbourhood([e.eid], 1, {}, CAP)),
    nb1_hub_traversal: t(s.hubs, (e) => gq.neighbourhood([e.eid], 1, {}, CAP)),
    nb2_traversal: t(s.random, (e) => gq.neighbourhood([e.eid], 2, {}, CAP)),
    nb2_hub_traversal: t(s.hubs, (e) => gq.neighbourhood([e.eid], 2, {}, CAP)),
    path: t(s.pairs, ([a, b]) => svc.path(a.id, b.id)),
    path_confirmed: t(s.pairs, ([a, b]) => svc.path(a.id, b.id, CONFIRMED)),
    path_traversal: t(s.pairs, ([a, b]) => gq.shortestPath(a.eid, b.eid, {})),
    path_confirmed_traversal: t(s.pairs, ([a, b]) => gq.shortestPath(a.eid, b.eid, CONFIRMED)),
  };
  out['memory'] = memory();
  const found = s.pairs
    .slice(0, 100)
    .map(([a, b]) => [gq.shortestPath(a.eid, b.eid, {}), gq.shortestPath(a.eid, b.eid, CONFIRMED)]);
  out['path_found_share'] = round(found.filter(([p]) => p).length / found.length);
  out['path_confirmed_found_share'] = round(found.filter(([, p]) => p).length / found.length);
  out['measures'] = m;
  out['floor'] = runFloor(db, s, o.budgetMs);
  db.close();
  return out;
}

function runFloor(
  db: ReturnType<typeof openDatabase>,
  s: ReturnType<typeof drawSamples>,
  budgetMs: number,
): Record<string, unknown> {
  const tb = performance.now();
  const csr = buildAdjacency(db);
  const build_ms = round(performance.now() - tb);
  const f = createFloor(csr);
  const confirmed = (1 << statusCode('confirmed')) | (1 << statusCode('asserted'));
  const t = <T>(xs: T[], g: (x: T) => unknown) => summarize(timeEach(xs, g, { budgetMs, warmup: 20 }));
  return {
    build_ms,
    bytes:
      csr.offsets.byteLength +
      csr.outEnd.byteLength +
      csr.targets.byteLength +
      csr.rids.byteLength +
      csr.status.byteLength +
      csr.predicate.byteLength,
    nb1: t(s.random, (e) => f.neighbourhood([e.eid], 1, CAP)),
    nb1_hub: t(s.hubs, (e) => f.neighbourhood([e.eid], 1, CAP)),
    nb2: t(s.random, (e) => f.neighbourhood([e.eid], 2, CAP)),
    nb2_hub: t(s.hubs, (e) => f.neighbourhood([e.eid], 2, CAP)),
    path: t(s.pairs, ([a, b]) => f.shortestPath(a.eid, b.eid)),
    path_confirmed: t(s.pairs, ([a, b]) => f.shortestPath(a.eid, b.eid, confirmed)),
  };
}
