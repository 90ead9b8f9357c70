// The claims view drawn into Cytoscape: each relation with claims gets a small handle at its
// middle, each claimant an edge to it per stance, and optionally each source's publisher. These
// elements carry the `claims-layer` class: sync adds and removes them, the handles follow their
// relation's midpoint (claims-handles.ts), and they never count as drawn entities or relations.
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import type { ClaimBrief, EntityRef } from '../../../graph-data/contract/views.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import type { Point, ViewState } from '../../state/view-state.ts';
import { CLAIMS_LAYOUT_MAX_NODES } from './claims-layout.ts';
import { handleId, inLayer, middleOf } from './claims-handles.ts';
import { applyLayer } from './claims-sync.ts';
import { loosen, markBroad, placeAmong } from './claims-place.ts';
import { STANCE_STYLES } from '../../ui/stance-styles.ts';
import { nodeData } from './elements.ts';

export const LAYER = 'claims-layer';
export type ClaimsByRelation = ReadonlyMap<string, readonly ClaimBrief[]>;

/** The data the base edge style maps (width, arrow): without it Cytoscape warns on every style pass. */
const LAYER_EDGE = { width: 1, arrow: 'none' } as const;
const HANDLE_NODE = { label: '', imp: 0, z: 20, shape: 'diamond', color: '#ffffff', size: 11 } as const;

/** The drawn relations (not the layer, not hidden by a filter, not a bundle). */
const relationEdges = (cy: Core) =>
  cy.edges().filter((e) => !inLayer(e) && !e.hasClass('filtered') && !e.hasClass('bundle'));
/**
 * Adds, keeps or removes the claims layer so it matches the view and the claims loaded: at most
 * `budget` element changes when the layer is drawn already (claims-sync.ts); answers how many are left.
 */
export function syncClaims(
  cy: Core,
  v: ViewState,
  claims: ClaimsByRelation | null,
  vocab: Vocabulary | null,
  budget = Infinity,
): number {
  const want = v.claimsView && claims ? wanted(cy, v, claims, vocab) : new Map<string, ElementDefinition>();
  return applyLayer(cy, want, budget);
}

/**
 * While the claims of a new view are on their way: only the handles of relations no longer drawn
 * go (with their claim edges), so nothing hangs where a relation was; the rest waits for syncClaims.
 */
export function pruneClaims(cy: Core): void {
  const gone = cy.nodes('.claim-handle').filter((n) => !cy.hasElementWithId(n.data('relation') as string));
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
  relationEdges(cy).forEach((e: EdgeSingular) => {
    const list = claims.get(e.id());
    if (!list?.length) return;
    const hid = handleId(e.id());
    const mid = cy.hasElementWithId(hid) ? { ...(cy.getElementById(hid) as NodeSingular).position() } : middleOf(e);
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
          data: {
            id,
            source: c.claimant.id,
            target: hid,
            stance: c.stance,
            stanceLabel: STANCE_STYLES[c.stance].label,
            // The declutter keeps disputing stances' labels first.
            labelPriority: c.stance === 'cannot-verify' || c.stance === 'denies' ? 50 : 2,
            relation: e.id(),
            ...LAYER_EDGE,
          },
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
  const drawn = cy.nodes().filter((n) => !inLayer(n) && !n.hasClass('filtered')).length;
  if (drawn + spoke.size + handles > CLAIMS_LAYOUT_MAX_NODES) loosen(out);
  return out;
}
