// Page work that nothing on screen waits for (lists in closed menus, counts in folded panels): run
// when the page is idle, so it does not land in a frame that also draws the graph, and at most
// IDLE_TIMEOUT_MS later. The latest work given for a key replaces the one not yet run; the test
// hook counts the page as busy while any is pending.

const IDLE_TIMEOUT_MS = 300;
const pending = new Map<object, () => void>();

const later = (fn: () => void): void => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
  else window.setTimeout(fn, 0);
};

export function whenIdle(key: object, work: () => void): void {
  const queued = pending.has(key);
  pending.set(key, work);
  if (queued) return;
  later(() => {
    const run = pending.get(key);
    pending.delete(key);
    run?.();
  });
}

export const idleWorkPending = (): boolean => pending.size > 0;
