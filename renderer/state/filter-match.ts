// Which loaded elements a filter lets through (client-side, by data) and the same filter in the
// server's terms (GraphFilter), so expanding respects what the user has switched off.
import type { GraphFilter } from '../../graph-data/contract/filters.ts';
import type { EdgeView, NodeView } from '../../graph-data/contract/views.ts';
import { isPartialDate, partialDateEnd, partialDateStart } from '../../graph-data/model/partial-date.ts';
import { STATUSES, type Vocabulary } from '../../graph-data/model/types.ts';
import type { ViewFilter, ViewState } from './view-state.ts';

export function isFilterActive(f: ViewFilter): boolean {
  return f.hiddenKinds.length > 0 || f.hiddenPredicates.length > 0 || f.hiddenStatuses.length > 0 || !!f.from || !!f.to;
}

export function nodePasses(n: NodeView, f: ViewFilter): boolean {
  return !f.hiddenKinds.includes(n.kind);
}

/**
 * Status and predicate by data; dates by overlap of the relation's first..last stated claim with
 * the range (the server checks single claims; for loaded edges the span is what we have).
 */
export function edgePasses(e: EdgeView, f: ViewFilter): boolean {
  if (f.hiddenStatuses.includes(e.status) || f.hiddenPredicates.includes(e.predicate)) return false;
  if (!f.from && !f.to) return true;
  if (!e.firstStated && !e.lastStated) return false;
  const first = partialDateStart(e.firstStated ?? e.lastStated ?? '');
  const last = partialDateEnd(e.lastStated ?? e.firstStated ?? '');
  if (f.from && isPartialDate(f.from) && last < partialDateStart(f.from)) return false;
  if (f.to && isPartialDate(f.to) && first > partialDateEnd(f.to)) return false;
  return true;
}

export interface VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Elements to draw: nodes passing the filter, and passing edges whose two ends are drawn. */
export function visibleElements(v: ViewState): VisibleSet {
  const nodes = new Set<string>();
  for (const n of v.nodes.values()) if (nodePasses(n, v.filter)) nodes.add(n.id);
  const edges = new Set<string>();
  for (const e of v.edges.values())
    if (nodes.has(e.source) && nodes.has(e.target) && edgePasses(e, v.filter)) edges.add(e.id);
  return { nodes, edges };
}

/** The filter as the server understands it; omits what is not restricted. */
export function toGraphFilter(f: ViewFilter, vocab: Vocabulary | null): GraphFilter {
  const out: GraphFilter = {};
  if (f.hiddenStatuses.length) out.statuses = STATUSES.filter((s) => !f.hiddenStatuses.includes(s));
  if (f.hiddenKinds.length && vocab) out.kinds = vocab.kinds.map((k) => k.id).filter((k) => !f.hiddenKinds.includes(k));
  if (f.hiddenPredicates.length && vocab)
    out.predicates = vocab.predicates.map((p) => p.id).filter((p) => !f.hiddenPredicates.includes(p));
  if (f.from && isPartialDate(f.from)) out.from = f.from;
  if (f.to && isPartialDate(f.to)) out.to = f.to;
  return out;
}
