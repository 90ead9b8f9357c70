// A claims layer too large for its own layout pass: no ties, every element out of layouts and
// arriving with its label off; claimants left out of a layout go back beside what they spoke about.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { loosen, placeAmong, placeLooseClaimants } from '../../../renderer/features/graph-view/claims-place.ts';

describe('claims layer placement', () => {
  it('loosen drops the ties and keeps the rest out of layouts, labels off', () => {
    const out = new Map<string, ElementDefinition>([
      ['h|r', { data: { id: 'h|r', handle: true }, classes: 'claims-layer claim-handle' }],
      ['t|r|a', { data: { id: 't|r|a', source: 'h|r', target: 'a' }, classes: 'claims-layer claims-tether' }],
      [
        'c|x|r|asserts',
        { data: { id: 'c|x|r|asserts', source: 'x', target: 'h|r' }, classes: 'claims-layer claim-edge' },
      ],
    ]);
    loosen(out);
    expect([...out.keys()]).toEqual(['h|r', 'c|x|r|asserts']);
    for (const d of out.values())
      expect(String(d.classes).split(' ')).toEqual(expect.arrayContaining(['claims-loose', 'label-off']));
  });

  it('puts a loose claimant near the handles it spoke to', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 1000, y: 0 } },
        { data: { id: 'h1' }, position: { x: 900, y: 400 }, classes: 'claims-layer claim-handle claims-loose' },
        { data: { id: 'x', claimant: true }, position: { x: -3000, y: -3000 }, classes: 'claims-layer claims-loose' },
        { data: { id: 'c', source: 'x', target: 'h1' }, classes: 'claims-layer claim-edge claims-loose' },
      ],
    });
    placeLooseClaimants(cy);
    const p = cy.getElementById('x').position();
    expect(Math.hypot(p.x - 900, p.y - 400)).toBeLessThan(100);
    cy.destroy();
  });

  it('placeAmong places only claimants not drawn yet, among the relations they spoke about', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 1000, y: 0 } },
        { data: { id: 'x', claimant: true }, position: { x: 5, y: 5 }, classes: 'claims-layer' },
      ],
    });
    const out = new Map<string, ElementDefinition>([
      ['x', { group: 'nodes', data: { id: 'x' } }],
      ['y', { group: 'nodes', data: { id: 'y' } }],
    ]);
    const at = { x: 500, y: 300 };
    placeAmong(
      cy,
      out,
      new Map([
        ['x', [at]],
        ['y', [at]],
      ]),
    );
    expect(out.get('x')?.position).toBeUndefined();
    const p = out.get('y')?.position;
    expect(p && Math.hypot(p.x - at.x, p.y - at.y)).toBeLessThan(100);
    cy.destroy();
  });
});
