// In-memory adjacency of the relation table (CSR: Int32Array offsets/targets), measured by the bench
// (plugged into graph queries through main/db/adjacency-seam.ts); the app does not use it. Built in slices so it never blocks the caller's event loop for
// long, and dropped as soon as the data changes (this connection's total_changes, others' data_version).
import { STATUSES, type RelationStatus } from '../graph-data/model/types.ts';
import type { Db } from '../main/db/open.ts';
import { plugAdjacency } from '../main/db/adjacency-seam.ts';

export interface Csr {
  /** Largest eid + 1: arrays are indexed by eid directly. */
  size: number;
  /** Entries of eid e are offsets[e] .. offsets[e + 1] - 1: out-relations by (object, rid), then in-relations by (subject, rid). */
  offsets: Int32Array;
  /** End of eid e's out-relations (offsets[e] <= outEnd[e] <= offsets[e + 1]). */
  outEnd: Int32Array;
  targets: Int32Array;
  rids: Int32Array;
  status: Uint8Array;
  predicate: Uint16Array;
  predicateNames: string[];
}

export interface AdjEntry {
  rid: number;
  other: number;
  status: string;
  predicate: string;
}

const SLICE_ROWS = 50_000;
const STATUS_SQL = `CASE status ${STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE 255 END`;

export function statusCode(s: RelationStatus): number {
  return STATUSES.indexOf(s);
}

/** The relations of `eid` in the same order as the SQL adjacency query, as the query's row objects. */
export function* adjacentEntries(csr: Csr, eid: number): Generator<AdjEntry> {
  if (eid < 0 || eid >= csr.size) return;
  for (let i = csr.offsets[eid] as number, end = csr.offsets[eid + 1] as number; i < end; i++) {
    yield {
      rid: csr.rids[i] as number,
      other: csr.targets[i] as number,
      status: STATUSES[csr.status[i] as number] ?? 'unverified',
      predicate: csr.predicateNames[csr.predicate[i] as number] ?? '',
    };
  }
}

interface Rows {
  n: number;
  rid: Int32Array;
  src: Int32Array;
  dst: Int32Array;
  st: Uint8Array;
  pr: Uint16Array;
}

function readSlices(db: Db): { slice: () => boolean; rows: Rows; names: string[] } {
  const total = Number(db.prepare('SELECT count(*) FROM relations').pluck().get());
  const names = db.prepare('SELECT id FROM predicates ORDER BY rowid').pluck().all() as string[];
  const code = new Map(names.map((p, i) => [p, i]));
  const stmt = db
    .prepare(`SELECT rid, subject, object, ${STATUS_SQL}, predicate FROM relations WHERE rid > ? ORDER BY rid LIMIT ?`)
    .raw();
  const rows: Rows = {
    n: 0,
    rid: new Int32Array(total),
    src: new Int32Array(total),
    dst: new Int32Array(total),
    st: new Uint8Array(total),
    pr: new Uint16Array(total),
  };
  let after = -1;
  const slice = (): boolean => {
    const got = stmt.all(after, SLICE_ROWS) as [number, number, number, number, string][];
    for (const [rid, s, o, st, p] of got) {
      if (rows.n === rows.rid.length) return true; // grew while reading: the freshness key catches it
      const i = rows.n++;
      rows.rid[i] = rid;
      rows.src[i] = s;
      rows.dst[i] = o;
      rows.st[i] = st;
      let c = code.get(p);
      if (c === undefined) code.set(p, (c = names.push(p) - 1));
      rows.pr[i] = c;
    }
    after = got.length ? (got[got.length - 1]?.[0] as number) : after;
    return got.length < SLICE_ROWS;
  };
  return { slice, rows, names };
}

/** Stable counting sort of indexes `order` by key[order[i]] (keys in [0, size)). */
function sortBy(order: Int32Array, key: Int32Array, size: number): Int32Array {
  const count = new Int32Array(size + 1);
  for (let i = 0; i < order.length; i++) count[(key[order[i] as number] as number) + 1]!++;
  for (let k = 0; k < size; k++) count[k + 1]! += count[k] as number;
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) out[count[key[order[i] as number] as number]!++] = order[i] as number;
  return out;
}

