// A read-only window.__claimscape for end-to-end tests and scripted screenshots: counts, the
// selection and where an entity is drawn. It can observe the app, never change it.
import type { GraphHandle } from './features/graph-view/index.ts';
import type { AppStore } from './state/app-state.ts';

export interface ClaimscapeTestHook {
  nodeCount(): number;
  edgeCount(): number;
  selected(): string[];
  screenPosition(id: string): { x: number; y: number } | null;
  /** Loaded, not laying out, not animating, and no data change or undo on its way. */
  idle(): boolean;
  /** A drawn relation's derived status, or null when it is not drawn. */
  edgeStatus(id: string): string | null;
}

export function installTestHook(store: AppStore, graph: GraphHandle, editing: () => boolean = () => false): void {
  const hook: ClaimscapeTestHook = {
    nodeCount: () => graph.drawn().nodes.length,
    edgeCount: () => graph.drawn().edges.length,
    selected: () => [...store.get().selection.nodes, ...store.get().selection.edges],
    screenPosition: (id) => graph.screenPosition(id),
    idle: () => store.get().phase !== 'loading' && !graph.busy() && !editing(),
    edgeStatus: (id) => store.get().history.present.edges.get(id)?.status ?? null,
  };
  Object.defineProperty(window, '__claimscape', { value: Object.freeze(hook), writable: false, configurable: false });
}
