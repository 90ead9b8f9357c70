// What the page sends the layout worker and what comes back: plain data only (no functions).
export interface LayoutJob {
  id: number;
  seed: number;
  /** Drawn size of each node, labels included, and where it is now (the start for incremental runs). */
  nodes: { id: string; w: number; h: number; x: number; y: number }[];
  edges: [string, string][];
  /** fCoSE options as plain data. */
  options: Record<string, unknown>;
}

export interface LayoutResult {
  id: number;
  positions: [id: string, x: number, y: number][];
  ms: number;
}

/** Layouts of more nodes than this run in the worker; smaller ones finish quicker than a worker starts. */
export const WORKER_LAYOUT_MIN_NODES = 400;
