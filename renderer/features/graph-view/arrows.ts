// Arrow keys on the graph move the selection to the nearest drawn entity in that direction,
// preferring neighbours of the selected one; with nothing selected they start at the centre.
import type { Core, NodeSingular } from 'cytoscape';
import { select, type AppStore } from '../../state/app-state.ts';
import { isDirection, nearestInDirection } from './nearest.ts';

export function bindArrows(
  canvas: HTMLElement,
  getCy: () => Core,
  store: AppStore,
  reveal: (id: string) => void,
): void {
  canvas.addEventListener('keydown', (e) => {
    if (!isDirection(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const cy = getCy();
    const drawn = cy.nodes().not('.filtered');
    if (drawn.empty()) return;
    e.preventDefault();
    const current = store.get().selection.nodes.at(-1);
    const from = (current ? cy.getElementById(current) : cy.collection()) as NodeSingular;
    const start = from.nonempty() ? from.position() : centreOf(cy);
    const near = new Set(from.nonempty() ? from.neighborhood('node').map((n) => n.id()) : []);
    const candidates = drawn
      .filter((n) => n.id() !== current)
      .map((n) => ({ id: n.id(), ...(n as NodeSingular).position(), neighbour: near.has(n.id()) }));
    const next = nearestInDirection(start, candidates, e.key);
    if (!next) return;
    store.update((s) => select(s, { nodes: [next], edges: [] }));
    reveal(next);
  });
}

function centreOf(cy: Core): { x: number; y: number } {
  const e = cy.extent();
  return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
}
