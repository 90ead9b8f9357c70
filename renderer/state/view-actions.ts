// Pure view operations. Each takes a ViewState and returns a new one (or the same object when
// nothing changes, so history records no empty step).
import type { GraphSlice } from '../../graph-data/contract/views.ts';
import { emptyView, type PathHighlight, type Point, type ViewFilter, type ViewState } from './view-state.ts';

/** A fresh view holding exactly one slice: the first load, a reload, a focus. */
export function viewFromSlice(slice: GraphSlice, base: ViewState = emptyView()): ViewState {
  return {
    ...base,
    nodes: new Map(slice.nodes.map((n) => [n.id, n])),
    edges: new Map(slice.edges.map((e) => [e.id, e])),
    hidden: new Set(),
    pinned: new Set([...base.pinned].filter((id) => slice.nodes.some((n) => n.id === id))),
    positions: new Map(),
    anchor: null,
    path: null,
    focus: null,
    truncated: slice.truncated,
    layoutRun: base.layoutRun + 1,
  };
}

/** Adds a slice to the view (expand, reveal, path), placing new elements around `anchor`. */
export function mergeSlice(v: ViewState, slice: GraphSlice, anchor: string | null): ViewState {
  const newNodes = slice.nodes.filter((n) => !v.nodes.has(n.id));
  const newEdges = slice.edges.filter((e) => !v.edges.has(e.id));
  if (!newNodes.length && !newEdges.length) return v;
  const nodes = new Map(v.nodes);
  for (const n of slice.nodes) nodes.set(n.id, n);
  const edges = new Map(v.edges);
  for (const e of newEdges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  const hidden = new Set(v.hidden);
  for (const n of newNodes) hidden.delete(n.id);
  return { ...v, nodes, edges, hidden, anchor, truncated: slice.truncated };
}

/** Replaces the view with a neighbourhood, remembering what it is centred on. */
export function focusOn(v: ViewState, slice: GraphSlice, id: string, depth: number): ViewState {
  return { ...viewFromSlice(slice, v), focus: { id, depth } };
}

/** Removes entities (with their relations) and relations from the view. */
export function hideElements(v: ViewState, nodeIds: readonly string[], edgeIds: readonly string[] = []): ViewState {
  const dropNodes = new Set(nodeIds.filter((id) => v.nodes.has(id)));
  const dropEdges = new Set(edgeIds.filter((id) => v.edges.has(id)));
  if (!dropNodes.size && !dropEdges.size) return v;
  const nodes = new Map([...v.nodes].filter(([id]) => !dropNodes.has(id)));
  const edges = new Map(
    [...v.edges].filter(([id, e]) => !dropEdges.has(id) && !dropNodes.has(e.source) && !dropNodes.has(e.target)),
  );
  const pinned = new Set([...v.pinned].filter((id) => !dropNodes.has(id)));
  const path = v.path && v.path.nodes.some((id) => dropNodes.has(id)) ? null : v.path;
  return { ...v, nodes, edges, pinned, path, hidden: new Set([...v.hidden, ...dropNodes]), anchor: null };
}

/** Pins the entities, or unpins them when all are already pinned. */
export function togglePinned(v: ViewState, ids: readonly string[]): ViewState {
  const present = ids.filter((id) => v.nodes.has(id));
  if (!present.length) return v;
  const pinned = new Set(v.pinned);
  const unpin = present.every((id) => pinned.has(id));
  for (const id of present) {
    if (unpin) pinned.delete(id);
    else pinned.add(id);
  }
  return { ...v, pinned };
}

export function setFilter(v: ViewState, patch: Partial<ViewFilter>): ViewState {
  const filter = { ...v.filter, ...patch };
  if (sameFilter(filter, v.filter)) return v;
  return { ...v, filter, anchor: null };
}

export function setLayout(v: ViewState, layout: string): ViewState {
  return { ...v, layout, layoutRun: v.layoutRun + 1, positions: new Map(), anchor: null };
}

export function rerunLayout(v: ViewState): ViewState {
  return { ...v, layoutRun: v.layoutRun + 1, positions: new Map(), anchor: null };
}

/**
 * Records where entities are drawn (after a layout, a placement or a drag). Returns the same
 * view when every given position is already recorded within half a pixel.
 */
export function withPositions(v: ViewState, at: ReadonlyMap<string, Point>): ViewState {
  let changed = false;
  for (const [id, p] of at) {
    const q = v.positions.get(id);
    if (!q || Math.abs(q.x - p.x) > 0.5 || Math.abs(q.y - p.y) > 0.5) changed = true;
  }
  if (!changed) return v;
  const positions = new Map(v.positions);
  for (const [id, p] of at) positions.set(id, { x: p.x, y: p.y });
  return { ...v, positions };
}

/** Adds the path's elements and highlights them. */
export function showPath(v: ViewState, slice: GraphSlice, path: PathHighlight): ViewState {
  return { ...mergeSlice(v, slice, path.from), path, anchor: path.from };
}

export function clearPath(v: ViewState): ViewState {
  return v.path ? { ...v, path: null, anchor: null } : v;
}

/** Relations of the view that touch an entity: used for "N hidden neighbours" badges. */
export function incidentEdgeCount(v: ViewState, id: string): number {
  let n = 0;
  for (const e of v.edges.values()) if (e.source === id || e.target === id) n++;
  return n;
}

function sameFilter(a: ViewFilter, b: ViewFilter): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((s) => y.includes(s));
  return (
    same(a.hiddenKinds, b.hiddenKinds) &&
    same(a.hiddenPredicates, b.hiddenPredicates) &&
    same(a.hiddenStatuses, b.hiddenStatuses) &&
    a.from === b.from &&
    a.to === b.to &&
    a.dateRule === b.dateRule &&
    a.claimant?.id === b.claimant?.id
  );
}
