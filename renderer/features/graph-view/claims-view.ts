// The claims view drawn into Cytoscape: each relation with claims gets a small handle at its
// middle, each claimant an edge to it per stance, and optionally each source's publisher. These
// elements carry the `claims-layer` class: sync adds and removes them, the handles follow their
// relation's midpoint, and they never count as drawn entities or relations.
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import type { ClaimBrief, EntityRef } from '../../../graph-data/contract/views.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import type { Point, ViewState } from '../../state/view-state.ts';
import { CLAIMS_LAYOUT_MAX_NODES } from './claims-layout.ts';
import { setClass } from './classes.ts';
import { loosen, markBroad, placeAmong, placeLooseClaimants } from './claims-place.ts';
import { nodeData } from './elements.ts';

export const LAYER = 'claims-layer';
export type ClaimsByRelation = ReadonlyMap<string, readonly ClaimBrief[]>;

const handleId = (rel: string) => `h|${rel}`;
/** The data the base edge style maps (width, arrow): without it Cytoscape warns on every style pass. */
const LAYER_EDGE = { width: 1, arrow: 'none' } as const;
const HANDLE_NODE = { label: '', imp: 0, z: 20, shape: 'diamond', color: '#ffffff', size: 11 } as const;

/** Adds, keeps or removes the claims layer so it matches the view and the claims loaded. */
export function syncClaims(cy: Core, v: ViewState, claims: ClaimsByRelation | null, vocab: Vocabulary | null): void {
  const want = v.claimsView && claims ? wanted(cy, v, claims, vocab) : new Map<string, ElementDefinition>();
  cy.batch(() => {
    cy.elements(`.${LAYER}`)
      .filter((el) => !want.has(el.id()))
      .remove();
    const adds = [...want.values()].filter((d) => cy.getElementById(d.data.id as string).empty());
    if (adds.length) cy.add(adds);
    setClass(cy.edges().not(`.${LAYER}`), 'with-handle', (e) => want.has(handleId(e.id())));
    snapHandles(cy);
  });
  cy.one('render', () => snapHandles(cy));
}

/**
 * While the claims of a new view are on their way: only the handles of relations no longer drawn
 * go (with their claim edges), so nothing hangs where a relation was; the rest waits for syncClaims.
 */
export function pruneClaims(cy: Core): void {
  const gone = cy.nodes('.claim-handle').filter((n) => cy.getElementById(n.data('relation') as string).empty());
  if (gone.nonempty()) cy.batch(() => void gone.remove());
}

