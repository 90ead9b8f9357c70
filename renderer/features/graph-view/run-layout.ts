// Runs a layout from the registry over the drawn elements, honouring pinned nodes; one layout at
// a time. Full fCoSE runs are computed off-screen with a fixed seed, stretched to the canvas's
// shape, then animated into place; incremental runs (after an expand) move nodes directly.
import type { Core, EdgeSingular, Layouts, LayoutOptions, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { findLayout, LARGE_LAYOUT } from '../layout/index.ts';
import { clutter, MAX_FIT_ZOOM } from './layout-score.ts';
import { packComponents } from './pack-components.ts';
import { spreadCollapsed } from './spread-collapsed.ts';
import { withSeededRandom } from './seeded-random.ts';
import { cancelWorkerLayout, isWorkerLayoutRunning, LayoutCancelled, layoutInWorker } from './layout-in-worker.ts';
import { WORKER_LAYOUT_MIN_NODES } from './layout-job.ts';
import { freshStart, inIdOrder } from './layout-start.ts';
import { fitOptions } from './layout-fit.ts';
import { keyInset } from './claims-key.ts';

let running: Layouts | null = null;
const SEED = 20241018;
const SEED_TRIES = 8;
const TRY_SEEDS_MAX_NODES = 150;
/** Most a layout is stretched along its short side to fill the canvas. */
const MAX_STRETCH = 1.6;

export interface LayoutRun {
  layoutId: string;
  /** Keep current positions as the start and do not refit (after an expand). */
  incremental: boolean;
}

/** Pinned nodes are locked only while a layout runs, so they stay put yet can be dragged. */
export function runLayout(cy: Core, run: LayoutRun): Promise<void> {
  const pins = cy.nodes('.pinned');
  pins.lock();
  const unlock = () => void pins.unlock();
  return runLocked(cy, run).then(unlock, (e: unknown) => {
    unlock();
    throw e;
  });
}

function runLocked(cy: Core, run: LayoutRun): Promise<void> {
  running?.stop();
  cancelWorkerLayout();
  // In the claims view, claimants and handles (tied to their relation's ends) are laid out too,
  // so claimants land next to what they spoke about; handles snap back to their edges after.
  const eles = cy.elements().not('.filtered, .bundle, .publisher-edge, .claim-broad, .claims-loose');
  const nodes = eles.nodes();
  if (nodes.empty()) return Promise.resolve();
  const fixed = nodes
    .filter((n) => n.locked())
    .toArray()
    .map((n) => ({ nodeId: n.id(), position: { ...(n as NodeSingular).position() } }));
  const def = findLayout(run.layoutId);
  const options = def.options({ nodeCount: nodes.length, incremental: run.incremental, fixed });
  if (def.worker && nodes.length > WORKER_LAYOUT_MIN_NODES)
    return runInWorker(cy, nodes, options, run, def.stretch === true);
  if (def.id === 'fcose' && eles.edges('.claim-edge').nonempty()) Object.assign(options, claimsPull(options));
  const offscreen = { ...options, animate: false, fit: false } as unknown as LayoutOptions;
  if (def.stretch && !run.incremental) {
    const layout = inIdOrder(eles).layout(offscreen);
    return runComputed(cy, nodes, () => bestOf(nodes, layout, { w: cy.width(), h: cy.height() }), options);
  }
  // The other layouts fit themselves, knowing nothing of the claims key: computed first, then fitted below it.
  if (!run.incremental && options['fit'] !== false && keyInset(cy) > 0) {
    const layout = eles.layout(offscreen);
    const once = () => {
      withSeededRandom(SEED, () => layout.run());
      return readAll(nodes);
    };
    return runComputed(cy, nodes, once, options);
  }
  return start(eles.layout(options as unknown as LayoutOptions), options['fit'] === false ? undefined : cy);
}

const readAll = (nodes: NodeCollection) => new Map(nodes.map((n) => [n.id(), { ...n.position() }] as const));

function start(layout: Layouts, cy?: Core): Promise<void> {
  running = layout;
  const maxZoom = cy?.maxZoom();
  if (cy) cy.maxZoom(Math.min(MAX_FIT_ZOOM, maxZoom ?? MAX_FIT_ZOOM));
  const done = new Promise<void>((resolve) => {
    layout.one('layoutstop', () => {
      if (cy && maxZoom !== undefined) cy.maxZoom(maxZoom);
      if (running === layout) running = null;
      resolve();
    });
  });
  withSeededRandom(SEED, () => layout.run());
  return done;
}

/** Computes the layout without drawing (`after`), then animates there from the old positions, fitted. */
function runComputed(
  cy: Core,
  nodes: NodeCollection,
  compute: () => Map<string, Position>,
  options: Record<string, unknown>,
): Promise<void> {
  const before = readAll(nodes);
  const after = compute();
  const animate = nodes.length <= LARGE_LAYOUT && options['animate'] !== false;
  if (animate) cy.batch(() => nodes.forEach((n) => void n.position(before.get(n.id()) ?? n.position())));
  const to = (n: NodeSingular) => after.get(n.id()) ?? n.position();
  return start(
    nodes.layout({
      name: 'preset',
      positions: to,
      animate,
      animationDuration: 450,
      animationEasing: 'ease-in-out-cubic',
      ...fitOptions(cy, nodes, to, Number(options['padding'] ?? 40)),
    } as unknown as LayoutOptions),
    cy,
  );
}

/**
 * Large force-directed layouts: computed on the layout worker from the drawn node sizes, so the
 * page keeps answering; a newer layout (or cancelLayout) terminates the run.
 */
async function runInWorker(
  cy: Core,
  nodes: NodeCollection,
  options: Record<string, unknown>,
  run: LayoutRun,
  reshape: boolean,
): Promise<void> {
  const job = {
    seed: SEED,
    nodes: nodes.map((n) => {
      const d = n.layoutDimensions({ nodeDimensionsIncludeLabels: true });
      return { id: n.id(), w: d.w, h: d.h, x: n.position('x'), y: n.position('y') };
    }),
    edges: nodes
      .edgesWith(nodes)
      .filter((e) => !e.hasClass('bundle'))
      .map((e) => [(e as EdgeSingular).source().id(), (e as EdgeSingular).target().id()] as [string, string]),
    options: JSON.parse(JSON.stringify(options)) as Record<string, unknown>,
  };
  let pos: Map<string, Position>;
  try {
    pos = await layoutInWorker(job);
  } catch (e) {
    if (e instanceof LayoutCancelled) return;
    throw e;
  }
  const after = reshape && !run.incremental ? shaped(nodes, pos, { w: cy.width(), h: cy.height() }) : pos;
  const to = (n: NodeSingular) => after.get(n.id()) ?? n.position();
  return start(
    nodes.layout({
      name: 'preset',
      positions: to,
      animate: false,
      ...(run.incremental ? { fit: false } : fitOptions(cy, nodes, to, Number(options['padding'] ?? 40))),
    } as unknown as LayoutOptions),
    run.incremental ? undefined : cy,
  );
}

/** Stops a layout running on the worker (the Escape key, or another layout). */
export function cancelLayout(): void {
  cancelWorkerLayout();
}

/** Fans out stacked nodes, packs disconnected parts in rows and fits the canvas's shape. */
function shaped(
  nodes: NodeCollection,
  pos: Map<string, Position>,
  view: { w: number; h: number },
): Map<string, Position> {
  const parts = nodes
    .union(nodes.edgesWith(nodes))
    .components()
    .map((c) => c.nodes().map((n) => n.id()));
  const aspect = view.w / Math.max(view.h, 1);
  return stretch(packComponents(spreadCollapsed(pos), parts, aspect), aspect);
}

/** Packs components and fits the canvas's shape; on small graphs, the tidiest of a few seeded runs. */
function bestOf(nodes: NodeCollection, compute: Layouts, view: { w: number; h: number }): Map<string, Position> {
  const read = () => readAll(nodes);
  const tries = nodes.length <= TRY_SEEDS_MAX_NODES ? SEED_TRIES : 1;
  const edges = nodes
    .edgesWith(nodes)
    .filter((e) => !e.hasClass('bundle'))
    .map((e) => [(e as EdgeSingular).source().id(), (e as EdgeSingular).target().id()] as [string, string]);
  const boxes = new Map(
    nodes.map(
      (n) => [n.id(), { chars: String(n.data('label') ?? '').length, size: Number(n.data('size') ?? 30) }] as const,
    ),
  );
  let best: { pos: Map<string, Position>; score: number } | null = null;
  for (let i = 0; i < tries; i++) {
    freshStart(nodes);
    withSeededRandom(SEED + i * 7919, () => compute.run());
    const pos = shaped(nodes, read(), view);
    const score = tries > 1 ? clutter(pos, edges, boxes, view) : 0;
    if (!best || score < best.score) best = { pos, score };
  }
  return best?.pos ?? read();
}

/** Scales the short side of the drawing so its shape matches the canvas (within MAX_STRETCH). */
export function stretch(pos: Map<string, Position>, aspect: number): Map<string, Position> {
  const xs = [...pos.values()].map((p) => p.x);
  const ys = [...pos.values()].map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  if (!(w > 0 && h > 0 && aspect > 0)) return pos;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const sx = w / h < aspect ? Math.min(MAX_STRETCH, aspect / (w / h)) : 1;
  const sy = w / h > aspect ? Math.min(MAX_STRETCH, w / h / aspect) : 1;
  return new Map([...pos].map(([id, p]) => [id, { x: cx + (p.x - cx) * sx, y: cy + (p.y - cy) * sy }]));
}

export function isLayoutRunning(): boolean {
  return running !== null || isWorkerLayoutRunning();
}

/** In the claims view, a claim edge and a handle's ties are short and stiff: claimants stay by their claims. */
function claimsPull(o: Record<string, unknown>): Record<string, unknown> {
  const length = Number(o['idealEdgeLength'] ?? 60);
  const elasticity = Number(o['edgeElasticity'] ?? 0.45);
  const pull = (e: EdgeSingular) => e.hasClass('claim-edge') || e.hasClass('claims-pull');
  const stiff = (e: EdgeSingular) => pull(e) || e.hasClass('claims-tether');
  return {
    idealEdgeLength: (e: EdgeSingular) => (pull(e) ? length * 0.5 : length),
    edgeElasticity: (e: EdgeSingular) => (stiff(e) ? 0.9 : elasticity),
  };
}
