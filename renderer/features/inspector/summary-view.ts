// What the inspector shows with nothing or several things selected: the database at a glance,
// or the selection with the actions that need more than one entity (path between two).
import type { DatabaseInfo } from '../../../graph-data/contract/views.ts';
import type { RelationStatus } from '../../../graph-data/model/types.ts';
import type { Selection } from '../../state/view-state.ts';
import { h } from '../../ui/h.ts';
import { kindStyle } from '../../ui/kind-style.ts';
import { shapeIcon } from '../../ui/shape-icon.ts';
import { STATUS_ORDER } from '../../ui/status-styles.ts';
import { entityLink, section, statusBadge, type ViewDeps } from './bits.ts';

export function overviewView(info: DatabaseInfo | null, d: ViewDeps): HTMLElement {
  const c = info?.counts;
  return h(
    'div',
    { class: 'insp-overview' },
    h('div', { class: 'insp-eyebrow' }, 'Nothing selected'),
    h(
      'p',
      { class: 'hint' },
      'Click an entity or a relation to see who said what about it. Double-click an entity to expand it; right-click for more.',
    ),
    c
      ? section(
          'This database',
          h(
            'div',
            { class: 'count-grid' },
            [
              ['entities', c.entities],
              ['relations', c.relations],
              ['claims', c.claims],
              ['sources', c.sources],
            ].map(([k, v]) =>
              h('div', { class: 'count-cell' }, h('strong', null, String(v)), h('span', null, String(k))),
            ),
          ),
        )
      : null,
    c
      ? section(
          'Relations by status',
          h(
            'ul',
            { class: 'bar-list' },
            STATUS_ORDER.map((s) => bar(s, c.byStatus[s] ?? 0, c.relations)),
          ),
        )
      : null,
    c
      ? section(
          'Entities by kind',
          h(
            'ul',
            { class: 'kind-list' },
            Object.entries(c.byKind)
              .sort((a, b) => b[1] - a[1])
              .map(([kind, n]) => {
                const k = kindStyle(d.vocab, kind);
                return h(
                  'li',
                  null,
                  shapeIcon(k.shape, k.color, 12),
                  h('span', { class: 'kind-name' }, k.label),
                  h('span', { class: 'num' }, String(n)),
                );
              }),
          ),
        )
      : null,
  );
}

function bar(status: RelationStatus, n: number, total: number): HTMLElement {
  const pct = total ? Math.round((100 * n) / total) : 0;
  const fill = h('span', { class: `bar-fill status-fill-${status}` });
  fill.style.width = `${pct}%`;
  return h('li', null, statusBadge(status), h('span', { class: 'bar' }, fill), h('span', { class: 'num' }, String(n)));
}

export interface MultiActions {
  path(from: string, to: string): void;
  hide(): void;
  pin(): void;
}

export function multiView(
  sel: Selection,
  labels: (id: string) => { id: string; label: string; kind: string },
  d: ViewDeps,
  act: MultiActions,
): HTMLElement {
  const [a, b] = sel.nodes;
  return h(
    'div',
    { class: 'insp-multi' },
    h('div', { class: 'insp-eyebrow' }, 'Selection'),
    h(
      'h2',
      { class: 'insp-title' },
      `${sel.nodes.length} entities${sel.edges.length ? `, ${sel.edges.length} relations` : ''}`,
    ),
    h(
      'div',
      { class: 'insp-actions' },
      sel.nodes.length === 2 && a && b
        ? h(
            'button',
            { class: 'btn btn-small btn-primary', onclick: () => act.path(a, b) },
            'Shortest path between them',
          )
        : null,
      h('button', { class: 'btn btn-small', onclick: act.pin }, 'Pin / unpin'),
      h('button', { class: 'btn btn-small', onclick: act.hide }, 'Hide'),
    ),
    section(
      'Entities',
      h(
        'ul',
        { class: 'sel-list' },
        sel.nodes.slice(0, 200).map((id) => h('li', null, entityLink(labels(id), d))),
      ),
    ),
    sel.nodes.length > 200 ? h('p', { class: 'hint' }, `and ${sel.nodes.length - 200} more`) : null,
  );
}
