// Label declutter: important labels win, no two shown labels overlap, none covers another node.
import { describe, expect, it } from 'vitest';
import { chooseLabels, type LabelItem } from '../../../renderer/features/graph-view/label-choice.ts';
import { overlaps, type Rect } from '../../../renderer/features/graph-view/place-new.ts';

const r = (x: number, y: number, w = 60, h = 14): Rect => ({ x1: x, y1: y, x2: x + w, y2: y + h });
const item = (id: string, priority: number, box: Rect, forced = false): LabelItem => ({ id, priority, forced, box });

describe('chooseLabels', () => {
  it('keeps the more important of two colliding labels', () => {
    const shown = chooseLabels([item('small', 1, r(0, 0)), item('hub', 9, r(30, 5))], [], 'medium');
    expect([...shown]).toEqual(['hub']);
  });

  it('shows a forced (selected) label over a more important one', () => {
    const shown = chooseLabels([item('hub', 9, r(0, 0)), item('picked', 1, r(30, 5), true)], [], 'medium');
    expect([...shown]).toEqual(['picked']);
  });

  it('hides a label that would cover another node, but not its own', () => {
    const own = r(0, -30, 20, 28);
    const other = r(200, 0, 20, 20);
    const shown = chooseLabels([{ ...item('a', 5, r(-20, 0)), own }, item('b', 5, r(190, 5))], [own, other], 'medium');
    expect([...shown]).toEqual(['a']);
  });

  it('never returns overlapping labels, and shows fewer at low density', () => {
    const items = Array.from({ length: 200 }, (_, i) => item(`l${i}`, i % 7, r((i * 137) % 3000, (i * 53) % 2000)));
    const medium = chooseLabels(items, [], 'medium');
    const shownBoxes = items.filter((it) => medium.has(it.id)).map((it) => it.box);
    for (const [i, a] of shownBoxes.entries())
      for (const b of shownBoxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    const low = chooseLabels(items, [], 'low');
    expect(low.size).toBeLessThan(medium.size);
    expect(low.size).toBeLessThanOrEqual(Math.ceil(items.length * 0.35));
  });

  it('puts a label at its next free place when its own is taken, and says which', () => {
    const moved = new Map<string, number>();
    const hub = item('hub', 9, r(0, 20));
    const small = { ...item('small', 1, r(10, 24)), alts: [r(10, 22), r(10, -20)] };
    const shown = chooseLabels([hub, small], [], 'medium', [], moved);
    expect([...shown].sort()).toEqual(['hub', 'small']);
    expect([...moved]).toEqual([['small', 1]]);
    // With every place taken, it is not shown.
    const none = new Map<string, number>();
    expect([...chooseLabels([hub, small], [], 'medium', [r(0, -22)], none)]).toEqual(['hub']);
    expect(none.size).toBe(0);
  });

  it('covers a soft mark (a claims-view handle) only when no place of its label is clear of it', () => {
    const mark = r(12, 24, 8, 8);
    const moved = new Map<string, number>();
    const label = { ...item('a', 1, r(0, 20)), alts: [r(0, 60)] };
    expect([...chooseLabels([label], [], 'medium', [], moved, [mark])]).toEqual(['a']);
    expect([...moved]).toEqual([['a', 0]]);
    const cornered = { ...item('b', 1, r(0, 20)), alts: [r(0, 22)] };
    const none = new Map<string, number>();
    expect([...chooseLabels([cornered], [], 'medium', [], none, [mark])]).toEqual(['b']);
    expect(none.size).toBe(0);
  });

  it('keeps clear of labels already shown', () => {
    expect(chooseLabels([item('edge', 1, r(0, 0))], [], 'high', [r(10, 2)]).size).toBe(0);
  });
});
