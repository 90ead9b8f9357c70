// App-level actions: undoable view steps against the non-undoable parts (selection, theme).
import { describe, expect, it } from 'vitest';
import {
  commitView,
  createAppStore,
  redoView,
  resetView,
  select,
  toggleTheme,
  undoView,
  viewOf,
} from '../../../renderer/state/app-state.ts';
import { hideElements, setFilter, viewFromSlice } from '../../../renderer/state/view-actions.ts';
import { abcd } from './fixtures.ts';

describe('app state', () => {
  it('undo restores the view but not the theme; selection drops ids no longer drawn', () => {
    const store = createAppStore('light');
    const seen: number[] = [];
    store.subscribe((s) => seen.push(viewOf(s).nodes.size));
    store.update((s) => resetView(s, viewFromSlice(abcd)));
    store.update((s) => select(s, { nodes: ['b', 'c'], edges: ['a--rel--b'] }));
    store.update((s) => commitView(s, 'Hide B', (v) => hideElements(v, ['b'])));
    expect(store.get().selection).toEqual({ nodes: ['c'], edges: [] });
    store.update(toggleTheme);
    store.update(undoView);
    expect(viewOf(store.get()).nodes.size).toBe(4);
    expect(store.get().theme).toBe('dark');
    store.update(redoView);
    expect(viewOf(store.get()).nodes.has('b')).toBe(false);
    expect(seen).toEqual([4, 4, 3, 3, 4, 3]);
  });

  it('a no-op operation neither records history nor notifies', () => {
    const store = createAppStore();
    store.update((s) => resetView(s, viewFromSlice(abcd)));
    let calls = 0;
    store.subscribe(() => calls++);
    store.update((s) => commitView(s, 'nothing', (v) => setFilter(v, {})));
    expect(calls).toBe(0);
    expect(store.get().history.past).toEqual([]);
  });
});
