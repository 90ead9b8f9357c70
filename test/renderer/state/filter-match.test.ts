// Client-side filtering by data, and the same filter in the server's terms.
import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import {
  edgeInRange,
  edgePasses,
  isFilterActive,
  toGraphFilter,
  visibleElements,
} from '../../../renderer/state/filter-match.ts';
import { setFilter, viewFromSlice } from '../../../renderer/state/view-actions.ts';
import { EMPTY_FILTER } from '../../../renderer/state/view-state.ts';
import { abcd, edge } from './fixtures.ts';

const vocab = {
  kinds: ['country', 'person', 'place'].map((id) => ({
    id,
    label: { en: id },
    shape: 'ellipse',
    color: '#000000',
    glyph: '•',
  })),
  predicates: ['supports', 'condemns'].map((id) => ({
    id,
    label: { en: id },
    inverse: { en: id },
    symmetric: false,
    subjectKinds: [],
    objectKinds: [],
  })),
} satisfies Vocabulary;

describe('filters', () => {
  const v0 = viewFromSlice(abcd);

  it('draws everything without a filter', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    const vis = visibleElements(v0);
    expect(vis.nodes.size).toBe(4);
    expect(vis.edges.size).toBe(4);
  });

  it('status: unchecking unverified removes exactly the unverified relations', () => {
    const vis = visibleElements(setFilter(v0, { hiddenStatuses: ['unverified'] }));
    expect([...vis.edges].sort()).toEqual(['a--rel--b', 'b--rel--c', 'c--rel--d']);
    expect(vis.nodes.size).toBe(4);
  });

  it('kind: hiding a kind hides its entities and their relations', () => {
    const vis = visibleElements(setFilter(v0, { hiddenKinds: ['person'] }));
    expect(vis.nodes.has('b')).toBe(false);
    expect([...vis.edges]).toEqual(['c--rel--d']);
  });

  it('predicate', () => {
    const vis = visibleElements(setFilter(v0, { hiddenPredicates: ['condemns'] }));
    expect(vis.edges.has('b--rel--c')).toBe(false);
  });

  it('dates: possibly keeps spans that overlap the range (undated too), certainly only those inside', () => {
    const f = { ...EMPTY_FILTER, from: '2024', to: '2024-12' };
    expect(edgePasses(edge('a', 'b'), f)).toBe(true);
    expect(edgePasses(edge('a', 'b', { firstStated: '2023', lastStated: '2023-06' }), f)).toBe(false);
    expect(edgePasses(edge('a', 'b', { firstStated: '2023-01', lastStated: '2025' }), f)).toBe(true);
    expect(edgePasses(edge('a', 'b', { firstStated: null, lastStated: null }), f)).toBe(true);
    const strict = { ...f, dateRule: 'certainly' as const };
    expect(edgePasses(edge('a', 'b', { firstStated: null, lastStated: null }), strict)).toBe(false);
    expect(edgePasses(edge('a', 'b', { firstStated: '2023-01', lastStated: '2025' }), strict)).toBe(false);
    expect(edgePasses(edge('a', 'b', { firstStated: '2024-03', lastStated: '2025' }), strict)).toBe(true);
    expect(edgePasses(edge('a', 'b'), { ...EMPTY_FILTER, from: '2024-10-19' })).toBe(false);
    expect(edgePasses(edge('a', 'b'), { ...EMPTY_FILTER, to: '2024-10-01' })).toBe(true);
  });

  it('becomes a server GraphFilter listing what is allowed', () => {
    expect(toGraphFilter(EMPTY_FILTER, vocab)).toEqual({});
    const f = {
      ...EMPTY_FILTER,
      hiddenStatuses: ['denied' as const],
      hiddenKinds: ['place'],
      hiddenPredicates: ['condemns'],
      from: '2024-10',
      to: 'not a date',
    };
    expect(toGraphFilter(f, vocab)).toEqual({
      statuses: ['confirmed', 'contested', 'unverified', 'asserted'],
      kinds: ['country', 'person'],
      predicates: ['supports'],
      from: '2024-10',
    });
  });
});

describe('edgeInRange (what the filter panel counts)', () => {
  it('follows the date range and the claimant, not the status or predicate switches', () => {
    const e = edge('a', 'b', { firstStated: '2024-10-16', lastStated: '2024-10-18', status: 'unverified' });
    const f = { ...EMPTY_FILTER, hiddenStatuses: ['unverified' as const] };
    expect(edgeInRange(e, f)).toBe(true);
    expect(edgeInRange(e, { ...f, from: '2024-10-19' })).toBe(false);
    expect(edgeInRange(e, { ...f, to: '2024-10-17' })).toBe(true);
    expect(edgeInRange(e, { ...f, from: '2024-10-17', to: '2024-10-17' })).toBe(true);
    expect(edgeInRange(e, { ...f, from: '2024-10-17', to: '2024-10-17', dateRule: 'certainly' })).toBe(false);
    expect(edgeInRange(e, { ...f, claimant: { id: 'x', label: 'X', relations: [] } })).toBe(false);
  });
});
