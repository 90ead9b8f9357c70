// Checkbox rows for the filter groups, each with the count of loaded elements it covers. Relation
// counts follow the date range and the claimant (as-of is already in the loaded relations); a
// status or predicate that is switched off still shows how many it would bring back.
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import type { Theme } from '../../state/app-state.ts';
import { edgeInRange } from '../../state/filter-match.ts';
import type { ViewFilter, ViewState } from '../../state/view-state.ts';
import { h } from '../../ui/h.ts';
import { kindStyle, predicateLabel } from '../../ui/kind-style.ts';
import { shapeIcon } from '../../ui/shape-icon.ts';
import { statusSample } from '../../ui/status-sample.ts';
import { STATUS_ORDER, STATUS_STYLES } from '../../ui/status-styles.ts';

type ListField = 'hiddenKinds' | 'hiddenPredicates' | 'hiddenStatuses';
export type Toggle = (field: ListField, id: string, on: boolean) => void;

function row(
  field: ListField,
  id: string,
  on: boolean,
  toggle: Toggle,
  count: number,
  ...label: (Node | string)[]
): HTMLElement {
  const box = h('input', { type: 'checkbox', checked: on, 'data-filter': `${field}:${id}` });
  box.addEventListener('change', () => toggle(field, id, box.checked));
  return h(
    'label',
    { class: `check-row${count ? '' : ' is-empty'}` },
    box,
    h('span', { class: 'check-label' }, ...label),
    h('span', { class: 'num' }, String(count)),
  );
}

function countBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}

const inRange = (v: ViewState) => [...v.edges.values()].filter((e) => edgeInRange(e, v.filter));

export function statusRows(v: ViewState, theme: Theme, toggle: Toggle): HTMLElement[] {
  const counts = countBy(inRange(v), (e) => e.status);
  return STATUS_ORDER.map((st) =>
    row(
      'hiddenStatuses',
      st,
      !v.filter.hiddenStatuses.includes(st),
      toggle,
      counts.get(st) ?? 0,
      statusSample(st, theme),
      STATUS_STYLES[st].label,
    ),
  );
}

export function kindRows(v: ViewState, vocab: Vocabulary | null, toggle: Toggle): HTMLElement[] {
  const counts = countBy(v.nodes.values(), (n) => n.kind);
  const ids = [...new Set([...counts.keys(), ...v.filter.hiddenKinds])].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0),
  );
  return ids.map((id) => {
    const k = kindStyle(vocab, id);
    return row(
      'hiddenKinds',
      id,
      !v.filter.hiddenKinds.includes(id),
      toggle,
      counts.get(id) ?? 0,
      shapeIcon(k.shape, k.color, 12),
      k.label,
    );
  });
}

export function predicateRows(v: ViewState, vocab: Vocabulary | null, toggle: Toggle): HTMLElement[] {
  const counts = countBy(inRange(v), (e) => e.predicate);
  const ids = [...new Set([...counts.keys(), ...v.filter.hiddenPredicates])].sort((a, b) =>
    predicateLabel(vocab, a).localeCompare(predicateLabel(vocab, b)),
  );
  return ids.map((id) =>
    row(
      'hiddenPredicates',
      id,
      !v.filter.hiddenPredicates.includes(id),
      toggle,
      counts.get(id) ?? 0,
      predicateLabel(vocab, id),
    ),
  );
}

export function filterSummary(f: ViewFilter): string {
  const parts = [
    f.hiddenStatuses.length ? `${f.hiddenStatuses.length} status${f.hiddenStatuses.length > 1 ? 'es' : ''} off` : '',
    f.hiddenKinds.length ? `${f.hiddenKinds.length} kind${f.hiddenKinds.length > 1 ? 's' : ''} off` : '',
    f.hiddenPredicates.length
      ? `${f.hiddenPredicates.length} predicate${f.hiddenPredicates.length > 1 ? 's' : ''} off`
      : '',
    f.from || f.to ? `stated ${f.from ?? '…'}–${f.to ?? '…'}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}
