// The pure view operations: load, merge (expand), hide, pin, filter, layout, path, focus.
import { describe, expect, it } from 'vitest';
import {
  focusOn,
  hideElements,
  incidentEdgeCount,
  mergeSlice,
  setFilter,
  setLayout,
  showPath,
  clearPath,
  togglePinned,
  viewFromSlice,
} from '../../../renderer/state/view-actions.ts';
import { abcd, edge, node, slice } from './fixtures.ts';

describe('view actions', () => {
  const v0 = viewFromSlice(abcd);

  it('loads a slice and asks for a layout', () => {
    expect([...v0.nodes.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect(v0.edges.size).toBe(4);
    expect(v0.layoutRun).toBe(1);
  });

  it('merges an expansion, keeping what was there, and anchors new nodes', () => {
    const v = mergeSlice(v0, slice([node('d'), node('e')], [edge('d', 'e')]), 'd');
    expect(v.nodes.size).toBe(5);
    expect(v.edges.has('d--rel--e')).toBe(true);
    expect(v.anchor).toBe('d');
    expect(mergeSlice(v, slice([node('e')], []), 'e')).toBe(v);
  });

  it('ignores edges whose ends are not in the view', () => {
    const v = mergeSlice(v0, slice([node('x')], [edge('x', 'zzz')]), 'x');
    expect(v.edges.has('x--rel--zzz')).toBe(false);
  });

  it('hides entities with their relations, unpins them, remembers them; expanding brings them back', () => {
    const pinned = togglePinned(v0, ['b']);
    const v = hideElements(pinned, ['b']);
    expect([...v.nodes.keys()]).toEqual(['a', 'c', 'd']);
    expect([...v.edges.keys()]).toEqual(['c--rel--d']);
    expect(v.pinned.has('b')).toBe(false);
    expect(v.hidden.has('b')).toBe(true);
    const back = mergeSlice(v, slice([node('b')], [edge('a', 'b')]), 'a');
    expect(back.hidden.has('b')).toBe(false);
    expect(hideElements(v0, ['nope'])).toBe(v0);
  });

  it('hides single relations', () => {
    const v = hideElements(v0, [], ['a--rel--b']);
    expect(v.nodes.size).toBe(4);
    expect(v.edges.has('a--rel--b')).toBe(false);
  });

  it('pins, then unpins when all are pinned', () => {
    const v = togglePinned(v0, ['a', 'b']);
    expect([...v.pinned]).toEqual(['a', 'b']);
    expect(togglePinned(v, ['a', 'b']).pinned.size).toBe(0);
    expect(togglePinned(togglePinned(v0, ['a']), ['a', 'b']).pinned.size).toBe(2);
  });

  it('sets filters, and the same filter is a no-op', () => {
    const v = setFilter(v0, { hiddenStatuses: ['unverified'] });
    expect(v.filter.hiddenStatuses).toEqual(['unverified']);
    expect(setFilter(v, { hiddenStatuses: ['unverified'] })).toBe(v);
  });

  it('changes layout and re-runs it', () => {
    const v = setLayout(v0, 'circle');
    expect(v.layout).toBe('circle');
    expect(v.layoutRun).toBe(v0.layoutRun + 1);
  });

  it('shows a path (adding its elements) and clears it', () => {
    const p = showPath(v0, slice([node('a'), node('z')], [edge('a', 'z')]), {
      from: 'a',
      to: 'z',
      nodes: ['a', 'z'],
      edges: ['a--rel--z'],
    });
    expect(p.nodes.has('z')).toBe(true);
    expect(p.path?.edges).toEqual(['a--rel--z']);
    expect(clearPath(p).path).toBeNull();
    expect(clearPath(v0)).toBe(v0);
  });

  it('focus replaces the view and remembers the centre', () => {
    const v = focusOn(v0, slice([node('c'), node('d')], [edge('c', 'd')]), 'c', 1);
    expect([...v.nodes.keys()]).toEqual(['c', 'd']);
    expect(v.focus).toEqual({ id: 'c', depth: 1 });
  });

  it('counts relations touching an entity', () => {
    expect(incidentEdgeCount(v0, 'b')).toBe(3);
    expect(incidentEdgeCount(v0, 'a')).toBe(1);
  });
});
