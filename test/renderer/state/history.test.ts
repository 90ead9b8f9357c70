// Undo/redo history: labels, limits, no-op steps, and redo cleared by a new operation.
import { describe, expect, it } from 'vitest';
import {
  continueHistory,
  createHistory,
  pushHistory,
  redo,
  redoLabel,
  undo,
  undoLabel,
} from '../../../renderer/state/history.ts';

describe('history', () => {
  it('undoes and redoes in order, naming the operation', () => {
    let h = createHistory('a');
    h = pushHistory(h, 'b', 'to b');
    h = pushHistory(h, 'c', 'to c');
    expect(undoLabel(h)).toBe('to c');
    h = undo(h);
    expect(h.present).toBe('b');
    expect(redoLabel(h)).toBe('to c');
    expect(undoLabel(h)).toBe('to b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('records nothing when the state did not change', () => {
    const h = createHistory({ n: 1 });
    expect(pushHistory(h, h.present, 'nothing')).toBe(h);
  });

  it('a new operation after undo drops the redo branch', () => {
    let h = pushHistory(pushHistory(createHistory(0), 1, 'one'), 2, 'two');
    h = pushHistory(undo(h), 5, 'five');
    expect(h.future).toEqual([]);
    expect(h.present).toBe(5);
    expect(undo(h).present).toBe(1);
  });

  it('keeps at most `limit` steps', () => {
    let h = createHistory(0, 3);
    for (let i = 1; i <= 10; i++) h = pushHistory(h, i, `to ${i}`);
    expect(h.past.map((e) => e.state)).toEqual([7, 8, 9]);
    h = undo(undo(undo(h)));
    expect(h.present).toBe(7);
    expect(undo(h)).toBe(h);
  });

  it('a gesture carried on stays one step, renamed; undo goes back to before it', () => {
    let h = pushHistory(createHistory('a'), 'b', 'As of 2024-10-20');
    h = continueHistory(h, 'c', 'As of 2024-10-25');
    h = continueHistory(h, 'd', 'As of 2024-10-28');
    expect(h.past.map((e) => e.state)).toEqual(['a']);
    expect(h.present).toBe('d');
    expect(undoLabel(h)).toBe('As of 2024-10-28');
    expect(undo(h).present).toBe('a');
    expect(redo(undo(h)).present).toBe('d');
    // Nothing to carry on (no step yet, or a data change behind it): a step of its own.
    expect(continueHistory(createHistory('a'), 'b', 'x').past).toHaveLength(1);
    const data = pushHistory(createHistory('a'), 'b', 'Add claim', { seq: 3 });
    expect(continueHistory(data, 'c', 'As of 2024').past).toHaveLength(2);
  });
});
