// Where labels are on screen, and where else they may go: a node's label below, above, right or
// left of its node; a relation's label on its middle; a claim's stance tag along its own edge
// (claim-tags.ts). The declutter (labels.ts) picks among these places.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { tagPlaces } from './claim-tags.ts';
import type { LabelItem } from './label-choice.ts';
import type { Rect } from './place-new.ts';

const NODE_ONLY = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;
const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

interface Parsed {
  value: unknown;
  pfValue: number;
  strValue: string;
}
/** Cytoscape's parsed style (typed loosely by @types/cytoscape). */
export const pstyle = (el: NodeSingular | EdgeSingular, name: string): Parsed =>
  (el as unknown as { pstyle(n: string): Parsed }).pstyle(name);

export const nodeRect = (n: NodeSingular): Rect => n.renderedBoundingBox(NODE_ONLY);
export const labelRect = (el: NodeSingular | EdgeSingular): Rect => el.renderedBoundingBox(LABEL_ONLY);

/** Its label's text: claim edges carry theirs at the claimant's end (claims-style.ts). */
export const labelText = (el: NodeSingular | EdgeSingular): string =>
  pstyle(el, 'label').strValue || (el.isEdge() ? pstyle(el, 'source-label').strValue : '');

/** Edge labels Cytoscape would draw at this zoom (they hide below a minimum size by style). */
function edgeLabelBigEnough(e: EdgeSingular, zoom: number): boolean {
  const size = Number(pstyle(e, 'font-size').pfValue) * zoom;
  const min = Number(pstyle(e, 'min-zoomed-font-size').pfValue);
  return !!labelText(e) && size >= min;
}

/** An edge label fits when it is shorter than the visible stretch of its edge. */
function edgeLabelFits(e: EdgeSingular, box: Rect): boolean {
  const s = e.source().renderedPosition();
  const t = e.target().renderedPosition();
  const room = Math.hypot(t.x - s.x, t.y - s.y) - (e.source().renderedWidth() + e.target().renderedWidth()) / 2;
  return Math.hypot(box.x2 - box.x1, box.y2 - box.y1) * 0.8 < room;
}

/**
 * A node's label below its node, then above, right and left of it, then at its four corners
 * (above right, above left, below right, below left), from the label as drawn now (`side`: the
 * index in LABEL_SIDES, or -1 below): its size, and its gap from the node on that side.
 */
export function allSides(label: Rect, node: Rect, side: number): [Rect, Rect[]] {
  const w = label.x2 - label.x1;
  const h = label.y2 - label.y1;
  const gaps = [node.y1 - label.y2, label.x1 - node.x2, node.x1 - label.x2];
  const gap =
    side < 0 ? label.y1 - node.y2 : side < 3 ? (gaps[side] ?? 0) : Math.max(label.x1 - node.x2, node.x1 - label.x2) * 2;
  // Corners sit closer (graph-style.ts: half the margin): the node's box is empty there.
  const c = gap / 2;
  const cx = (node.x1 + node.x2) / 2;
  const cy = (node.y1 + node.y2) / 2;
  const below = { x1: cx - w / 2, x2: cx + w / 2, y1: node.y2 + gap, y2: node.y2 + gap + h };
  const above = { x1: cx - w / 2, x2: cx + w / 2, y1: node.y1 - gap - h, y2: node.y1 - gap };
  const right = { x1: node.x2 + gap, x2: node.x2 + gap + w, y1: cy - h / 2, y2: cy + h / 2 };
  const left = { x1: node.x1 - gap - w, x2: node.x1 - gap, y1: cy - h / 2, y2: cy + h / 2 };
  const [rx, lx] = [node.x2 + c, node.x1 - c - w];
  const [ay, by] = [node.y1 - c - h, node.y2 + c];
  const corner = (x: number, y: number) => ({ x1: x, x2: x + w, y1: y, y2: y + h });
  return [below, [above, right, left, corner(rx, ay), corner(lx, ay), corner(rx, by), corner(lx, by)]];
}

/**
 * The edge label to try for `e`, or null: relations' labels where they are, when they fit their
 * edge; claims' stance tags at each place along their edge with room for them. `placesOf` gets,
 * for a tag, the classes of the place its box and each of its alts stand for (claim-tags.ts).
 */
export function edgeLabelItem(e: EdgeSingular, zoom: number, placesOf: Map<string, string[][]>): LabelItem | null {
  const forced = e.selected() || e.hasClass('hover-edge') || e.hasClass('on-path');
  if (!forced && !edgeLabelBigEnough(e, zoom)) return null;
  const box = labelRect(e);
  const priority = Number(e.data('labelPriority') ?? e.data('sourceCount') ?? 0);
  if (!e.hasClass('claim-edge')) return forced || edgeLabelFits(e, box) ? { id: e.id(), priority, forced, box } : null;
  const [first, ...others] = tagPlaces(e, box);
  if (!first) return forced ? { id: e.id(), priority, forced, box } : null;
  placesOf.set(e.id(), [first.classes, ...others.map((p) => p.classes)]);
  return { id: e.id(), priority, forced, box: first.box, alts: others.map((p) => p.box) };
}