function assemble(r: Rows, names: string[]): Csr {
  let size = 1;
  for (let i = 0; i < r.n; i++) size = Math.max(size, (r.src[i] as number) + 1, (r.dst[i] as number) + 1);
  const base = Int32Array.from({ length: r.n }, (_, i) => i);
  const outs = sortBy(sortBy(base, r.dst, size), r.src, size);
  const ins = sortBy(sortBy(base, r.src, size), r.dst, size).filter((i) => r.src[i] !== r.dst[i]);
  const offsets = new Int32Array(size + 1);
  for (const i of outs) offsets[(r.src[i] as number) + 1]!++;
  for (const i of ins) offsets[(r.dst[i] as number) + 1]!++;
  for (let e = 0; e < size; e++) offsets[e + 1]! += offsets[e] as number;
  const m = outs.length + ins.length;
  const csr: Csr = {
    size,
    offsets,
    outEnd: new Int32Array(0),
    targets: new Int32Array(m),
    rids: new Int32Array(m),
    status: new Uint8Array(m),
    predicate: new Uint16Array(m),
    predicateNames: names,
  };
  const fill = offsets.slice(0, size);
  const put = (owner: number, other: number, i: number) => {
    const at = fill[owner]!++;
    csr.targets[at] = other;
    csr.rids[at] = r.rid[i] as number;
    csr.status[at] = r.st[i] as number;
    csr.predicate[at] = r.pr[i] as number;
  };
  for (const i of outs) put(r.src[i] as number, r.dst[i] as number, i);
  csr.outEnd = fill.slice();
  for (const i of ins) put(r.dst[i] as number, r.src[i] as number, i);
  return csr;
}

/** Builds the adjacency in one go (tests, benchmarks, small stores). */
export function buildAdjacency(db: Db): Csr {
  const { slice, rows, names } = readSlices(db);
  while (!slice());
  return assemble(rows, names);
}

/** Builds it a slice at a time, yielding to the event loop between slices. */
export async function buildAdjacencyInSlices(
  db: Db,
  pause: () => Promise<void> = () => new Promise((r) => setImmediate(r)),
): Promise<Csr> {
  const { slice, rows, names } = readSlices(db);
  while (!slice()) await pause();
  await pause();
  return assemble(rows, names);
}

interface CacheState {
  csr: Csr | null;
  key: string;
  building: boolean;
  detached: boolean;
  version: () => string;
  onReady: Array<() => void>;
}

const caches = new WeakMap<Db, CacheState>();

/**
 * Keeps an adjacency for `db`: graph queries use it while it matches the data and fall back to
 * SQL otherwise; after a change it is rebuilt in the background, on the next traversal.
 */
export function attachAdjacencyCache(db: Db): { ready: () => Promise<void>; detach: () => void } {
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const changes = db.prepare('SELECT total_changes()').pluck();
  const state: CacheState = {
    csr: null,
    key: '',
    building: false,
    detached: false,
    onReady: [],
    version: () => `${String(dataVersion.get())}:${String(changes.get())}`,
  };
  caches.set(db, state);
  plugAdjacency(db, {
    adjacent: (eid) => {
      const csr = currentAdjacency(db);
      return csr ? adjacentEntries(csr, eid) : null;
    },
    induced: (nodes) => {
      const csr = currentAdjacency(db);
      return csr ? inducedRids(csr, nodes) : null;
    },
  });
  rebuild(db, state);
  return {
    ready: () => (state.csr ? Promise.resolve() : new Promise((r) => state.onReady.push(r))),
    detach: () => {
      state.detached = true;
      caches.delete(db);
      plugAdjacency(db, null);
    },
  };
}

function rebuild(db: Db, state: CacheState): void {
  if (state.building || state.detached) return;
  state.building = true;
  const key = state.version();
  buildAdjacencyInSlices(db).then(
    (csr) => {
      state.building = false;
      if (state.detached) return;
      if (state.version() !== key) return rebuild(db, state);
      state.csr = csr;
      state.key = key;
      for (const r of state.onReady.splice(0)) r();
    },
    () => {
      state.building = false; // closed or changed under us: the next traversal tries again
    },
  );
}

/** The adjacency if one is attached and still matches the data; otherwise null (and a rebuild starts). */
export function currentAdjacency(db: Db): Csr | null {
  const state = caches.get(db);
  if (!state) return null;
  if (state.csr && state.key === state.version()) return state.csr;
  state.csr = null;
  rebuild(db, state);
  return null;
}

/** Relations whose both ends are in `nodes`, from each subject's out-relations: the SQL query's rows, in its order. */
export function inducedRids(csr: Csr, nodes: Set<number>): number[] {
  const out: number[] = [];
  for (const e of nodes) {
    if (e < 0 || e >= csr.size) continue;
    for (let i = csr.offsets[e] as number, end = csr.outEnd[e] as number; i < end; i++) {
      if (nodes.has(csr.targets[i] as number)) out.push(csr.rids[i] as number);
    }
  }
  return out;
}
