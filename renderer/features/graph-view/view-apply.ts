// Puts the drawing where the view says: a view without positions gets a full layout; otherwise
// recorded positions are restored (undo/redo), new nodes are placed around their origin without
// moving anyone else, and the viewport moves just enough to show everything. The positions
// reached are written back into the view's history entry.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { amendView, viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import { withPositions } from '../../state/view-actions.ts';
import type { Point, ViewState } from '../../state/view-state.ts';
import { play } from './animations.ts';
import { followViewport } from './follow-view.ts';
import { placeAround, unionRect, type NewItem, type Rect } from './place-new.ts';
import { runLayout } from './run-layout.ts';

const WITH_LABELS = { includeLabels: true, includeOverlays: false, includeUnderlays: false } as const;
const ANIMATE_MAX = 400;
const GAP = 12;
/** Room left around the nodes when the view follows: a line of label below the lowest one. */
const FOLLOW_PAD = 36;
const NODES_ONLY = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

const shifted = (r: Rect, dx: number, dy: number): Rect => ({
  x1: r.x1 + dx,
  y1: r.y1 + dy,
  x2: r.x2 + dx,
  y2: r.y2 + dy,
});

/** The node's box (with its label by default), in graph units, where it will be once `to` is reached. */
function boxAt(n: NodeSingular, to: Point | undefined, opts: object = WITH_LABELS): Rect {
  const bb = n.boundingBox(opts);
  const p = n.position();
  return to ? shifted(bb, to.x - p.x, to.y - p.y) : bb;
}

export function readPositions(nodes: NodeCollection): Map<string, Point> {
  return new Map(nodes.map((n) => [n.id(), { ...n.position() }] as const));
}

/** Places new nodes around the entity they came from (the view's anchor or a drawn neighbour). */
function placeNew(
  cy: Core,
  fresh: NodeCollection,
  anchor: string | null,
  moves: Map<string, Point>,
): Map<string, Point> {
  const freshIds = new Set(fresh.map((n) => n.id()));
  const settled = cy.nodes().filter((n) => !freshIds.has(n.id()));
  const obstacles = settled.not('.filtered').map((n) => boxAt(n as NodeSingular, moves.get(n.id())));
  const where = (n: NodeSingular): Point => moves.get(n.id()) ?? n.position();
  const all = unionRect(obstacles);
  const centre = all ? { x: (all.x1 + all.x2) / 2, y: (all.y1 + all.y2) / 2 } : { x: 0, y: 0 };
  const anchorNode = anchor ? (cy.getElementById(anchor) as NodeSingular) : null;
  const items: NewItem[] = fresh
    .sort((a, b) => Number(b.data('degree')) - Number(a.data('degree')))
    .map((el) => {
      const n = el as NodeSingular;
      const near = n.neighborhood('node').filter((m) => !freshIds.has(m.id()));
      const from = anchorNode?.nonempty() && !freshIds.has(anchor ?? '') ? anchorNode : (near.first() as NodeSingular);
      const origin = from.nonempty() ? where(from) : centre;
      const p = n.position();
      return { id: n.id(), origin, box: shifted(n.boundingBox(WITH_LABELS), -p.x, -p.y) };
    });
  return placeAround(items, obstacles, { gap: GAP, centre });
}

function moveTo(cy: Core, targets: Map<string, Point>): void {
  const animate = targets.size <= ANIMATE_MAX;
  cy.batch(() => {
    for (const [id, p] of targets) {
      const n = cy.getElementById(id) as NodeSingular;
      if (n.empty()) continue;
      n.stop();
      if (animate) play(n, { position: p }, 320);
      else n.position(p);
    }
  });
}

/**
 * Pans (and zooms out only if it must) so every drawn node is in view. Labels are left out of
 * the box (their size follows the zoom), so returning to a view that was shown never moves it.
 */
export function followAll(cy: Core, targets: Map<string, Point>): void {
  const box = unionRect(
    cy
      .nodes()
      .not('.filtered')
      .map((n) => boxAt(n as NodeSingular, targets.get(n.id()), NODES_ONLY)),
  );
  if (!box) return;
  const vp = followViewport(box, { zoom: cy.zoom(), pan: cy.pan() }, { w: cy.width(), h: cy.height() }, FOLLOW_PAD);
  if (vp) play(cy, { zoom: vp.zoom, pan: vp.pan }, 320);
}

/**
 * `beforeLayout` puts labels at their natural size, so a layout that counts label sizes does
 * not spread further each time it runs after zooming out.
 */
export function createViewApplier(getCy: () => Core, store: AppStore, settled: () => void, beforeLayout: () => void) {
  let seq = 0;
  let recording = false;
  // Writing positions back changes the view object; the drawing is already there, so the
  // resulting store change must not be applied again (it would restart animations mid-way).
  const record = (v: ViewState, at: Map<string, Point>) => {
    recording = true;
    try {
      store.update((s) => amendView(s, v, (w) => withPositions(w, at)));
    } finally {
      recording = false;
    }
  };

  /** `added`: elements were just added, so the viewport follows even if none had to move. */
  async function apply(s: AppState, added: boolean): Promise<void> {
    const cy = getCy();
    const v = viewOf(s);
    const mine = ++seq;
    const drawn = cy.nodes().not('.claims-layer').nodes(); // the claims layer follows its relations
    if (drawn.nonempty() && !drawn.toArray().some((n) => v.positions.has(n.id()))) {
      beforeLayout();
      await runLayout(cy, { layoutId: v.layout, incremental: false });
      if (mine === seq && getCy() === cy) record(v, readPositions(cy.nodes().not('.claims-layer')));
      settled();
      return;
    }
    const moves = new Map<string, Point>();
    const fresh = drawn.filter((n) => {
      const p = v.positions.get(n.id());
      const q = n.position();
      if (p && (Math.abs(p.x - q.x) > 0.5 || Math.abs(p.y - q.y) > 0.5)) moves.set(n.id(), p);
      return !p;
    });
    const placed = fresh.nonempty() ? placeNew(cy, fresh, v.anchor, moves) : new Map<string, Point>();
    const targets = new Map([...moves, ...placed]);
    if (targets.size) moveTo(cy, targets);
    if (added || targets.size) followAll(cy, targets);
    if (placed.size) record(v, new Map([...readPositions(drawn), ...targets]));
    settled();
  }
  return { apply, recording: () => recording };
}
