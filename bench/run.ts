// `npm run bench -- --scale 10k|100k|1m`: generates a seeded synthetic graph, bulk-imports it, times
// queries in a fresh process (SQLite, with the adjacency cache, and the CSR floor), the import
// worker's effect on the event loop, and rendering in headless Chromium; writes bench/results and docs/BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type BenchArgs } from './args.ts';
import { runImportPhase } from './phases/import-phase.ts';
import { runQueryPhase } from './phases/query-phase.ts';

const log = (s: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

/** Runs one phase of this same script in a fresh Node process and returns what it printed. */
export function childPhase(args: BenchArgs, phase: string, extra: string[] = []): Record<string, unknown> {
  const argv = [process.argv[1] as string, '--phase', phase, '--scale', args.scale, '--seed', String(args.seed), ...extra];
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (r.status !== 0 || !line) throw new Error(`phase ${phase} failed (exit ${r.status})`);
  return JSON.parse(line.slice(7)) as Record<string, unknown>;
}

async function runPhase(args: BenchArgs): Promise<void> {
  if (args.phase === 'queries' && args.db) {
    const r = await runQueryPhase({ dbFile: args.db, seed: args.seed, adjacency: args.adjacency, budgetMs: 20_000 });
    process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);
    return;
  }
  throw new Error(`unknown phase ${args.phase}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), process.cwd());
  if (args.phase) return runPhase(args);
  const tmp = join(args.root, 'bench', 'tmp');
  mkdirSync(tmp, { recursive: true });
  const dbFile = join(tmp, `${args.scale}.db`);
  log(`scale ${args.scale}: ${args.entities} entities, seed ${args.seed}`);
  const imported = runImportPhase(dbFile, args.entities, args.seed, log);
  log('queries (fresh process, SQLite only)');
  const sqlite = childPhase(args, 'queries', ['--db', dbFile]);
  log('queries (fresh process, with the adjacency cache)');
  const cached = childPhase(args, 'queries', ['--db', dbFile, '--adjacency']);
  console.log(JSON.stringify({ imported, sqlite, cached }, null, 1));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
