// Which loaded elements a filter lets through (client-side, by data) and the same filter in the
// server's terms (GraphFilter), so expanding respects what the user has switched off.
import type { GraphFilter } from '../../graph-data/contract/filters.ts';
import type { EdgeView, NodeView } from '../../graph-data/contract/views.ts';
import { matchRange, type DateMatch } from '../../graph-data/model/date-rule.ts';
import { isPartialDate, partialDateEnd, partialDateStart } from '../../graph-data/model/partial-date.ts';
import { STATUSES, type Vocabulary } from '../../graph-data/model/types.ts';
import type { ViewFilter, ViewState } from './view-state.ts';

export function isFilterActive(f: ViewFilter): boolean {
  return (
    f.hiddenKinds.length > 0 ||
    f.hiddenPredicates.length > 0 ||
    f.hiddenStatuses.length > 0 ||
    !!f.from ||
    !!f.to ||
    !!f.claimant
  );
}

export function nodePasses(n: NodeView, f: ViewFilter): boolean {
  return !f.hiddenKinds.includes(n.kind);
}

/**
 * How a loaded relation's claims fall in the date range, by the model's partial-date rule
 * (graph-data/model/date-rule.ts). A loaded edge carries its first and last stated dates: it
 * certainly has a claim in the range when one of those certainly falls in it, possibly when the
 * span between them (taken at its widest) overlaps the range.
 */
export function edgeDateMatch(e: EdgeView, f: ViewFilter): DateMatch {
  const from = f.from && isPartialDate(f.from) ? f.from : null;
  const to = f.to && isPartialDate(f.to) ? f.to : null;
  if (!from && !to) return 'certainly';
  if (!e.firstStated && !e.lastStated) return 'possibly';
  const ends = [e.firstStated, e.lastStated].map((d) => matchRange(d, from, to));
  if (ends.includes('certainly')) return 'certainly';
  const first = partialDateStart(e.firstStated ?? e.lastStated ?? '');
  const last = partialDateEnd(e.lastStated ?? e.firstStated ?? '');
  if ((from && last < partialDateStart(from)) || (to && first > partialDateEnd(to))) return 'no';
  return 'possibly';
}

/**
 * The claimant and the date range (by the possibly/certainly rule): the parts of the filter that
 * have no checkbox, so the filter panel's counts follow them.
 */
export function edgeInRange(e: EdgeView, f: ViewFilter): boolean {
  if (f.claimant && !f.claimant.relations.includes(e.id)) return false;
  const m = edgeDateMatch(e, f);
  return m === 'certainly' || (m === 'possibly' && f.dateRule !== 'certainly');
}

/** Status and predicate by data, then claimant and dates (edgeInRange). */
export function edgePasses(e: EdgeView, f: ViewFilter): boolean {
  if (f.hiddenStatuses.includes(e.status) || f.hiddenPredicates.includes(e.predicate)) return false;
  return edgeInRange(e, f);
}

export interface VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
  /** Edges kept only because their claims possibly fall in the date range (marked in the graph). */
  possibly: Set<string>;
}

/** Elements to draw: nodes passing the filter, and passing edges whose two ends are drawn. */
export function visibleElements(v: ViewState): VisibleSet {
  const nodes = new Set<string>();
  for (const n of v.nodes.values()) if (nodePasses(n, v.filter)) nodes.add(n.id);
  const edges = new Set<string>();
  const possibly = new Set<string>();
  for (const e of v.edges.values()) {
    if (!nodes.has(e.source) || !nodes.has(e.target) || !edgePasses(e, v.filter)) continue;
    edges.add(e.id);
    if (e.possibly || edgeDateMatch(e, v.filter) === 'possibly') possibly.add(e.id);
  }
  return { nodes, edges, possibly };
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
  if ((out.from || out.to) && f.dateRule === 'certainly') out.dateRule = 'certainly';
  if (f.claimant) out.claimants = [f.claimant.id];
  return out;
}
