// Parallel relations drawn as one bundle edge labelled with their count ("×4"), its members hidden (class
// `bundled`) until the researcher opens it: a click on the bundle, G on the keyboard, or the edge
// menu. Which bundles exist is derived in state/bundles.ts; this file only mirrors it.
import type { Core, EdgeSingular, ElementDefinition } from 'cytoscape';
import type { RelationStatus } from '../../../graph-data/model/types.ts';
import { commitView, type AppStore } from '../../state/app-state.ts';
import { bundleId, bundlesOf, pairKey, setPairsOpen, type Bundle } from '../../state/bundles.ts';
import type { ViewState } from '../../state/view-state.ts';
import { edgeWidth } from '../../ui/status-styles.ts';
import type { GraphPalette } from './palette.ts';
import { setClass } from './classes.ts';

export const BUNDLE = 'bundle';
export const BUNDLED = 'bundled';

/** A bundle reads as its least established member: one contested relation is not hidden by others. */
const WEAKEST: readonly RelationStatus[] = ['contested', 'denied', 'unverified', 'asserted', 'confirmed'];

function bundleData(b: Bundle): Record<string, unknown> {
  const statuses = new Set(b.members.map((e) => e.status));
  const sources = b.members.map((e) => e.sourceCount);
  return {
    id: bundleId(b.key),
    source: b.ends[0],
    target: b.ends[1],
    pair: b.key,
    members: b.members.map((e) => e.id),
    count: b.members.length,
    label: `×${b.members.length}`,
    status: WEAKEST.find((s) => statuses.has(s)) ?? 'asserted',
    // Marks as for one relation: single-source if any member rests on one source, doubted if any is.
    sourceCount: Math.min(...sources),
    doubts: b.members.reduce((n, e) => n + (e.doubts ?? 0), 0),
    width: edgeWidth(Math.max(...sources)) + 1.5,
    arrow: 'none',
    // Its count is what tells a bundle from a relation: its label goes before relation labels.
    labelPriority: 1000,
  };
}

/** Adds, updates or removes bundle edges and hides their members; call after syncView. */
export function syncBundles(cy: Core, v: ViewState): void {
  const want = new Map(bundlesOf(v).map((b) => [bundleId(b.key), b]));
  const members = new Set([...want.values()].flatMap((b) => b.members.map((e) => e.id)));
  cy.batch(() => {
    cy.edges(`.${BUNDLE}`)
      .filter((e) => !want.has(e.id()))
      .remove();
    const adds: ElementDefinition[] = [];
    for (const [id, b] of want) {
      const data = bundleData(b);
      const have = cy.getElementById(id);
      if (have.empty()) adds.push({ group: 'edges', data, classes: BUNDLE, selectable: false });
      else if (String(have.data('members')) !== String(data['members']) || have.data('status') !== data['status'])
        have.data(data);
    }
    if (adds.length) cy.add(adds);
    setClass(cy.edges().not(`.${BUNDLE}, .claims-layer`), BUNDLED, (e) => members.has(e.id()));
    const path = !!v.path;
    setClass(cy.edges(`.${BUNDLE}`), 'faded', () => path);
  });
}

/** Marks the bundles holding a selected relation, so a relation picked elsewhere can be found. */
export function markSelectedBundles(cy: Core, selectedEdges: readonly string[]): void {
  const want = new Set(selectedEdges);
  cy.batch(() =>
    setClass(cy.edges(`.${BUNDLE}`), 'holds-selected', (e) =>
      (e.data('members') as string[]).some((id) => want.has(id)),
    ),
  );
}

/** Opens a bundle as one undoable step, named after its two ends. */
export function openBundle(store: AppStore, bundle: EdgeSingular): void {
  const label = `Show ${bundle.data('count')} relations between ${bundle.source().data('name')} and ${bundle.target().data('name')}`;
  store.update((s) => commitView(s, label, (v) => setPairsOpen(v, [bundle.data('pair') as string], true)));
}

/** Groups a relation with its parallel relations again. */
export function closePair(store: AppStore, edge: EdgeSingular): void {
  const key = pairKey(edge.source().id(), edge.target().id());
  const label = `Group relations between ${edge.source().data('name')} and ${edge.target().data('name')}`;
  store.update((s) => commitView(s, label, (v) => setPairsOpen(v, [key], false)));
}

export function bindBundles(cy: Core, store: AppStore): void {
  cy.on('tap', `edge.${BUNDLE}`, (e) => openBundle(store, e.target as EdgeSingular));
}

/** A bundle reads as a pill with its count on a heavier line; `labels` is the zoom's label factor. */
export function bundleStyle(p: GraphPalette, labels: number): Record<string, unknown>[] {
  return [
    // Hidden, not removed from the display: layouts still pull on each relation, so a picture
    // does not change when a bundle opens or closes.
    { selector: `edge.${BUNDLED}`, style: { visibility: 'hidden', events: 'no', label: '' } },
    {
      selector: `edge.${BUNDLE}`,
      style: {
        'curve-style': 'straight',
        'line-cap': 'round',
        'font-size': Math.round(11 * Math.max(1, labels) * 10) / 10,
        'font-weight': 'bold',
        color: p.text,
        'text-rotation': 'none',
        'min-zoomed-font-size': 0,
        'text-outline-width': 0,
        'text-background-color': p.background,
        'text-background-opacity': 1,
        'text-background-shape': 'roundrectangle',
        'text-background-padding': 2.5,
        'text-border-width': 1,
        'text-border-color': p.edgeText,
        'text-border-opacity': 1,
        'z-index': 3,
      },
    },
    { selector: `edge.${BUNDLE}.holds-selected`, style: { 'line-color': p.accent, 'text-border-color': p.accent } },
  ];
}
