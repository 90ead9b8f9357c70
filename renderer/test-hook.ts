// A read-only window.__claimscape for end-to-end tests and scripted screenshots: counts, the
// selection, where entities and labels are drawn. It can observe the app, never change it.
import { callsInFlight } from './api.ts';
import { idleWorkPending } from './ui/idle-work.ts';
import type { GraphHandle } from './features/graph-view/index.ts';
import type { AppStore } from './state/app-state.ts';

export interface ClaimscapeTestHook {
  nodeCount(): number;
  edgeCount(): number;
  selected(): string[];
  screenPosition(id: string): { x: number; y: number } | null;
  /** Loaded, no API call unanswered, not laying out, not animating, labels settled, no data change or undo on its way, and no idle work left (ui/idle-work.ts). */
  idle(): boolean;
  /** API calls sent and not yet answered. */
  callsInFlight(): number;
  /** A drawn relation's derived status, or null when it is not drawn. */
  edgeStatus(id: string): string | null;
  /** Ids of the entities drawn now. */
  drawnIds(): string[];
  /** An entity's node on the canvas, in pixels from the canvas's top left; null when not drawn. */
  nodeBox(id: string): Box | null;
  /** An entity's label on the canvas; null when not drawn or hidden. */
  labelBox(id: string): Box | null;
  /** The canvas's size in pixels. */
  viewport(): { width: number; height: number };
  /** Bundles of parallel relations: the relations each stands for, its middle in canvas pixels. */
  bundles(): { id: string; members: string[]; mid: { x: number; y: number } }[];
  /** Every label drawn now (entities' names, relations' and claims' words), with its box on the canvas. */
  labelBoxes(): { id: string; edge: boolean; box: Box }[];
  /** Claims view: ids of the doubted relations' handles and of the disputing (cannot verify, denies) claim edges. */
  disputes(): { handles: string[]; claims: string[] };
  /** Claim edges drawn by the claims view (0 when it is off). */
  claimsDrawn(): number;
  /** Claim edges marked "possibly" and relation handles marked doubted (claims view). */
  claimMarks(): { possibly: number; doubted: number };
  /** Frames drawn since the last call, and the most elements one still had to style or measure before drawing. */
  frameWork(): { frames: number; worst: number; sizes: number[]; now: number };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function installTestHook(store: AppStore, graph: GraphHandle, editing: () => boolean = () => false): void {
  const hook: ClaimscapeTestHook = {
    nodeCount: () => graph.drawn().nodes.length,
    edgeCount: () => graph.drawn().edges.length,
    selected: () => [...store.get().selection.nodes, ...store.get().selection.edges],
    screenPosition: (id) => graph.screenPosition(id),
    idle: () =>
      store.get().phase !== 'loading' && callsInFlight() === 0 && !graph.busy() && !editing() && !idleWorkPending(),
    callsInFlight,
    edgeStatus: (id) => store.get().history.present.edges.get(id)?.status ?? null,
    drawnIds: () => graph.drawnIds(),
    nodeBox: (id) => graph.nodeBox(id),
    labelBox: (id) => graph.labelBox(id),
    viewport: () => graph.viewport(),
    bundles: () => graph.bundles(),
    labelBoxes: () => graph.labelBoxes(),
    disputes: () => graph.disputes(),
    claimsDrawn: () => graph.claimsDrawn(),
    claimMarks: () => graph.claimMarks(),
    frameWork: () => graph.frameWork(),
  };
  Object.defineProperty(window, '__claimscape', { value: Object.freeze(hook), writable: false, configurable: false });
}
