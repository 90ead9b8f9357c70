// The whole renderer state: the undoable view plus what undo must not touch (selection, theme,
// panels, load phase, database info). Actions here are pure; features call them via store.update.
import type { DatabaseInfo } from '../../graph-data/contract/views.ts';
import { amendHistory, continueHistory, createHistory, pushHistory, redo, undo, type History } from './history.ts';
import { createStore, type Store } from './store.ts';
import { emptyView, NO_SELECTION, type Selection, type ViewState } from './view-state.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** How many labels the graph draws (colliding ones always give way to more important ones). */
export const LABEL_DENSITIES = ['low', 'medium', 'high'] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];

export type Phase = 'loading' | 'ready' | 'empty' | 'error';

export interface AppState {
  history: History<ViewState>;
  selection: Selection;
  theme: Theme;
  panels: boolean;
  phase: Phase;
  /** Why the phase is 'error'. */
  error: { code: string; message: string } | null;
  info: DatabaseInfo | null;
  /** A request to bring an entity into view; the nonce lets the same entity be asked for twice. */
  reveal: { id: string; nonce: number } | null;
  /** Entities picked as path endpoints (ephemeral, not undoable). */
  pathEnds: { from: string | null; to: string | null; strict: boolean };
  labelDensity: LabelDensity;
}

export type AppStore = Store<AppState>;

export function initialState(theme: Theme = 'light'): AppState {
  return {
    history: createHistory(emptyView()),
    selection: NO_SELECTION,
    theme,
    panels: true,
    phase: 'loading',
    error: null,
    info: null,
    reveal: null,
    pathEnds: { from: null, to: null, strict: false },
    labelDensity: 'medium',
  };
}

export function createAppStore(theme: Theme = 'light'): AppStore {
  return createStore(initialState(theme));
}

export function viewOf(s: AppState): ViewState {
  return s.history.present;
}

/** Applies an undoable view operation. */
export function commitView(s: AppState, label: string, op: (v: ViewState) => ViewState): AppState {
  const history = pushHistory(s.history, op(s.history.present), label);
  return history === s.history ? s : withValidSelection({ ...s, history });
}

/** Carries the last step on (its view replaced, its label renamed) instead of adding one. */
export function continueView(s: AppState, label: string, op: (v: ViewState) => ViewState): AppState {
  const history = continueHistory(s.history, op(s.history.present), label);
  return history === s.history ? s : withValidSelection({ ...s, history });
}

/** Rewrites a recorded view (wherever it is in the history) without an undo step. */
export function amendView(s: AppState, which: ViewState, op: (v: ViewState) => ViewState): AppState {
  const history = amendHistory(s.history, which, op(which));
  return history === s.history ? s : { ...s, history };
}

/** Starts over with a view that cannot be undone past (first load, reload after import). */
export function resetView(s: AppState, view: ViewState): AppState {
  return { ...s, history: createHistory(view, s.history.limit), selection: NO_SELECTION, reveal: null };
}

export function undoView(s: AppState): AppState {
  const history = undo(s.history);
  return history === s.history ? s : withValidSelection({ ...s, history });
}

export function redoView(s: AppState): AppState {
  const history = redo(s.history);
  return history === s.history ? s : withValidSelection({ ...s, history });
}

export function select(s: AppState, selection: Selection): AppState {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (same(s.selection.nodes, selection.nodes) && same(s.selection.edges, selection.edges)) return s;
  return { ...s, selection };
}

export function requestReveal(s: AppState, id: string): AppState {
  return { ...s, reveal: { id, nonce: (s.reveal?.nonce ?? 0) + 1 }, selection: { nodes: [id], edges: [] } };
}

export function toggleTheme(s: AppState): AppState {
  return { ...s, theme: s.theme === 'light' ? 'dark' : 'light' };
}

export function togglePanels(s: AppState): AppState {
  return { ...s, panels: !s.panels };
}

/** Drops selected ids that the view no longer holds (after hide, undo...). */
function withValidSelection(s: AppState): AppState {
  const v = s.history.present;
  const nodes = s.selection.nodes.filter((id) => v.nodes.has(id));
  const edges = s.selection.edges.filter((id) => v.edges.has(id));
  if (nodes.length === s.selection.nodes.length && edges.length === s.selection.edges.length) return s;
  return { ...s, selection: { nodes, edges } };
}
