// Small building blocks shared by the inspector views: status badge, entity link, sections,
// key/value tables. All text goes in through h(), never as markup.
import type { ClaimView, EntityRef } from '../../../graph-data/contract/views.ts';
import type { RelationStatus, Stance, Vocabulary } from '../../../graph-data/model/types.ts';
import { h, type Child } from '../../ui/h.ts';
import { kindStyle } from '../../ui/kind-style.ts';
import { shapeIcon } from '../../ui/shape-icon.ts';
import { STATUS_STYLES } from '../../ui/status-styles.ts';

export interface ViewDeps {
  vocab: Vocabulary | null;
  /** Selects an entity in the graph, adding it if it is not drawn. */
  showEntity(id: string): void;
  showRelation(id: string): void;
  /** Remote links may open only in a plain browser (Electron routes them through the platform). */
  linksAllowed: boolean;
  /** Editing (issue 8): buttons for one claim (edit, delete), and opening a source's view. */
  claimActions?(c: ClaimView): HTMLElement | null;
  showSource?(id: string): void;
}

export function statusBadge(status: RelationStatus): HTMLElement {
  return h(
    'span',
    { class: `badge status-${status}`, title: STATUS_STYLES[status].meaning },
    STATUS_STYLES[status].label,
  );
}

const STANCE_LABELS: Record<Stance, string> = {
  asserts: 'asserts',
  reports: 'reports',
  'cannot-verify': 'cannot verify',
  denies: 'denies',
  confirms: 'confirms',
};

export function stanceBadge(stance: Stance): HTMLElement {
  return h('span', { class: `badge stance-${stance}` }, STANCE_LABELS[stance] ?? stance);
}

export function entityLink(ref: EntityRef, d: ViewDeps, extraClass = ''): HTMLElement {
  const k = kindStyle(d.vocab, ref.kind);
  return h(
    'button',
    { class: `entity-link ${extraClass}`, title: `${k.label}: show in graph`, onclick: () => d.showEntity(ref.id) },
    shapeIcon(k.shape, k.color, 11),
    h('span', null, ref.label),
  );
}

export function section(title: string, ...body: (Child | Child[])[]): HTMLElement {
  return h('section', { class: 'insp-section' }, h('h3', null, title), ...body);
}

export function kvTable(rows: [string, Child][]): HTMLElement {
  return h(
    'dl',
    { class: 'kv' },
    rows.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)]),
  );
}

/** An external https link in the browser; plain text otherwise (and for any other scheme). */
export function safeLink(url: string, d: ViewDeps): HTMLElement {
  if (d.linksAllowed && /^https:\/\//i.test(url)) {
    return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'ext-link' }, url);
  }
  return h('span', { class: 'mono wrap' }, url);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
