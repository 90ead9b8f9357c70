// A tiny observable store: one value, replaced (never mutated) by update, with subscribers that
// see the new and the previous value so they can diff.
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  update(fn: (s: S) => S): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(fn) {
      const previous = state;
      const next = fn(state);
      if (next === previous) return;
      state = next;
      for (const l of [...listeners]) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
