// Drives the claims layer from the store and the claims loaded: its first drawing is made at once,
// and an update of a drawn layer (a date step, a view change) a chunk per task after each frame.
import type { Core } from 'cytoscape';
import { viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import type { ViewState } from '../../state/view-state.ts';
import { LAYER_CHUNK } from './claims-sync.ts';
import { pruneClaims, syncClaims, type ClaimsByRelation } from './claims-view.ts';
import { createGraphPump } from './frame-pump.ts';
import { settle } from './settle.ts';

export interface ClaimsSource {
  get(): ClaimsByRelation | null;
  subscribe(cb: () => void): void;
  /** Whether the claims held are those of this view (false while a new view's claims are on their way). */
  matches?(v: ViewState): boolean;
}

export interface LayerDriver {
  /** Brings the layer in line with the state now: at once when it is not drawn, else a chunk now and the rest after frames. */
  sync(s: AppState): void;
  /**
   * After a view change: the handles of relations no longer drawn go now, and the rest of the
   * update waits for the next frame, so the task that changed the view does not also carry a chunk.
   */
  follow(s: AppState): void;
  /** Whether the layer was last synced with this state and these claims. */
  current(s: AppState): boolean;
  pending(): boolean;
}

export function createLayerDriver(getCy: () => Core, store: AppStore, claims?: ClaimsSource): LayerDriver {
  /** What the layer was last synced with: told again of the same (a date derived locally), it stays. */
  let layerOf: [ViewState | null, unknown] = [null, null];
  const step = (s: AppState): number => {
    const held = claims?.get() ?? null;
    layerOf = [viewOf(s), held];
    return syncClaims(getCy(), viewOf(s), held, s.info?.vocabulary ?? null, LAYER_CHUNK);
  };
  const pump = createGraphPump(getCy, () => step(store.get()));
  const drawn = (cy: Core) => cy.nodes('.claims-layer').nonempty();
  return {
    sync(s) {
      if (step(s) > 0) pump.schedule();
      settle(getCy());
    },
    follow(s) {
      const v = viewOf(s);
      const cy = getCy();
      // Claims still fetched for the previous view: the layer is synced once, when they arrive.
      if (v.claimsView && !(claims?.matches?.(v) ?? true)) return pruneClaims(cy);
      if (!v.claimsView || !drawn(cy)) return this.sync(s);
      pruneClaims(cy);
      pump.schedule();
    },
    current: (s) => layerOf[0] === viewOf(s) && layerOf[1] === (claims?.get() ?? null),
    pending: () => pump.pending(),
  };
}
