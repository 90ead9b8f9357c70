// The status bar: drawn vs total entities and relations, active filters, selection, zoom,
// renderer and the database file. data-* attributes carry the counts for tests and tools.
import { viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import { visibleElements } from '../../state/filter-match.ts';
import { h } from '../../ui/h.ts';
import { filterSummary } from '../filters/index.ts';
import { findLayout } from '../layout/index.ts';

export interface StatusBarDeps {
  store: AppStore;
  zoom(): number;
  renderer(): string;
  onViewport(cb: () => void): void;
  transport: string;
}

export function mountStatusBar(el: HTMLElement, deps: StatusBarDeps): void {
  const { store } = deps;
  const phase = h('span', { class: 'sb-item sb-phase' });
  const counts = h('span', { class: 'sb-item sb-counts', id: 'status-counts' });
  const filter = h('span', { class: 'sb-item sb-filter' });
  const trunc = h('span', { class: 'sb-item sb-warn' });
  const sel = h('span', { class: 'sb-item' });
  const zoom = h('span', { class: 'sb-item mono' });
  const render = h('span', { class: 'sb-item' });
  const db = h('span', { class: 'sb-item sb-db' });
  el.append(phase, counts, filter, trunc, h('span', { class: 'sb-spacer' }), sel, zoom, render, db);

  const showZoom = () => {
    zoom.textContent = `${Math.round(deps.zoom() * 100)}%`;
    render.textContent = `${findLayout(viewOf(store.get()).layout).label} · ${deps.renderer() === 'webgl' ? 'WebGL' : 'Canvas'}`;
  };
  deps.onViewport(showZoom);

  const update = (s: AppState) => {
    const v = viewOf(s);
    const vis = visibleElements(v);
    const total = s.info?.counts;
    phase.textContent = { loading: 'Loading…', ready: 'Ready', empty: 'Empty database', error: 'Error' }[s.phase];
    phase.className = `sb-item sb-phase phase-${s.phase}`;
    counts.textContent = `${vis.nodes.size} of ${total?.entities ?? v.nodes.size} entities · ${vis.edges.size} of ${total?.relations ?? v.edges.size} relations`;
    Object.assign(counts.dataset, {
      visibleNodes: String(vis.nodes.size),
      visibleEdges: String(vis.edges.size),
      totalNodes: String(total?.entities ?? ''),
      totalEdges: String(total?.relations ?? ''),
    });
    const f = filterSummary(v.filter);
    filter.textContent = f ? `Filtered: ${f}` : '';
    filter.hidden = !f;
    trunc.textContent = v.truncated ? 'Capped: search or expand to see more' : '';
    trunc.hidden = !v.truncated;
    const n = s.selection.nodes.length + s.selection.edges.length;
    sel.textContent = n ? `${n} selected` : '';
    sel.hidden = !n;
    const file = s.info?.file ?? '';
    db.textContent = file ? (file.split(/[\\/]/).pop() ?? file) : '';
    db.title = `${file} (${deps.transport === 'electron' ? 'desktop' : 'local server'})`;
    showZoom();
  };
  store.subscribe((s) => update(s));
  update(store.get());
}
