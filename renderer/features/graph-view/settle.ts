// Work Cytoscape leaves to the next frame, done now. Elements added, removed, restyled or moved
// are queued by its renderer and styled, measured and z-sorted at the start of the frame that
// draws them, on top of drawing everything; an element whose box is stale is measured while it is
// drawn, which queues it again for the frame after. A change spread over tasks (a date step, a
// chunk per task) calls settle at the end of each task, so its frames only draw.
import type { Core } from 'cytoscape';
import { boxIsFresh } from './fast-bounds.ts';

/** The two renderer methods used (Cytoscape's canvas renderer, pinned in package.json). */
interface Queues {
  flushRenderedStyleQueue?: () => void;
  getCachedZSortedEles?: () => unknown;
}

export function settle(cy: Core): void {
  if (cy.destroyed()) return;
  const r = (cy as unknown as { renderer(): Queues | null }).renderer();
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
