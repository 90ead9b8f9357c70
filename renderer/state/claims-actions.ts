// View operations of the claims view and the as-of date: pure, undoable like every view step.
import type { GraphSlice } from '../../graph-data/contract/views.ts';
import type { ViewState } from './view-state.ts';

export function setClaimsView(v: ViewState, on: boolean): ViewState {
  return v.claimsView === on ? v : { ...v, claimsView: on };
}

export function setPublishers(v: ViewState, on: boolean): ViewState {
  return v.publishers === on ? v : { ...v, publishers: on };
}

/**
 * The view as of a date: the drawn entities stay, their relations are replaced by the slice's
 * (derived as of the date: statuses and counts change, relations not yet stated drop out).
 */
export function applyAsOf(v: ViewState, asOf: string | null, slice: GraphSlice): ViewState {
  if (v.asOf === asOf) return v;
  const edges = new Map(
    slice.edges.filter((e) => v.nodes.has(e.source) && v.nodes.has(e.target)).map((e) => [e.id, e] as const),
  );
  const path = v.path && v.path.edges.every((id) => edges.has(id)) ? v.path : null;
  return { ...v, asOf, edges, path };
}
