// Shortest path (left panel): two endpoints (from the selection or the node menu), an option to
// walk only asserted/confirmed relations, and the result highlighted in the graph (undoable).
import './path.css';
import { viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import type { Explorer } from '../explore/index.ts';
import { pathHops } from './hops.ts';

type End = 'from' | 'to';

export function mountPath(el: HTMLElement, deps: { store: AppStore; explorer: Explorer }): { run(): void } {
  const { store, explorer } = deps;
  const ends = { from: h('div', { class: 'path-end' }), to: h('div', { class: 'path-end' }) };
  const strict = h('input', { type: 'checkbox', id: 'path-strict' });
  strict.addEventListener('change', () =>
    store.update((s) => ({ ...s, pathEnds: { ...s.pathEnds, strict: strict.checked } })),
  );
  const find = h('button', { class: 'btn btn-small btn-primary' }, 'Find path');
  const clear = h('button', { class: 'btn btn-small btn-ghost' }, 'Clear');
  const result = h('div', { class: 'path-result', 'aria-live': 'polite' });
  el.append(
    h(
      'div',
      { class: 'path-ends' },
      h('span', { class: 'sub' }, 'From'),
      ends.from,
      h('span', { class: 'sub' }, 'To'),
      ends.to,
    ),
    h('label', { class: 'check-row' }, strict, h('span', null, 'Only asserted/confirmed relations')),
    h('div', { class: 'row' }, find, clear),
    result,
  );

  const endpoints = (s: AppState): [string | null, string | null] => {
    const [a, b] = s.selection.nodes;
    if (s.pathEnds.from || s.pathEnds.to)
      return [
        s.pathEnds.from ?? (a !== s.pathEnds.to ? (a ?? null) : null),
        s.pathEnds.to ?? (a !== s.pathEnds.from ? (a ?? null) : null),
      ];
    return [a ?? null, b ?? null];
  };
  const run = () => {
    const [from, to] = endpoints(store.get());
    if (from && to && from !== to) void explorer.path(from, to, store.get().pathEnds.strict);
  };
  find.addEventListener('click', run);
  clear.addEventListener('click', () => {
    store.update((s) => ({ ...s, pathEnds: { from: null, to: null, strict: s.pathEnds.strict } }));
    explorer.clearPath();
  });

  const setEnd = (end: End, id: string | null) =>
    store.update((s) => ({ ...s, pathEnds: { ...s.pathEnds, [end]: id } }));
  const endView = (end: End, id: string | null, s: AppState) => {
    const sel = s.selection.nodes[0];
    return [
      h(
        'span',
        { class: id ? 'path-label' : 'path-label muted' },
        id ? explorer.labelOf(id) : end === 'from' ? 'first selected entity' : 'second selected entity',
      ),
      sel && sel !== id
        ? h(
            'button',
            { class: 'link-btn', title: 'Use the selected entity', onclick: () => setEnd(end, sel) },
            'use selected',
          )
        : null,
      id && s.pathEnds[end]
        ? h('button', { class: 'link-btn', 'aria-label': `Clear ${end}`, onclick: () => setEnd(end, null) }, '×')
        : null,
    ];
  };

  const render = (s: AppState) => {
    const [from, to] = endpoints(s);
    replaceChildren(ends.from, endView('from', from, s));
    replaceChildren(ends.to, endView('to', to, s));
    strict.checked = s.pathEnds.strict;
    find.disabled = !(from && to && from !== to);
    const p = viewOf(s).path;
    clear.disabled = !p && !s.pathEnds.from && !s.pathEnds.to;
    replaceChildren(
      result,
      p
        ? [
            h('div', { class: 'sub' }, `${p.edges.length} hop${p.edges.length === 1 ? '' : 's'}`),
            pathHops(p, store, explorer.labelOf),
          ]
        : null,
    );
  };
  // "Path from" (Inspector, node menu, P) and a new path result open this section, so they are seen.
  const section = el.closest('details');
  store.subscribe((s, prev) => {
    const started = s.pathEnds.from && s.pathEnds.from !== prev.pathEnds.from;
    const found = viewOf(s).path && viewOf(s).path !== viewOf(prev).path;
    if (section && (started || found)) section.open = true;
    if (s.selection !== prev.selection || s.pathEnds !== prev.pathEnds || viewOf(s) !== viewOf(prev)) render(s);
  });
  render(store.get());
  return { run };
}
