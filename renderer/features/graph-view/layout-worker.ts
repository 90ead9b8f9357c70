// Web Worker (bundled to dist/renderer/layout-worker.js): runs fCoSE on a headless Cytoscape so a
// large layout never blocks the page. Nodes arrive with the size they are drawn at (labels
// included), so the worker needs no renderer and no DOM.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { withSeededRandom } from './seeded-random.ts';
import type { LayoutJob, LayoutResult } from './layout-job.ts';

cytoscape.use(fcose);

interface WorkerScope {
  onmessage: ((e: MessageEvent<LayoutJob>) => void) | null;
  postMessage(message: LayoutResult): void;
}
const scope = self as unknown as WorkerScope;

function layout(job: LayoutJob): LayoutResult {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...job.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, w: n.w, h: n.h },
        position: { x: n.x, y: n.y },
      })),
      ...job.edges.map(([source, target], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source, target } })),
    ],
  });
  const started = performance.now();
  withSeededRandom(job.seed, () =>
    cy
      .layout({
        ...job.options,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: false,
      } as unknown as LayoutOptions)
      .run(),
  );
  const positions: LayoutResult['positions'] = cy.nodes().map((n) => [n.id(), n.position('x'), n.position('y')]);
  cy.destroy();
  return { id: job.id, positions, ms: performance.now() - started };
}

scope.onmessage = (e) => scope.postMessage(layout(e.data));
