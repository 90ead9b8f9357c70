// The view model: which entities and relations are drawn, and how. Plain data (no DOM, no
// cytoscape) so every view operation is a pure function and can be undone by keeping snapshots.
import type { EdgeView, NodeView } from '../../graph-data/contract/views.ts';
import type { RelationStatus } from '../../graph-data/model/types.ts';
import type { DateRule } from '../../graph-data/model/date-rule.ts';

/** Client-side filter: what is switched off, so kinds or predicates that appear later show by default. */
export interface ViewFilter {
  hiddenKinds: readonly string[];
  hiddenPredicates: readonly string[];
  hiddenStatuses: readonly RelationStatus[];
  /** Partial dates bounding when a claim was stated. */
  from: string | null;
  to: string | null;
  /** Keep a relation whose claims possibly (default) or certainly fall in [from, to]. */
  dateRule: DateRule;
  /** Only the relations this claimant spoke about (ids fetched when it was chosen). */
  claimant: { id: string; label: string; relations: readonly string[] } | null;
}

export interface PathHighlight {
  from: string;
  to: string;
  nodes: readonly string[];
  edges: readonly string[];
  /** Per hop: the claimant's stance when the hop goes through a claim (claims view), else null. */
  stances?: readonly (string | null)[];
}

export interface ViewState {
  nodes: ReadonlyMap<string, NodeView>;
  edges: ReadonlyMap<string, EdgeView>;
  /** Entities the user hid; expanding brings them back. */
  hidden: ReadonlySet<string>;
  /** Entities the layout must not move (they can still be dragged). */
  pinned: ReadonlySet<string>;
  /**
   * Where each entity is drawn, in graph units: part of the history, so undo and redo put every
   * node back where it was. Empty until the first layout; cleared when a layout is asked for.
   */
  positions: ReadonlyMap<string, Point>;
  filter: ViewFilter;
  layout: string;
  /** Bumped whenever the layout should run again over the whole view. */
  layoutRun: number;
  /** The entity new elements grew from, so they can be placed around it. */
  anchor: string | null;
  path: PathHighlight | null;
  focus: { id: string; depth: number } | null;
  /** The last load was cut by the element cap. */
  truncated: boolean;
  /** Claims view: claimants drawn with an edge to each relation they spoke about, styled by stance. */
  claimsView: boolean;
  /** In the claims view, also the publishers of the sources behind the claims. */
  publishers: boolean;
  /** The graph as reported on this date (a partial date), or null for everything. */
  asOf: string | null;
  /** Pairs of entities whose parallel relations are drawn one by one (state/bundles.ts pairKey). */
  openPairs: ReadonlySet<string>;
}

export interface Point {
  x: number;
  y: number;
}

export const DEFAULT_LAYOUT = 'fcose';

export const EMPTY_FILTER: ViewFilter = {
  hiddenKinds: [],
  hiddenPredicates: [],
  hiddenStatuses: [],
  from: null,
  to: null,
  dateRule: 'possibly',
  claimant: null,
};

export function emptyView(layout = DEFAULT_LAYOUT): ViewState {
  return {
    nodes: new Map(),
    edges: new Map(),
    hidden: new Set(),
    pinned: new Set(),
    positions: new Map(),
    filter: EMPTY_FILTER,
    layout,
    layoutRun: 0,
    anchor: null,
    path: null,
    focus: null,
    truncated: false,
    claimsView: false,
    publishers: false,
    asOf: null,
    openPairs: new Set(),
  };
}

export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

export const NO_SELECTION: Selection = { nodes: [], edges: [] };
