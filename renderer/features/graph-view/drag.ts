// Dragging: grabbing a node selects it (keeping a selection it belongs to), and letting go
// records the new positions as one undoable step. Pinned nodes drag too, and stay where dropped.
import type { Core, NodeSingular } from 'cytoscape';
import { commitView, type AppStore } from '../../state/app-state.ts';
import { withPositions } from '../../state/view-actions.ts';
import { readPositions } from './view-apply.ts';

export function bindDrag(cy: Core, store: AppStore): void {
  // On the first move, not on press, so Shift+click can still add to the selection.
  cy.on('drag', 'node', (e) => {
    const n = e.target as NodeSingular;
    if (n.selected()) return;
    cy.$(':selected').unselect();
    n.select();
  });
  cy.on('dragfree', 'node', (e) => {
    const n = e.target as NodeSingular;
    const moved = cy.nodes(':selected').union(n);
    const label = moved.length === 1 ? String(n.data('name')) : `${moved.length} entities`;
    store.update((s) => commitView(s, `Move ${label}`, (v) => withPositions(v, readPositions(moved))));
  });
}
