// Right-click menus for a node, an edge and the background; every entry is a view operation or
// a command, so the same actions are on the keyboard and in the toolbar.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { BUNDLE, closePair, openBundle } from './bundles.ts';
import type { AppStore } from '../../state/app-state.ts';
import type { Commands } from '../../ui/commands.ts';
import { showContextMenu, type MenuItem } from '../../ui/context-menu.ts';
import type { Explorer } from '../explore/index.ts';

export interface MenuDeps {
  cy: Core;
  store: AppStore;
  explorer: Explorer;
  commands: Commands;
}

/** Neighbours in the database that the view does not hold (degree minus drawn relations). */
export function hiddenNeighbours(node: NodeSingular): number {
  return Math.max(0, Number(node.data('degree')) - node.connectedEdges().not('.claims-layer, .bundle').length);
}

export function openNodeMenu(x: number, y: number, node: NodeSingular, d: MenuDeps): void {
  const id = node.id();
  const selected = d.cy.nodes(':selected').map((n) => n.id());
  const targets = selected.includes(id) ? selected : [id];
  const hidden = hiddenNeighbours(node);
  const pinned = node.locked();
  const ends = d.store.get().pathEnds;
  const items: MenuItem[] = [
    {
      label: hidden ? `Expand neighbours (${hidden} hidden)` : 'Expand neighbours',
      hint: 'dbl-click',
      run: () => void d.explorer.expand(id),
    },
    ...[1, 2, 3].map((k, i) => ({
      label: `Focus on ${k}-hop neighbourhood`,
      separatorBefore: i === 0,
      run: () => void d.explorer.focus(id, k),
    })),
    {
      label: pinned ? 'Unpin' : 'Pin in place',
      hint: 'P',
      separatorBefore: true,
      run: () => d.explorer.togglePin(targets),
    },
    {
      label: targets.length > 1 ? `Hide ${targets.length} entities` : 'Hide',
      hint: 'Del',
      run: () => d.explorer.hide(targets),
    },
    { label: 'Path from here', separatorBefore: true, run: () => setEnd(d, 'from', id) },
    {
      label: ends.from && ends.from !== id ? `Path to here (from ${d.explorer.labelOf(ends.from)})` : 'Path to here',
      run: () => setEnd(d, 'to', id),
    },
  ];
  showContextMenu(x, y, items, String(node.data('name')));
}

function setEnd(d: MenuDeps, end: 'from' | 'to', id: string): void {
  d.store.update((s) => ({ ...s, pathEnds: { ...s.pathEnds, [end]: id } }));
  const { from, to, strict } = d.store.get().pathEnds;
  if (from && to && from !== to) void d.explorer.path(from, to, strict);
}

export function openEdgeMenu(x: number, y: number, edgeId: string, d: MenuDeps): void {
  const edge = d.cy.getElementById(edgeId) as EdgeSingular;
  if (edge.hasClass(BUNDLE)) return openBundleMenu(x, y, edge, d);
  const parallel = edge.source().edgesWith(edge.target()).not('.filtered, .claims-layer, .bundle').length;
  const items: MenuItem[] = [
    {
      label: 'Select both ends',
      run: () => {
        d.cy.$(':selected').unselect();
        edge.connectedNodes().select();
      },
    },
    { label: 'Hide relation', hint: 'Del', run: () => d.explorer.hide([], [edgeId]) },
  ];
  if (parallel > 1 && !d.store.get().history.present.claimsView)
    items.push({ label: `Group the ${parallel} relations here`, hint: 'G', run: () => closePair(d.store, edge) });
  showContextMenu(x, y, items, String(edge.data('label')));
}

function openBundleMenu(x: number, y: number, bundle: EdgeSingular, d: MenuDeps): void {
  const members = bundle.data('members') as string[];
  const items: MenuItem[] = [
    { label: `Show the ${members.length} relations`, hint: 'click', run: () => openBundle(d.store, bundle) },
    { label: `Hide these ${members.length} relations`, run: () => d.explorer.hide([], members) },
  ];
  showContextMenu(x, y, items, String(bundle.data('label')));
}

export function openBackgroundMenu(x: number, y: number, d: MenuDeps): void {
  const cmd = (id: string, label: string, hint?: string): MenuItem => ({
    label,
    hint,
    disabled: !d.commands.isEnabled(id),
    run: () => void d.commands.run(id),
  });
  showContextMenu(
    x,
    y,
    [
      cmd('fit', 'Fit to window', 'F'),
      cmd('reset-layout', 'Re-run layout', 'L'),
      { label: 'Select all', run: () => void d.cy.elements(':visible').select() },
      cmd('clear-path', 'Clear path highlight'),
      cmd('undo', 'Undo', 'Ctrl+Z'),
      cmd('export', 'Export…', 'E'),
    ],
    'Graph',
  );
}
