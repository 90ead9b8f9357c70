// Outline of each node shape in a unit box (-1..1), so the legend (SVG) and exported images
// (canvas) can draw the same symbol the graph does without asking Cytoscape.
export type ShapeGeometry =
  { type: 'ellipse' } | { type: 'rect'; radius: number } | { type: 'polygon'; points: [number, number][] };

function ngon(sides: number, rotation = 0): [number, number][] {
  const out: [number, number][] = [];
  const start = -Math.PI / 2 + rotation;
  for (let i = 0; i < sides; i++) {
    const a = start + (2 * Math.PI * i) / sides;
    out.push([Math.cos(a), Math.sin(a)]);
  }
  return out;
}

function star(): [number, number][] {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5).map(([x, y]) => [x * 0.42, y * 0.42] as [number, number]);
  return outer.flatMap((p, i) => [p, inner[i] ?? p]);
}

const POLYGONS: Record<string, () => [number, number][]> = {
  triangle: () => [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  diamond: () => [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  pentagon: () => ngon(5),
  hexagon: () => ngon(6, Math.PI / 6),
  heptagon: () => ngon(7),
  octagon: () => ngon(8, Math.PI / 8),
  star,
  rhomboid: () => [
    [-1, -1],
    [0.33, -1],
    [1, 1],
    [-0.33, 1],
  ],
  'right-rhomboid': () => [
    [-0.33, -1],
    [1, -1],
    [0.33, 1],
    [-1, 1],
  ],
  tag: () => [
    [-1, -1],
    [0.25, -1],
    [1, 0],
    [0.25, 1],
    [-1, 1],
  ],
  vee: () => [
    [-1, -1],
    [0, -0.33],
    [1, -1],
    [0, 1],
  ],
  'cut-rectangle': () => [
    [-0.7, -1],
    [0.7, -1],
    [1, -0.7],
    [1, 0.7],
    [0.7, 1],
    [-0.7, 1],
    [-1, 0.7],
    [-1, -0.7],
  ],
  'concave-hexagon': () => [
    [-1, -0.95],
    [1, -0.95],
    [0.7, 0],
    [1, 0.95],
    [-1, 0.95],
    [-0.7, 0],
  ],
  barrel: () => [
    [-0.8, -1],
    [0.8, -1],
    [1, -0.6],
    [1, 0.6],
    [0.8, 1],
    [-0.8, 1],
    [-1, 0.6],
    [-1, -0.6],
  ],
};

export function shapeGeometry(shape: string): ShapeGeometry {
  const base = shape.replace(/^round-/, '');
  if (base === 'ellipse') return { type: 'ellipse' };
  if (base === 'rectangle' || base === 'bottom-round-rectangle')
    return { type: 'rect', radius: shape.startsWith('round') ? 0.35 : 0.05 };
  const make = POLYGONS[base];
  return make ? { type: 'polygon', points: make() } : { type: 'ellipse' };
}

/** Traces the shape on a canvas path, centred at (cx, cy) with half-size r. */
export function traceShape(ctx: CanvasRenderingContext2D, shape: string, cx: number, cy: number, r: number): void {
  const g = shapeGeometry(shape);
  ctx.beginPath();
  if (g.type === 'ellipse') ctx.ellipse(cx, cy, r, r, 0, 0, Math.PI * 2);
  else if (g.type === 'rect') ctx.roundRect(cx - r, cy - r * 0.8, 2 * r, 1.6 * r, g.radius * r);
  else g.points.forEach(([x, y], i) => (i ? ctx.lineTo(cx + x * r, cy + y * r) : ctx.moveTo(cx + x * r, cy + y * r)));
  ctx.closePath();
}
