// Bench page: times one layout from the registry on the view's elements in headless Cytoscape
// (layout work only, no drawing).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { loadView, page, param } from './dom.ts';
import { LAYOUTS } from './layouts.ts';

cytoscape.use(fcose);

async function main(): Promise<void> {
  const spec = LAYOUTS.find((l) => l.id === param('layout'));
  if (!spec) throw new Error(`unknown layout ${param('layout')}`);
  const data = await loadView(param('n'));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: {
      nodes: data.nodes.map((n) => ({ data: { id: n.id } })),
      edges: data.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
    },
  });
  const t0 = performance.now();
  const layout = cy.layout(spec.options as unknown as cytoscape.LayoutOptions);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  page.__bench = {
    layout: spec.id,
    nodes: data.nodes.length,
    edges: data.edges.length,
    ms: Math.round(performance.now() - t0),
  };
}

main().catch((e: unknown) => {
  page.__bench = { error: String(e) };
});
