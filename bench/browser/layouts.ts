// The layouts the app offers, as data (mirrors the graph view's registry): each is timed on the same
// graph in headless Cytoscape, time-boxed by the runner.

export interface LayoutSpec {
  id: string;
  options: Record<string, unknown>;
}

export const LAYOUTS: readonly LayoutSpec[] = [
  { id: 'fcose-draft', options: { name: 'fcose', quality: 'draft', randomize: true, animate: false } },
  { id: 'fcose-default', options: { name: 'fcose', quality: 'default', randomize: true, animate: false } },
  { id: 'concentric', options: { name: 'concentric', animate: false } },
  { id: 'breadthfirst', options: { name: 'breadthfirst', animate: false } },
  { id: 'circle', options: { name: 'circle', animate: false } },
  { id: 'grid', options: { name: 'grid', animate: false } },
];
