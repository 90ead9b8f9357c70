// Draws claims on a time axis as SVG: one row per relation or claimant, each claim a bar over the
// days its stated date may mean (a month-dated claim spans the month), coloured by stance.
import type { ClaimBrief } from '../../../graph-data/contract/views.ts';
import { dateSpan, matchAsOf } from '../../../graph-data/model/date-rule.ts';
import type { Theme } from '../../state/app-state.ts';
import { s } from '../../ui/h.ts';
import { STANCE_STYLES } from '../../ui/stance-styles.ts';
import { STANCES } from '../../../graph-data/model/types.ts';

export const LABEL_W = 190;
export const ROW_H = 20;
export const AXIS_H = 22;
const DAY = 86_400_000;

export type GroupBy = 'relation' | 'claimant';

export interface Scale {
  lo: number;
  hi: number;
  width: number;
  x(t: number): number;
  t(x: number): number;
}

export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);

export function scaleFor(claims: readonly ClaimBrief[], width: number): Scale | null {
  const spans = claims.flatMap((c) => dateSpan(c.stated) ?? []);
  if (!spans.length) return null;
  const lo = Math.min(...spans.map((x) => dayOf(x.start))) - DAY;
  const hi = Math.max(...spans.map((x) => dayOf(x.end))) + 2 * DAY;
  const plot = Math.max(50, width - LABEL_W - 12);
  return {
    lo,
    hi,
    width,
    x: (t) => LABEL_W + ((t - lo) / (hi - lo)) * plot,
    t: (x) => lo + ((x - LABEL_W) / plot) * (hi - lo),
  };
}

export function groupClaims(claims: readonly ClaimBrief[], by: GroupBy, names: (id: string) => string) {
  const rows = new Map<string, { key: string; label: string; claims: ClaimBrief[] }>();
  for (const c of claims) {
    const key = by === 'relation' ? c.relationId : c.claimant.id;
    const label =
      by === 'relation' ? `${names(c.subject)} ${c.predicate.replace(/-/g, ' ')} ${names(c.object)}` : c.claimant.label;
    const row = rows.get(key) ?? { key, label, claims: [] };
    row.claims.push(c);
    rows.set(key, row);
  }
  return [...rows.values()];
}

export function drawTimeline(
  claims: readonly ClaimBrief[],
  by: GroupBy,
  sc: Scale,
  theme: Theme,
  names: (id: string) => string,
  selected: ReadonlySet<string>,
  asOf: string | null = null,
): SVGSVGElement {
  const rows = groupClaims(claims, by, names);
  const height = AXIS_H + rows.length * ROW_H + 4;
  const svg = s('svg', {
    class: 'timeline-svg',
    width: sc.width,
    height,
    role: 'img',
    'aria-label': 'Claims on a time axis',
  });
  svg.append(axis(sc, height));
  rows.forEach((row, i) => {
    const y = AXIS_H + i * ROW_H;
    const label = s('text', { x: 6, y: y + ROW_H - 5, class: 'tl-label' }, row.label.slice(0, 34));
    label.append(s('title', null, row.label));
    svg.append(s('rect', { x: 0, y, width: sc.width, height: ROW_H, class: i % 2 ? 'tl-row odd' : 'tl-row' }), label);
    for (const c of row.claims) {
      const b = bar(c, sc, y, theme, selected.has(c.relationId), names);
      // Claims that certainly came after the as-of date are faded.
      if (asOf && matchAsOf(c.stated, asOf) === 'no') b.classList.add('later');
      svg.append(b);
    }
  });
  return svg;
}

function bar(c: ClaimBrief, sc: Scale, y: number, theme: Theme, on: boolean, names: (id: string) => string) {
  const span = dateSpan(c.stated);
  const x1 = span ? sc.x(dayOf(span.start)) : LABEL_W;
  const x2 = span ? sc.x(dayOf(span.end) + DAY) : sc.width - 6;
  const partial = !c.stated || c.stated.length < 10;
  // Spans (month, year, undated) lie in thin lanes by stance so overlapping ones stay visible;
  // day-dated claims are full-height blocks on top.
  const lane = STANCES.indexOf(c.stance);
  const r = s('rect', {
    x: x1,
    y: partial ? y + 2 + lane * 3.2 : y + 2,
    width: Math.max(6, x2 - x1),
    height: partial ? 3 : ROW_H - 4,
    rx: 2,
    fill: STANCE_STYLES[c.stance].color[theme],
    'fill-opacity': partial ? 0.8 : 0.95,
    class: `tl-claim${on ? ' on' : ''}${c.possibly ? ' possibly' : ''}`,
    'data-claim': c.id,
    'data-relation': c.relationId,
    'data-stance': c.stance,
  });
  const when = c.stated ?? 'undated';
  r.append(
    s(
      'title',
      null,
      `${c.claimant.label} ${c.stance} (${when}): ${names(c.subject)} ${c.predicate} ${names(c.object)}`,
    ),
  );
  return r;
}

function axis(sc: Scale, height: number): SVGGElement {
  const g = s('g', { class: 'tl-axis' });
  const days = (sc.hi - sc.lo) / DAY;
  const step = days > 400 ? 'year' : days > 60 ? 'month' : 'day';
  const d = new Date(sc.lo);
  d.setUTCHours(0, 0, 0, 0);
  if (step !== 'day') d.setUTCDate(1);
  if (step === 'year') d.setUTCMonth(0);
  const every = step === 'day' ? Math.max(1, Math.ceil(days / 12)) : 1;
  for (let i = 0; d.getTime() <= sc.hi && i < 400; i++) {
    const t = d.getTime();
    if (t >= sc.lo) {
      const x = sc.x(t);
      const text = step === 'year' ? isoOf(t).slice(0, 4) : step === 'month' ? isoOf(t).slice(0, 7) : isoOf(t).slice(5);
      g.append(
        s('line', { x1: x, x2: x, y1: AXIS_H - 4, y2: height, class: 'tl-tick' }),
        s('text', { x: x + 2, y: 12, class: 'tl-tick-label' }, text),
      );
    }
    if (step === 'day') d.setUTCDate(d.getUTCDate() + every);
    else if (step === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
  }
  return g;
}
