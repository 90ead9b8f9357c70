// As-of phase: the statuses of 5,000 drawn relations recomputed for a new date (what moving the
// renderer's date control asks of the store). Reports as_of_5k_ms, the median of a few dates.
import { createClaimDigestRepo } from '../../main/db/claim-digest-repo.ts';
import { openDatabase } from '../../main/db/open.ts';
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
    const draws = Array.from({ length: 12 }, () => ({
      rids: Array.from({ length: DRAWN }, () => 1 + rng.int(maxRid)),
      date: dates[rng.int(dates.length)] ?? '2024-10',
    }));
    const digests = createClaimDigestRepo(db);
    let present = 0;
    const times = timeEach(draws, (d) => (present = digests.asOf(d.rids, { date: d.date }).size), { warmup: 2 });
    const s = summarize(times);
    return { as_of_5k_ms: s.p50, as_of_5k_p95_ms: s.p95, as_of_5k_present: present, as_of_5k_runs: round(s.n) };
  } finally {
    db.close();
  }
}
