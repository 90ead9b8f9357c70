// As-of phase: the statuses of 5,000 drawn relations recomputed for a new date, as the renderer does
// when the date control moves: from the claim digests it holds (`claims:digests`, read once from
// the store and passed through JSON as over the wire), derived with the model's accumulator and
// applied to the view. Reports as_of_5k_ms, the median over different dates; the store's own
// as-of read of the same relations (what each date cost before) is reported beside it.
import { emptyView } from '../../renderer/state/view-state.ts';
import { applyAsOf } from '../../renderer/state/claims-actions.ts';
import { edgesAsOf } from '../../renderer/state/as-of-local.ts';
import type { ClaimDigests } from '../../graph-data/contract/views.ts';
import { createClaimDigestRepo } from '../../main/db/claim-digest-repo.ts';
import { openDatabase } from '../../main/db/open.ts';
import { createClaimDigests } from '../../main/services/claim-digests.ts';
import { createRng } from '../gen/rng.ts';
import { round, summarize, timeEach } from '../stats.ts';

const DRAWN = 5000;

export function runAsOfPhase(dbFile: string, seed: number): Record<string, unknown> {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const rng = createRng(seed ^ 0xa50f);
    const maxRid = Number(db.prepare('SELECT max(rid) FROM relations').pluck().get());
    const dates = db
      .prepare('SELECT DISTINCT stated FROM claims WHERE stated IS NOT NULL LIMIT 2000')
      .pluck()
      .all() as string[];
    const rids = new Set<number>();
    while (rids.size < Math.min(DRAWN, maxRid)) rids.add(1 + rng.int(maxRid));
    const t0 = performance.now();
    const held = JSON.parse(JSON.stringify(createClaimDigests(db).ofRelations(rids))) as ClaimDigests;
    const loadMs = performance.now() - t0;
    // The view drawing those relations (all dates), as the renderer holds it before the date moves.
    const base = emptyView();
    const view = {
      ...base,
      nodes: new Map(
        held.edges.flatMap((e) => [e.source, e.target]).map((id) => [id, { id, kind: 'x', label: id, degree: 1 }]),
      ),
      edges: new Map(held.edges.map((e) => [e.id, e])),
    };
    const draws = Array.from({ length: 14 }, () => dates[rng.int(dates.length)] ?? '2024-10');
    let present = 0;
    const times = timeEach(
      draws,
      (date) =>
        (present = applyAsOf(view, date, { nodes: [], edges: edgesAsOf(held, date), truncated: false }).edges.size),
      { warmup: 2 },
    );
    const store = createClaimDigestRepo(db);
    const storeTimes = timeEach(draws, (date) => store.asOf(rids, { date }).size, { warmup: 2 });
    for (const date of draws)
      if (store.asOf(rids, { date }).size !== edgesAsOf(held, date).length)
        throw new Error(`as-of phase: the renderer's derivation and the store's differ as of ${date}`);
    const s = summarize(times);
    return {
      as_of_5k_ms: s.p50,
      as_of_5k_p95_ms: s.p95,
      as_of_5k_present: present,
      as_of_5k_runs: round(s.n),
      as_of_5k_claims: held.claims.reduce((a, c) => a + c.length, 0),
      as_of_digests_load_ms: round(loadMs),
      as_of_5k_store_ms: summarize(storeTimes).p50,
    };
  } finally {
    db.close();
  }
}
