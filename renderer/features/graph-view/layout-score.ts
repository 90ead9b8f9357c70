// How cluttered a drawing looks once fitted to the canvas: edge crossings plus the area where
// labels (and nodes) would overlap on screen. Picks the tidiest of a few seeded fCoSE runs.
import type { Position } from 'cytoscape';

/** Fitting a handful of nodes must not blow them up: the most a layout's fit may zoom. */
export const MAX_FIT_ZOOM = 1.3;
/** Approximate label metrics at the graph's 12 px font, in graph units. */
const CHAR_W = 6.6;
const LINE_H = 15;
const LABEL_MAX_W = 150;

export interface NodeBox {
  /** Label length in characters. */
  chars: number;
  size: number;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The node and its label below it, as one rectangle in graph units. */
function rectOf(p: Position, b: NodeBox): Rect {
  const textW = Math.min(LABEL_MAX_W, b.chars * CHAR_W);
  const lines = Math.ceil((b.chars * CHAR_W) / LABEL_MAX_W) || 1;
  const w = Math.max(textW, b.size) / 2;
  return { x1: p.x - w, x2: p.x + w, y1: p.y - b.size / 2, y2: p.y + b.size / 2 + 4 + lines * LINE_H };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

export function clutter(
  pos: Map<string, Position>,
  edges: [string, string][],
  boxes: Map<string, NodeBox>,
  view: { w: number; h: number },
): number {
  const rects = [...pos].map(([id, p]) => rectOf(p, boxes.get(id) ?? { chars: 10, size: 30 }));
  const x1 = Math.min(...rects.map((r) => r.x1));
  const y1 = Math.min(...rects.map((r) => r.y1));
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    view.w / (Math.max(...rects.map((r) => r.x2)) - x1),
    view.h / (Math.max(...rects.map((r) => r.y2)) - y1),
  );
  let covered = 0;
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) covered += overlap(rects[i] as Rect, rects[j] as Rect);
  }
  // Overlap counts in screen pixels: a layout that only avoids collisions by being huge (and so
  // tiny once fitted) gains nothing. One crossing weighs like a 20 x 20 px collision.
  return crossings(pos, edges) + (covered * zoom * zoom) / 400;
}

function crossings(pos: Map<string, Position>, edges: [string, string][]): number {
  const segs = edges
    .map(([s, t]) => [pos.get(s), pos.get(t), s, t] as const)
    .filter((x) => x[0] && x[1] && x[2] !== x[3]);
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
