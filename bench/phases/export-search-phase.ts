// Export and hostile-search phase (run in a fresh process so its peak memory is its own): the
// whole graph streamed to a file as Claimscape JSON (export_rows_per_s, export_rss_mb), and the
// worst p95 over a fixed set of adversarial searches (search_worst_p95_ms).
import { rmSync, statSync } from 'node:fs';
import { openDatabase } from '../../main/db/open.ts';
import { exportToFile } from '../../main/services/export-file.ts';
import { createGraphService } from '../../main/services/graph-service.ts';
import { summarize, timeEach } from '../stats.ts';

/** Repeated one-letter words, FTS5 operators and syntax, and 500-character input. */
export const ADVERSARIAL_QUERIES: readonly string[] = [
  'a a a a a a a a a a a a',
  'e',
  'a b c d e f g h i j k l',
  's',
  'AND OR NOT NEAR',
  'NEAR(a b, 2) OR "x" AND -y* ^z',
  '* * * "" \'\' ()',
  'a* b* c* d* e*',
  'a OR b OR c OR d OR e OR f',
  'x'.repeat(500),
  'ab '.repeat(166).trim(),
  'jakarta moskwa seoul kyiv washington beijing tokyo paris berlin london roma madrid'.repeat(6).slice(0, 500),
  Array.from({ length: 100 }, (_, i) => `w${i}`)
    .join(' ')
    .slice(0, 500),
];

const ROUNDS = 20;

export async function runExportSearchPhase(dbFile: string, outFile: string): Promise<Record<string, unknown>> {
  const db = openDatabase(dbFile, { readonly: true });
  const graph = createGraphService(db);
  let worst = { p95: 0, query: '' };
  for (const q of ADVERSARIAL_QUERIES) {
    const s = summarize(timeEach(Array<string>(ROUNDS).fill(q), (t) => graph.search(t, 20), { warmup: 2 }));
    if (s.p95 > worst.p95) worst = { p95: s.p95, query: q.slice(0, 40) };
  }
  db.close();
  const started = performance.now();
  const { rows } = await exportToFile(dbFile, { scope: { kind: 'all' }, format: 'claimscape' }, outFile);
  const seconds = (performance.now() - started) / 1000;
  const bytes = statSync(outFile).size;
  rmSync(outFile, { force: true });
  return {
    search_worst_p95_ms: worst.p95,
    search_worst_query: worst.query,
    export_rows_per_s: Math.round(rows / seconds),
    export_s: Math.round(seconds * 10) / 10,
    export_mb: Math.round(bytes / 2 ** 20),
    export_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
