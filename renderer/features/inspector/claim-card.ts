// One claim: who said it (claimant), with what stance, when, in which source (title and
// publisher), in their words or ours, and who relayed it.
import type { ClaimView } from '../../../graph-data/contract/views.ts';
import { h } from '../../ui/h.ts';
import { matchAsOf } from '../../../graph-data/model/date-rule.ts';
import { entityLink, safeLink, stanceBadge, type ViewDeps } from './bits.ts';

export interface ClaimCardOptions {
  /** Names the relation the claim is about (in an entity's list of claims), clickable. */
  relation?: { text: string; onClick: () => void };
  /** The view's as-of date: a claim whose partial (or missing) date may fall after it is marked. */
  asOf?: string;
}

export function claimCard(c: ClaimView, d: ViewDeps, opts: ClaimCardOptions = {}): HTMLElement {
  const src = c.source;
  return h(
    'article',
    { class: 'claim', 'data-claim': c.id },
    opts.relation
      ? h(
          'button',
          { class: 'claim-relation', title: 'Show this relation', onclick: opts.relation.onClick },
          opts.relation.text,
        )
      : null,
    h(
      'header',
      { class: 'claim-head' },
      entityLink(c.claimant, d, 'claimant'),
      stanceBadge(c.stance),
      h('span', { class: 'claim-date', title: 'stated' }, c.stated ?? 'undated'),
      opts.asOf && matchAsOf(c.stated, opts.asOf) === 'possibly'
        ? h(
            'span',
            {
              class: 'claim-possibly',
              title: `Counted as of ${opts.asOf} because it may have been stated by then: its date is ${c.stated ? 'partial' : 'unknown'}`,
            },
            'possibly by then',
          )
        : null,
    ),
    c.summary ? h('p', { class: 'claim-summary' }, c.summary) : null,
    c.excerpt ? h('blockquote', { class: 'claim-excerpt' }, c.excerpt) : null,
    c.holdsFrom || c.holdsUntil
      ? h(
          'div',
          { class: 'claim-meta' },
          `holds ${c.holdsFrom ? `from ${c.holdsFrom}` : ''}${c.holdsUntil ? ` until ${c.holdsUntil}` : ''}`,
        )
      : null,
    h(
      'div',
      { class: 'claim-source' },
      d.showSource
        ? h(
            'button',
            {
              class: 'source-title link-btn',
              title: 'Show this source and every claim it carries',
              onclick: () => d.showSource?.(src.id),
            },
            src.title,
          )
        : h('div', { class: 'source-title' }, src.title),
      h(
        'div',
        { class: 'source-meta' },
        src.publisher ? entityLink(src.publisher, d, 'publisher') : h('span', { class: 'muted' }, 'no publisher'),
        src.published ? h('span', null, src.published) : null,
        src.language ? h('span', { class: 'lang' }, src.language) : null,
      ),
      src.url ? h('div', { class: 'source-url' }, safeLink(src.url, d)) : null,
    ),
    c.reportedVia
      ? h(
          'div',
          { class: 'claim-via' },
          h('span', { class: 'muted' }, 'reported via '),
          entityLink(c.reportedVia, d, 'via'),
        )
      : null,
    d.claimActions?.(c) ?? null,
  );
}
