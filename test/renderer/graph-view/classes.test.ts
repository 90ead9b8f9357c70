// setClass changes only the elements whose class differs: Cytoscape's toggleClass(cls, on) would
// count every element as changed and restyle it on the next frame.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { setClass } from '../../../renderer/features/graph-view/classes.ts';

function graph() {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' }, classes: 'label-off' },
      { data: { id: 'b' } },
      { data: { id: 'c' }, classes: 'label-off' },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
}

describe('setClass', () => {
  it('gives and takes the class as asked, touching only elements that change', () => {
    const cy = graph();
    const changed: string[] = [];
    cy.on('class', (e) => void changed.push((e.target as cytoscape.SingularElementArgument).id()));
    setClass(cy.elements(), 'label-off', (el) => el.id() !== 'c');
    expect(cy.elements('.label-off').map((el) => el.id())).toEqual(['a', 'b', 'ab']);
    expect(changed.sort()).toEqual(['ab', 'b', 'c']);
    changed.length = 0;
    setClass(cy.elements(), 'label-off', (el) => el.id() !== 'c');
    expect(changed).toEqual([]);
  });

  it('is what toggleClass is not: toggleClass reports unchanged elements as changed', () => {
    const cy = graph();
    let events = 0;
    cy.on('class', () => void events++);
    cy.nodes().forEach((n) => void n.toggleClass('label-off', n.id() !== 'b'));
    // If Cytoscape ever stops doing this, setClass is no longer needed.
    expect(events).toBe(3);
  });
});
