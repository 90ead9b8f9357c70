// Legend rows for the claims view's stances and the evidence marks of the normal view.
import type { Theme } from '../../state/app-state.ts';
import type { ViewState } from '../../state/view-state.ts';
import { h, s } from '../../ui/h.ts';
import { EVIDENCE_MARKS, STANCE_ORDER, STANCE_STYLES } from '../../ui/stance-styles.ts';

function line(color: string, dash: number[]): SVGSVGElement {
  return s(
    'svg',
    { width: 30, height: 12, viewBox: '0 0 30 12', 'aria-hidden': 'true' },
    s('line', { x1: 1, y1: 6, x2: 29, y2: 6, stroke: color, 'stroke-width': 2, 'stroke-dasharray': dash.join(' ') }),
  );
}

function mark(kind: 'doubted' | 'single'): SVGSVGElement {
  const c = EVIDENCE_MARKS[kind].color;
  const shape =
    kind === 'doubted'
      ? s('path', { d: 'M15 2 L19 6 L15 10 L11 6 Z', fill: c })
      : s('circle', { cx: 15, cy: 6, r: 3.2, fill: 'none', stroke: c, 'stroke-width': 1.4 });
  return s(
    'svg',
    { width: 30, height: 12, viewBox: '0 0 30 12', 'aria-hidden': 'true' },
    s('line', { x1: 1, y1: 6, x2: 29, y2: 6, stroke: '#8792a3', 'stroke-width': 1.5 }),
    shape,
  );
}

export function stanceLegend(v: ViewState, theme: Theme): HTMLElement[] {
  const evidence = h(
    'ul',
    { class: 'legend-list legend-evidence', 'aria-label': 'Evidence marks' },
    (['doubted', 'single'] as const).map((k) =>
      h(
        'li',
        null,
        mark(k),
        h('span', null, EVIDENCE_MARKS[k].label),
        h('span', { class: 'legend-meaning' }, EVIDENCE_MARKS[k].meaning),
      ),
    ),
  );
  if (!v.claimsView) return [evidence];
  const stances = h(
    'ul',
    { class: 'legend-list legend-stances', 'aria-label': 'Claim stances' },
    STANCE_ORDER.map((st) =>
      h(
        'li',
        { title: STANCE_STYLES[st].meaning },
        line(STANCE_STYLES[st].color[theme], STANCE_STYLES[st].dash),
        h('span', null, STANCE_STYLES[st].label),
        h('span', { class: 'legend-meaning' }, STANCE_STYLES[st].meaning),
      ),
    ),
  );
  return [h('div', { class: 'sub' }, 'Claims view: claimant → ◇ relation, by stance'), stances, evidence];
}
