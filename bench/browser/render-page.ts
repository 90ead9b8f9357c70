// Bench page: draws the view with Cytoscape (canvas or WebGL renderer) or sigma.js + graphology at
// fixed positions, times data-to-first-drawing, then a scripted rAF-driven pan/zoom.
import cytoscape from 'cytoscape';
import { MultiGraph } from 'graphology';
import Sigma from 'sigma';
import { container, frameSummary, loadView, nextFrame, page, param, type ViewData } from './dom.ts';
import { CY_STYLE } from './style.ts';

const FRAMES = 60;
const FRAME_BUDGET_MS = Number(param('budget') || 20_000);

interface View {
  /** Zoom factor relative to the fitted view, and a pan offset in screen pixels. */
  set(zoom: number, dx: number, dy: number): void;
  /** Cytoscape only: full redraws done so far and their total time (it skips and caches while the viewport moves). */
  redraws?(): { count: number; ms: number };
}

interface RendererStats {
  redrawCount?: number;
  redrawTotalTime?: number;
}

function drawCytoscape(data: ViewData, webgl: boolean): View {
  const cy = cytoscape({
    container: container() as never,
    style: CY_STYLE,
    layout: { name: 'preset' },
    webgl,
    elements: {
      nodes: data.nodes.map((n) => ({
        data: { id: n.id, label: n.label, color: n.color },
        position: { x: n.x, y: n.y },
      })),
      edges: data.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, color: e.color } })),
    },
  });
  cy.fit(undefined, 20);
  const base = { zoom: cy.zoom(), pan: cy.pan() };
  const stats = (cy as unknown as { renderer(): RendererStats }).renderer();
  return {
    set: (z, dx, dy) => cy.viewport({ zoom: base.zoom * z, pan: { x: base.pan.x + dx, y: base.pan.y + dy } }),
    redraws: () => ({ count: stats.redrawCount ?? 0, ms: stats.redrawTotalTime ?? 0 }),
  };
}

function drawSigma(data: ViewData): View {
  const g = new MultiGraph();
  for (const n of data.nodes) g.addNode(n.id, { label: n.label, x: n.x, y: -n.y, size: 4, color: n.color });
  for (const e of data.edges)
    if (g.hasNode(e.source) && g.hasNode(e.target))
      g.addEdgeWithKey(e.id, e.source, e.target, { size: 1, color: e.color });
  const sigma = new Sigma(g, container() as never, {
    settings: { labelRenderedSizeThreshold: 6, renderEdgeLabels: false },
  });
  const camera = sigma.getCamera();
  return { set: (z, dx, dy) => camera.setState({ ratio: 1 / z, x: 0.5 - dx / 2400, y: 0.5 + dy / 1600 }) };
}

async function panZoom(view: View): Promise<number[]> {
  const frames: number[] = [];
  const stop = performance.now() + FRAME_BUDGET_MS;
  let last = await nextFrame();
  for (let i = 1; i <= FRAMES && performance.now() < stop; i++) {
    view.set(1 + 0.6 * Math.sin(i / 9), 120 * Math.sin(i / 13), 80 * Math.cos(i / 11));
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
  return frames;
}

async function main(): Promise<void> {
  const renderer = param('renderer');
  const data = await loadView(param('n'));
  const t0 = performance.now();
  const view = renderer === 'sigma' ? drawSigma(data) : drawCytoscape(data, renderer === 'webgl');
  await nextFrame();
  await nextFrame();
  const first_draw_ms = Math.round(performance.now() - t0);
  const before = view.redraws?.();
  const frames = frameSummary(await panZoom(view));
  const after = view.redraws?.();
  const redraws = before && after ? after.count - before.count : null;
  const redraw_ms = before && after && redraws ? Math.round(((after.ms - before.ms) / redraws) * 10) / 10 : null;
  page.__bench = {
    renderer,
    nodes: data.nodes.length,
    edges: data.edges.length,
    first_draw_ms,
    ...frames,
    redraws,
    redraw_ms,
  };
}

main().catch((e: unknown) => {
  page.__bench = { error: String(e) };
});
