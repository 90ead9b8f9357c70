// The claims view's own layout pass: when the researcher turns the claims view on, the view is
// laid out again with the claims layer in it (each handle tied to its relation's two ends, each
// claimant to the handles it spoke about), so claimants sit next to what they said. It is part
// of the "Claims view on" step (the step's positions are rewritten, no new step), so undo puts the
// earlier picture back. Large views skip it: claimants are then only placed among their relations.
import type { Core } from 'cytoscape';
import { amendView, viewOf, type AppState, type AppStore } from '../../state/app-state.ts';

/** Above this many drawn nodes (entities, claimants and handles) the pass is skipped. */
export const CLAIMS_LAYOUT_MAX_NODES = 200;

/** Undo and redo put back a recorded picture; only a new step asks for a fresh one. */
function isHistoryMove(s: AppState, prev: AppState): boolean {
  const h = s.history;
  return h.present === prev.history.future[0]?.state || h.present === prev.history.past.at(-1)?.state;
}

export function createClaimsRelayout(getCy: () => Core, store: AppStore) {
  let pending = false;
  return {
    /** Call on every state change, before the view is applied. */
    onState(s: AppState, prev: AppState): void {
      const on = viewOf(s).claimsView;
      if (on !== viewOf(prev).claimsView) pending = on && !isHistoryMove(s, prev);
    },
    /** Call once the claims layer is synced; `loaded`: the claims of the drawn relations are in. */
    maybeRun(loaded: boolean): void {
      if (!pending || !loaded) return;
      pending = false;
      const cy = getCy();
      const drawn = cy.nodes().not('.filtered');
      if (cy.nodes('.claims-layer').empty() || drawn.length > CLAIMS_LAYOUT_MAX_NODES) return;
      store.update((s) => amendView(s, viewOf(s), (v) => ({ ...v, positions: new Map() })));
    },
  };
}
