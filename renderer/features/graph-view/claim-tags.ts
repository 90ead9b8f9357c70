// Where a claim edge's stance tag may go: along its own edge, at the style's place beside the
// claimant, nearer the claimant, or further towards the relation's handle (classes that change
// `source-text-offset`, claims-style.ts). The declutter tries them in turn, so a tag in a crowded
// spot moves along its edge instead of disappearing or covering another label.
import type { EdgeSingular } from 'cytoscape';
import type { Rect } from './place-new.ts';

/** The style's place (graph units from the claimant's border), then the others in the order tried. */
export const TAG_OFFSET = 58;
export const TAG_PLACES = [
  { cls: 'tag-near', offset: 30 },
  { cls: 'tag-far', offset: 95 },
  { cls: 'tag-far-2', offset: 135 },
  { cls: 'tag-far-3', offset: 185 },
  { cls: 'tag-far-4', offset: 240 },
] as const;

const offsetOf = (e: EdgeSingular) => TAG_PLACES.find((p) => e.hasClass(p.cls))?.offset ?? TAG_OFFSET;

/** Room kept between a tag's centre and the handle its edge points at, in screen pixels. */
const BEFORE_HANDLE = 14;

/**
 * The tag's box at the style's place and at each of TAG_PLACES, from its box as drawn now (null
 * where the edge is too short on screen for it). Claim edges are straight: a tag moves along them.
 */
export function tagPlaces(e: EdgeSingular, box: Rect): [Rect | null, (Rect | null)[]] {
  const s = e.renderedSourceEndpoint();
  const t = e.renderedTargetEndpoint();
  const len = Math.hypot(t.x - s.x, t.y - s.y);
  const z = e.cy().zoom();
  const [ux, uy] = len > 0 ? [(t.x - s.x) / len, (t.y - s.y) / len] : [0, 0];
  const now = Math.min(offsetOf(e) * z, len);
  const at = (offset: number): Rect | null => {
    const d = offset * z;
    if (d > len - BEFORE_HANDLE) return null;
    const [dx, dy] = [ux * (d - now), uy * (d - now)];
    return { x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy };
  };
  return [at(TAG_OFFSET), TAG_PLACES.map((p) => at(p.offset))];
}
