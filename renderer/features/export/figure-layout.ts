// Lays out an exported figure (title, the graph drawing, a legend of the kinds and statuses
// drawn, the numbered sources behind the edges) as draw operations in CSS pixels, so the PNG and
// SVG writers draw the same thing.
import type { RelationStatus, Stance } from '../../../graph-data/model/types.ts';
import { STANCE_STYLES } from '../../ui/stance-styles.ts';
import { FONT_STACK } from '../../ui/fonts.ts';
import type { KindStyle } from '../../ui/kind-style.ts';
import { STATUS_STYLES, WIDTH_NOTE } from '../../ui/status-styles.ts';

export type DrawOp =
  | { op: 'text'; x: number; y: number; text: string; size: number; weight: 'normal' | 'bold'; color: string }
  | { op: 'shape'; shape: string; x: number; y: number; r: number; color: string }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dash: number[] }
  | { op: 'graph'; x: number; y: number; w: number; h: number };

export interface FigureSource {
  title: string;
  publisher: string | null;
  published: string | null;
}

export interface FigureInput {
  title: string;
  subtitle: string;
  graph: { w: number; h: number };
  kinds: KindStyle[];
  statuses: RelationStatus[];
  /** The claims view's stances, when it is on (claimant → relation edges). */
  stances?: Stance[];
  sources: FigureSource[];
  theme: 'light' | 'dark';
  text: string;
  muted: string;
}

export interface Figure {
  width: number;
  height: number;
  ops: DrawOp[];
}

const PAD = 24;
const MIN_WIDTH = 720;
const MAX_SOURCES = 80;

export function layoutFigure(
  f: FigureInput,
  measure: (text: string, size: number, weight?: 'normal' | 'bold') => number,
): Figure {
  const width = Math.ceil(Math.max(f.graph.w + 2 * PAD, MIN_WIDTH));
  const inner = width - 2 * PAD;
  const ops: DrawOp[] = [];
  const text = (x: number, y: number, t: string, size = 12, weight: 'normal' | 'bold' = 'normal', color = f.text) =>
    ops.push({ op: 'text', x, y, text: t, size, weight, color });
  let y = PAD;
  text(PAD, y + 14, f.title, 16, 'bold');
  text(PAD, y + 32, f.subtitle, 11, 'normal', f.muted);
  y += 48;
  ops.push({ op: 'graph', x: PAD + Math.floor((inner - f.graph.w) / 2), y, w: f.graph.w, h: f.graph.h });
  y += f.graph.h + 20;
  y = flow(
    f.kinds.map((k) => ({
      w: 18 + measure(k.label, 11),
      draw: (x: number, yy: number) => {
        ops.push({ op: 'shape', shape: k.shape, x: x + 6, y: yy - 4, r: 6, color: k.color });
        text(x + 16, yy, k.label, 11);
      },
    })),
    y,
    inner,
    'Entity kinds',
    text,
  );
  y = flow(
    f.statuses.map((s) => ({
      w: 36 + measure(STATUS_STYLES[s].label, 11),
      draw: (x: number, yy: number) => {
        const st = STATUS_STYLES[s];
        ops.push({
          op: 'line',
          x1: x,
          y1: yy - 4,
          x2: x + 28,
          y2: yy - 4,
          color: st.color[f.theme],
          width: 2.5 + st.widthBoost,
          dash: st.dash,
        });
        text(x + 34, yy, st.label, 11);
      },
    })),
    y,
    inner,
    'Relation status',
    text,
  );
  y = flow(
    (f.stances ?? []).map((s) => ({
      w: 36 + measure(STANCE_STYLES[s].label, 11),
      draw: (x: number, yy: number) => {
        const st = STANCE_STYLES[s];
        ops.push({
          op: 'line',
          x1: x,
          y1: yy - 4,
          x2: x + 28,
          y2: yy - 4,
          color: st.color[f.theme],
          width: 2.5,
          dash: st.dash,
        });
        text(x + 34, yy, st.label, 11);
      },
    })),
    y,
    inner,
    'Claim stances (claimant → ◇ relation)',
    text,
  );
  text(PAD, y + 12, WIDTH_NOTE, 11, 'normal', f.muted);
  y += 30;
  return { width, height: sourcesBlock(f, y, inner, measure, text), ops };
}

type TextFn = (x: number, y: number, t: string, size?: number, weight?: 'normal' | 'bold', color?: string) => void;

/** Places items left to right under a heading, wrapping at the inner width; returns the next y. */
function flow(
  items: { w: number; draw: (x: number, y: number) => void }[],
  y: number,
  inner: number,
  heading: string,
  text: TextFn,
): number {
  if (!items.length) return y;
  text(PAD, y + 12, heading, 11, 'bold');
  let x = 0;
  let line = y + 30;
  for (const it of items) {
    if (x > 0 && x + it.w > inner) {
      x = 0;
      line += 20;
    }
    it.draw(PAD + x, line);
    x += it.w + 18;
  }
  return line + 16;
}

function sourcesBlock(
  f: FigureInput,
  y: number,
  inner: number,
  measure: (t: string, s: number) => number,
  text: TextFn,
): number {
  if (!f.sources.length) return y + PAD;
  text(PAD, y + 12, `Sources behind the drawn relations (${f.sources.length})`, 11, 'bold');
  y += 30;
  const shown = f.sources.slice(0, MAX_SOURCES);
  shown.forEach((s, i) => {
    const label = `${i + 1}. ${s.title}${s.publisher ? ` — ${s.publisher}` : ''}${s.published ? ` (${s.published})` : ''}`;
    for (const part of wrap(label, inner, (t) => measure(t, 11))) {
      text(PAD, y, part, 11);
      y += 16;
    }
  });
  if (f.sources.length > shown.length) {
    text(PAD, y, `… and ${f.sources.length - shown.length} more`, 11, 'normal', f.muted);
    y += 16;
  }
  return y + PAD - 8;
}

export function wrap(t: string, max: number, width: (s: string) => number): string[] {
  const words = t.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && width(next) > max) {
      lines.push(cur);
      cur = `   ${w}`;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

export function fontOf(size: number, weight: 'normal' | 'bold' = 'normal'): string {
  return `${weight === 'bold' ? '600 ' : ''}${size}px ${FONT_STACK}`;
}
