// `npm run bench -- --scale 10k|100k|1m`: generates a seeded synthetic graph, bulk-imports it, times
// queries in fresh processes (SQLite alone, with the adjacency cache, and the CSR floor), the import
// worker's effect on the event loop, and rendering in headless Chromium; writes bench/results and docs/BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../main/db/open.ts';
import { parseArgs, type BenchArgs } from './args.ts';
import { runBrowserPhase } from './browser/run-browser.ts';
import { runClaimsAppPhase } from './browser/claims-app.ts';
import { VIEW_SIZES, viewData } from './browser/view-data.ts';
import { describeMachine } from './machine.ts';
import { runImportPhase, type ImportResult } from './phases/import-phase.ts';
import { runIngestPhase } from './phases/ingest-phase.ts';
import { runQueryPhase } from './phases/query-phase.ts';
import { runAsOfPhase } from './phases/as-of-phase.ts';
import { runEditPhase } from './phases/edit-phase.ts';
import { runExportSearchPhase } from './phases/export-search-phase.ts';
import { runWorkerPhase } from './phases/worker-phase.ts';
import { runStallPhase } from './phases/stall-phase.ts';
import { writeDoc } from './report/doc.ts';
import { buildResults, type PhaseResults } from './report/results.ts';

const log = (s: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

/** Runs one phase of this same script in a fresh Node process and returns what it printed. */
function childPhase(args: BenchArgs, phase: string, extra: string[] = []): Record<string, unknown> {
  const argv = [
    process.argv[1] as string,
    '--phase',
    phase,
    '--scale',
    args.scale,
    '--seed',
    String(args.seed),
    ...extra,
  ];
  const r = spawnSync(process.execPath, argv, {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (r.status !== 0 || !line) throw new Error(`phase ${phase} failed (exit ${r.status})`);
  return JSON.parse(line.slice(7)) as Record<string, unknown>;
}

async function phaseResult(args: BenchArgs): Promise<unknown> {
  const tmp = join(args.root, 'bench', 'tmp');
  if (args.phase === 'queries' && args.db)
    return runQueryPhase({
      dbFile: args.db,
      seed: args.seed,
      adjacency: args.adjacency,
      budgetMs: 10_000,
      mmap: args.mmap,
    });
  if (args.phase === 'worker') return runWorkerPhase(tmp, args.seed);
  if (args.phase === 'export' && args.db) return runExportSearchPhase(args.db, join(tmp, 'export.claimscape.json'));
  if (args.phase === 'browser' && args.db) {
    const db = openDatabase(args.db, { readonly: true });
    const views = new Map(VIEW_SIZES.map((n) => [n, viewData(db, n)]));
    db.close();
    const drawn = await runBrowserPhase({ root: args.root, views, frameBudgetMs: args.frameBudgetMs, log });
    return { ...drawn, ...(await runClaimsAppPhase(args.root, args.db, log)) }; // claims_view_1000_ms, date_control_max_block_ms
  }
  if (args.phase === 'claims-app' && args.db) return runClaimsAppPhase(args.root, args.db, log); // the claims view and date control alone
  if (args.phase === 'as-of' && args.db) return runAsOfPhase(args.db, args.seed);
  if (args.phase === 'stall' && args.db) return runStallPhase(args.root, args.db, tmp); // on its own: --phase stall --db <file>
  if (args.phase === 'doc') return { file: writeDoc(args.root) };
  throw new Error(`unknown phase ${args.phase}`);
}

/** Import figures of the last full run at this scale, for --reuse-db (re-measuring queries only). */
function previousImport(args: BenchArgs): ImportResult {
  const prev = JSON.parse(readFileSync(join(args.root, 'bench', 'results', `latest-${args.scale}.json`), 'utf8')) as {
    details: { import: ImportResult };
  };
  log(`reusing bench/tmp/${args.scale}.db and the import figures of latest-${args.scale}.json`);
  return prev.details.import;
}

/** Writes latest-<scale>.json (and, when final, <scale>-<timestamp>.json) and regenerates the doc. */
function save(args: BenchArgs, results: Record<string, unknown>, final = true): void {
  const dir = join(args.root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = String(results['timestamp']).replace(/[:.]/g, '-');
  const text = `${JSON.stringify(results, null, 1)}\n`;
  if (final) writeFileSync(join(dir, `${args.scale}-${stamp}.json`), text);
  writeFileSync(join(dir, `latest-${args.scale}.json`), text);
  log(`results: bench/results/latest-${args.scale}.json; ${writeDoc(args.root)}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), process.cwd());
  if (args.phase) {
    process.stdout.write(`RESULT ${JSON.stringify(await phaseResult(args))}\n`);
    return;
  }
  const dbFile = join(args.root, 'bench', 'tmp', `${args.scale}.db`);
  mkdirSync(join(args.root, 'bench', 'tmp'), { recursive: true });
  log(`scale ${args.scale}: ${args.entities} entities, seed ${args.seed}`);
  const imported = args.reuseDb
    ? previousImport(args)
    : await runImportPhase(dbFile, args.entities, args.seed, log, { root: args.root, threads: args.importThreads });
  const probe = openDatabase(dbFile, { readonly: true });
  const machine = describeMachine(probe, args.root);
  probe.close();
  log('queries, fresh process, SQLite only');
  const sqlite = childPhase(args, 'queries', ['--db', dbFile]) as PhaseResults['sqlite'];
  Object.assign(sqlite, runAsOfPhase(dbFile, args.seed)); // as_of_5k_ms: statuses of 5,000 relations for a new date
  Object.assign(sqlite, runIngestPhase(dbFile, args.seed)); // ingest_article_ms: a 2,000-word article to proposals
  Object.assign(sqlite, childPhase(args, 'export', ['--db', dbFile])); // export_rows_per_s, export_rss_mb, search_worst_p95_ms
  Object.assign(sqlite, await runStallPhase(args.root, dbFile, join(args.root, 'bench', 'tmp'))); // server_stall_max_ms
  log('queries, fresh process, adjacency cache attached');
  const cached = childPhase(args, 'queries', ['--db', dbFile, '--adjacency']) as PhaseResults['cached'];
  log('queries, fresh process, SQLite only, mmap_size 0 (what-if)');
  const noMmap = childPhase(args, 'queries', ['--db', dbFile, '--mmap', '0']) as PhaseResults['sqlite'];
  log('import worker: 100k entities while the main thread keeps reading');
  const worker = args.worker ? childPhase(args, 'worker') : null;
  log('edits: claim add, undo, merging a 10,000-relation hub (all undone after)');
  Object.assign(sqlite, runEditPhase(dbFile, args.seed)); // edit_p95_ms, undo_p95_ms, merge_hub_ms
  const phases: PhaseResults = {
    scale: args.scale,
    seed: args.seed,
    machine,
    imported,
    sqlite,
    cached,
    noMmap,
    worker,
    renderer: null,
  };
  if (!args.browser) return save(args, buildResults(phases));
  save(args, buildResults(phases), false); // kept even if the browser phase is cut short
  log('rendering and layouts in headless Chromium');
  phases.renderer = childPhase(args, 'browser', ['--db', dbFile, '--frame-budget', String(args.frameBudgetMs)]);
  save(args, buildResults(phases));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
