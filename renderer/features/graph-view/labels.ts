// Label declutter on the live drawing: measures every node and edge label on screen, asks
// chooseLabels which to keep, and hides the rest with the `label-off` class (text-opacity 0, so
// their size is still measured). Selected and hovered entities always keep their label.
import type { Core, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import type { LabelDensity } from '../../state/app-state.ts';
import { badgeRects } from './badges.ts';
import { setClass } from './classes.ts';
import { TAG_CLASSES } from './claim-tags.ts';
import { keyRect } from './claims-key.ts';
import { allSides, edgeLabelItem, labelRect, labelText, nodeRect, pstyle } from './label-boxes.ts';
import { chooseLabels, type LabelItem } from './label-choice.ts';
import { overlaps, type Rect } from './place-new.ts';

export { labelRect, nodeRect } from './label-boxes.ts';

/** A large claims layer's claimant label smaller than this on screen is not tried. */
const MIN_CLAIMANT_PX = 9;

const CLAIMANT_FIRST = 1e6;
const TAG_FIRST = 1e9;
/** Claimants first, those saying more before the others, then by degree. */
const claimantRank = (n: NodeSingular) => {
  const said = n.outgoers('edge.claim-edge').length;
  return said || n.data('claimant') ? CLAIMANT_FIRST + 10 * said : 0;
};
const isDisputing = (e: EdgeSingular) => e.data('stance') === 'cannot-verify' || e.data('stance') === 'denies';
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
export const LABEL_SIDES = [
  'label-above',
  'label-right',
  'label-left',
  'label-above-right',
  'label-above-left',
  'label-below-right',
  'label-below-left',
] as const;

export function declutterLabels(cy: Core, density: LabelDensity): void {
  // Claims-view handles have no label; they are obstacles below.
  const nodes = cy.nodes().not('.filtered, .claim-handle');
  const zoom = cy.zoom();
  const boxes = new Map<string, Rect>();
  nodes.forEach((n) => void boxes.set(n.id(), nodeRect(n)));
  const [w, h] = [cy.width(), cy.height()];
  // The claims key lies over the canvas's top left: no label goes under it (it counts as a node).
  const key = keyRect(cy);
  const onCanvas = (r: Rect) => r.x1 >= 0 && r.y1 >= 0 && r.x2 <= w && r.y2 <= h && !(key && overlaps(r, key, 0));
  /** For each node, which of LABEL_SIDES its `alts` are: those inside the canvas first, those cut by its edge last. */
  const sidesOf = new Map<string, number[]>();
  const nodeItems: LabelItem[] = triedClaimants(cy, nodes).map((n) => {
    const own = boxes.get(n.id()) as Rect;
    const current = LABEL_SIDES.findIndex((c) => n.hasClass(c));
    const [below, places] = allSides(labelRect(n), own, current);
    const sides = places
      .map((_, i) => i)
      .sort((a, b) => Number(!onCanvas(places[a] as Rect)) - Number(!onCanvas(places[b] as Rect)));
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
  // Handles carry their relation's marks: a doubted (red) one is never covered, the others only
  // by a label that has no other place.
  const handles = cy.nodes('.claim-handle').not('.filtered');
  const soft = handles.not('[doubts > 0]').map(nodeRect);
  // The "+N" badges (badges.ts) and the key are drawn over the canvas: labels keep clear of them.
  const over = [...badgeRects(cy), ...(key ? [key] : [])];
  const all = [...boxes.values(), ...handles.filter('[doubts > 0]').map(nodeRect), ...over];
  /** For each stance tag, which place its box and `alts` are (claim-tags.ts). */
  const tagsOf = new Map<string, string[][]>();
  const edges = cy.edges().not('.filtered, .bundled, .bundle');
  const edgeItems = edges.toArray().flatMap((e) => edgeLabelItem(e as EdgeSingular, zoom, tagsOf) ?? []);
  // First the forced labels, the claimants' names and the disputing stance tags (what the claims
  // view is about), then the other names, then the other edge labels, each pass clear of the
  // earlier ones. A bundle's count is always drawn (it tells a bundle from one relation).
  const leads = new Set([
    ...nodeItems.filter((it) => it.forced || it.priority >= CLAIMANT_FIRST).map((it) => it.id),
    ...edges.filter((e) => e.hasClass('claim-edge') && isDisputing(e as EdgeSingular)).map((e) => e.id()),
  ]);
  const taken = cy.edges('.bundle').not('.filtered').map(labelRect);
  const moved = new Map<string, number>();
  const shown = new Set<string>();
  const pass = (items: LabelItem[]) => {
    const got = chooseLabels(items, all, density, taken, moved, soft);
    for (const it of items.filter((i) => got.has(i.id))) {
      shown.add(it.id);
      taken.push(it.alts?.[moved.get(it.id) ?? -1] ?? it.box);
    }
  };
  const lead = (it: LabelItem) => leads.has(it.id) || it.forced;
  // Disputing tags before the names: a name has seven places around its node, a tag only its edge.
  pass([
    ...nodeItems.filter(lead),
    ...edgeItems.filter(lead).map((it) => ({ ...it, priority: it.priority + TAG_FIRST })),
  ]);
  pass(nodeItems.filter((it) => !lead(it)));
  pass(edgeItems.filter((it) => !lead(it)));
  cy.batch(() => {
    setClass(nodes, 'label-off', (n) => !shown.has(n.id()));
    const sideOf = (id: string) => sidesOf.get(id)?.[moved.get(id) ?? -1] ?? -1;
    LABEL_SIDES.forEach((side, i) => setClass(nodes, side, (n) => sideOf(n.id()) === i));
    setClass(cy.edges().not('.bundle'), 'label-off', (e) => !shown.has(e.id()));
    const placeOf = (id: string) => tagsOf.get(id)?.[(moved.get(id) ?? -1) + 1] ?? [];
    // A hidden tag keeps its place: only the tags shown move.
    const claims = cy.edges('.claim-edge');
    for (const cls of TAG_CLASSES)
      setClass(claims, cls, (e) => (shown.has(e.id()) ? placeOf(e.id()).includes(cls) : e.hasClass(cls)));
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
