// How cluttered a drawing looks once fitted to the canvas: edge crossings plus node pairs that
// end up closer on screen than a label's width. Picks the tidiest of a few seeded fCoSE runs.
import type { Position } from 'cytoscape';

/** Screen pixels under which two nodes' labels start to collide. */
const CLOSE = 70;
const MAX_FIT_ZOOM = 1.3;

export function clutter(pos: Map<string, Position>, edges: [string, string][], view: { w: number; h: number }): number {
  const pts = [...pos.values()];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs) + 160;
  const h = Math.max(...ys) - Math.min(...ys) + 80;
  const zoom = Math.min(MAX_FIT_ZOOM, view.w / w, view.h / h);
  let close = 0;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      const a = pts[i] as Position;
      const b = pts[j] as Position;
      // Labels sit below nodes and are wider than tall: vertical closeness counts more.
      const d = zoom * Math.hypot(a.x - b.x, (a.y - b.y) * 1.6);
      if (d < CLOSE) close += (CLOSE - d) / CLOSE;
    }
  }
  return crossings(pos, edges) + 4 * close;
}

function crossings(pos: Map<string, Position>, edges: [string, string][]): number {
  const segs = edges.map(([s, t]) => [pos.get(s), pos.get(t), s, t] as const).filter((x) => x[0] && x[1] && x[2] !== x[3]);
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const [a, b, as, at] = segs[i]!;
      const [c, d, cs, ct] = segs[j]!;
      if (as === cs || as === ct || at === cs || at === ct) continue;
      if (intersects(a!, b!, c!, d!)) n++;
    }
  }
  return n;
}

function intersects(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
}
