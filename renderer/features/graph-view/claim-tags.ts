// Where a claim edge's stance tag may go: along its own edge, at the style's place beside the
// claimant, nearer the claimant or further towards the relation's handle (classes that change
// `source-text-offset`), each on the line or just above or below it (`source-text-margin-y`;
// claims-style.ts). The declutter tries them in turn, so a tag in a crowded spot moves along its
// edge instead of disappearing or covering another label.
import type { EdgeSingular } from 'cytoscape';
import type { Rect } from './place-new.ts';

/** The style's place (graph units from the claimant's border), then the others in the order tried. */
export const TAG_OFFSET = 58;
export const TAG_ALONG = [
  { cls: 'tag-near', offset: 30 },
  { cls: 'tag-far', offset: 95 },
  { cls: 'tag-far-2', offset: 135 },
  { cls: 'tag-far-3', offset: 185 },
  { cls: 'tag-far-4', offset: 240 },
] as const;
/** Lifted above or dropped below the line (graph units). */
export const TAG_BESIDE = [
  { cls: 'tag-up', dy: -11 },
  { cls: 'tag-down', dy: 11 },
] as const;
/** Every class that moves a tag. */
export const TAG_CLASSES: readonly string[] = [...TAG_ALONG, ...TAG_BESIDE].map((t) => t.cls);

/** Room kept between a tag's centre and the handle its edge points at, in screen pixels. */
const BEFORE_HANDLE = 14;

export interface TagPlace {
  box: Rect;
  /** The classes that put the tag there (none: the style's place). */
  classes: string[];
}

/**
 * The tag's places on screen, the style's first, from its box as drawn now; places past the edge's
 * end (too short on screen) are left out. Claim edges are straight: a tag moves along them.
 */
export function tagPlaces(e: EdgeSingular, box: Rect): TagPlace[] {
  const s = e.renderedSourceEndpoint();
  const t = e.renderedTargetEndpoint();
  const len = Math.hypot(t.x - s.x, t.y - s.y);
  const z = e.cy().zoom();
  const [ux, uy] = len > 0 ? [(t.x - s.x) / len, (t.y - s.y) / len] : [0, 0];
  const along = [{ cls: '', offset: TAG_OFFSET }, ...TAG_ALONG];
  const beside = [{ cls: '', dy: 0 }, ...TAG_BESIDE];
  const nowAlong = Math.min((TAG_ALONG.find((a) => e.hasClass(a.cls))?.offset ?? TAG_OFFSET) * z, len);
  const nowDy = (TAG_BESIDE.find((b) => e.hasClass(b.cls))?.dy ?? 0) * z;
  return along.flatMap((a) => {
    const d = a.offset * z;
    if (d > len - BEFORE_HANDLE) return [];
    return beside.map((b) => {
      const [dx, dy] = [ux * (d - nowAlong), uy * (d - nowAlong) + b.dy * z - nowDy];
      return {
        box: { x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy },
        classes: [a.cls, b.cls].filter(Boolean),
      };
    });
  });
}
