// Data changes in the one Undo/Redo timeline: a data step is a history entry that carries the
// database history seq it made, next to the view snapshot before it (see docs/ARCHITECTURE.md).
import type { EdgeView, GraphSlice, NodeView } from '../../graph-data/contract/views.ts';
import type { AppState } from './app-state.ts';
import { pushHistory, type DataMark, type HistoryEntry } from './history.ts';
import type { ViewState } from './view-state.ts';

/** Records a data change (seq) together with the view it left, as one undoable step. */
export function commitDataStep(s: AppState, label: string, seq: number, view: ViewState): AppState {
  return validSelection({ ...s, history: pushHistory(s.history, view, label, { seq }) });
}

/** Replaces what is drawn without a step of its own (a refresh after someone else's change). */
export function replacePresent(s: AppState, view: ViewState): AppState {
  if (view === s.history.present) return s;
  return validSelection({ ...s, history: { ...s.history, present: view } });
}

/** The step Undo would take next, and the one Redo would. */
export function nextUndo(s: AppState): HistoryEntry<ViewState> | undefined {
  return s.history.past[s.history.past.length - 1];
}
export function nextRedo(s: AppState): HistoryEntry<ViewState> | undefined {
  return s.history.future[0];
}
export type { DataMark };

export interface RefreshOptions {
  /** Relations known to be new or changed: the only undrawn ones added. null: add every one (unknown change). */
  relations: readonly string[] | null;
  /** Where new entities are placed. */
  anchor?: string | null;
  /** The entities the slice was asked for; drawn ones outside it (added meanwhile) stay as they are. */
  asked?: ReadonlySet<string>;
}

/**
 * Brings a view in line with a fresh induced subgraph of what it draws (plus any entity the change
 * brought in): labels, degrees and statuses updated, deleted or merged-away entities and relations
 * gone, new relations added. Returns the same view when nothing differs.
 */
export function refreshView(v: ViewState, slice: GraphSlice, o: RefreshOptions): ViewState {
  const nodes = new Map<string, NodeView>(slice.nodes.map((n) => [n.id, n]));
  const outside = (id: string) => !!o.asked && !o.asked.has(id);
  for (const [id, n] of v.nodes) if (outside(id) && !nodes.has(id)) nodes.set(id, n);
  const wanted = o.relations ? new Set(o.relations) : null;
  const edges = new Map<string, EdgeView>();
  for (const [id, e] of v.edges) if (outside(e.source) || outside(e.target)) edges.set(id, e);
  for (const e of slice.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    if (v.edges.has(e.id) || !wanted || wanted.has(e.id)) edges.set(e.id, e);
  }
  if (sameMap(v.nodes, nodes, sameNode) && sameMap(v.edges, edges, sameEdge)) return v;
  const pinned = new Set([...v.pinned].filter((id) => nodes.has(id)));
  const lost = (ids: readonly string[], m: ReadonlyMap<string, unknown>) => ids.some((id) => !m.has(id));
  const path = v.path && (lost(v.path.nodes, nodes) || lost(v.path.edges, edges)) ? null : v.path;
  const focus = v.focus && !nodes.has(v.focus.id) ? null : v.focus;
  const added = [...nodes.keys()].some((id) => !v.nodes.has(id));
  return { ...v, nodes, edges, pinned, path, focus, anchor: added ? (o.anchor ?? v.anchor) : v.anchor };
}

function sameMap<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, same: (x: T, y: T) => boolean): boolean {
  if (a.size !== b.size) return false;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y === undefined || !same(x, y)) return false;
  }
  return true;
}

const sameNode = (a: NodeView, b: NodeView) => a.label === b.label && a.kind === b.kind && a.degree === b.degree;
const sameEdge = (a: EdgeView, b: EdgeView) =>
  a.source === b.source &&
  a.target === b.target &&
  a.predicate === b.predicate &&
  a.status === b.status &&
  a.claimCount === b.claimCount &&
  a.sourceCount === b.sourceCount &&
  a.firstStated === b.firstStated &&
  a.lastStated === b.lastStated;

function validSelection(s: AppState): AppState {
  const v = s.history.present;
  const nodes = s.selection.nodes.filter((id) => v.nodes.has(id));
  const edges = s.selection.edges.filter((id) => v.edges.has(id));
  if (nodes.length === s.selection.nodes.length && edges.length === s.selection.edges.length) return s;
  return { ...s, selection: { nodes, edges } };
}
