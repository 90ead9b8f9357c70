// Export and hostile-search phase (run in a fresh process so its peak memory is its own): the
// whole graph streamed to a file as Claimscape JSON (export_rows_per_s, export_rss_mb), and the
// worst p95 over a fixed set of adversarial searches (search_worst_p95_ms).
import { rmSync, statSync } from 'node:fs';
import { openDatabase } from '../../main/db/open.ts';
import { exportToFile } from '../../main/services/export-file.ts';
import { createGraphService } from '../../main/services/graph-service.ts';
import { memory } from '../machine.ts';
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

/**
 * This process's own peak resident memory. Not getrusage's maxRSS: Linux carries it across fork
 * and exec, so a child spawned by the bench (which has just imported the whole graph) starts out
 * at its parent's size; that was the 497-512 MB reported at 1M. VmHWM belongs to this image only.
 */
function peakRssMb(): number {
  const peak = memory().peak_rss_mb;
  return Math.round(Number.isNaN(peak) ? process.resourceUsage().maxRSS / 1024 : peak);
}

export async function runExportSearchPhase(dbFile: string, outFile: string): Promise<Record<string, unknown>> {
  const db = openDatabase(dbFile, { readonly: true });
  const graph = createGraphService(db);
  let worst = { p95: 0, query: '' };
  for (const q of ADVERSARIAL_QUERIES) {
    const s = summarize(timeEach(Array<string>(ROUNDS).fill(q), (t) => graph.search(t, 20), { warmup: 2 }));
    if (s.p95 > worst.p95) worst = { p95: s.p95, query: q.slice(0, 40) };
  }
  db.close();
  let heapPeak = 0; // the JavaScript share of the peak, sampled while the export runs
  const sample = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapTotal)), 100);
  const started = performance.now();
  const { rows } = await exportToFile(dbFile, { scope: { kind: 'all' }, format: 'claimscape' }, outFile);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sample);
  const bytes = statSync(outFile).size;
  rmSync(outFile, { force: true });
  return {
    search_worst_p95_ms: worst.p95,
    search_worst_query: worst.query,
    export_rows_per_s: Math.round(rows / seconds),
    export_s: Math.round(seconds * 10) / 10,
    export_mb: Math.round(bytes / 2 ** 20),
    export_rss_mb: peakRssMb(),
    export_heap_mb: Math.round(heapPeak / 2 ** 20),
  };
}
