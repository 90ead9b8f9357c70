// Runs the label declutter once the drawing is still: after layouts and animations, viewport
// moves, hover and selection changes, and when the label density changes.
import type { Core } from 'cytoscape';
import type { AppStore } from '../../state/app-state.ts';
import { animating, cyAnimating } from './animations.ts';
import { declutterLabels } from './labels.ts';
import { isLayoutRunning } from './run-layout.ts';
import { settle } from './settle.ts';

export interface Declutter {
  schedule(): void;
  pending(): boolean;
  /** Holds the pass for a while (the as-of date moving): it runs once, when the drawing settles. */
  hold(ms: number): void;
}

/** `waiting`: the drawing is still being completed a chunk per frame (the pass waits for the last). */
export function createDeclutter(getCy: () => Core, store: AppStore, waiting: () => boolean = () => false): Declutter {
  let queued = false;
  let heldUntil = 0;
  const moving = (cy: Core) => isLayoutRunning() || animating() || cyAnimating(cy);
  const run = () => {
    const cy = getCy();
    if (cy.destroyed()) return void (queued = false);
    if (moving(cy) || waiting() || performance.now() < heldUntil) return void requestAnimationFrame(run);
    // In a task of its own after the frame: the pass (it measures every label) is not added to a
    // frame's drawing, and the labels it turns on or off are drawn in the next frame.
    window.setTimeout(() => {
      queued = false;
      if (cy.destroyed()) return;
      declutterLabels(cy, store.get().labelDensity);
      settle(cy);
    });
  };
  return {
    schedule: () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(run);
    },
    pending: () => queued,
    hold: (ms) => void (heldUntil = performance.now() + ms),
  };
}
