// The renderer's claims data against the real services in process (arguments checked by the
// contract's schemas): once the digests of the drawn entities are held, a new as-of date is derived
// without asking the store again, and the claims it gives are those claims:list answers for that date.
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import { MAX_ELEMENT_CAP } from '../../../graph-data/contract/filters.ts';
import { ARG_SCHEMAS } from '../../../graph-data/contract/schemas.ts';
import { toAsOf } from '../../../graph-data/model/as-of.ts';
import { createClaimDigests } from '../../../main/services/claim-digests.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { createClaimsData, type ClaimsData } from '../../../renderer/features/claims/claims-data.ts';
import { commitView, createAppStore, resetView, viewOf } from '../../../renderer/state/app-state.ts';
import { applyAsOf } from '../../../renderer/state/claims-actions.ts';
import { emptyView } from '../../../renderer/state/view-state.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const { db } = seededDb(tmpDir());
const graph = createGraphService(db);
const digests = createClaimDigests(db);
const calls: string[] = [];
const api = {
  'claims:digests': async (a: unknown) => {
    calls.push('claims:digests');
    const x = ARG_SCHEMAS['claims:digests'].parse(a);
    return digests.ofEntities(x.ids, x.cap);
  },
  'claims:list': async (a: unknown) => {
    const x = ARG_SCHEMAS['claims:list'].parse(a);
    calls.push(`claims:list${x.asOf ? ` as of ${x.asOf}` : ''}`);
    return graph.claims(x, toAsOf(x));
  },
} as unknown as ApiClient;

/** The next time the claims data tells its listeners. */
const told = (data: ClaimsData) => new Promise<void>((ok) => data.subscribe(ok));

describe('claims data', () => {
  it('derives a new date from what it holds, as claims:list would answer it', async () => {
    const ids = (db.prepare('SELECT id FROM entities').pluck().all() as string[]).sort();
    const slice = graph.subgraph(ids, MAX_ELEMENT_CAP);
    const store = createAppStore();
    const view = { ...emptyView(), nodes: new Map(slice.nodes.map((n) => [n.id, n])) };
    store.update((s) => resetView(s, { ...view, edges: new Map(slice.edges.map((e) => [e.id, e])) }));
    const data = createClaimsData(api, store);
    await told(data);
    expect(calls).toEqual(['claims:digests', 'claims:list']);
    expect(data.matches(viewOf(store.get()))).toBe(true);
    expect(data.all()).toHaveLength(graph.claims({ relations: slice.edges.map((e) => e.id) }).claims.length);

    const sizes: number[] = [];
    for (const date of ['2024-10-17', '2024-10-20', '2024-09']) {
      const local = data.digests.sliceFor(viewOf(store.get()), date);
      expect(local).not.toBeNull();
      const next = told(data);
      store.update((s) => commitView(s, `As of ${date}`, (v) => applyAsOf(v, date, local ?? slice)));
      const v = viewOf(store.get());
      expect(data.matches(v)).toBe(true);
      const drawn = [...v.edges.keys()];
      sizes.push(drawn.length);
      expect(data.all()).toEqual(graph.claims({ relations: drawn }, { date, rule: 'possibly' }).claims);
      await next;
    }
    // Some relations were not stated yet (none by September), and the claims followed.
    expect(sizes[2]).toBe(0);
    expect(Math.min(sizes[0] ?? 0, sizes[1] ?? 0)).toBeGreaterThan(0);
    // Every date came from what was held: the store was asked nothing more.
    expect(calls).toEqual(['claims:digests', 'claims:list']);
  });
});
