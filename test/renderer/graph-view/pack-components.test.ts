// Disconnected parts are packed in rows under the largest one: nothing overlaps, each part keeps
// its own shape, and the rows follow the canvas's aspect.
import { describe, expect, it } from 'vitest';
import type { Position } from 'cytoscape';
import { packComponents } from '../../../renderer/features/graph-view/pack-components.ts';

/** A square part of `k` x `k` nodes spaced 40 apart, at (ox, oy). */
function grid(prefix: string, k: number, ox: number, oy: number): [string, Position][] {
  return Array.from({ length: k * k }, (_, i) => [
    `${prefix}${i}`,
    { x: ox + (i % k) * 40, y: oy + Math.floor(i / k) * 40 },
  ]);
}

function bounds(ids: string[], pos: Map<string, Position>) {
  const ps = ids.map((id) => pos.get(id)!);
  return {
    x1: Math.min(...ps.map((p) => p.x)),
    y1: Math.min(...ps.map((p) => p.y)),
    x2: Math.max(...ps.map((p) => p.x)),
    y2: Math.max(...ps.map((p) => p.y)),
  };
}

describe('packComponents', () => {
  const big = grid('a', 6, 0, 0);
  const parts = [big, ...Array.from({ length: 8 }, (_, i) => grid(`s${i}-`, 2, 5000 + i * 900, -3000))];
  const pos = new Map(parts.flat());
  const components = parts.map((p) => p.map(([id]) => id));

  it('leaves a single part where it is', () => {
    const one = new Map(big);
    expect(packComponents(one, [big.map(([id]) => id)], 1.6)).toBe(one);
  });

  it('keeps every node and each part rigid (moved, never reshaped)', () => {
    const out = packComponents(pos, components, 1.6);
    expect(out.size).toBe(pos.size);
    for (const ids of components) {
      const [first, ...rest] = ids;
      const dx = out.get(first!)!.x - pos.get(first!)!.x;
      const dy = out.get(first!)!.y - pos.get(first!)!.y;
      for (const id of rest) {
        expect(out.get(id)!.x - pos.get(id)!.x).toBeCloseTo(dx);
        expect(out.get(id)!.y - pos.get(id)!.y).toBeCloseTo(dy);
      }
    }
  });

  it('puts the largest part first, top left, and no two parts overlap', () => {
    const out = packComponents(pos, components, 1.6);
    const boxes = components.map((ids) => bounds(ids, out));
    const largest = boxes[0]!;
    for (const b of boxes.slice(1)) expect(b.y1 >= largest.y1 && (b.y1 > largest.y2 || b.x1 > largest.x2)).toBe(true);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const apart = a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1;
        expect(apart, `parts ${i} and ${j}`).toBe(true);
      }
  });

  it('packs far-flung parts into a compact block shaped by the aspect', () => {
    const wide = bounds([...pos.keys()], packComponents(pos, components, 3));
    const tall = bounds([...pos.keys()], packComponents(pos, components, 0.3));
    const before = bounds([...pos.keys()], pos);
    expect((wide.x2 - wide.x1) * (wide.y2 - wide.y1)).toBeLessThan(
      ((before.x2 - before.x1) * (before.y2 - before.y1)) / 4,
    );
    expect((wide.x2 - wide.x1) / (wide.y2 - wide.y1)).toBeGreaterThan((tall.x2 - tall.x1) / (tall.y2 - tall.y1));
  });
});
