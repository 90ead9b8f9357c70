// The in-memory floor: the same capped neighbourhood and bidirectional shortest path as
// main/db/graph-queries.ts, run directly on CSR typed arrays with stamped visit marks (no SQL, no objects).
import type { Csr } from '../adjacency-cache.ts';

export interface Floor {
  neighbourhood(
    seeds: number[],
    depth: number,
    cap: number,
    statusMask?: number,
  ): { nodes: number; edges: number; truncated: boolean };
  shortestPath(from: number, to: number, statusMask?: number, maxDepth?: number): number;
}

export function createFloor(csr: Csr): Floor {
  let maxRid = 0;
  for (const r of csr.rids) if (r > maxRid) maxRid = r;
  const nodeMark = new Int32Array(csr.size);
  const edgeMark = new Int32Array(maxRid + 1);
  const markA = new Int32Array(csr.size);
  const markB = new Int32Array(csr.size);
  const distA = new Int32Array(csr.size);
  const distB = new Int32Array(csr.size);
  let stamp = 0;
  const ok = (i: number, mask: number) => (mask >> (csr.status[i] as number)) & 1;

  function neighbourhood(seeds: number[], depth: number, cap: number, mask = 0xff) {
    stamp++;
    let nodes = 0;
    let edges = 0;
    const chosen: number[] = [];
    for (const s of seeds.slice(0, cap)) {
      if (nodeMark[s] === stamp) continue;
      nodeMark[s] = stamp;
      nodes++;
      chosen.push(s);
    }
    let truncated = seeds.length > cap;
    let frontier = chosen.slice();
    for (let level = 0; level < depth && frontier.length && !truncated; level++) {
      const next: number[] = [];
      for (const e of frontier) {
        for (let i = csr.offsets[e] as number, end = csr.offsets[e + 1] as number; i < end; i++) {
          const rid = csr.rids[i] as number;
          if (edgeMark[rid] === stamp || !ok(i, mask)) continue;
          const other = csr.targets[i] as number;
          const isNew = nodeMark[other] !== stamp;
          if (nodes + edges + (isNew ? 2 : 1) > cap) {
            truncated = true;
            break;
          }
          edgeMark[rid] = stamp;
          edges++;
          if (!isNew) continue;
          nodeMark[other] = stamp;
          nodes++;
          next.push(other);
          chosen.push(other);
        }
        if (truncated) break;
      }
      frontier = next;
    }
    if (nodes <= 5000) edges += induced(chosen, cap - nodes - edges, mask);
    return { nodes, edges, truncated };
  }

  /** Relations among the chosen nodes not taken yet, up to `room`: each subject's out-relations, as the SQL does. */
  function induced(chosen: number[], room: number, mask: number): number {
    let added = 0;
    for (const e of chosen) {
      for (let i = csr.offsets[e] as number, end = csr.outEnd[e] as number; i < end && added < room; i++) {
        const rid = csr.rids[i] as number;
        if (edgeMark[rid] === stamp || nodeMark[csr.targets[i] as number] !== stamp || !ok(i, mask)) continue;
        edgeMark[rid] = stamp;
        added++;
      }
    }
    return added;
  }

  function shortestPath(from: number, to: number, mask = 0xff, maxDepth = 8): number {
    if (from === to) return 0;
    stamp++;
    distA[from] = 0;
    distB[to] = 0;
    markA[from] = stamp;
    markB[to] = stamp;
    let fa = [from];
    let fb = [to];
    for (let d = 0; d < maxDepth && fa.length && fb.length; d++) {
      const forward = fa.length <= fb.length;
      const [frontier, mine, theirs, dist, other] = forward
        ? [fa, markA, markB, distA, distB]
        : [fb, markB, markA, distB, distA];
      const next: number[] = [];
      for (const e of frontier) {
        for (let i = csr.offsets[e] as number, end = csr.offsets[e + 1] as number; i < end; i++) {
          const t = csr.targets[i] as number;
          if (mine[t] === stamp || !ok(i, mask)) continue;
          mine[t] = stamp;
          dist[t] = (dist[e] as number) + 1;
          if (theirs[t] === stamp) return (dist[t] as number) + (other[t] as number);
          next.push(t);
        }
      }
      if (forward) fa = next;
      else fb = next;
    }
    return -1;
  }

  return { neighbourhood, shortestPath };
}
