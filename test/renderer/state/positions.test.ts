// Positions belong to the view history: recorded without an undo step, restored by undo/redo,
// cleared only when a layout is asked for.
import { describe, expect, it } from 'vitest';
import { amendView, commitView, initialState, redoView, undoView, viewOf } from '../../../renderer/state/app-state.ts';
import { amendHistory, createHistory, pushHistory } from '../../../renderer/state/history.ts';
import {
  mergeSlice,
  rerunLayout,
  setLayout,
  viewFromSlice,
  withPositions,
} from '../../../renderer/state/view-actions.ts';
import { edge, node, slice } from './fixtures.ts';

const at = (entries: [string, number, number][]) => new Map(entries.map(([id, x, y]) => [id, { x, y }] as const));

describe('withPositions', () => {
  const v = viewFromSlice(slice([node('a'), node('b')], [edge('a', 'b')]));

  it('records positions, and returns the same view when nothing moved by more than half a pixel', () => {
    const w = withPositions(v, at([['a', 10, 20]]));
    expect(w.positions.get('a')).toEqual({ x: 10, y: 20 });
    expect(withPositions(w, at([['a', 10.3, 19.8]]))).toBe(w);
    expect(withPositions(w, at([['a', 12, 20]]))).not.toBe(w);
  });

  it('keeps positions through an expand, and clears them when a layout is asked for', () => {
    const w = withPositions(
      v,
      at([
        ['a', 1, 2],
        ['b', 3, 4],
      ]),
    );
    const grown = mergeSlice(w, slice([node('b'), node('c')], [edge('b', 'c')]), 'b');
    expect(grown.positions.get('a')).toEqual({ x: 1, y: 2 });
    expect(grown.positions.has('c')).toBe(false);
    expect(rerunLayout(w).positions.size).toBe(0);
    expect(setLayout(w, 'circle').positions.size).toBe(0);
  });
});

describe('amendHistory', () => {
  it('replaces a recorded state wherever it is, without adding a step', () => {
    let h = createHistory('a');
    h = pushHistory(h, 'b', 'to b');
    expect(amendHistory(h, 'a', 'A').past[0]?.state).toBe('A');
    expect(amendHistory(h, 'b', 'B').present).toBe('B');
    expect(amendHistory(h, 'b', 'B').past.length).toBe(1);
    expect(amendHistory(h, 'zz', 'Z')).toBe(h);
  });
});

describe('positions through undo and redo', () => {
  it('brings back the positions each step had', () => {
    let s = initialState();
    s = commitView(s, 'load', () => viewFromSlice(slice([node('a')], [])));
    s = amendView(s, viewOf(s), (v) => withPositions(v, at([['a', 5, 5]])));
    expect(s.history.past.length).toBe(1);
    s = commitView(s, 'Expand A', (v) => mergeSlice(v, slice([node('a'), node('b')], [edge('a', 'b')]), 'a'));
    s = amendView(s, viewOf(s), (v) => withPositions(v, at([['b', 50, 5]])));
    const expanded = viewOf(s).positions;
    s = undoView(s);
    expect(viewOf(s).positions.has('b')).toBe(false);
    s = redoView(s);
    expect(viewOf(s).positions).toEqual(expanded);
  });
});
