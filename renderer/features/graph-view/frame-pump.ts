// Work spread over frames: each piece runs in a task of its own once the frame that drew the last
// piece has run, so no task holds both a piece and the drawing of the one before. The pump counts
// as pending until the frame after its last piece has run, so work waiting for it (the label pass)
// does not land in the frame that draws that piece.
import type { Core } from 'cytoscape';
import { settle, skipNextDraw } from './settle.ts';

export interface FramePump {
  /** Runs `step` after the next frame, and again after each frame while it answers true (work left). */
  schedule(): void;
  pending(): boolean;
}

export function createFramePump(step: () => boolean): FramePump {
  let queued = false;
  /** Asked again while waiting for the frame after the last piece. */
  let again = false;
  let trailing = false;
  const afterFrame = (then: () => void) => requestAnimationFrame(() => window.setTimeout(then));
  const run = (): void => {
    again = false;
    trailing = false;
    if (step()) return void afterFrame(run);
    trailing = true;
    afterFrame(() => (again ? run() : void (queued = trailing = false)));
  };
  return {
    schedule(): void {
      if (trailing) again = true;
      if (queued) return;
      queued = true;
      afterFrame(run);
    },
    pending: () => queued,
  };
}

/**
 * A pump of changes to the graph, `step` answering how many are left: each piece is settled in its
 * task (settle.ts), the frames between two pieces skip drawing, and it stops with its Cytoscape.
 */
export function createGraphPump(getCy: () => Core, step: (cy: Core) => number): FramePump {
  return createFramePump(() => {
    const cy = getCy();
    if (cy.destroyed()) return false;
    const left = step(cy) > 0;
    settle(cy);
    if (left) skipNextDraw(cy);
    return left;
  });
}

export interface TaskOnce {
  /** Runs `fn` in a task of its own, once however many times this is called before it runs. */
  schedule(): void;
  pending(): boolean;
}

export function createTaskOnce(fn: () => void): TaskOnce {
  let queued = false;
  return {
    schedule(): void {
      if (queued) return;
      queued = true;
      window.setTimeout(() => {
        queued = false;
        fn();
      });
    },
    pending: () => queued,
  };
}
