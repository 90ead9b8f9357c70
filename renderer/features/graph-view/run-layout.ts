// Runs a layout from the registry over the drawn elements, honouring pinned nodes; one layout
// at a time (a new run stops the previous one).
import type { Core, Layouts, LayoutOptions, NodeSingular } from 'cytoscape';
import { findLayout } from '../layout/index.ts';

let running: Layouts | null = null;

export interface LayoutRun {
  layoutId: string;
  /** Keep current positions as the start and do not refit (after an expand). */
  incremental: boolean;
}

export function runLayout(cy: Core, run: LayoutRun): Promise<void> {
  running?.stop();
  const eles = cy.elements().not('.filtered');
  const nodes = eles.nodes();
  if (nodes.empty()) return Promise.resolve();
  const fixed = nodes.filter((n) => n.locked()).toArray().map((n) => ({ nodeId: n.id(), position: { ...(n as NodeSingular).position() } }));
  const def = findLayout(run.layoutId);
  const options = def.options({ nodeCount: nodes.length, incremental: run.incremental, fixed });
  const layout = eles.layout(options as unknown as LayoutOptions);
  running = layout;
  const done = new Promise<void>((resolve) => {
    layout.one('layoutstop', () => {
      if (running === layout) running = null;
      resolve();
    });
  });
  layout.run();
  return done;
}

export function isLayoutRunning(): boolean {
  return running !== null;
}
