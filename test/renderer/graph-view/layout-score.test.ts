// The clutter score that picks the tidiest seeded layout: crossings count, overlapping labels
// count in screen pixels once fitted, and a spread-out drawing scores better than a piled one.
import { describe, expect, it } from 'vitest';
import type { Position } from 'cytoscape';
import { clutter, type NodeBox } from '../../../renderer/features/graph-view/layout-score.ts';

const view = { w: 1200, h: 800 };
const boxes = (ids: string[], b: NodeBox = { chars: 8, size: 30 }) => new Map(ids.map((id) => [id, b]));
const at = (entries: [string, number, number][]) =>
  new Map<string, Position>(entries.map(([id, x, y]) => [id, { x, y }]));

describe('clutter', () => {
  it('is zero for nodes far apart without crossing edges', () => {
    const pos = at([
      ['a', 0, 0],
      ['b', 400, 0],
      ['c', 0, 400],
      ['d', 400, 400],
    ]);
    const edges: [string, string][] = [
      ['a', 'b'],
      ['c', 'd'],
    ];
    expect(clutter(pos, edges, boxes(['a', 'b', 'c', 'd']), view)).toBe(0);
  });

  it('counts one per crossing, not for edges that share an end', () => {
    const pos = at([
      ['a', 0, 0],
      ['b', 400, 400],
      ['c', 0, 400],
      ['d', 400, 0],
    ]);
    const ids = boxes(['a', 'b', 'c', 'd']);
    expect(
      clutter(
        pos,
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        ids,
        view,
      ),
    ).toBe(1);
    expect(
      clutter(
        pos,
        [
          ['a', 'b'],
          ['a', 'd'],
        ],
        ids,
        view,
      ),
    ).toBe(0);
  });

  it('charges overlapping labels, more the more they overlap', () => {
    const ids = boxes(['a', 'b'], { chars: 20, size: 30 });
    const far = clutter(
      at([
        ['a', 0, 0],
        ['b', 600, 0],
      ]),
      [],
      ids,
      view,
    );
    const near = clutter(
      at([
        ['a', 0, 0],
        ['b', 100, 0],
      ]),
      [],
      ids,
      view,
    );
    const piled = clutter(
      at([
        ['a', 0, 0],
        ['b', 10, 0],
      ]),
      [],
      ids,
      view,
    );
    expect(far).toBe(0);
    expect(near).toBeGreaterThan(0);
    expect(piled).toBeGreaterThan(near);
  });

  it('weighs overlaps in screen pixels once the drawing is fitted to the canvas', () => {
    const ids = boxes(['a', 'b', 'c'], { chars: 20, size: 30 });
    const pair = (far: number) =>
      clutter(
        at([
          ['a', 0, 0],
          ['b', 60, 0],
          ['c', far, 0],
        ]),
        [],
        ids,
        view,
      );
    // Fitted, zoom is the canvas width over the drawing's (with 66 units of label each side): the
    // same overlap in a wider drawing weighs the square of the zoom ratio.
    const small = pair(1000);
    const wide = pair(3000);
    expect(small).toBeGreaterThan(0);
    expect(wide / small).toBeCloseTo(((1000 + 132) / (3000 + 132)) ** 2, 6);
  });
});
