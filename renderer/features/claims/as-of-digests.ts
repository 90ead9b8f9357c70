// The claim digests of every relation among the drawn entities, whatever its date
// (`claims:digests`), fetched when the drawn entities or the data change. With them each as-of
// date is derived here (state/as-of-local.ts) instead of asking the store for every date.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import { MAX_ELEMENT_CAP } from '../../../graph-data/contract/filters.ts';
import type { ClaimDigests, GraphSlice } from '../../../graph-data/contract/views.ts';
import { viewOf, type AppStore } from '../../state/app-state.ts';
import { edgesAsOf } from '../../state/as-of-local.ts';
import type { ViewState } from '../../state/view-state.ts';

export interface AsOfDigests {
  /** The view's relations as of `date` (as `graph:subgraph` answers), or null when not held for this view. */
  sliceFor(v: ViewState, date: string | null): GraphSlice | null;
  /** Every relation among the view's entities, at any date (sorted, with a key), or null when not held. */
  relationsFor(v: ViewState): { key: string; ids: readonly string[] } | null;
  /** Digests for this view's entities are on their way. */
  pending(v: ViewState): boolean;
  subscribe(cb: () => void): void;
}

interface Held {
  nodes: string;
  info: unknown;
  digests: ClaimDigests;
  relations: { key: string; ids: readonly string[] };
}

/**
 * `maxRelations`: more drawn relations than this and nothing is held (the store answers each
 * date); the store refuses more than DIGESTS_MAX_RELATIONS among the entities at any date.
 */
export function createAsOfDigests(api: ApiClient, store: AppStore, maxRelations: number): AsOfDigests {
  let held: Held | null = null;
  let asked = { nodes: '', info: null as unknown };
  let inFlight = false;
  let seq = 0;
  const listeners: (() => void)[] = [];
  let keyed: { of: ViewState['nodes']; key: string } | null = null;
  const nodesKey = (v: ViewState): string => {
    if (keyed?.of !== v.nodes) keyed = { of: v.nodes, key: [...v.nodes.keys()].sort().join(',') };
    return keyed.key;
  };
  const info = () => store.get().info;
  const holds = (v: ViewState): Held | null =>
    held && held.info === info() && held.nodes === nodesKey(v) ? held : null;

  async function refresh(): Promise<void> {
    const v = viewOf(store.get());
    const nodes = nodesKey(v);
    if (nodes === asked.nodes && info() === asked.info) return;
    asked = { nodes, info: info() };
    const mine = ++seq;
    if (!v.nodes.size || v.edges.size > maxRelations) return settle(mine, null);
    inFlight = true;
    try {
      const digests = await api['claims:digests']({ ids: [...v.nodes.keys()], cap: MAX_ELEMENT_CAP });
      // A cut answer would not be what graph:subgraph gives for another date: ask the store then.
      settle(mine, digests.truncated ? null : hold(asked, digests));
    } catch {
      settle(mine, null);
    }
  }

  function hold(at: { nodes: string; info: unknown }, digests: ClaimDigests): Held {
    const ids = digests.edges.map((e) => e.id).sort();
    return { ...at, digests, relations: { key: ids.join(','), ids } };
  }

  function settle(mine: number, next: Held | null): void {
    if (mine !== seq) return;
    inFlight = false;
    held = next;
    listeners.forEach((l) => l());
  }

  store.subscribe((s, prev) => {
    if (viewOf(s).nodes !== viewOf(prev).nodes || s.info !== prev.info) void refresh();
  });
  void refresh();

  return {
    sliceFor(v, date) {
      const h = holds(v);
      return h ? { nodes: [], edges: edgesAsOf(h.digests, date), truncated: false } : null;
    },
    relationsFor: (v) => holds(v)?.relations ?? null,
    pending: (v) => inFlight && asked.nodes === nodesKey(v),
    subscribe: (cb) => void listeners.push(cb),
  };
}
