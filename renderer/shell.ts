// The window's frame: toolbar on top, explore panel left, graph centre, Inspector right, status
// bar below. Returns the mount points; features fill them.
import { h } from './ui/h.ts';

export interface Shell {
  root: HTMLElement;
  toolbar: HTMLElement;
  search: HTMLElement;
  filters: HTMLElement;
  layout: HTMLElement;
  path: HTMLElement;
  legend: HTMLElement;
  /** Claims and time (issue 10): claims view, as-of date, date rule, claimant tools. */
  claims: HTMLElement;
  /** The timeline strip under the graph. */
  timeline: HTMLElement;
  /** Editing (issue 8): the change log and the likely duplicates. */
  history: HTMLElement;
  duplicates: HTMLElement;
  graph: HTMLElement;
  stage: HTMLElement;
  inspector: HTMLElement;
  statusBar: HTMLElement;
  toasts: HTMLElement;
}

function panelSection(title: string, open: boolean, id: string): [HTMLElement, HTMLElement] {
  const body = h('div', { class: 'section-body' });
  const el = h('details', { class: 'panel-section', open, id: `section-${id}` }, h('summary', null, title), body);
  return [el, body];
}

export function createShell(root: HTMLElement): Shell {
  const toolbar = h('header', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Main toolbar' });
  const search = h('div', { class: 'search-section' });
  const [filtersEl, filters] = panelSection('Filters', true, 'filters');
  const [layoutEl, layout] = panelSection('Layout', true, 'layout');
  const [pathEl, path] = panelSection('Shortest path', false, 'path');
  const [legendEl, legend] = panelSection('Legend', true, 'legend');
  const [claimsEl, claims] = panelSection('Claims and time', true, 'claims');
  const [historyEl, history] = panelSection('History', false, 'history');
  const [duplicatesEl, duplicates] = panelSection('Likely duplicates', false, 'duplicates');
  const left = h(
    'aside',
    { class: 'left-panel', 'aria-label': 'Explore' },
    search,
    h('div', { class: 'panel-scroll' }, claimsEl, filtersEl, layoutEl, pathEl, legendEl, historyEl, duplicatesEl),
  );
  const graph = h('div', { class: 'graph-host' });
  const stage = h('div', { class: 'stage' });
  const timeline = h('div', { class: 'timeline-host' });
  const centre = h('main', { class: 'centre' }, graph, stage, timeline);
  const inspector = h('div', { class: 'inspector-content' });
  const right = h(
    'section',
    { class: 'inspector', 'aria-label': 'Inspector' },
    h('div', { class: 'panel-title' }, 'Inspector'),
    inspector,
  );
  const statusBar = h('footer', { class: 'status-bar' });
  const toasts = h('div', { class: 'toasts' });
  root.replaceChildren(toolbar, left, centre, right, statusBar, toasts);
  root.classList.add('app');
  return {
    root,
    toolbar,
    search,
    filters,
    layout,
    path,
    legend,
    claims,
    timeline,
    history,
    duplicates,
    graph,
    stage,
    inspector,
    statusBar,
    toasts,
  };
}
