// Data steps in the undo timeline, and refreshing a view from a fresh subgraph after a data change.
import { describe, expect, it } from 'vitest';
import { initialState, commitView, undoView, redoView, viewOf } from '../../../renderer/state/app-state.ts';
import { commitDataStep, nextRedo, nextUndo, refreshView, replacePresent } from '../../../renderer/state/data-steps.ts';
import { hideElements, viewFromSlice } from '../../../renderer/state/view-actions.ts';
import { abcd, edge, node, slice } from './fixtures.ts';

describe('data steps', () => {
  it('interleave with view steps in one order, keeping their seq through undo and redo', () => {
    let s = { ...initialState(), history: { ...initialState().history, present: viewFromSlice(abcd) } };
    s = commitDataStep(s, 'Add claim', 7, viewOf(s)); // same view: still a step
    s = commitView(s, 'Hide A', (v) => hideElements(v, ['a']));
    expect(nextUndo(s)?.data).toBeUndefined();
    s = undoView(s);
    expect(nextUndo(s)).toMatchObject({ label: 'Add claim', data: { seq: 7 } });
    expect(nextRedo(s)?.label).toBe('Hide A');
    s = undoView(s);
    expect(nextRedo(s)).toMatchObject({ label: 'Add claim', data: { seq: 7 } });
    expect(nextUndo(s)).toBeUndefined();
    s = redoView(s);
    expect(nextUndo(s)).toMatchObject({ data: { seq: 7 } });
  });

  it('replacePresent changes what is drawn without a step and drops a selection that is gone', () => {
    let s = { ...initialState(), history: { ...initialState().history, present: viewFromSlice(abcd) } };
    s = { ...s, selection: { nodes: ['d'], edges: [] } };
    const next = replacePresent(s, hideElements(viewOf(s), ['d']));
    expect(next.history.past).toHaveLength(0);
    expect(next.selection.nodes).toEqual([]);
  });
});

describe('refreshView', () => {
  const v = viewFromSlice(abcd);

  it('returns the same view when nothing changed', () => {
    expect(refreshView(v, abcd, { relations: null })).toBe(v);
  });

  it('updates a status, drops a deleted entity with its relations, adds only the named new relation', () => {
    const fresh = slice(
      [node('a'), node('b', 'person'), node('c')],
      [edge('a', 'b', { status: 'contested' }), edge('b', 'c', { predicate: 'condemns' }), edge('a', 'c')],
    );
    const r = refreshView(v, fresh, { relations: [] });
    expect(r.edges.get('a--rel--b')?.status).toBe('contested');
    expect(r.nodes.has('d')).toBe(false);
    expect([...r.edges.keys()]).not.toContain('a--rel--c');
    expect(refreshView(v, fresh, { relations: ['a--rel--c'] }).edges.has('a--rel--c')).toBe(true);
    expect(refreshView(v, fresh, { relations: null }).edges.has('a--rel--c')).toBe(true);
  });

  it('adds an entity the change brought in, anchored where asked, and drops a path that lost a node', () => {
    const withPath = { ...v, path: { from: 'a', to: 'd', nodes: ['a', 'b', 'd'], edges: ['a--rel--b', 'b--rel--d'] } };
    const fresh = slice([...abcd.nodes.filter((n) => n.id !== 'd'), node('e')], [edge('a', 'e')]);
    const r = refreshView(withPath, fresh, { relations: ['a--rel--e'], anchor: 'a' });
    expect(r.nodes.has('e')).toBe(true);
    expect(r.anchor).toBe('a');
    expect(r.path).toBeNull();
  });
});
