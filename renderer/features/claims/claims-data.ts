// The claims of the drawn relations, for the claims view, the timeline and the claimant lists. Not
// view state: derived from it. When the as-of digests hold the drawn entities, the claims of every
// relation among them are fetched once, whatever their date, and each date is derived from them
// here; otherwise the drawn relations' claims are fetched as of the view's date.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { ClaimBrief } from '../../../graph-data/contract/views.ts';
import { viewOf, type AppStore } from '../../state/app-state.ts';
import { claimsAsOf } from '../../state/as-of-local.ts';
import type { ViewState } from '../../state/view-state.ts';
import { visibleElements } from '../../state/filter-match.ts';
import { createAsOfDigests, type AsOfDigests } from './as-of-digests.ts';

/** More drawn relations than this and claims are not fetched (the claims view needs a focus). */
export const CLAIMS_MAX_RELATIONS = 5000;
const LIMIT = 20_000;

export interface ClaimsData {
  get(): ReadonlyMap<string, readonly ClaimBrief[]> | null;
  all(): readonly ClaimBrief[];
  subscribe(cb: () => void): void;
  /** Whether what get() holds was fetched for this view (false while the claims of a new date are on their way). */
  matches(v: ViewState): boolean;
  /** The claim digests the as-of date is derived from. */
  digests: AsOfDigests;
}

/** What to fetch for a view: every date of the relations held in digests, or the drawn ones as of its date. */
interface Plan {
  key: string;
  rels: readonly string[];
  asOf: string | null;
}

interface Held {
  byRelation: Map<string, ClaimBrief[]>;
  list: ClaimBrief[];
}

function index(list: ClaimBrief[]): Held {
  const byRelation = new Map<string, ClaimBrief[]>();
  for (const c of list) {
    const l = byRelation.get(c.relationId);
    if (l) l.push(c);
    else byRelation.set(c.relationId, [c]);
  }
  return { byRelation, list };
}

export function createClaimsData(
  api: ApiClient,
  store: AppStore,
  digests = createAsOfDigests(api, store, CLAIMS_MAX_RELATIONS),
): ClaimsData {
  /** The last answer published; `every`: fetched without a date, derived per view below. */
  let got: { key: string; every: boolean; held: Held } | null = null;
  let key = '';
  let seq = 0;
  /** The key of an every-date list cut by the limit: those relations are fetched per date instead. */
  let cut = '';
  const listeners: (() => void)[] = [];
  const notify = () => listeners.forEach((l) => l());
  const every = (p: Plan) => p.key.startsWith('*|');

  /** The drawn relations' plan of the last view asked about (matches() asks on every drawing). */
  let dated: { v: ViewState; plan: Plan } | null = null;
  function plan(v: ViewState): Plan | null {
    const held = digests.relationsFor(v);
    if (held && `*|${held.key}` !== cut) return { key: `*|${held.key}`, rels: held.ids, asOf: null };
    if (!held && digests.pending(v)) return null;
    if (dated?.v !== v) {
      const rels = [...visibleElements(v).edges].sort();
      dated = { v, plan: { key: `${v.asOf ?? ''}|${rels.join(',')}`, rels, asOf: v.asOf } };
    }
    return dated.plan;
  }

  async function refresh(): Promise<void> {
    const p = plan(viewOf(store.get()));
    if (!p || p.key === key) return;
    key = p.key;
    const mine = ++seq;
    if (!p.rels.length || (p.asOf !== null && p.rels.length > CLAIMS_MAX_RELATIONS)) return publish(p, [], mine);
    try {
      const r = await api['claims:list']({ relations: [...p.rels], limit: LIMIT, ...(p.asOf ? { asOf: p.asOf } : {}) });
      if (mine !== seq) return;
      if (r.truncated && every(p)) {
        [cut, key] = [p.key, ''];
        return void refresh();
      }
      publish(p, r.claims, mine);
    } catch {
      key = '';
      // The previous claims stay: those waiting for this answer take them as they are.
      if (mine !== seq) return;
      got = { key: p.key, every: got?.every ?? false, held: got?.held ?? index([]) };
      notify();
    }
  }

  function publish(p: Plan, claims: ClaimBrief[], mine: number): void {
    if (mine !== seq) return;
    got = { key: p.key, every: every(p), held: index(claims) };
    notify();
  }

  /** The every-date list as of the view's date for its drawn relations, kept while those stay the same. */
  let derived: { of: unknown[]; held: Held } | null = null;
  function current(): Held | null {
    if (!got?.every) return got?.held ?? null;
    const v = viewOf(store.get());
    const of = [got, v.asOf, v.nodes, v.edges, v.filter];
    if (!derived || derived.of.some((x, i) => x !== of[i]))
      derived = { of, held: index(claimsAsOf(got.held.list, v.asOf, visibleElements(v).edges)) };
    return derived.held;
  }

  store.subscribe((s, prev) => {
    if (viewOf(s) === viewOf(prev)) return;
    void refresh();
    // A date step derived here: those listening (timeline, claimant lists) hear of it in a task of
    // their own after the step, so the step itself stays short.
    if (got?.every && viewOf(s).asOf !== viewOf(prev).asOf) setTimeout(notify);
  });
  digests.subscribe(() => void refresh());
  void refresh();
  return {
    get: () => current()?.byRelation ?? null,
    all: () => current()?.list ?? [],
    subscribe: (cb) => void listeners.push(cb),
    matches: (v) => !!got && plan(v)?.key === got.key,
    digests,
  };
}
