// The viewport follows "just enough": no move when in view, a pan when it fits, a zoom-out only when it must.
import { describe, expect, it } from 'vitest';
import { BELOW_COVER, fitViewport, followViewport } from '../../../renderer/features/graph-view/follow-view.ts';

const size = { w: 800, h: 600 };
const screen = (
  b: { x1: number; y1: number; x2: number; y2: number },
  v: { zoom: number; pan: { x: number; y: number } },
) => ({
  x1: b.x1 * v.zoom + v.pan.x,
  y1: b.y1 * v.zoom + v.pan.y,
  x2: b.x2 * v.zoom + v.pan.x,
  y2: b.y2 * v.zoom + v.pan.y,
});

describe('followViewport', () => {
  const cur = { zoom: 1, pan: { x: 0, y: 0 } };

  it('does nothing when the box is already in view', () => {
    expect(followViewport({ x1: 100, y1: 100, x2: 300, y2: 300 }, cur, size, 20)).toBeNull();
  });

  it('pans only as far as needed, without zooming, when the box fits', () => {
    const box = { x1: 100, y1: 100, x2: 850, y2: 300 };
    const v = followViewport(box, cur, size, 20)!;
    expect(v.zoom).toBe(1);
    expect(v.pan.y).toBe(0);
    expect(screen(box, v).x2).toBeCloseTo(780);
  });

  it('zooms out just enough when the box is larger than the canvas, and never zooms in', () => {
    const box = { x1: -500, y1: 0, x2: 1100, y2: 200 };
    const v = followViewport(box, cur, size, 20)!;
    expect(v.zoom).toBeCloseTo(760 / 1600);
    const s = screen(box, v);
    expect(s.x1).toBeGreaterThanOrEqual(19.99);
    expect(s.x2).toBeLessThanOrEqual(780.01);
    expect(
      followViewport({ x1: 0, y1: 0, x2: 10, y2: 10 }, { zoom: 0.5, pan: { x: 100, y: 100 } }, size, 20),
    ).toBeNull();
  });
});

describe('fitViewport', () => {
  it('centres the box at the largest zoom that fits, capped', () => {
    const v = fitViewport({ x1: 0, y1: 0, x2: 400, y2: 100 }, size, 0, 1.5);
    expect(v.zoom).toBe(1.5);
    expect(screen({ x1: 0, y1: 0, x2: 400, y2: 100 }, v)).toEqual({ x1: 100, y1: 225, x2: 700, y2: 375 });
    expect(fitViewport({ x1: 0, y1: 0, x2: 1600, y2: 100 }, size, 0, 1.5).zoom).toBe(0.5);
  });

  it('starts the box below what covers the canvas top (the claims key), with a line of label to spare', () => {
    const box = { x1: 0, y1: 0, x2: 100, y2: 560 };
    const v = fitViewport(box, size, 20, 2, 50);
    const s = screen(box, v);
    expect(s.y1).toBeCloseTo(50 + BELOW_COVER);
    expect(s.y2).toBeCloseTo(size.h - 20);
    // A cover shallower than the padding changes nothing.
    expect(fitViewport(box, size, 40, 2, 10)).toEqual(fitViewport(box, size, 40, 2));
  });
});
