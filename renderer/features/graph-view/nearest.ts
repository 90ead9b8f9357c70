// Arrow-key navigation (pure): the nearest point in a direction, within a 60° half-angle cone,
// weighing distance and how far off-axis it lies. Neighbours are preferred to strangers.
export const DIRECTIONS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as const;
export type Direction = keyof typeof DIRECTIONS;

export interface Candidate {
  id: string;
  x: number;
  y: number;
  /** Connected to the starting entity. */
  neighbour: boolean;
}

const COS_CONE = Math.cos((60 * Math.PI) / 180);

function score(from: { x: number; y: number }, c: Candidate, dir: Direction): number | null {
  const [ux, uy] = DIRECTIONS[dir];
  const dx = c.x - from.x;
  const dy = c.y - from.y;
  const dist = Math.hypot(dx, dy);
  if (dist < 1e-6) return null;
  const cos = (dx * ux + dy * uy) / dist;
  if (cos < COS_CONE) return null;
  // Off-axis candidates count as further away: at the cone's edge, twice as far.
  return dist * (1 + (1 - cos) * 2);
}

/** The id to move to, or null when nothing lies that way. */
export function nearestInDirection(
  from: { x: number; y: number },
  candidates: readonly Candidate[],
  dir: Direction,
): string | null {
  let best: { id: string; s: number } | null = null;
  for (const neighboursOnly of [true, false]) {
    for (const c of candidates) {
      if (neighboursOnly && !c.neighbour) continue;
      const s = score(from, c, dir);
      if (s !== null && (!best || s < best.s)) best = { id: c.id, s };
    }
    if (best) return best.id;
  }
  return null;
}

export function isDirection(key: string): key is Direction {
  return key in DIRECTIONS;
}
