// Label declutter on the live drawing: measures every node and edge label on screen, asks
// chooseLabels which to keep, and hides the rest with the `label-off` class (text-opacity 0, so
// their size is still measured). Selected and hovered entities always keep their label.
import type { Core, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import type { LabelDensity } from '../../state/app-state.ts';
import { setClass } from './classes.ts';
import { chooseLabels, type LabelItem } from './label-choice.ts';
import type { Rect } from './place-new.ts';

const NODE_ONLY = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;
const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

/** A large claims layer's claimant label smaller than this on screen is not tried. */
const MIN_CLAIMANT_PX = 9;

interface Parsed {
  value: unknown;
  pfValue: number;
  strValue: string;
}
/** Cytoscape's parsed style (typed loosely by @types/cytoscape). */
const pstyle = (el: NodeSingular | EdgeSingular, name: string): Parsed =>
  (el as unknown as { pstyle(n: string): Parsed }).pstyle(name);

export const nodeRect = (n: NodeSingular): Rect => n.renderedBoundingBox(NODE_ONLY);
export const labelRect = (el: NodeSingular | EdgeSingular): Rect => el.renderedBoundingBox(LABEL_ONLY);

/** Its label's text: claim edges carry theirs at the claimant's end (claims-style.ts). */
const labelText = (el: NodeSingular | EdgeSingular): string =>
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

const CLAIMANT_FIRST = 1e6;
/** Claimants first, those saying more before the others, then by degree. */
const claimantRank = (n: NodeSingular) => {
  const said = n.outgoers('edge.claim-edge').length;
  return said || n.data('claimant') ? CLAIMANT_FIRST + 10 * said : 0;
};
const isForced = (n: NodeSingular) => n.selected() || n.hasClass('hovered') || n.hasClass('on-path');

/**
 * The claimants of a large claims layer (claims-place.ts loosen) have no label in the style while
 * it is off (claims-style.ts), so a thousand hidden labels cost nothing to style, measure or draw.
 * A claimant's label is tried only when it is on screen and large enough to read, or the claimant
 * is selected, hovered or on the path; those get their label back to be measured.
 */
function triedClaimants(cy: Core, nodes: NodeCollection): NodeCollection {
  const quiet = nodes.filter('.claims-loose').nodes();
  if (quiet.empty()) return nodes;
  const zoom = cy.zoom();
  const ext = cy.extent();
  const tried = quiet.filter((n) => {
    if (isForced(n)) return true;
    const p = n.position();
    if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) return false;
    const size = Number(pstyle(n, 'font-size').pfValue) * zoom;
    return size >= Math.max(MIN_CLAIMANT_PX, Number(pstyle(n, 'min-zoomed-font-size').pfValue));
  });
  setClass(tried, 'label-off', () => false);
  return nodes.not(quiet).union(tried);
}

/** The other places a node label may take when there is no room below its node (graph-style.ts). */
const SIDES = ['label-above', 'label-right', 'label-left'] as const;

/**
 * A node's label below its node, then above, right and left of it, from the label as drawn now
 * (`side`: the index in SIDES, or -1 below): its size, and its gap from the node on that side.
 */
function allSides(label: Rect, node: Rect, side: number): [Rect, Rect[]] {
  const w = label.x2 - label.x1;
  const h = label.y2 - label.y1;
  const gaps = [node.y1 - label.y2, label.x1 - node.x2, node.x1 - label.x2];
  const gap = side < 0 ? label.y1 - node.y2 : (gaps[side] ?? 0);
  const cx = (node.x1 + node.x2) / 2;
  const cy = (node.y1 + node.y2) / 2;
  const below = { x1: cx - w / 2, x2: cx + w / 2, y1: node.y2 + gap, y2: node.y2 + gap + h };
  const above = { x1: cx - w / 2, x2: cx + w / 2, y1: node.y1 - gap - h, y2: node.y1 - gap };
  const right = { x1: node.x2 + gap, x2: node.x2 + gap + w, y1: cy - h / 2, y2: cy + h / 2 };
  const left = { x1: node.x1 - gap - w, x2: node.x1 - gap, y1: cy - h / 2, y2: cy + h / 2 };
  return [below, [above, right, left]];
}

