// The shorter path to Cytoscape's cached bounding box answers exactly what Cytoscape's own does,
// through moves, style changes, additions and removals, and it is the path taken once a box is cached.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { installFastBounds, posKeyOf } from '../../../renderer/features/graph-view/fast-bounds.ts';

type Own = (this: unknown, options?: unknown) => unknown;

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)' } },
      { selector: 'edge', style: { width: 3, 'curve-style': 'bezier' } },
      { selector: '.big', style: { width: 40, height: 40 } },
    ],
    elements: [
      ...Array.from({ length: 30 }, (_, i) => ({
        data: { id: `n${i}`, size: 5 + i },
        position: { x: (i % 6) * 70.4, y: Math.floor(i / 6) * 55.7 },
      })),
      ...Array.from({ length: 40 }, (_, i) => ({
        data: { id: `e${i}`, source: `n${i % 30}`, target: `n${(i * 7 + 3) % 30}` },
      })),
    ],
  });
}

describe('fast bounds', () => {
  it('answers what Cytoscape answers, through moves, restyles, additions and removals', () => {
    const cy = graph();
    const proto = Object.getPrototypeOf(cy.collection()) as { boundingBox: Own };
    const own = proto.boundingBox;
    installFastBounds(cytoscape);
    expect(proto.boundingBox).not.toBe(own);
    const both = () =>
      cy.elements().forEach((el) => {
        const fast = JSON.stringify(el.boundingBox());
        expect(fast).toBe(JSON.stringify(own.call(el)));
      });
    both();
    // Once cached, the key matches Cytoscape's own: the short path is the one taken. (A parallel
    // edge's box drops its sibling's, so a few edges hold none until asked again.)
    type Held = { _private: { bbCachePosKey: number | null } };
    const keys = cy.elements().map((el) => [posKeyOf(el), (el as unknown as Held)._private.bbCachePosKey]);
    const held = keys.filter(([, k]) => k !== null);
    expect(held.length).toBeGreaterThan(keys.length / 2);
    for (const [mine, theirs] of held) expect(mine).toBe(theirs);
    cy.nodes()
      .slice(0, 10)
      .forEach((n, i) => void n.position({ x: n.position('x') + 13.6 * i, y: n.position('y') - 9 }));
    both();
    cy.nodes().slice(5, 15).addClass('big');
    cy.nodes().slice(20, 25).data('size', 33);
    both();
    cy.remove(cy.nodes().slice(0, 3));
    cy.add({ data: { id: 'x', size: 12 }, position: { x: 500, y: 500 } });
    cy.add({ data: { id: 'ex', source: 'x', target: 'n10' } });
    both();
    // A position written without an event (as Cytoscape's own silent paths do) is caught by the key.
    const n = cy.getElementById('n12') as unknown as { _private: { position: { x: number; y: number } } };
    n._private.position.x += 40;
    both();
    // A move below half a unit keeps Cytoscape's key (rounded positions): both keep the cached box.
    cy.getElementById('x').position({ x: 500.2, y: 500.3 });
    both();
    cy.destroy();
  });
});
