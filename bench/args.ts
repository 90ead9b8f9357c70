// Command line of `npm run bench`: --scale 10k|100k|1m (or a number), --seed, --skip-browser,
// --skip-worker, --frame-budget <ms>, --reuse-db, --import-threads 1|2; internal --phase/--db flags run one phase in a child process.

export const SCALES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

export interface BenchArgs {
  scale: string;
  entities: number;
  seed: number;
  browser: boolean;
  worker: boolean;
  /** Internal: run a single phase (a child process of the main run). */
  phase: string | null;
  db: string | null;
  adjacency: boolean;
  /** What-if for the query phase: PRAGMA mmap_size after opening (bytes); null keeps the app's setting. */
  mmap: number | null;
  /** Reuse bench/tmp/<scale>.db and the import figures of latest-<scale>.json instead of importing again. */
  reuseDb: boolean;
  /** The import phase's threads: 2 (the default) makes and resolves records beside the writer. */
  importThreads: number;
  /** Longest a pan/zoom run may take in the browser before it stops early (ms). */
  frameBudgetMs: number;
  /** Repo root: results, docs and temp files are written under it. */
  root: string;
}

export function parseArgs(argv: readonly string[], root: string): BenchArgs {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const has = (name: string): boolean => argv.includes(`--${name}`);
  const scale = (get('scale') ?? '10k').toLowerCase();
  const entities = SCALES[scale] ?? Number(scale.replace(/k$/, '000').replace(/m$/, '000000'));
  if (!Number.isFinite(entities) || entities < 100)
    throw new Error(`--scale must be 10k, 100k, 1m or a number of entities (got "${scale}")`);
  return {
    scale,
    entities,
    seed: Number(get('seed') ?? 42),
    browser: !has('skip-browser'),
    worker: !has('skip-worker'),
    phase: get('phase') ?? null,
    db: get('db') ?? null,
    adjacency: has('adjacency'),
    root,
    mmap: get('mmap') === undefined ? null : Number(get('mmap')),
    reuseDb: has('reuse-db'),
    frameBudgetMs: Number(get('frame-budget') ?? 20_000),
    importThreads: importThreads(get('import-threads')),
  };
}

function importThreads(v: string | undefined): number {
  if (v === undefined) return 2;
  if (v !== '1' && v !== '2') throw new Error(`--import-threads must be 1 or 2 (got "${v}")`);
  return Number(v);
}
