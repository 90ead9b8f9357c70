// Packs disconnected parts of the graph (pairs, isolated entities) in rows under the largest
// part, instead of wherever the force layout left them: keeps the drawing compact, so it fits
// the canvas at a readable zoom. fCoSE only packs with an extra extension we do not ship.
import type { Position } from 'cytoscape';

/** Room around a component for its labels, and between components. */
const PAD_X = 70;
const PAD_Y = 40;
const GAP = 50;

interface Box {
  ids: string[];
  x1: number;
  y1: number;
  w: number;
  h: number;
}

function boxOf(ids: string[], pos: Map<string, Position>): Box {
  const ps = ids.map((id) => pos.get(id)).filter((p): p is Position => !!p);
  const xs = ps.map((p) => p.x);
  const ys = ps.map((p) => p.y);
  const x1 = Math.min(...xs) - PAD_X;
  const y1 = Math.min(...ys) - PAD_Y;
  return { ids, x1, y1, w: Math.max(...xs) + PAD_X - x1, h: Math.max(...ys) + PAD_Y - y1 };
}

export function packComponents(
  pos: Map<string, Position>,
  components: string[][],
  aspect: number,
): Map<string, Position> {
  if (components.length < 2) return pos;
  const boxes = components.map((ids) => boxOf(ids, pos)).sort((a, b) => b.w * b.h - a.w * a.h);
  const area = boxes.reduce((s, b) => s + (b.w + GAP) * (b.h + GAP), 0);
  const width = Math.max(boxes[0]?.w ?? 0, Math.sqrt(area * Math.max(aspect, 0.2)));
  const out = new Map(pos);
  let x = 0;
  let y = 0;
  let shelf = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > width) {
      y += shelf + GAP;
      x = 0;
      shelf = 0;
    }
    for (const id of b.ids) {
      const p = pos.get(id);
      if (p) out.set(id, { x: p.x - b.x1 + x, y: p.y - b.y1 + y });
    }
    x += b.w + GAP;
    shelf = Math.max(shelf, b.h);
  }
  return out;
}
