// The claims view drawn into Cytoscape: each relation with claims gets a small handle at its
// middle, each claimant an edge to it per stance, and optionally each source's publisher. These
// elements carry the `claims-layer` class: sync adds and removes them, the handles follow their
// relation's midpoint, and they never count as drawn entities or relations.
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import type { ClaimBrief, EntityRef } from '../../../graph-data/contract/views.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import type { ViewState } from '../../state/view-state.ts';
import { nodeData } from './elements.ts';

export const LAYER = 'claims-layer';
export type ClaimsByRelation = ReadonlyMap<string, readonly ClaimBrief[]>;

const handleId = (rel: string) => `h|${rel}`;

/** Adds, keeps or removes the claims layer so it matches the view and the claims loaded. */
export function syncClaims(cy: Core, v: ViewState, claims: ClaimsByRelation | null, vocab: Vocabulary | null): void {
  const want = v.claimsView && claims ? wanted(cy, v, claims, vocab) : new Map<string, ElementDefinition>();
  cy.batch(() => {
    cy.elements(`.${LAYER}`)
      .filter((el) => !want.has(el.id()))
      .remove();
    const adds = [...want.values()].filter((d) => cy.getElementById(d.data.id as string).empty());
    if (adds.length) cy.add(adds);
    snapHandles(cy);
  });
  cy.one('render', () => snapHandles(cy));
}

function wanted(cy: Core, v: ViewState, claims: ClaimsByRelation, vocab: Vocabulary | null) {
  const out = new Map<string, ElementDefinition>();
  const entity = (ref: EntityRef, near: { x: number; y: number }, i: number) => {
    if (v.nodes.has(ref.id) || out.has(ref.id)) return;
    const data = nodeData({ id: ref.id, kind: ref.kind, label: ref.label, degree: 0 }, vocab);
    const position = { x: near.x + 90 * Math.cos(i * 2.4), y: near.y + 90 * Math.sin(i * 2.4) };
    out.set(ref.id, { group: 'nodes', data: { ...data, claimant: true }, position, classes: LAYER });
  };
  let i = 0;
  cy.edges()
    .not(`.${LAYER}, .filtered, .bundle`)
    .forEach((e: EdgeSingular) => {
      const list = claims.get(e.id());
      if (!list?.length) return;
      const mid = e.midpoint();
      const hid = handleId(e.id());
      out.set(hid, {
        group: 'nodes',
        data: { id: hid, relation: e.id(), handle: true, status: e.data('status') },
        position: { ...mid },
        classes: `${LAYER} claim-handle`,
      });
      for (const c of list) {
        entity(c.claimant, mid, i++);
        const id = `c|${c.claimant.id}|${e.id()}|${c.stance}`;
        if (!out.has(id))
          out.set(id, {
            group: 'edges',
            data: { id, source: c.claimant.id, target: hid, stance: c.stance, relation: e.id() },
            classes: `${LAYER} claim-edge${c.possibly ? ' possibly' : ''}`,
          });
        if (!v.publishers || !c.publisher) continue;
        entity(c.publisher, mid, i++);
        const pid = `p|${c.publisher.id}|${e.id()}`;
        if (!out.has(pid) && c.publisher.id !== c.claimant.id)
          out.set(pid, {
            group: 'edges',
            data: { id: pid, source: c.publisher.id, target: hid, relation: e.id() },
            classes: `${LAYER} publisher-edge`,
          });
      }
    });
  return out;
}

/**
 * Puts every handle back on its relation's middle. Cytoscape knows an edge's midpoint (curved
 * when parallel) only once the edge was rendered, so until then the straight-line middle is used.
 */
export function snapHandles(cy: Core, around?: NodeSingular): void {
  const edges = around ? around.connectedEdges().not(`.${LAYER}`) : cy.edges().not(`.${LAYER}`);
  edges.forEach((e: EdgeSingular) => {
    const h = cy.getElementById(handleId(e.id()));
    if (h.empty()) return;
    const m = e.midpoint();
    const a = e.source().position();
    const b = e.target().position();
    const straight = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const ok =
      m && Number.isFinite(m.x) && Math.hypot(m.x - straight.x, m.y - straight.y) < Math.hypot(a.x - b.x, a.y - b.y);
    (h as NodeSingular).position(ok ? { x: m.x, y: m.y } : straight);
  });
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
  const onStop = () => snapHandles(cy);
  cy.on('position', 'node', onMove);
  cy.on('layoutstop', onStop);
  return () => {
    cy.off('position', 'node', onMove);
    cy.off('layoutstop', onStop);
  };
}