function wanted(cy: Core, v: ViewState, claims: ClaimsByRelation, vocab: Vocabulary | null) {
  const out = new Map<string, ElementDefinition>();
  /** Where each entity added by the layer spoke: it is placed among those relations. */
  const spoke = new Map<string, Point[]>();
  const entity = (ref: EntityRef, mid: Point) => {
    if (v.nodes.has(ref.id)) return;
    const mids = spoke.get(ref.id);
    if (mids) mids.push(mid);
    else spoke.set(ref.id, [mid]);
    if (out.has(ref.id)) return;
    const data = nodeData({ id: ref.id, kind: ref.kind, label: ref.label, degree: 0 }, vocab);
    out.set(ref.id, { group: 'nodes', data: { ...data, claimant: true }, classes: LAYER });
  };
  /** The handle tied for each pair of entities. */
  const tied = new Map<string, string>();
  cy.edges()
    .not(`.${LAYER}, .filtered, .bundle`)
    .forEach((e: EdgeSingular) => {
      const list = claims.get(e.id());
      if (!list?.length) return;
      const mid = e.midpoint();
      const hid = handleId(e.id());
      out.set(hid, {
        group: 'nodes',
        data: {
          id: hid,
          ...HANDLE_NODE,
          relation: e.id(),
          handle: true,
          status: e.data('status'),
          sourceCount: e.data('sourceCount'),
          doubts: list.filter((c) => c.stance === 'cannot-verify' || c.stance === 'denies').length,
        },
        position: { ...mid },
        classes: `${LAYER} claim-handle`,
      });
      // Invisible ties from the handle to the relation's ends: layouts keep it between them. One
      // pair of ties per two entities, or parallel relations would pull their ends onto each other.
      const pair = [e.source().id(), e.target().id()].sort().join('|');
      // The others stay out of layouts (class claims-loose) and snap to their edges.
      const tiedHid = tied.get(pair);
      if (tiedHid) return addClaims(e, list, hid, mid, ' claims-loose', tiedHid);
      tied.set(pair, hid);
      for (const end of [e.source().id(), e.target().id()])
        out.set(`t|${e.id()}|${end}`, {
          group: 'edges',
          data: { id: `t|${e.id()}|${end}`, source: hid, target: end, ...LAYER_EDGE },
          classes: `${LAYER} claims-tether`,
        });
      addClaims(e, list, hid, mid, '');
    });
  function addClaims(
    e: EdgeSingular,
    list: readonly ClaimBrief[],
    hid: string,
    mid: Point,
    loose: string,
    tiedHid = '',
  ) {
    const h = out.get(hid);
    if (h && loose) h.classes = `${String(h.classes)}${loose}`;
    for (const c of list) {
      // A claim on a loose handle pulls its claimant, in layouts, towards the pair's tied handle.
      if (tiedHid)
        out.set(`t|${c.claimant.id}|${tiedHid}`, {
          group: 'edges',
          data: { id: `t|${c.claimant.id}|${tiedHid}`, source: c.claimant.id, target: tiedHid, ...LAYER_EDGE },
          classes: `${LAYER} claims-tether claims-pull`,
        });
      entity(c.claimant, mid);
      const id = `c|${c.claimant.id}|${e.id()}|${c.stance}`;
      if (!out.has(id))
        out.set(id, {
          group: 'edges',
          data: { id, source: c.claimant.id, target: hid, stance: c.stance, relation: e.id(), ...LAYER_EDGE },
          classes: `${LAYER} claim-edge${c.possibly ? ' possibly' : ''}${loose}`,
        });
      if (!v.publishers || !c.publisher) continue;
      entity(c.publisher, mid);
      const pid = `p|${c.publisher.id}|${e.id()}`;
      if (!out.has(pid) && c.publisher.id !== c.claimant.id)
        out.set(pid, {
          group: 'edges',
          data: { id: pid, source: c.publisher.id, target: hid, relation: e.id(), ...LAYER_EDGE },
          classes: `${LAYER} publisher-edge`,
        });
    }
  }
  markBroad(out);
  placeAmong(cy, out, spoke);
  const handles = [...out.values()].filter((d) => d.data['handle']).length;
  if (cy.nodes().not(`.${LAYER}, .filtered`).length + spoke.size + handles > CLAIMS_LAYOUT_MAX_NODES) loosen(out);
  return out;
}

/**
 * Puts every handle back on its relation's middle. Cytoscape knows an edge's midpoint (curved
 * when parallel) only once the edge was rendered, so until then the straight-line middle is used.
 */
export function snapHandles(cy: Core, around?: NodeSingular): void {
  const edges = around ? around.connectedEdges().not(`.${LAYER}`) : cy.edges().not(`.${LAYER}`);
  // All midpoints are read before any handle moves: a move dirties the claim edges, and reading a
  // midpoint after that makes Cytoscape recompute every dirty edge (4 ms a handle at 1,000 claims).
  const moves: [NodeSingular, Point][] = [];
  edges.forEach((e: EdgeSingular) => {
    const h = cy.getElementById(handleId(e.id())) as NodeSingular;
    if (h.empty()) return;
    const m = e.midpoint();
    const a = e.source().position();
    const b = e.target().position();
    const straight = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const ok =
      m && Number.isFinite(m.x) && Math.hypot(m.x - straight.x, m.y - straight.y) < Math.hypot(a.x - b.x, a.y - b.y);
    const to = ok ? { x: m.x, y: m.y } : straight;
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
