// Changed relations are written a chunk at a time (an as-of step over a large view restyles them
// over several frames): each call writes at most a chunk of the edges whose derived data differs,
// says how many are left, and repeated calls reach the view's values exactly.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { EDGE_CHUNK, updateEdgeData } from '../../../renderer/features/graph-view/edge-data.ts';
import { edgeElement, nodeElement } from '../../../renderer/features/graph-view/elements.ts';
import { fanEdge } from '../../helpers/edge-view.ts';
import { emptyView } from '../../../renderer/state/view-state.ts';

const edge = fanEdge;

describe('updateEdgeData', () => {
  it('writes at most a chunk of changed edges per call until the view is reached', () => {
    const n = EDGE_CHUNK * 3 + 50;
    const drawn = Array.from({ length: n }, (_, i) => edge(i, 'asserted'));
    const cy = cytoscape({
      headless: true,
      elements: [
        nodeElement({ id: 'a', kind: 'country', label: 'A', degree: n }, null, { x: 0, y: 0 }),
        ...drawn.map((e, i) =>
          nodeElement({ id: e.target, kind: 'person', label: `N${i}`, degree: 1 }, null, { x: i, y: 9 }),
        ),
        ...drawn.map((e) => edgeElement(e, null)),
      ],
    });
    // As of another date: every other relation changed status, every third its sources.
    const next = drawn.map((e, i) => edge(i, i % 2 ? 'contested' : 'asserted', i % 3 ? 1 : 2));
    const v = { ...emptyView(), edges: new Map(next.map((e) => [e.id, e])) };
    const changed = next.filter((e, i) => e.status !== drawn[i]?.status || e.sourceCount !== 1).length;
    expect(changed).toBeGreaterThan(EDGE_CHUNK * 2);
    const status = () =>
      cy.edges().map((e) => `${e.id()}:${String(e.data('status'))}:${String(e.data('sourceCount'))}`);
    expect(updateEdgeData(cy, v, null)).toBe(changed - EDGE_CHUNK);
    expect(updateEdgeData(cy, v, null)).toBe(changed - 2 * EDGE_CHUNK);
    expect(updateEdgeData(cy, v, null)).toBe(0);
    expect(updateEdgeData(cy, v, null)).toBe(0);
    expect(status()).toEqual(next.map((e) => `${e.id}:${e.status}:${e.sourceCount}`));
    cy.destroy();
  });
});
