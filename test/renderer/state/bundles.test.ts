// Parallel relations: which pairs are drawn as one bundle, and opening/grouping them as view steps.
import { describe, expect, it } from 'vitest';
import { bundlesOf, pairKey, pairsOfSelection, setPairsOpen, toggleGroups } from '../../../renderer/state/bundles.ts';
import { viewFromSlice } from '../../../renderer/state/view-actions.ts';
import { edge, node, slice } from './fixtures.ts';

const ab = (predicate: string, over = {}) => ({ ...edge('a', 'b', { predicate, ...over }), id: `a--${predicate}--b` });
const view = viewFromSlice(
  slice(
    [node('a'), node('b'), node('c')],
    [ab('supports'), ab('equips'), { ...edge('b', 'a'), id: 'b--condemns--a' }, edge('b', 'c')],
  ),
);
const AB = pairKey('a', 'b');

describe('bundles', () => {
  it('groups the relations of a pair in both directions, and leaves single relations alone', () => {
    const b = bundlesOf(view);
    expect(b.map((x) => x.key)).toEqual([AB]);
    expect(b[0]?.members.map((e) => e.id)).toEqual(['a--equips--b', 'a--supports--b', 'b--condemns--a']);
  });

  it('an opened pair is not grouped; opening twice is no new step; grouping again restores it', () => {
    const open = setPairsOpen(view, [AB], true);
    expect(bundlesOf(open)).toEqual([]);
    expect(setPairsOpen(open, [AB], true)).toBe(open);
    expect(bundlesOf(setPairsOpen(open, [AB], false))).toHaveLength(1);
  });

  it('follows the filter: one relation left of the pair is no group', () => {
    const f = { ...view, filter: { ...view.filter, hiddenPredicates: ['supports', 'equips'] } };
    expect(bundlesOf(f)).toEqual([]);
  });

  it('never hides a relation on the highlighted path, and none in the claims view', () => {
    const path = { from: 'a', to: 'b', nodes: ['a', 'b'], edges: ['a--equips--b'] };
    expect(bundlesOf({ ...view, path })).toEqual([]);
    expect(bundlesOf({ ...view, claimsView: true })).toEqual([]);
  });

  it('G opens the pairs at the selection, then groups them again', () => {
    expect(pairsOfSelection(view, { nodes: ['c'], edges: [] })).toEqual([]);
    expect(pairsOfSelection(view, { nodes: [], edges: ['a--equips--b'] })).toEqual([AB]);
    const first = toggleGroups(view, { nodes: ['a'], edges: [] });
    expect(first.opened).toBe(true);
    expect(bundlesOf(first.view)).toEqual([]);
    const second = toggleGroups(first.view, { nodes: ['b'], edges: [] });
    expect(second.opened).toBe(false);
    expect(bundlesOf(second.view)).toHaveLength(1);
  });
});
