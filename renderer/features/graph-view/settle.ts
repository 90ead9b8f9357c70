// Work Cytoscape leaves to the next frame, done now. Elements added, removed, restyled or moved
// are queued by its renderer and styled, measured and z-sorted at the start of the frame that
// draws them, on top of drawing everything; an element whose box is stale is measured while it is
// drawn, which queues it again for the frame after. A change spread over tasks (a date step, a
// chunk per task) calls settle at the end of each task, so its frames only draw.
import type { Core } from 'cytoscape';
import { boxIsFresh } from './fast-bounds.ts';
import { pstyle } from './label-boxes.ts';

/** What is used of Cytoscape's canvas renderer (pinned in package.json). */
interface Queues {
  flushRenderedStyleQueue?: () => void;
  getCachedZSortedEles?: () => unknown;
  /** Its render loop skips drawing one frame while this is set, then clears it. */
  skipFrame?: boolean;
}

/**
 * The next frame does not draw the graph: more of the same change follows in the task after it
 * (a chunked date step), and drawing every element for a state about to change again would be the
 * frame's whole cost. Cytoscape draws the frame after (its redraw stays requested).
 */
export function skipNextDraw(cy: Core): void {
  const r = rendererOf(cy);
  if (r && typeof r.skipFrame === 'boolean') r.skipFrame = true;
}

const rendererOf = (cy: Core): Queues | null =>
  cy.destroyed() ? null : (cy as unknown as { renderer(): Queues | null }).renderer();

export function settle(cy: Core): void {
  const r = rendererOf(cy);
  if (!r?.flushRenderedStyleQueue) return;
  r.flushRenderedStyleQueue();
  const stale = cy.elements().filter((el) => !boxIsFresh(el));
  if (stale.nonempty()) {
    stale.boundingBox();
    // Measuring queued them again (Cytoscape's 'bounds' event): styled now, not in the frame.
    r.flushRenderedStyleQueue();
  }
  r.getCachedZSortedEles?.();
}

interface Watched {
  frames: number;
  worst: number;
  /** How many elements each frame drew. */
  sizes: number[];
  /** How many elements there are now. */
  now: number;
}
const watched = new WeakMap<Core, Watched>();
interface Internals {
  _private: { styleDirty: boolean; rstyle: { clean: boolean } };
}

/**
 * What the frames drawn since the last call found left to do before drawing: how many frames drew,
 * how many elements each drew, and the most elements one of them still had to style, route or
 * measure (0 when every change was settled in the task that made it). For the end-to-end tests,
 * through the read-only test hook; the first call starts watching this Cytoscape instance.
 */
export function frameWork(cy: Core): Watched {
  const seen = watched.get(cy);
  if (seen) {
    const out = { ...seen, now: cy.elements().length };
    Object.assign(seen, { frames: 0, worst: 0, sizes: [] });
    return out;
  }
  const w: Watched = { frames: 0, worst: 0, sizes: [], now: 0 };
  watched.set(cy, w);
  const r = (
    cy as unknown as { renderer(): { beforeRender?(fn: (willDraw: boolean) => void, p: number): void } }
  ).renderer();
  // Before Cytoscape's own callbacks (their priorities are 0 to 400): it sees what they would do.
  r.beforeRender?.((willDraw) => {
    if (!willDraw) return;
    let pending = 0;
    cy.elements().forEach((el) => {
      const p = (el as unknown as Internals)._private;
      if (p.styleDirty) return void pending++;
      // Hidden elements are never measured (their rendered style stays unclean).
      if (pstyle(el, 'display').value !== 'none' && (!p.rstyle.clean || !boxIsFresh(el))) pending++;
    });
    w.frames++;
    w.worst = Math.max(w.worst, pending);
    w.sizes.push(cy.elements().length);
  }, 1e6);
  return { frames: 0, worst: 0, sizes: [], now: cy.elements().length };
}
