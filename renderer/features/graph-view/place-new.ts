// Incremental placement (pure geometry, no Cytoscape): new nodes go on rings around the entity
// they came from, each at the first spot where it (with its label) overlaps nothing already drawn.
// Nodes already drawn never move.
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface NewItem {
  id: string;
  /** The drawn entity it grew from. */
  origin: Point;
  /** Its box (node and label) relative to its position. */
  box: Rect;
}

export interface PlaceOptions {
  /** Empty space kept around every box, in graph units. */
  gap: number;
  /** Where the rest of the drawing is: new nodes prefer the side facing away from it. */
  centre: Point;
  /** Rings tried before giving up and taking the last spot looked at. */
  maxRings?: number;
}

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

const at = (box: Rect, p: Point): Rect => ({ x1: p.x + box.x1, y1: p.y + box.y1, x2: p.x + box.x2, y2: p.y + box.y2 });

/** Angles to try on one ring, nearest the preferred direction first (alternating sides). */
function ringAngles(prefer: number, count: number): number[] {
  const step = (2 * Math.PI) / count;
  const out = [prefer];
  for (let i = 1; out.length < count; i++) {
    out.push(prefer + i * step);
    if (out.length < count) out.push(prefer - i * step);
  }
  return out;
}

/**
 * Places each new item around its origin, in order, avoiding the obstacles and the items placed
 * before it. Returns a position for every item.
 */
export function placeAround(
  items: readonly NewItem[],
  obstacles: readonly Rect[],
  o: PlaceOptions,
): Map<string, Point> {
  const taken: Rect[] = [...obstacles];
  const out = new Map<string, Point>();
  const maxRings = o.maxRings ?? 40;
  for (const item of items) {
    const w = item.box.x2 - item.box.x1;
    const h = item.box.y2 - item.box.y1;
    const step = Math.max(24, Math.min(w, h) * 0.9);
    const dx = item.origin.x - o.centre.x;
    const dy = item.origin.y - o.centre.y;
    const prefer = dx || dy ? Math.atan2(dy, dx) : -Math.PI / 2;
    let chosen: Point | null = null;
    let last: Point = item.origin;
    for (let ring = 1; ring <= maxRings && !chosen; ring++) {
      const r = Math.max(w, h) * 0.6 + o.gap + ring * step;
      const count = Math.max(8, Math.floor((2 * Math.PI * r) / step));
      for (const a of ringAngles(prefer, count)) {
        const p = { x: item.origin.x + r * Math.cos(a), y: item.origin.y + r * Math.sin(a) };
        last = p;
        const rect = at(item.box, p);
        if (!taken.some((t) => overlaps(rect, t, o.gap))) {
          chosen = p;
          break;
        }
      }
    }
    const p = chosen ?? last;
    out.set(item.id, p);
    taken.push(at(item.box, p));
  }
  return out;
}

/** The box covering every rectangle, or null for none. */
export function unionRect(rects: readonly Rect[]): Rect | null {
  if (!rects.length) return null;
  return rects.reduce((u, r) => ({
    x1: Math.min(u.x1, r.x1),
    y1: Math.min(u.y1, r.y1),
    x2: Math.max(u.x2, r.x2),
    y2: Math.max(u.y2, r.y2),
  }));
}
