// The legend (left panel): what shapes, colours, line styles and widths mean, for the
// kinds and statuses in the current view. Reads the same data the graph is drawn from.
import './legend.css';
import { viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import { h, replaceChildren, s } from '../../ui/h.ts';
import { kindStyle } from '../../ui/kind-style.ts';
import { shapeIcon } from '../../ui/shape-icon.ts';
import { statusSample } from '../../ui/status-sample.ts';
import { edgeWidth, STATUS_ORDER, STATUS_STYLES, WIDTH_NOTE } from '../../ui/status-styles.ts';
import { stanceLegend } from './stance-legend.ts';

export function mountLegend(el: HTMLElement, store: AppStore): void {
  const body = h('div', { class: 'legend' });
  el.append(body);
  const render = (st: AppState) => {
    const v = viewOf(st);
    const vocab = st.info?.vocabulary ?? null;
    const kinds = [...new Set([...v.nodes.values()].map((n) => n.kind))].sort();
    replaceChildren(
      body,
      h(
        'ul',
        { class: 'legend-list', 'aria-label': 'Entity kinds' },
        kinds.map((id) => {
          const k = kindStyle(vocab, id);
          return h('li', null, shapeIcon(k.shape, k.color, 14), h('span', null, k.label));
        }),
      ),
      h(
        'ul',
        { class: 'legend-list', 'aria-label': 'Relation statuses' },
        STATUS_ORDER.map((status) =>
          h(
            'li',
            { title: STATUS_STYLES[status].meaning },
            statusSample(status, st.theme, 30),
            h('span', null, STATUS_STYLES[status].label),
            h('span', { class: 'legend-meaning' }, STATUS_STYLES[status].meaning),
          ),
        ),
      ),
      h(
        'div',
        { class: 'legend-widths' },
        [1, 3, 8].map((n) => widthSample(n, st.theme === 'dark' ? '#9aa7b6' : '#5f6b7a')),
        h('span', null, WIDTH_NOTE),
      ),
      stanceLegend(v, st.theme),
      h(
        'ul',
        { class: 'legend-list legend-notes' },
        h(
          'li',
          null,
          h('span', { class: 'legend-key' }, 'size'),
          h('span', null, 'node size grows with its number of relations'),
        ),
        h(
          'li',
          null,
          h('span', { class: 'legend-key badge-sample' }, '+3'),
          h('span', null, 'neighbours not drawn yet: click to expand'),
        ),
        h('li', null, h('span', { class: 'legend-key pin-sample' }), h('span', null, 'double border: pinned in place')),
        h(
          'li',
          null,
          h('span', { class: 'legend-key bundle-sample' }, '×3'),
          h('span', null, 'three relations between the same two entities: click (or G) to show them'),
        ),
      ),
    );
  };
  store.subscribe((st, prev) => {
    if (viewOf(st) !== viewOf(prev) || st.theme !== prev.theme || st.info !== prev.info) render(st);
  });
  render(store.get());
}

function widthSample(sources: number, color: string): HTMLElement {
  const w = edgeWidth(sources);
  return h(
    'span',
    { class: 'width-sample', title: `${sources} independent source${sources > 1 ? 's' : ''}` },
    s(
      'svg',
      { width: 26, height: 12, viewBox: '0 0 26 12', 'aria-hidden': 'true' },
      s('line', { x1: 1, y1: 6, x2: 25, y2: 6, stroke: color, 'stroke-width': w }),
    ),
    h('span', { class: 'num' }, String(sources)),
  );
}
