// The claims layer's relation handles on their edges: each handle sits on its relation's middle
// (curved when parallel) and follows it while nodes are dragged or laid out.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Point } from '../../state/view-state.ts';
import { placeLooseClaimants } from './claims-place.ts';

const LAYER = 'claims-layer';
export const handleId = (rel: string) => `h|${rel}`;
export const inLayer = (el: { hasClass(c: string): boolean }) => el.hasClass(LAYER);

/** Whether Cytoscape draws (a headless one, as in unit tests, knows no midpoints). */
const drawing = (e: EdgeSingular) => {
  const r = (e.cy() as unknown as { renderer(): { getEdgeMidpoint?: unknown } | null }).renderer();
  return typeof r?.getEdgeMidpoint === 'function';
};

/**
 * A relation's middle: Cytoscape's (curved when parallel) once the edge was rendered, until then
 * the straight middle between its ends.
 */
export function middleOf(e: EdgeSingular): Point {
  const m = drawing(e) ? e.midpoint() : null;
  const a = e.source().position();
  const b = e.target().position();
  const straight = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const ok =
    m && Number.isFinite(m.x) && Math.hypot(m.x - straight.x, m.y - straight.y) < Math.hypot(a.x - b.x, a.y - b.y);
  return ok ? { x: m.x, y: m.y } : straight;
}

/**
 * Puts every handle back on its relation's middle. Cytoscape knows an edge's midpoint (curved
 * when parallel) only once the edge was rendered, so until then the straight-line middle is used.
 */
export function snapHandles(cy: Core, around?: NodeSingular): void {
  const edges = (around ? around.connectedEdges() : cy.edges()).filter((e) => !inLayer(e));
  // All midpoints are read before any handle moves: a move dirties the claim edges, and reading a
  // midpoint after that makes Cytoscape recompute every dirty edge (4 ms a handle at 1,000 claims).
  const moves: [NodeSingular, Point][] = [];
  edges.forEach((e: EdgeSingular) => {
    if (!cy.hasElementWithId(handleId(e.id()))) return;
    const h = cy.getElementById(handleId(e.id())) as NodeSingular;
    const to = middleOf(e);
    const at = h.position();
    if (Math.abs(at.x - to.x) > 0.01 || Math.abs(at.y - to.y) > 0.01) moves.push([h, to]);
  });
  if (moves.length) cy.batch(() => moves.forEach(([h, to]) => void h.position(to)));
}

/** Keeps handles on their relations while nodes are dragged or laid out. */
export function bindHandles(cy: Core): () => void {
  let queued = false;
  const onMove = (ev: { target: NodeSingular }) => {
    if (ev.target.hasClass(LAYER) && !ev.target.data('claimant')) return;
    snapHandles(cy, ev.target);
    // Curved midpoints are known after the next frame: snap again then, once per frame.
    if (queued) return;
    queued = true;
    cy.one('render', () => {
      queued = false;
      snapHandles(cy);
    });
  };
  const onStop = () => {
    snapHandles(cy);
    placeLooseClaimants(cy);
  };
  cy.on('position', 'node', onMove);
  cy.on('layoutstop', onStop);
  return () => {
    cy.off('position', 'node', onMove);
    cy.off('layoutstop', onStop);
  };
}
