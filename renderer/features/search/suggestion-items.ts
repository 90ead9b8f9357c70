// What the search box suggests, without the DOM: the entity hits in order, then at most four
// claims; and the alias to show beside an entity's label when that alias is what matched.
import type { ClaimSearchHit, SearchHit, SearchResult } from '../../../graph-data/contract/views.ts';

export type Suggestion = { kind: 'entity'; hit: SearchHit } | { kind: 'claim'; hit: ClaimSearchHit };

export const MAX_CLAIM_SUGGESTIONS = 4;

export function suggestionItems(res: SearchResult): Suggestion[] {
  return [
    ...res.entities.map((hit) => ({ kind: 'entity' as const, hit })),
    ...res.claims.slice(0, MAX_CLAIM_SUGGESTIONS).map((hit) => ({ kind: 'claim' as const, hit })),
  ];
}

/** The matched alias (e.g. "Korea Utara"), or null when it is the label itself (ignoring case). */
export function matchedAlias(hit: SearchHit): string | null {
  return hit.matched && hit.matched.toLowerCase() !== hit.label.toLowerCase() ? hit.matched : null;
}
