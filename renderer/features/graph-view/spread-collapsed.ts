// fCoSE's spectral draft puts symmetric nodes (the leaves of a star) on exactly the same spot.
// Nodes sharing a spot are fanned out on a small spiral so each stays visible and clickable.
import type { Position } from 'cytoscape';

const CELL = 6;

export function spreadCollapsed(pos: Map<string, Position>): Map<string, Position> {
  const buckets = new Map<string, string[]>();
  for (const [id, p] of pos) {
    const key = `${Math.round(p.x / CELL)}:${Math.round(p.y / CELL)}`;
    buckets.set(key, [...(buckets.get(key) ?? []), id]);
  }
  if (buckets.size === pos.size) return pos;
  const out = new Map(pos);
  for (const ids of buckets.values()) {
    if (ids.length < 2) continue;
    const c = pos.get(ids[0] as string) as Position;
    ids.forEach((id, i) => {
      const angle = i * 2.399963;
      const r = 40 * Math.sqrt(i);
      out.set(id, { x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle) });
    });
  }
  return out;
}
