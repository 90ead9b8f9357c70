// Import phase: times the generator alone, then streams the same seeded graph through the bulk
// writer into a fresh database created the way the app creates one (base vocabulary only). As the
// app's import worker does into an empty store, records are made and resolved on a second thread
// (dist/bench/gen-producer.mjs) while this one writes; `threads: 1` measures the one-thread path.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openOrCreate } from '../../main/services/database-service.ts';
import {
  bulkImportRecords,
  createBulkWriter,
  type BulkProgress,
  type BulkRecord,
  type BulkReport,
} from '../../main/db/bulk-import.ts';
import type { Db } from '../../main/db/open.ts';
import { applyPiped } from '../../main/db/bulk-import-pipe.ts';
import { startProducer } from '../../main/services/pipe-producer.ts';
import { generateGraph } from '../gen/generate.ts';
import { round } from '../stats.ts';

export interface ImportResult {
  rows: number;
  counts: { entities: number; aliases: number; sources: number; relations: number; claims: number };
  gen_s: number;
  import_s: number;
  import_rows_per_s: number;
  /** Rows per second of the writer alone (import time minus generation time). */
  writer_rows_per_s: number;
  phases_ms: Record<string, number>;
  db_bytes: number;
  /** 2: records made and resolved on a second thread beside the writer. */
  threads: number;
}

export function removeDb(file: string): void {
  for (const x of ['', '-wal', '-shm', '-journal']) rmSync(file + x, { force: true });
}

function rowsOf(r: BulkRecord): number {
  return r.type === 'entity' ? 1 + r.value.aliases.length : r.type === 'vocabulary' ? 0 : 1;
}

export interface ImportOptions {
  /** Project root (the producer's bundle is in dist/bench). */
  root: string;
  /** 2 (default): records made and resolved on a second thread; 1: all on this one. */
  threads?: number;
}

/** The graph written by two threads: the producer generates and resolves, this one writes. */
async function importPiped(
  db: Db,
  root: string,
  entities: number,
  seed: number,
  onProgress: (p: BulkProgress) => void,
) {
  const producer = startProducer(join(root, 'dist', 'bench', 'gen-producer.mjs'), { entities, seed });
  try {
    await producer.ready;
    const w = createBulkWriter(db);
    try {
      const start = w.pipeStart();
      if (!start) throw new Error('the bench database is not empty');
      producer.begin(start);
      await applyPiped(w, producer.source, producer.counters);
      return w.finish(onProgress);
    } catch (e) {
      w.abort();
      throw e;
    }
  } finally {
    producer.stop();
  }
}

export async function runImportPhase(
  dbFile: string,
  entities: number,
  seed: number,
  log: (s: string) => void,
  opts: ImportOptions,
): Promise<ImportResult> {
  let t = performance.now();
  let genRows = 0;
  for (const r of generateGraph({ entities, seed })) genRows += rowsOf(r);
  const gen = (performance.now() - t) / 1000;
  log(`generated ${genRows} rows in ${gen.toFixed(1)} s (not written)`);
  removeDb(dbFile);
  const { db } = openOrCreate(dbFile, { empty: true });
  const phases: Record<string, number> = {};
  let phase = 'records';
  t = performance.now();
  let mark = t;
  const onProgress = (p: BulkProgress) => {
    const now = performance.now();
    phases[phase] = Math.round((phases[phase] ?? 0) + now - mark);
    [phase, mark] = [p.phase, now];
  };
  const threads = opts.threads ?? 2;
  const report: BulkReport =
    threads === 1
      ? bulkImportRecords(db, generateGraph({ entities, seed }), onProgress)
      : await importPiped(db, opts.root, entities, seed, onProgress);
  const end = performance.now();
  phases[phase] = Math.round(end - mark);
  const secs = (end - t) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const bytes = statSync(dbFile).size;
  log(
    `imported ${report.rows} rows (${threads} thread${threads === 1 ? '' : 's'}) in ${secs.toFixed(1)} s: ${Math.round(report.rows / secs)} rows/s; db ${(bytes / 2 ** 20).toFixed(0)} MiB`,
  );
  return {
    rows: report.rows,
    counts: {
      entities: report.entities,
      aliases: report.aliases,
      sources: report.sources,
      relations: report.relations,
      claims: report.claims,
    },
    gen_s: round(gen),
    import_s: round(secs),
    import_rows_per_s: Math.round(report.rows / secs),
    writer_rows_per_s: Math.round(report.rows / Math.max(0.001, secs - gen)),
    phases_ms: phases,
    db_bytes: bytes,
    threads,
  };
}