export function declutterLabels(cy: Core, density: LabelDensity): void {
  // Claims-view handles are small marks on their edges: labels may pass over them.
  const nodes = cy.nodes().not('.filtered, .claim-handle');
  const zoom = cy.zoom();
  const boxes = new Map<string, Rect>();
  nodes.forEach((n) => void boxes.set(n.id(), nodeRect(n)));
  const [w, h] = [cy.width(), cy.height()];
  const onCanvas = (r: Rect) => r.x1 >= 0 && r.y1 >= 0 && r.x2 <= w && r.y2 <= h;
  /** For each node, which of SIDES its `alts` are: those inside the canvas first, those cut by its edge last. */
  const sidesOf = new Map<string, number[]>();
  const nodeItems: LabelItem[] = triedClaimants(cy, nodes).map((n) => {
    const own = boxes.get(n.id()) as Rect;
    const current = SIDES.findIndex((c) => n.hasClass(c));
    const [below, places] = allSides(labelRect(n), own, current);
    const sides = [0, 1, 2].sort((a, b) => Number(!onCanvas(places[a] as Rect)) - Number(!onCanvas(places[b] as Rect)));
    sidesOf.set(n.id(), sides);
    const alts = sides.map((i) => places[i] as Rect);
    return {
      id: n.id(),
      // In the claims view the claimants' names come first: they are what the view is about.
      priority: Number(n.data('degree') ?? 0) + claimantRank(n),
      forced: isForced(n),
      box: below,
      alts,
      own,
    };
  });
  const all = [...boxes.values()];
  // A bundle's count is always drawn (it is what tells it from one relation); labels make room for it.
  const bundles = cy.edges('.bundle').not('.filtered').map(labelRect);
  const moved = new Map<string, number>();
  const shownNodes = chooseLabels(nodeItems, all, density, bundles, moved);
  const taken = [
    ...bundles,
    ...nodeItems.filter((it) => shownNodes.has(it.id)).map((it) => it.alts?.[moved.get(it.id) ?? -1] ?? it.box),
  ];
  const edgeItems: LabelItem[] = [];
  cy.edges()
    .not('.filtered, .bundled, .bundle')
    .forEach((e) => {
      const forced = e.selected() || e.hasClass('hover-edge') || e.hasClass('on-path');
      if (!forced && !edgeLabelBigEnough(e, zoom)) return;
      const box = labelRect(e);
      if (forced || edgeLabelFits(e, box))
        edgeItems.push({
          id: e.id(),
          priority: Number(e.data('labelPriority') ?? e.data('sourceCount') ?? 0),
          forced,
          box,
        });
    });
  const shownEdges = chooseLabels(edgeItems, all, density, taken);
  cy.batch(() => {
    setClass(nodes, 'label-off', (n) => !shownNodes.has(n.id()));
    const sideOf = (id: string) => sidesOf.get(id)?.[moved.get(id) ?? -1] ?? -1;
    SIDES.forEach((side, i) => setClass(nodes, side, (n) => sideOf(n.id()) === i));
    setClass(cy.edges().not('.bundle'), 'label-off', (e) => !shownEdges.has(e.id()));
  });
}

/** The label's box on screen, or null when it is hidden (decluttered, empty or too small to draw). */
export function visibleLabelRect(el: NodeSingular | EdgeSingular): Rect | null {
  if (el.hasClass('label-off') || el.hasClass('filtered') || !labelText(el)) return null;
  const size = Number(pstyle(el, 'font-size').pfValue) * el.cy().zoom();
  if (size < Number(pstyle(el, 'min-zoomed-font-size').pfValue)) return null;
  if (Number(pstyle(el, 'text-opacity').value) === 0 || Number(pstyle(el, 'opacity').value) === 0) return null;
  return labelRect(el);
}
