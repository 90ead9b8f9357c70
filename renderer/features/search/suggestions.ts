// Renders search hits as listbox options: kind symbol, label, the alias that matched when it is
// not the label (e.g. "Korea Utara"), and claim summaries below the entities.
import type { ClaimSearchHit, SearchHit, SearchResult } from '../../../graph-data/contract/views.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { kindStyle } from '../../ui/kind-style.ts';
import { shapeIcon } from '../../ui/shape-icon.ts';
import { matchedAlias, suggestionItems, type Suggestion } from './suggestion-items.ts';

export type { Suggestion } from './suggestion-items.ts';

export function renderSuggestions(
  list: HTMLElement,
  res: SearchResult,
  text: string,
  vocab: Vocabulary | null,
  choose: (i: number) => void,
): Suggestion[] {
  const items = suggestionItems(res);
  const option = (it: Suggestion, i: number) => {
    const o = h(
      'div',
      { id: `search-opt-${i}`, class: `search-opt search-opt-${it.kind}`, role: 'option', 'aria-selected': 'false' },
      it.kind === 'entity' ? entityBody(it.hit, vocab) : claimBody(it.hit),
    );
    o.addEventListener('mousedown', (e) => e.preventDefault());
    o.addEventListener('click', () => choose(i));
    return o;
  };
  const entityOpts = items.filter((i) => i.kind === 'entity').map((it, i) => option(it, i));
  const claimOpts = items.filter((i) => i.kind === 'claim').map((it, i) => option(it, entityOpts.length + i));
  replaceChildren(
    list,
    items.length ? null : h('div', { class: 'search-empty' }, `Nothing matches “${text}”`),
    entityOpts,
    claimOpts.length ? h('div', { class: 'search-group', role: 'presentation' }, 'Claims') : null,
    claimOpts,
  );
  return items;
}

function entityBody(hit: SearchHit, vocab: Vocabulary | null): HTMLElement[] {
  const k = kindStyle(vocab, hit.kind);
  const matched = matchedAlias(hit);
  return [
    h('span', { class: 'opt-icon' }, shapeIcon(k.shape, k.color, 13)),
    h(
      'span',
      { class: 'opt-main' },
      h('span', { class: 'opt-label' }, hit.label),
      matched ? h('span', { class: 'opt-matched' }, matched) : null,
    ),
    h('span', { class: 'opt-kind' }, k.label),
  ];
}

function claimBody(hit: ClaimSearchHit): HTMLElement[] {
  return [
    h('span', { class: 'opt-icon opt-quote', 'aria-hidden': 'true' }, '❝'),
    h('span', { class: 'opt-main opt-claim' }, hit.summary),
  ];
}
