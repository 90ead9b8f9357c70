// A small SVG symbol of a node shape, filled with the kind's colour (legend, search, inspector).
import { s } from './h.ts';
import { shapeGeometry } from './shape-geometry.ts';

export function shapeIcon(shape: string, color: string, size = 14): SVGSVGElement {
  const g = shapeGeometry(shape);
  const common = { fill: color, stroke: 'rgba(0,0,0,0.35)', 'stroke-width': 0.08 };
  let body: SVGElement;
  if (g.type === 'ellipse') body = s('circle', { cx: 0, cy: 0, r: 0.92, ...common });
  else if (g.type === 'rect')
    body = s('rect', { x: -0.92, y: -0.74, width: 1.84, height: 1.48, rx: g.radius, ...common });
  else
    body = s('polygon', {
      points: g.points.map(([x, y]) => `${(x * 0.92).toFixed(3)},${(y * 0.92).toFixed(3)}`).join(' '),
      ...common,
    });
  return s(
    'svg',
    { class: 'shape-icon', width: size, height: size, viewBox: '-1 -1 2 2', 'aria-hidden': 'true' },
    body,
  );
}
