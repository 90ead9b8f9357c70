// The layouts as data (id, label, options builder): the layout picker lists them and the graph
// view runs them; adding a layout is adding an entry here.
export interface LayoutContext {
  nodeCount: number;
  /** Keep current positions as the start (after an expand) instead of starting over. */
  incremental: boolean;
  /** Pinned nodes and where they are, for layouts that honour fixed positions. */
  fixed: { nodeId: string; position: { x: number; y: number } }[];
}

export interface LayoutDef {
  id: string;
  label: string;
  description: string;
  /** Stretch the result to the canvas's shape before showing it (layouts with no natural shape). */
  stretch?: boolean;
  /** Large runs go to the layout worker (the options must then be plain data). */
  worker?: boolean;
  /** Cytoscape layout options (plain data, passed to cy.layout). */
  options(ctx: LayoutContext): Record<string, unknown>;
}

/** Above this many nodes layouts do not animate and fCoSE runs few iterations (1.2k nodes: ~1.5 s). */
export const LARGE_LAYOUT = 1000;
/** Above this, fCoSE's spectral draft only: default quality takes minutes (see TOOLCHAIN.md). */
export const DRAFT_LAYOUT = 1500;

const degreeOf = (n: { degree(includeLoops: boolean): number }) => n.degree(false);

export const LAYOUTS: readonly LayoutDef[] = [
  {
    id: 'fcose',
    label: 'Force-directed',
    description: 'fCoSE: related entities close together; the default',
    stretch: true,
    worker: true,
    options: ({ nodeCount, incremental, fixed }) => {
      const large = nodeCount > LARGE_LAYOUT;
      const draft = nodeCount > DRAFT_LAYOUT;
      return {
        name: 'fcose',
        quality: draft ? 'draft' : 'default',
        randomize: large || !incremental,
        animate: !large,
        animationDuration: 450,
        fit: !incremental,
        padding: 48,
        nodeDimensionsIncludeLabels: true,
        packComponents: true,
        nodeRepulsion: 40000,
        idealEdgeLength: 60,
        edgeElasticity: 0.45,
        nestingFactor: 0.1,
        gravity: 0.8,
        gravityRange: 1.5,
        nodeSeparation: 90,
        numIter: large ? 300 : 2500,
        tile: true,
        uniformNodeDimensions: false,
        fixedNodeConstraint: fixed.length ? fixed : undefined,
      };
    },
  },
  {
    id: 'concentric',
    label: 'Concentric',
    description: 'Most connected entities in the centre',
    options: ({ nodeCount }) => ({
      name: 'concentric',
      concentric: degreeOf,
      levelWidth: () => 2,
      minNodeSpacing: 28,
      avoidOverlap: true,
      animate: nodeCount <= LARGE_LAYOUT,
      animationDuration: 400,
      padding: 40,
      // Labels give way on their own (label declutter); counting them would spread the rings
      // until the fit is unreadably small.
      nodeDimensionsIncludeLabels: false,
    }),
  },
  {
    id: 'breadthfirst',
    label: 'Hierarchical',
    description: 'Breadth-first tree from the most connected entities',
    options: ({ nodeCount }) => ({
      name: 'breadthfirst',
      directed: false,
      spacingFactor: 1.4,
      avoidOverlap: true,
      grid: false,
      animate: nodeCount <= LARGE_LAYOUT,
      animationDuration: 400,
      padding: 40,
      nodeDimensionsIncludeLabels: false,
      roots: undefined,
      maximal: false,
    }),
  },
  {
    id: 'circle',
    label: 'Circle',
    description: 'Every entity on one circle',
    options: ({ nodeCount }) => ({
      name: 'circle',
      avoidOverlap: true,
      spacingFactor: 1.1,
      animate: nodeCount <= LARGE_LAYOUT,
      animationDuration: 400,
      padding: 40,
      nodeDimensionsIncludeLabels: false,
    }),
  },
  {
    id: 'grid',
    label: 'Grid',
    description: 'Rows and columns, by kind',
    options: ({ nodeCount }) => ({
      name: 'grid',
      avoidOverlap: true,
      avoidOverlapPadding: 40,
      condense: false,
      animate: nodeCount <= LARGE_LAYOUT,
      animationDuration: 400,
      padding: 40,
      nodeDimensionsIncludeLabels: false,
      sort: (a: { data(k: string): string }, b: { data(k: string): string }) =>
        a.data('kind').localeCompare(b.data('kind')),
    }),
  },
];

export function findLayout(id: string): LayoutDef {
  return LAYOUTS.find((l) => l.id === id) ?? (LAYOUTS[0] as LayoutDef);
}
