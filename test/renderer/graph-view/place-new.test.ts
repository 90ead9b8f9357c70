// Incremental placement: new nodes land near their origin, on no existing box and on no other new one.
import { describe, expect, it } from 'vitest';
import { overlaps, placeAround, unionRect, type Rect } from '../../../renderer/features/graph-view/place-new.ts';

const box = (w: number, h: number): Rect => ({ x1: -w / 2, y1: -h / 2, x2: w / 2, y2: h / 2 });
const at = (b: Rect, p: { x: number; y: number }): Rect => ({
  x1: b.x1 + p.x,
  y1: b.y1 + p.y,
  x2: b.x2 + p.x,
  y2: b.y2 + p.y,
});

describe('placeAround', () => {
  it('places every new node clear of the drawing and of each other, near its origin', () => {
    const obstacles = [
      at(box(40, 60), { x: 0, y: 0 }),
      at(box(40, 60), { x: 80, y: 0 }),
      at(box(40, 60), { x: 0, y: 90 }),
    ];
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, origin: { x: 0, y: 0 }, box: box(50, 40) }));
    const out = placeAround(items, obstacles, { gap: 8, centre: { x: 40, y: 40 } });
    expect(out.size).toBe(12);
    const placed = items.map((it) => at(it.box, out.get(it.id)!));
    for (const [i, r] of placed.entries()) {
      for (const o of obstacles) expect(overlaps(r, o)).toBe(false);
      for (const q of placed.slice(i + 1)) expect(overlaps(r, q)).toBe(false);
      const p = out.get(`n${i}`)!;
      expect(Math.hypot(p.x, p.y)).toBeLessThan(400);
    }
  });

  it('prefers the side facing away from the rest of the drawing', () => {
    const out = placeAround(
      [{ id: 'a', origin: { x: 100, y: 0 }, box: box(20, 20) }],
      [at(box(20, 20), { x: 100, y: 0 })],
      {
        gap: 4,
        centre: { x: 0, y: 0 },
      },
    );
    expect(out.get('a')!.x).toBeGreaterThan(100);
  });

  it('keeps the gap between boxes', () => {
    const out = placeAround(
      [{ id: 'a', origin: { x: 0, y: 0 }, box: box(20, 20) }],
      [at(box(20, 20), { x: 0, y: 0 })],
      {
        gap: 30,
        centre: { x: -1, y: 0 },
      },
    );
    expect(overlaps(at(box(20, 20), out.get('a')!), at(box(20, 20), { x: 0, y: 0 }), 30)).toBe(false);
  });
});

describe('unionRect', () => {
  it('covers every rectangle, and is null for none', () => {
    expect(unionRect([])).toBeNull();
    expect(
      unionRect([
        { x1: 0, y1: 5, x2: 10, y2: 8 },
        { x1: -3, y1: 6, x2: 4, y2: 20 },
      ]),
    ).toEqual({ x1: -3, y1: 5, x2: 10, y2: 20 });
  });
});
