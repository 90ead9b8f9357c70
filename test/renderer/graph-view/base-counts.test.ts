// The counts that pick the style and renderer options leave the claims layer out, so turning the
// claims view on never crosses the "huge" threshold (which rebuilt Cytoscape and restyled everything).
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { baseCounts, HUGE_ELEMENTS, scaleFor } from '../../../renderer/features/graph-view/scale.ts';

describe('baseCounts', () => {
  it('counts entities and relations, not the claims layer', () => {
    const els: ElementDefinition[] = [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'r', source: 'a', target: 'b' } },
    ];
    // Enough claimants and claim edges to pass the threshold on their own.
    for (let i = 0; i < HUGE_ELEMENTS; i++) {
      els.push({ data: { id: `n${i}` }, classes: 'claims-layer' });
      els.push({ data: { id: `c${i}`, source: `n${i}`, target: 'a' }, classes: 'claims-layer' });
    }
    const cy = cytoscape({ headless: true, elements: els });
    expect(baseCounts(cy)).toEqual([2, 3]);
    expect(scaleFor(...baseCounts(cy)).huge).toBe(false);
    expect(scaleFor(cy.nodes().length, cy.elements().length).huge).toBe(true);
    cy.destroy();
  });
});
