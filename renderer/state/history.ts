// Undo/redo as a list of snapshots, each entry naming the operation that left it ("Expand
// Russia"), so the toolbar can say what Undo will undo. Pure: every function returns a new value.
export interface HistoryEntry<T> {
  state: T;
  label: string;
  /** A step that changed the data: the database history entry to undo/redo with it (seq). */
  data?: DataMark;
}

export interface DataMark {
  seq: number;
}

export interface History<T> {
  /** Earlier states, oldest first; each label names the operation that followed it. */
  past: readonly HistoryEntry<T>[];
  present: T;
  /** Undone states, next first; each label names the operation that leads to it. */
  future: readonly HistoryEntry<T>[];
  limit: number;
}

export function createHistory<T>(present: T, limit = 100): History<T> {
  return { past: [], present, future: [], limit: Math.max(1, limit) };
}

/** Records an operation. A no-op (same state object) records nothing. */
export function pushHistory<T>(h: History<T>, next: T, label: string, data?: DataMark): History<T> {
  if (next === h.present && !data) return h;
  const past = [...h.past, data ? { state: h.present, label, data } : { state: h.present, label }];
  return { ...h, past: past.length > h.limit ? past.slice(past.length - h.limit) : past, present: next, future: [] };
}

/**
 * Replaces the present and renames the step that led to it, adding no step: a gesture still
 * going on (the as-of slider moving) stays one step. With no step behind it, pushes one.
 */
export function continueHistory<T>(h: History<T>, next: T, label: string): History<T> {
  const last = h.past[h.past.length - 1];
  if (!last || last.data) return pushHistory(h, next, label);
  if (next === h.present && last.label === label) return h;
  return { ...h, past: [...h.past.slice(0, -1), { state: last.state, label }], present: next, future: [] };
}

export function undo<T>(h: History<T>): History<T> {
  const last = h.past[h.past.length - 1];
  if (!last) return h;
  return {
    ...h,
    past: h.past.slice(0, -1),
    present: last.state,
    future: [{ ...last, state: h.present }, ...h.future],
  };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (!next) return h;
  return {
    ...h,
    past: [...h.past, { ...next, state: h.present }],
    present: next.state,
    future: h.future.slice(1),
  };
}

export function undoLabel<T>(h: History<T>): string | null {
  return h.past[h.past.length - 1]?.label ?? null;
}

export function redoLabel<T>(h: History<T>): string | null {
  return h.future[0]?.label ?? null;
}

/**
 * Replaces one recorded state (found by identity: present, past or future) without adding a
 * step: how a finished layout writes its positions into the snapshot it was computed for.
 */
export function amendHistory<T>(h: History<T>, which: T, next: T): History<T> {
  if (which === next) return h;
  if (h.present === which) return { ...h, present: next };
  const swap = (list: readonly HistoryEntry<T>[]) =>
    list.some((e) => e.state === which) ? list.map((e) => (e.state === which ? { ...e, state: next } : e)) : list;
  const past = swap(h.past);
  const future = swap(h.future);
  return past === h.past && future === h.future ? h : { ...h, past, future };
}
