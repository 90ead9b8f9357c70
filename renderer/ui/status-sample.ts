// A short line drawn the way the graph draws a relation of that status (legend, filters).
import type { RelationStatus } from '../../graph-data/model/types.ts';
import type { Theme } from '../state/app-state.ts';
import { s } from './h.ts';
import { STATUS_STYLES } from './status-styles.ts';

export function statusSample(status: RelationStatus, theme: Theme, width = 28, strokeWidth = 2.5): SVGSVGElement {
  const st = STATUS_STYLES[status];
  return s(
    'svg',
    { class: 'status-sample', width, height: 10, viewBox: `0 0 ${width} 10`, 'aria-hidden': 'true' },
    s('line', {
      x1: 1,
      y1: 5,
      x2: width - 1,
      y2: 5,
      stroke: st.color[theme],
      'stroke-width': strokeWidth + st.widthBoost,
      'stroke-dasharray': st.dash.length ? st.dash.map((x) => x * (st.line === 'dotted' ? 1 : 0.8)).join(' ') : null,
      'stroke-linecap': st.line === 'dotted' ? 'round' : 'butt',
    }),
  );
}
