// Brings Cytoscape in line with the ViewState: adds and removes elements, updates filter,
// pin and path classes. New nodes start where the view recorded them (or where they last were);
// the others are reported as unplaced for the incremental placement.
import type { Core, NodeSingular } from 'cytoscape';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import { visibleElements } from '../../state/filter-match.ts';
import type { ViewState } from '../../state/view-state.ts';
import { setClass } from './classes.ts';
import { EDGE_CHUNK, updateEdgeData } from './edge-data.ts';
import { edgeElement, nodeData, nodeElement } from './elements.ts';

export interface SyncResult {
  added: number;
  removed: number;
  /** Changed relations whose data is left to write in later frames (edge-data.ts). */
  pending: number;
}

/**
 * `edgesNow`: how many changed relations' data to write now (the rest is left to the edge-data
 * pump); a date step writes none in the task that draws its view.
 */
export function syncView(
  cy: Core,
  v: ViewState,
  vocab: Vocabulary | null,
  positions: Map<string, { x: number; y: number }>,
  edgesNow = EDGE_CHUNK,
): SyncResult {
  const result: SyncResult = { added: 0, removed: 0, pending: 0 };
  cy.batch(() => {
    removeStale(cy, v, positions, result);
    addMissing(cy, v, vocab, positions, result, edgesNow);
    applyClasses(cy, v);
  });
  return result;
}

function removeStale(cy: Core, v: ViewState, positions: Map<string, { x: number; y: number }>, r: SyncResult): void {
  // The claims layer (claims-view.ts) and the bundles (bundles.ts) are synced on their own, after this.
  const staleEdges = cy
    .edges()
    .filter((e) => !v.edges.has(e.id()) && !e.hasClass('claims-layer') && !e.hasClass('bundle'));
  const staleNodes = cy.nodes().filter((n) => !v.nodes.has(n.id()) && !n.hasClass('claims-layer'));
  staleNodes.forEach((n) => void positions.set(n.id(), { ...n.position() }));
  r.removed = staleEdges.length + staleNodes.length;
  cy.remove(staleEdges.union(staleNodes));
}

function addMissing(
  cy: Core,
  v: ViewState,
  vocab: Vocabulary | null,
  positions: Map<string, { x: number; y: number }>,
  r: SyncResult,
  edgesNow: number,
): void {
  const anchor = v.anchor ? cy.getElementById(v.anchor) : null;
  const centre = anchor?.nonempty() ? { ...(anchor as NodeSingular).position() } : viewportCentre(cy);
  const adds = [];
  let i = 0;
  for (const n of v.nodes.values()) {
    const have = cy.getElementById(n.id);
    if (have.nonempty()) {
      if (have.data('degree') !== n.degree || have.data('name') !== n.label || have.data('kind') !== n.kind)
        have.data(nodeData(n, vocab));
      continue;
    }
    // A view with recorded positions places its own nodes; the old spot of a node seen in an
    // earlier picture only seeds a full layout.
    const known = v.positions.size ? v.positions.get(n.id) : positions.get(n.id);
    adds.push(nodeElement(n, vocab, known ?? around(centre, i++)));
  }
  for (const e of v.edges.values()) if (cy.getElementById(e.id).empty()) adds.push(edgeElement(e, vocab));
  r.added = adds.length;
  if (adds.length) cy.add(adds);
  // Changed relations are restyled a chunk at a time (edge-data.ts); the rest in later frames.
  r.pending = updateEdgeData(cy, v, vocab, edgesNow);
}

function applyClasses(cy: Core, v: ViewState): void {
  const visible = visibleElements(v);
  const onPath = new Set([...(v.path?.nodes ?? []), ...(v.path?.edges ?? [])]);
  const els = cy.elements().filter((el) => !el.hasClass('claims-layer') && !el.hasClass('bundle'));
  // setClass touches only elements whose class changes (toggleClass would restyle them all).
  setClass(els, 'filtered', (el) => !(el.isNode() ? visible.nodes : visible.edges).has(el.id()));
  setClass(els, 'on-path', (el) => onPath.has(el.id()));
  setClass(els.edges(), 'possibly', (el) => visible.possibly.has(el.id()));
  setClass(els, 'faded', (el) => !!v.path && !onPath.has(el.id()));
  // Pins are kept by the layouts (which lock them while they run), so they can still be dragged.
  setClass(els.nodes(), 'pinned', (el) => v.pinned.has(el.id()));
}

function viewportCentre(cy: Core): { x: number; y: number } {
  const e = cy.extent();
  return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
}

/** New nodes start on a spiral around their anchor: readable even before the layout runs. */
function around(c: { x: number; y: number }, i: number): { x: number; y: number } {
  const angle = i * 2.399963;
  const r = 70 + 14 * Math.sqrt(i);
  return { x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle) };
}
