// Writes a laid-out figure as one SVG document: Cytoscape's SVG of the graph nested inside, and
// the legend and sources as <text> elements (the serializer escapes every string).
import { shapeGeometry } from '../../ui/shape-geometry.ts';
import { FONT_STACK } from '../../ui/fonts.ts';
import type { DrawOp, Figure } from './figure-layout.ts';

const NS = 'http://www.w3.org/2000/svg';

export function drawFigureSvg(fig: Figure, graphSvg: string, background: string | null): string {
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const el = (tag: string, attrs: Record<string, string | number>) => {
    const e = doc.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  for (const [k, v] of Object.entries({
    width: fig.width,
    height: fig.height,
    viewBox: `0 0 ${fig.width} ${fig.height}`,
    'font-family': FONT_STACK,
  }))
    root.setAttribute(k, String(v));
  if (background) root.appendChild(el('rect', { x: 0, y: 0, width: fig.width, height: fig.height, fill: background }));
  for (const o of fig.ops) {
    const node = o.op === 'graph' ? nestedGraph(doc, graphSvg, o) : opElement(o, el);
    if (node) root.appendChild(node);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

function opElement(
  o: Exclude<DrawOp, { op: 'graph' }>,
  el: (tag: string, attrs: Record<string, string | number>) => Element,
): Element {
  if (o.op === 'text') {
    const t = el('text', {
      x: o.x,
      y: o.y,
      'font-size': o.size,
      'font-weight': o.weight === 'bold' ? 600 : 400,
      fill: o.color,
    });
    t.textContent = o.text;
    return t;
  }
  if (o.op === 'line') {
    return el('line', {
      x1: o.x1,
      y1: o.y1,
      x2: o.x2,
      y2: o.y2,
      stroke: o.color,
      'stroke-width': o.width,
      ...(o.dash.length ? { 'stroke-dasharray': o.dash.join(' ') } : {}),
    });
  }
  const g = shapeGeometry(o.shape);
  const style = { fill: o.color, stroke: 'rgba(15,23,42,0.45)', 'stroke-width': 1 };
  if (g.type === 'ellipse') return el('circle', { cx: o.x, cy: o.y, r: o.r, ...style });
  if (g.type === 'rect')
    return el('rect', {
      x: o.x - o.r,
      y: o.y - o.r * 0.8,
      width: 2 * o.r,
      height: 1.6 * o.r,
      rx: g.radius * o.r,
      ...style,
    });
  return el('polygon', {
    points: g.points.map(([x, y]) => `${(o.x + x * o.r).toFixed(2)},${(o.y + y * o.r).toFixed(2)}`).join(' '),
    ...style,
  });
}

function nestedGraph(
  doc: XMLDocument,
  svgText: string,
  box: { x: number; y: number; w: number; h: number },
): Element | null {
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const inner = parsed.documentElement;
  if (inner.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length) return null;
  const w = parseFloat(inner.getAttribute('width') ?? '') || box.w;
  const h = parseFloat(inner.getAttribute('height') ?? '') || box.h;
  const node = doc.importNode(inner, true) as Element;
  if (!node.getAttribute('viewBox')) node.setAttribute('viewBox', `0 0 ${w} ${h}`);
  node.setAttribute('x', String(box.x));
  node.setAttribute('y', String(box.y));
  node.setAttribute('width', String(box.w));
  node.setAttribute('height', String(box.h));
  return node;
}
