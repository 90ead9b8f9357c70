// A source in the Inspector: its details (publisher, dates, language, copy of, URL behind a
// confirmation that shows the host) and every claim it carries, grouped by relation.
import type { SourceDetail } from '../../../graph-data/contract/edit-views.ts';
import { h } from '../../ui/h.ts';
import { predicateLabel } from '../../ui/kind-style.ts';
import { entityLink, kvTable, plural, statusBadge, type ViewDeps } from './bits.ts';
import { claimCard } from './claim-card.ts';

export interface SourceActions {
  back(): void;
  edit(): void;
  openUrl(url: string): void;
}

export function sourceView(s: SourceDetail, d: ViewDeps, act: SourceActions): HTMLElement {
  const rows: [string, HTMLElement | string][] = [];
  if (s.publisher) rows.push(['Publisher', entityLink(s.publisher, d)]);
  if (s.published) rows.push(['Published', s.published]);
  if (s.language) rows.push(['Language', h('span', { class: 'lang' }, s.language)]);
  if (s.retrieved) rows.push(['Retrieved', s.retrieved]);
  if (s.copyOf) rows.push(['Copy of', s.copyOf.title]);
  if (s.url) rows.push(['URL', urlRow(s.url, act)]);
  return h(
    'div',
    { class: 'insp-source' },
    h('button', { class: 'btn btn-ghost btn-small insp-back', onclick: act.back }, '← Back'),
    h('div', { class: 'insp-eyebrow' }, 'Source'),
    h('h2', { class: 'insp-title' }, s.title),
    h(
      'div',
      { class: 'insp-actions' },
      h('button', { class: 'btn btn-small', id: 'source-edit', onclick: act.edit }, 'Edit source'),
    ),
    rows.length ? kvTable(rows) : null,
    h(
      'div',
      { class: 'insp-stats' },
      h('span', { class: 'stat' }, plural(s.claimCount, 'claim')),
      h('span', { class: 'stat' }, `on ${plural(s.relations.length, 'relation')}`),
    ),
    s.relations.map(({ relation: r, claims }) =>
      h(
        'section',
        { class: 'insp-section' },
        h(
          'div',
          { class: 'source-relation' },
          h(
            'button',
            { class: 'claim-relation', title: 'Show this relation', onclick: () => d.showRelation(r.id) },
            `${r.subject.label} — ${predicateLabel(d.vocab, r.predicate)} → ${r.object.label}`,
          ),
          statusBadge(r.status),
        ),
        claims.map((c) => claimCard(c, d)),
      ),
    ),
    s.relations.length ? null : h('p', { class: 'hint' }, 'No claim cites this source yet.'),
    h('div', { class: 'insp-id mono' }, s.id),
  );
}

function urlRow(url: string, act: SourceActions): HTMLElement {
  const web = /^https?:\/\//i.test(url);
  return h(
    'div',
    { class: 'source-url-row' },
    h('span', { class: 'mono wrap' }, url),
    web ? h('button', { class: 'btn btn-small', id: 'source-open', onclick: () => act.openUrl(url) }, 'Open…') : null,
  );
}
