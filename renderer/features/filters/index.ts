// Filters (left panel): entity kind, status, predicate and claim date range. They act at once on
// what is drawn (by data, client-side), are undoable, and are sent along when expanding.
import './filters.css';
import { commitView, viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import { isFilterActive } from '../../state/filter-match.ts';
import { setFilter } from '../../state/view-actions.ts';
import { EMPTY_FILTER, type ViewFilter } from '../../state/view-state.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { mountDateRange } from './date-range.ts';
import { kindRows, predicateRows, statusRows, type Toggle } from './rows.ts';

export { filterSummary } from './rows.ts';

export function mountFilters(el: HTMLElement, store: AppStore): void {
  const statusBox = h('div', { class: 'filter-group', role: 'group', 'aria-label': 'Status' });
  const kindBox = h('div', { class: 'filter-group', role: 'group', 'aria-label': 'Entity kind' });
  const predBox = h('div', { class: 'filter-group filter-scroll', role: 'group', 'aria-label': 'Predicate' });
  const reset = h('button', { class: 'btn btn-small btn-ghost', title: 'Show everything again' }, 'Reset');
  reset.addEventListener('click', () => commit('Reset filters', EMPTY_FILTER));
  const dates = mountDateRange((from, to) => commit(`Filter: stated ${from ?? '…'} – ${to ?? '…'}`, { from, to }));

  el.append(
    h('div', { class: 'filter-head' }, h('span', { class: 'sub' }, 'Relation status'), reset),
    statusBox,
    h('div', { class: 'sub' }, 'Entity kind'),
    kindBox,
    h('details', { class: 'sub-details' }, h('summary', { class: 'sub' }, 'Predicate'), predBox),
    h('div', { class: 'sub' }, 'Claim stated between'),
    dates.el,
  );

  function commit(label: string, patch: Partial<ViewFilter>): void {
    store.update((s) => commitView(s, label, (v) => setFilter(v, patch)));
  }

  const toggle: Toggle = (field, id, on) => {
    const f = viewOf(store.get()).filter;
    const list = f[field] as readonly string[];
    const next = on ? list.filter((x) => x !== id) : [...list, id];
    commit(`Filter: ${on ? 'show' : 'hide'} ${id.replace(/-/g, ' ')}`, { [field]: next } as Partial<ViewFilter>);
  };

  function render(s: AppState): void {
    const v = viewOf(s);
    const vocab = s.info?.vocabulary ?? null;
    replaceChildren(statusBox, statusRows(v, s.theme, toggle));
    replaceChildren(kindBox, kindRows(v, vocab, toggle));
    replaceChildren(predBox, predicateRows(v, vocab, toggle));
    reset.disabled = !isFilterActive(v.filter);
    dates.show(v.filter.from, v.filter.to);
  }

  store.subscribe((s, prev) => {
    if (viewOf(s) !== viewOf(prev) || s.theme !== prev.theme || s.info !== prev.info) render(s);
  });
  render(store.get());
}
