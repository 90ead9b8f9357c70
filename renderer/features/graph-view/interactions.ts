// Pointer behaviour on the canvas: hover fades all but the neighbourhood, double-click expands,
// right-click opens a menu, and Cytoscape's selection (click, box) flows into the store.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { select, type AppStore } from '../../state/app-state.ts';
import type { Explorer } from '../explore/index.ts';
import { openBackgroundMenu, openEdgeMenu, openNodeMenu, type MenuDeps } from './node-menu.ts';

/** Above this, hover fading touches too many elements to stay smooth. */
const HOVER_LIMIT = 3000;

export function bindInteractions(
  cy: Core,
  store: AppStore,
  explorer: Explorer,
  menu: Omit<MenuDeps, 'cy'>,
): () => void {
  const deps: MenuDeps = { ...menu, cy };
  cy.on('mouseover', 'node', (e) => hover(cy, e.target as NodeSingular));
  cy.on('mouseover', 'edge', (e) => hover(cy, null, e.target.id()));
  cy.on('mouseout', 'node, edge', () => unhover(cy));
  cy.on('dbltap', 'node', (e) => void explorer.expand((e.target as NodeSingular).id()));
  cy.on('cxttap', (e) => openMenuFor(e, deps));
  // Box selection fires one event per element in a single task: coalesce them in a microtask
  // (not a frame, so a key pressed right after a click already sees the new selection).
  let pending = false;
  const pushSelection = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      const sel = cy.$(':selected');
      cy.batch(() => {
        cy.edges('.sel-edge').removeClass('sel-edge');
        sel.nodes().connectedEdges().addClass('sel-edge');
      });
      // A claims-view handle or claim edge stands for its relation.
      const nodes = sel.nodes().filter((n) => !n.data('handle'));
      const relations = sel.filter((el) => !!el.data('relation')).map((el) => el.data('relation') as string);
      const edges = [
        ...sel
          .edges()
          .not('.claims-layer')
          .map((x) => x.id()),
        ...relations,
      ];
      store.update((s) => select(s, { nodes: nodes.map((n) => n.id()), edges: [...new Set(edges)] }));
    });
  };
  cy.on('select unselect', pushSelection);
  return () => cy.removeAllListeners();
}

function openMenuFor(e: EventObject, deps: MenuDeps): void {
  const oe = e.originalEvent as MouseEvent | undefined;
  const x = oe?.clientX ?? 0;
  const y = oe?.clientY ?? 0;
  if (e.target === deps.cy) openBackgroundMenu(x, y, deps);
  else if (e.target.isNode()) {
    if (!e.target.selected()) {
      deps.cy.$(':selected').unselect();
      e.target.select();
    }
    openNodeMenu(x, y, e.target as NodeSingular, deps);
  } else openEdgeMenu(x, y, e.target.id(), deps);
}

function hover(cy: Core, node: NodeSingular | null, edgeId?: string): void {
  if (cy.elements().length > HOVER_LIMIT) return;
  cy.batch(() => {
    const keep = node
      ? node.closedNeighborhood()
      : cy.getElementById(edgeId ?? '').union(cy.getElementById(edgeId ?? '').connectedNodes());
    cy.elements().not(keep).not('.on-path').addClass('hover-dim');
    keep.edges().addClass('hover-edge');
    keep.nodes().addClass('hovered');
  });
}

/** Drops hover marks: also when a layout moves nodes away from under the pointer. */
export function unhover(cy: Core): void {
  cy.batch(() => cy.elements('.hover-dim, .hover-edge, .hovered').removeClass('hover-dim hover-edge hovered'));
}
