// A selected entity: what it is, its names in every language, attributes and external ids,
// how its relations stand (counts by status) and the relations themselves.
import type { EntityDetail } from '../../../graph-data/contract/views.ts';
import type { Alias } from '../../../graph-data/model/types.ts';
import { h } from '../../ui/h.ts';
import { kindStyle, predicateLabel } from '../../ui/kind-style.ts';
import { shapeIcon } from '../../ui/shape-icon.ts';
import { STATUS_ORDER } from '../../ui/status-styles.ts';
import { entityLink, kvTable, plural, section, stanceBadge, statusBadge, type ViewDeps } from './bits.ts';
import { claimCard } from './claim-card.ts';

const MAX_CLAIMS = 40;

export interface EntityActions {
  expand(): void;
  focus(): void;
  pathFrom(): void;
  hide(): void;
  /** The pin switch (pin-toggle.ts). */
  pin?: HTMLElement;
  /** Editing buttons (add a claim, edit, merge, delete), when editing is on. */
  extra?: HTMLElement | null;
}

export function entityView(e: EntityDetail, d: ViewDeps, act: EntityActions): HTMLElement {
  const k = kindStyle(d.vocab, e.kind);
  return h(
    'div',
    { class: 'insp-entity' },
    h('div', { class: 'insp-eyebrow' }, shapeIcon(k.shape, k.color, 12), ` ${k.label}`),
    h('h2', { class: 'insp-title' }, e.label),
    h(
      'div',
      { class: 'insp-actions' },
      h('button', { class: 'btn btn-small', onclick: act.expand, title: 'Add neighbours to the graph' }, 'Expand'),
      h('button', { class: 'btn btn-small', onclick: act.focus, title: 'Show only the 1-hop neighbourhood' }, 'Focus'),
      h('button', { class: 'btn btn-small', onclick: act.pathFrom, title: 'Start a shortest path here' }, 'Path from'),
      h('button', { class: 'btn btn-small', onclick: act.hide, title: 'Hide from the graph (Del)' }, 'Hide'),
      act.pin ?? null,
    ),
    act.extra ?? null,
    e.description ? h('p', { class: 'insp-desc' }, e.description) : null,
    statusCounts(e),
    e.aliases.length ? section(`Also known as (${e.aliases.length})`, aliasList(e.aliases)) : null,
    Object.keys(e.attributes).length
      ? section('Attributes', kvTable(Object.entries(e.attributes).map(([key, v]) => [key, String(v)])))
      : null,
    Object.keys(e.externalIds).length
      ? section(
          'External ids',
          kvTable(Object.entries(e.externalIds).map(([key, v]) => [key, h('span', { class: 'mono' }, v)])),
        )
      : null,
    relationList(e, d),
    claimsAbout(e, d),
    claimsMade(e, d),
    h('div', { class: 'insp-id mono' }, e.id),
  );
}

function statusCounts(e: EntityDetail): HTMLElement {
  const total = STATUS_ORDER.reduce((n, s) => n + (e.relationCounts[s] ?? 0), 0);
  return h(
    'div',
    { class: 'insp-stats' },
    h('span', { class: 'stat' }, h('strong', null, String(total)), ` relation${total === 1 ? '' : 's'}`),
    STATUS_ORDER.filter((s) => e.relationCounts[s]).map((s) =>
      h('span', { class: 'stat-status' }, statusBadge(s), h('span', null, String(e.relationCounts[s]))),
    ),
  );
}

function aliasList(aliases: Alias[]): HTMLElement {
  const byLang = new Map<string, Alias[]>();
  for (const a of aliases) byLang.set(a.lang, [...(byLang.get(a.lang) ?? []), a]);
  return h(
    'dl',
    { class: 'aliases' },
    [...byLang].flatMap(([lang, list]) => [
      h('dt', { class: 'lang' }, lang),
      h(
        'dd',
        null,
        list.map((a) => h('span', { class: 'alias', title: a.form, lang }, a.text)),
      ),
    ]),
  );
}

function relationList(e: EntityDetail, d: ViewDeps): HTMLElement | null {
  if (!e.relations.length) return null;
  const rows = e.relations.map((r) => {
    const pred = predicateLabel(d.vocab, r.predicate);
    return h(
      'li',
      { class: 'rel-row' },
      h(
        'button',
        { class: 'rel-pred', title: 'Show this relation and its claims', onclick: () => d.showRelation(r.id) },
        r.direction === 'out' ? `${pred} →` : `← ${pred}`,
      ),
      entityLink(r.other, d),
      statusBadge(r.status),
      h('span', { class: 'rel-src', title: 'independent sources' }, `${r.sourceCount}`),
    );
  });
  return section(`Relations (${e.relations.length})`, h('ul', { class: 'rel-list' }, rows));
}

/** Claims on the entity's relations: who said what about it. */
function claimsAbout(e: EntityDetail, d: ViewDeps): HTMLElement | null {
  if (!e.claimsAbout.length) return null;
  const claims = [...e.claimsAbout].sort((a, b) => (b.stated ?? '').localeCompare(a.stated ?? ''));
  return section(
    `Claims about ${e.label} (${claims.length})`,
    h(
      'div',
      { class: 'claims-about' },
      claims.slice(0, MAX_CLAIMS).map((c) => claimCard(c, d, { relation: relationText(c.relationId, e, d) })),
    ),
    claims.length > MAX_CLAIMS
      ? h('p', { class: 'hint' }, `and ${claims.length - MAX_CLAIMS} more: select a relation to see all of its claims`)
      : null,
  );
}

/** "supplies → KN-23" for a claim's relation, when the entity's relation list has it. */
function relationText(
  relationId: string,
  e: EntityDetail,
  d: ViewDeps,
): { text: string; onClick: () => void } | undefined {
  const r = e.relations.find((x) => x.id === relationId);
  if (!r) return undefined;
  const pred = predicateLabel(d.vocab, r.predicate);
  const text = r.direction === 'out' ? `${e.label} ${pred} ${r.other.label}` : `${r.other.label} ${pred} ${e.label}`;
  return { text, onClick: () => d.showRelation(relationId) };
}

function claimsMade(e: EntityDetail, d: ViewDeps): HTMLElement | null {
  if (!e.claimsMade.length) return null;
  return section(
    `Claims made (${plural(e.claimsMade.length, 'claim')})`,
    h(
      'ul',
      { class: 'made-list' },
      e.claimsMade.slice(0, 25).map((c) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              class: 'made-row',
              onclick: () => d.showRelation(c.relationId),
              title: 'Show the relation this claim is about',
            },
            stanceBadge(c.stance),
            h('span', { class: 'made-text' }, c.summary ?? c.relationId),
            h('span', { class: 'claim-date' }, c.stated ?? ''),
          ),
        ),
      ),
    ),
  );
}
