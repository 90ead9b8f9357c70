// A selected relation: subject —predicate→ object, its derived status, how many independent
// sources stand behind it, and every claim.
import type { RelationDetail } from '../../../graph-data/contract/views.ts';
import { h } from '../../ui/h.ts';
import { predicateLabel } from '../../ui/kind-style.ts';
import { STATUS_STYLES } from '../../ui/status-styles.ts';
import { entityLink, plural, section, statusBadge, type ViewDeps } from './bits.ts';
import { claimCard } from './claim-card.ts';

export function relationView(r: RelationDetail, d: ViewDeps, extra: HTMLElement | null = null): HTMLElement {
  const claims = [...r.claims].sort((a, b) => (b.stated ?? '').localeCompare(a.stated ?? ''));
  return h(
    'div',
    { class: 'insp-relation' },
    h('div', { class: 'insp-eyebrow' }, 'Relation'),
    h(
      'div',
      { class: 'triple' },
      entityLink(r.subject, d, 'triple-end'),
      h('span', { class: 'triple-pred' }, `— ${predicateLabel(d.vocab, r.predicate)} →`),
      entityLink(r.object, d, 'triple-end'),
    ),
    h(
      'div',
      { class: 'insp-stats' },
      statusBadge(r.status),
      h(
        'span',
        { class: 'stat' },
        h('strong', null, String(r.sourceCount)),
        ` independent source${r.sourceCount === 1 ? '' : 's'}`,
      ),
      h('span', { class: 'stat' }, plural(r.claims.length, 'claim')),
    ),
    h(
      'p',
      { class: 'hint' },
      `Status is derived from the claims${r.asOf ? ` stated by the end of ${r.asOf}` : ''}: ${STATUS_STYLES[r.status].meaning}.`,
    ),
    extra,
    section(
      `Claims (${claims.length})`,
      claims.map((c) => claimCard(c, d, r.asOf ? { asOf: r.asOf } : {})),
    ),
  );
}
