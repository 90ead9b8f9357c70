// The timeline strip under the graph: the drawn relations' claims on a time axis (partial dates
// as spans, coloured by stance), grouped by relation or by claimant. Dragging across the axis sets
// the date filter's range; clicking a claim selects its relation.
import './timeline.css';
import { commitView, select, viewOf, type AppStore } from '../../state/app-state.ts';
import { setFilter } from '../../state/view-actions.ts';
import { h, replaceChildren, s } from '../../ui/h.ts';
import type { ClaimsData } from '../claims/index.ts';
import type { Explorer } from '../explore/index.ts';
import { partialDateEnd } from '../../../graph-data/model/partial-date.ts';
import { dayOf, drawTimeline, isoOf, LABEL_W, scaleFor, type GroupBy, type Scale } from './timeline-draw.ts';

export function mountTimeline(el: HTMLElement, d: { store: AppStore; data: ClaimsData; explorer: Explorer }): void {
  const toggle = h(
    'button',
    { class: 'btn btn-small tl-toggle', 'aria-expanded': 'false', id: 'timeline-toggle' },
    'Timeline',
  );
  const group = h(
    'select',
    { 'aria-label': 'Group claims by', id: 'timeline-group' },
    h('option', { value: 'relation' }, 'by relation'),
    h('option', { value: 'claimant' }, 'by claimant'),
  );
  const clear = h('button', { class: 'btn btn-small btn-ghost' }, 'Clear dates');
  const hintText = 'Drag across the chart to filter by date; click a claim to select its relation.';
  // One line (the strip's head is docked under the graph at a fixed height): cut short, it shows whole on hover.
  const hint = h('span', { class: 'muted tl-hint', title: hintText }, hintText);
  const body = h('div', { class: 'tl-body' });
  el.append(h('div', { class: 'tl-head' }, toggle, group, clear, hint), body);
  let open = false;
  let scale: Scale | null = null;

  toggle.addEventListener('click', () => {
    open = !open;
    toggle.setAttribute('aria-expanded', String(open));
    el.closest('.centre')?.setAttribute('data-timeline', open ? 'open' : 'closed');
    draw();
  });
  group.addEventListener('change', draw);
  clear.addEventListener('click', () => setRange(null, null));
  bindBrush(
    body,
    () => scale,
    (a, b) => setRange(a, b),
  );
  body.addEventListener('click', (e) => {
    const rel = (e.target as Element).getAttribute?.('data-relation');
    if (!rel) return;
    if (viewOf(d.store.get()).edges.has(rel)) d.store.update((st) => select(st, { nodes: [], edges: [rel] }));
    else void d.explorer.revealRelation(rel);
  });

  function setRange(from: string | null, to: string | null): void {
    d.store.update((st) =>
      commitView(st, from ? `Filter: stated ${from} – ${to}` : 'Filter: any date', (v) => setFilter(v, { from, to })),
    );
  }

  function draw(): void {
    if (!open) return replaceChildren(body);
    const st = d.store.get();
    const v = viewOf(st);
    const claims = d.data.all();
    scale = scaleFor(claims, Math.max(400, body.clientWidth || el.clientWidth || 800));
    if (!scale)
      return replaceChildren(body, h('div', { class: 'muted tl-empty' }, 'No dated claims on the drawn relations.'));
    const names = (id: string) => v.nodes.get(id)?.label ?? id;
    const svg = drawTimeline(
      claims,
      group.value as GroupBy,
      scale,
      st.theme,
      names,
      new Set(st.selection.edges),
      v.asOf,
    );
    const height = Number(svg.getAttribute('height'));
    if (v.filter.from || v.filter.to) svg.append(rangeMark(scale, v.filter.from, v.filter.to, height));
    if (v.asOf) svg.append(asOfMark(scale, v.asOf, height));
    replaceChildren(body, svg);
  }

  d.data.subscribe(draw);
  d.store.subscribe((st, prev) => {
    const [v, was] = [viewOf(st), viewOf(prev)];
    if (st.selection !== prev.selection || st.theme !== prev.theme || v.filter !== was.filter || v.asOf !== was.asOf)
      draw();
  });
}

function rangeMark(sc: Scale, from: string | null, to: string | null, height: number): SVGRectElement {
  const x1 = from ? sc.x(Date.parse(`${from.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`)) : LABEL_W;
  const x2 = to
    ? sc.x(Date.parse(`${to.length === 10 ? to : `${to}-01`.slice(0, 10)}T00:00:00Z`) + 86_400_000)
    : sc.width;
  return s('rect', { x: x1, y: 0, width: Math.max(2, x2 - x1), height, class: 'tl-range' });
}

/** The as-of date: a line at the end of its last day; claims after it are faded by drawTimeline. */
function asOfMark(sc: Scale, asOf: string, height: number): SVGGElement {
  const x = Math.min(sc.width - 2, sc.x(dayOf(partialDateEnd(asOf)) + 86_400_000));
  const g = s('g', { class: 'tl-as-of' });
  const text = `as of ${asOf}`;
  const w = text.length * 6.4 + 8; // over the axis labels, on the panel's colour
  const left = Math.max(LABEL_W, x - w);
  g.append(
    s('line', { x1: x, x2: x, y1: 0, y2: height }),
    s('rect', { x: left, y: 1, width: w, height: 15, rx: 3 }),
    s('text', { x: left + w - 4, y: 12, 'text-anchor': 'end' }, text),
  );
  return g;
}

/** Pointer drag over the chart: a band while dragging, then the days it covers as the range. */
function bindBrush(body: HTMLElement, scale: () => Scale | null, done: (from: string, to: string) => void): void {
  let start: number | null = null;
  let band: SVGRectElement | null = null;
  const xOf = (e: PointerEvent) => e.clientX - body.getBoundingClientRect().left + body.scrollLeft;
  body.addEventListener('pointerdown', (e) => {
    const sc = scale();
    if (!sc || xOf(e) < LABEL_W || (e.target as Element).getAttribute?.('data-claim')) return;
    start = xOf(e);
    band = s('rect', { x: start, y: 0, width: 1, height: body.scrollHeight, class: 'tl-brush' });
    body.querySelector('svg')?.append(band);
    body.setPointerCapture(e.pointerId);
  });
  body.addEventListener('pointermove', (e) => {
    if (start === null || !band) return;
    const x = xOf(e);
    band.setAttribute('x', String(Math.min(start, x)));
    band.setAttribute('width', String(Math.abs(x - start)));
  });
  body.addEventListener('pointerup', (e) => {
    const sc = scale();
    if (start === null || !sc) return;
    const [a, b] = [start, xOf(e)].sort((p, q) => p - q) as [number, number];
    start = null;
    band?.remove();
    if (b - a < 4) return;
    done(isoOf(sc.t(a)), isoOf(sc.t(b)));
  });
}
