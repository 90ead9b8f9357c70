// What the search box suggests: entity hits in the order the search gave them, then at most four
// claims; an alias is shown beside the label only when it is what matched and differs from it.
import { describe, expect, it } from 'vitest';
import type { ClaimSearchHit, SearchHit } from '../../../graph-data/contract/views.ts';
import {
  matchedAlias,
  MAX_CLAIM_SUGGESTIONS,
  suggestionItems,
} from '../../../renderer/features/search/suggestion-items.ts';

const entity = (id: string, label: string, matched: string | null = null): SearchHit => ({
  id,
  kind: 'country',
  label,
  matched,
  degree: 3,
});
const claim = (i: number): ClaimSearchHit => ({ claimId: `c${i}`, relationId: `r${i}`, summary: `Klaim nomor ${i}` });

describe('suggestionItems', () => {
  it('lists the entities first, in order, then at most four claims', () => {
    const items = suggestionItems({
      entities: [entity('north-korea', 'North Korea', 'Korea Utara'), entity('south-korea', 'South Korea')],
      claims: Array.from({ length: 7 }, (_, i) => claim(i)),
    });
    expect(MAX_CLAIM_SUGGESTIONS).toBe(4);
    expect(items.map((it) => (it.kind === 'entity' ? it.hit.id : it.hit.claimId))).toEqual([
      'north-korea',
      'south-korea',
      'c0',
      'c1',
      'c2',
      'c3',
    ]);
    expect(items.map((it) => it.kind)).toEqual(['entity', 'entity', 'claim', 'claim', 'claim', 'claim']);
  });

  it('is empty when nothing matched, and claims alone are suggested too', () => {
    expect(suggestionItems({ entities: [], claims: [] })).toEqual([]);
    expect(suggestionItems({ entities: [], claims: [claim(1)] })).toEqual([{ kind: 'claim', hit: claim(1) }]);
  });
});

describe('matchedAlias', () => {
  it('shows the alias that matched when it is not the label', () => {
    expect(matchedAlias(entity('north-korea', 'North Korea', 'Korea Utara'))).toBe('Korea Utara');
    expect(matchedAlias(entity('dprk', 'North Korea', 'DPRK'))).toBe('DPRK');
  });

  it('shows nothing when the label itself matched (ignoring case) or no alias did', () => {
    expect(matchedAlias(entity('north-korea', 'North Korea', 'north korea'))).toBeNull();
    expect(matchedAlias(entity('north-korea', 'North Korea', null))).toBeNull();
    expect(matchedAlias(entity('north-korea', 'North Korea', ''))).toBeNull();
  });
});
