// Parallel relations: in the normal view, two or more drawn relations between the same two
// entities are drawn as one bundle labelled with their count, until the researcher opens it.
// Which pairs are open is view state (undoable); the bundles themselves are derived.
import type { EdgeView } from '../../graph-data/contract/views.ts';
import { visibleElements, type VisibleSet } from './filter-match.ts';
import type { Selection, ViewState } from './view-state.ts';

export interface Bundle {
  /** The pair's key (the two entity ids, sorted) and the bundle edge's id. */
  key: string;
  /** The two entities, in key order. */
  ends: readonly [string, string];
  /** The relations it stands for, by id. */
  members: readonly EdgeView[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function bundleId(key: string): string {
  return `bundle|${key.replace('\u0000', '|')}`;
}

/** The drawn relations of each pair of entities with more than one (loops left alone). */
function pairs(v: ViewState, visible: VisibleSet): Map<string, EdgeView[]> {
  const out = new Map<string, EdgeView[]>();
  for (const id of visible.edges) {
    const e = v.edges.get(id);
    if (!e || e.source === e.target) continue;
    const key = pairKey(e.source, e.target);
    const list = out.get(key);
    if (list) list.push(e);
    else out.set(key, [e]);
  }
  for (const [key, list] of out) if (list.length < 2) out.delete(key);
  return out;
}

/**
 * The bundles to draw: not in the claims view (each relation has its own handle there), not for
 * pairs the researcher opened, and never hiding a relation on the highlighted path.
 */
export function bundlesOf(v: ViewState, visible: VisibleSet = visibleElements(v)): Bundle[] {
  if (v.claimsView) return [];
  const onPath = new Set(v.path?.edges ?? []);
  const out: Bundle[] = [];
  for (const [key, members] of pairs(v, visible)) {
    if (v.openPairs.has(key) || members.some((e) => onPath.has(e.id))) continue;
    const [a = '', b = ''] = key.split('\u0000');
    members.sort((x, y) => x.id.localeCompare(y.id));
    out.push({ key, ends: [a, b], members });
  }
  return out;
}

/** Opens or closes the parallel relations of these pairs (one undoable step). */
export function setPairsOpen(v: ViewState, keys: readonly string[], open: boolean): ViewState {
  const change = keys.filter((k) => v.openPairs.has(k) !== open);
  if (!change.length) return v;
  const openPairs = new Set(v.openPairs);
  for (const k of change) {
    if (open) openPairs.add(k);
    else openPairs.delete(k);
  }
  return { ...v, openPairs };
}

/**
 * The pairs a selection names: a selected relation's pair, and every pair at a selected entity
 * that has parallel relations drawn (open or not).
 */
export function pairsOfSelection(v: ViewState, sel: Selection): string[] {
  const all = pairs(v, visibleElements(v));
  const keys = new Set<string>();
  for (const id of sel.edges) {
    const e = v.edges.get(id);
    if (e && all.has(pairKey(e.source, e.target))) keys.add(pairKey(e.source, e.target));
  }
  const nodes = new Set(sel.nodes);
  for (const key of all.keys()) if (key.split('\u0000').some((id) => nodes.has(id))) keys.add(key);
  return [...keys];
}

/** Keyboard G: opens the selection's grouped pairs, or groups them again when all are open. */
export function toggleGroups(v: ViewState, sel: Selection): { view: ViewState; opened: boolean; count: number } {
  const keys = pairsOfSelection(v, sel);
  const opened = keys.some((k) => !v.openPairs.has(k));
  return { view: setPairsOpen(v, keys, opened), opened, count: keys.length };
}
