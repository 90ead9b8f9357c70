// The claims of the drawn relations (as of the view's date), fetched when the drawing changes,
// for the claims view, the timeline and the claimant lists. Not view state: derived from it.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { ClaimBrief } from '../../../graph-data/contract/views.ts';
import { viewOf, type AppStore } from '../../state/app-state.ts';
import type { ViewState } from '../../state/view-state.ts';
import { visibleElements } from '../../state/filter-match.ts';

/** More drawn relations than this and claims are not fetched (the claims view needs a focus). */
export const CLAIMS_MAX_RELATIONS = 5000;

export interface ClaimsData {
  get(): ReadonlyMap<string, readonly ClaimBrief[]> | null;
  all(): readonly ClaimBrief[];
  subscribe(cb: () => void): void;
  /** Whether what get() holds was fetched for this view (false while the claims of a new date are on their way). */
  matches(v: ViewState): boolean;
}

/** What the claims are fetched for: the date and the drawn relations. */
function keyOf(v: ViewState): string {
  const rels = [...visibleElements(v).edges].sort();
  return `${v.asOf ?? ''}|${rels.join(',')}`;
}

export function createClaimsData(api: ApiClient, store: AppStore): ClaimsData {
  let byRelation: Map<string, ClaimBrief[]> | null = null;
  let list: ClaimBrief[] = [];
  let key = '';
  /** The key of the last request that settled (published or failed). */
  let settled = '';
  let seq = 0;
  const listeners: (() => void)[] = [];

  async function refresh(): Promise<void> {
    const v = viewOf(store.get());
    const rels = [...visibleElements(v).edges].sort();
    const want = `${v.asOf ?? ''}|${rels.join(',')}`;
    if (want === key) return;
    key = want;
    const mine = ++seq;
    if (!rels.length || rels.length > CLAIMS_MAX_RELATIONS) return publish([], mine, want);
    try {
      const r = await api['claims:list']({ relations: rels, limit: 20_000, ...(v.asOf ? { asOf: v.asOf } : {}) });
      publish(r.claims, mine, want);
    } catch {
      key = '';
      // The previous claims stay: those waiting for this answer take them as they are.
      if (mine === seq) {
        settled = want;
        listeners.forEach((l) => l());
      }
    }
  }

  function publish(claims: ClaimBrief[], mine: number, want: string): void {
    if (mine !== seq) return;
    settled = want;
    list = claims;
    byRelation = new Map();
    for (const c of claims) {
      const l = byRelation.get(c.relationId);
      if (l) l.push(c);
      else byRelation.set(c.relationId, [c]);
    }
    listeners.forEach((l) => l());
  }

  store.subscribe((s, prev) => {
    if (viewOf(s) !== viewOf(prev)) void refresh();
  });
  void refresh();
  let lastView: ViewState | null = null;
  let lastKey = '';
  return {
    get: () => byRelation,
    all: () => list,
    subscribe: (cb) => void listeners.push(cb),
    matches(v) {
      if (v !== lastView) [lastView, lastKey] = [v, keyOf(v)];
      return lastKey === settled;
    },
  };
}
