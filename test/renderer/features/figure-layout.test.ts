// The exported figure's layout as draw operations: title, the drawing centred, legends that wrap
// at the figure's width, numbered sources (at most 80, then a count), and a height that holds it all.
import { describe, expect, it } from 'vitest';
import { layoutFigure, wrap, type DrawOp, type FigureInput } from '../../../renderer/features/export/figure-layout.ts';

/** 7 px per character at 11 px, scaled by size: deterministic, like a monospace font. */
const measure = (t: string, size: number) => (t.length * 7 * size) / 11;

function input(more: Partial<FigureInput> = {}): FigureInput {
  return {
    title: 'Pasukan Korea Utara di Kursk',
    subtitle: '12 entities, 15 relations',
    graph: { w: 1000, h: 600 },
    kinds: [
      { id: 'person', label: 'Person', shape: 'ellipse', color: '#335', glyph: 'P' },
      { id: 'country', label: 'Country', shape: 'round-rectangle', color: '#553', glyph: 'C' },
    ],
    statuses: ['asserted', 'denied'],
    sources: [{ title: 'Officials describe troop movements', publisher: 'Northgate Wire', published: '2024-10-18' }],
    theme: 'light',
    text: '#111',
    muted: '#777',
    ...more,
  };
}

const texts = (ops: DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text');

describe('layoutFigure', () => {
  it('draws the title first and centres the graph within the padding', () => {
    const f = layoutFigure(input(), measure);
    expect(f.width).toBe(1048);
    expect(texts(f.ops)[0]).toMatchObject({ text: 'Pasukan Korea Utara di Kursk', weight: 'bold', x: 24 });
    expect(f.ops.find((o) => o.op === 'graph')).toEqual({ op: 'graph', x: 24, y: 72, w: 1000, h: 600 });
  });

  it('is at least 720 px wide, with a small drawing in the middle', () => {
    const f = layoutFigure(input({ graph: { w: 300, h: 200 } }), measure);
    expect(f.width).toBe(720);
    expect(f.ops.find((o) => o.op === 'graph')).toMatchObject({ x: 24 + Math.floor((672 - 300) / 2), w: 300 });
  });

  it('gives a legend entry per kind and status drawn, and the stances only when the claims view is on', () => {
    const plain = texts(layoutFigure(input(), measure).ops).map((t) => t.text);
    expect(plain).toEqual(expect.arrayContaining(['Entity kinds', 'Person', 'Country', 'Relation status']));
    expect(plain.some((t) => t.startsWith('Claim stances'))).toBe(false);
    const claims = texts(layoutFigure(input({ stances: ['asserts', 'denies'] }), measure).ops).map((t) => t.text);
    expect(claims.some((t) => t.startsWith('Claim stances'))).toBe(true);
    expect(layoutFigure(input(), measure).ops.filter((o) => o.op === 'shape')).toHaveLength(2);
  });

  it('wraps legend entries onto new lines inside the figure', () => {
    const kinds = Array.from({ length: 30 }, (_, i) => ({
      id: `k${i}`,
      label: `Kind number ${i}`,
      shape: 'ellipse',
      color: '#000',
      glyph: 'K',
    }));
    const f = layoutFigure(input({ kinds }), measure);
    const shapes = f.ops.filter((o) => o.op === 'shape');
    expect(new Set(shapes.map((s) => s.y)).size).toBeGreaterThan(1);
    for (const s of shapes) expect(s.x).toBeLessThan(f.width - 24);
  });

  it('numbers the sources, lists at most 80 and counts the rest, and ends below the last line', () => {
    const sources = Array.from({ length: 85 }, (_, i) => ({
      title: `Report ${i + 1}`,
      publisher: i % 2 ? 'Northgate Wire' : null,
      published: null,
    }));
    const f = layoutFigure(input({ sources }), measure);
    const t = texts(f.ops).map((o) => o.text);
    expect(t).toContain('Sources behind the drawn relations (85)');
    expect(t).toContain('1. Report 1');
    expect(t).toContain('2. Report 2 — Northgate Wire');
    expect(t).toContain('80. Report 80 — Northgate Wire');
    expect(t).not.toContain('81. Report 81');
    expect(t).toContain('… and 5 more');
    expect(f.height).toBeGreaterThan(Math.max(...texts(f.ops).map((o) => o.y)));
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width and indents the continuation lines', () => {
    const lines = wrap('Seoul says troops moved toward the border region', 100, (s) => s.length * 7);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length * 7).toBeLessThanOrEqual(100 + 3 * 7);
    expect(lines.slice(1).every((l) => l.startsWith('   '))).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe('Seoul says troops moved toward the border region');
  });

  it('keeps a word longer than the width on its own line', () => {
    expect(wrap('a verylongwordthatdoesnotfit b', 50, (s) => s.length * 7)).toEqual([
      'a',
      '   verylongwordthatdoesnotfit',
      '   b',
    ]);
  });
});
