// An update of a drawn claims layer (an as-of date step) is applied a chunk per call: each call
// adds, removes or re-marks at most a chunk of elements, says how much is left, and the calls end
// on exactly the layer a sync made at once would draw. The first drawing is made at once.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { ClaimBrief } from '../../../graph-data/contract/views.ts';
import { LAYER_CHUNK } from '../../../renderer/features/graph-view/claims-sync.ts';
import { syncClaims, type ClaimsByRelation } from '../../../renderer/features/graph-view/claims-view.ts';
import { edgeElement, nodeElement } from '../../../renderer/features/graph-view/elements.ts';
import { fanEdge } from '../../helpers/edge-view.ts';
import { emptyView, type ViewState } from '../../../renderer/state/view-state.ts';

const RELATIONS = 40;
const rel = fanEdge;
const claim = (r: number, who: string, stance: ClaimBrief['stance'], possibly = false): ClaimBrief => ({
  id: `k|${r}|${who}|${stance}`,
  relationId: `r${r}`,
  subject: 'a',
  object: `n${r}`,
  predicate: 'supports',
  claimant: { id: who, kind: 'person', label: who },
  stance,
  stated: '2024-10',
  source: { id: `s|${who}`, title: who },
  publisher: null,
  possibly,
});

/** Every relation with 20 claimants of its own (about 1,640 layer elements). */
const before: ClaimsByRelation = new Map(
  Array.from({ length: RELATIONS }, (_, r) => [
    `r${r}`,
    Array.from({ length: 20 }, (_, k) => claim(r, `p${r}-${k}`, 'asserts')),
  ]),
);
/** An earlier date: half the relations keep half their claims (some only possibly), one claimant is new. */
const after: ClaimsByRelation = new Map(
  Array.from({ length: RELATIONS / 2 }, (_, r) => [
    `r${r}`,
    [
      ...Array.from({ length: 10 }, (_, k) => claim(r, `p${r}-${k}`, 'asserts', k % 3 === 0)),
      claim(r, `q${r}`, r % 2 ? 'denies' : 'reports'),
    ],
  ]),
);

function graph(): { cy: Core; v: ViewState } {
  const edges = Array.from({ length: RELATIONS }, (_, i) => rel(i, 'asserted'));
  const nodes = [{ id: 'a', kind: 'place', label: 'A', degree: RELATIONS }].concat(
    edges.map((e, i) => ({ id: e.target, kind: 'place', label: `N${i}`, degree: 1 })),
  );
  const cy = cytoscape({
    headless: true,
    elements: [
      ...nodes.map((n, i) => nodeElement(n, null, { x: 40 * i, y: i % 2 ? 200 : 0 })),
      ...edges.map((e) => edgeElement(e, null)),
    ],
  });
  const v: ViewState = {
    ...emptyView(),
    nodes: new Map(nodes.map((n) => [n.id, n])),
    edges: new Map(edges.map((e) => [e.id, e])),
    claimsView: true,
  };
  return { cy, v };
}

/** The layer as drawn: ids, classes, and a handle's marks. */
const layer = (cy: Core) =>
  cy
    .elements('.claims-layer')
    .map((el) =>
      [
        el.id(),
        [...el.classes()].sort().join(' '),
        ...['status', 'sourceCount', 'doubts'].map((k) => String(el.data(k) ?? '')),
      ].join('|'),
    )
    .sort();

describe('claims layer sync', () => {
  it('draws a layer at once, then applies an update of it a chunk per call', () => {
    const { cy, v } = graph();
    expect(syncClaims(cy, v, before, null, LAYER_CHUNK)).toBe(0);
    expect(cy.elements('.claims-layer').length).toBeGreaterThan(4 * LAYER_CHUNK);
    // The date moves: statuses change (the handles follow them) and half the claims go.
    cy.edges('[id ^= "r"]').forEach((e, i) => void (i % 4 === 0 && e.data('status', 'contested')));
    let changes = 0;
    cy.on('add remove class data', '.claims-layer', () => void changes++);
    const lefts: number[] = [];
    for (let left = 1, calls = 0; left > 0 && calls < 20; calls++) {
      changes = 0;
      left = syncClaims(cy, v, after, null, LAYER_CHUNK);
      lefts.push(left);
      // A chunk's removals take their nodes' edges with them: those are counted by Cytoscape, not by the chunk.
      expect(changes).toBeLessThanOrEqual(2 * LAYER_CHUNK);
    }
    expect(lefts.length).toBeGreaterThan(2);
    expect(lefts.at(-1)).toBe(0);
    lefts.slice(1).forEach((l, i) => expect(l).toBeLessThan(lefts[i] as number));
    // The same layer a sync at once draws on a fresh graph.
    const fresh = graph();
    fresh.cy.edges('[id ^= "r"]').forEach((e, i) => void (i % 4 === 0 && e.data('status', 'contested')));
    expect(syncClaims(fresh.cy, fresh.v, after, null)).toBe(0);
    expect(layer(cy)).toEqual(layer(fresh.cy));
    expect(cy.elements('.claim-edge.possibly').length).toBeGreaterThan(0);
    expect(cy.nodes('.claim-handle[status = "contested"]').length).toBeGreaterThan(0);
    // Nothing left to do: a further call changes nothing.
    changes = 0;
    expect(syncClaims(cy, v, after, null, LAYER_CHUNK)).toBe(0);
    expect(changes).toBe(0);
    cy.destroy();
    fresh.cy.destroy();
  });
});
