// Responsiveness phase, in a fresh process: a 100k-entity NDJSON import runs on the import worker
// while this (main) thread keeps answering small reads; reports the longest event-loop block, the
// reads' latency, and how fast a cancelled import rolls back.
import { closeSync, openSync, writeSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openOrCreate } from '../../main/services/database-service.ts';
import { createGraphService } from '../../main/services/graph-service.ts';
import { runImportInWorker } from '../../main/services/import-runner.ts';
import { generateGraph } from '../gen/generate.ts';
import { round, summarize } from '../stats.ts';
import { removeDb } from './import-phase.ts';

export function writeNdjson(file: string, entities: number, seed: number): number {
  const fd = openSync(file, 'w');
  let buf: string[] = [];
  let n = 0;
  for (const r of generateGraph({ entities, seed })) {
    buf.push(JSON.stringify(r));
    if (buf.length === 10_000) {
      writeSync(fd, `${buf.join('\n')}\n`);
      buf = [];
    }
    n++;
  }
  writeSync(fd, `${buf.join('\n')}\n`);
  closeSync(fd);
  return n;
}

async function importWatched(dbFile: string, ndjson: string) {
  const { db } = openOrCreate(dbFile, { empty: true });
  const svc = createGraphService(db);
  const reads: number[] = [];
  const timer = setInterval(() => {
    const t = performance.now();
    svc.search('ka');
    reads.push(performance.now() - t);
  }, 50);
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const t0 = performance.now();
  let progress = 0;
  const run = runImportInWorker(dbFile, { kind: 'ndjson', path: ndjson }, () => progress++);
  const report = await run.promise;
  const import_s = (performance.now() - t0) / 1000;
  h.disable();
  clearInterval(timer);
  const entities = svc.counts().entities;
  db.close();
  return { report, import_s, reads, progress, entities, maxBlock: h.max / 1e6, meanDelay: h.mean / 1e6 };
}

async function cancelLater(dbFile: string, ndjson: string, afterMs: number) {
  removeDb(dbFile);
  openOrCreate(dbFile, { empty: true }).db.close();
  const run = runImportInWorker(dbFile, { kind: 'ndjson', path: ndjson });
  await new Promise((r) => setTimeout(r, afterMs));
  const t = performance.now();
  run.cancel();
  const outcome = await run.promise.then(
    () => 'completed',
    (e: { code?: string }) => e.code ?? 'error',
  );
  const cancel_ms = performance.now() - t;
  const { db } = openOrCreate(dbFile, { empty: true });
  const left = createGraphService(db).counts();
  db.close();
  return {
    outcome,
    cancel_ms: round(cancel_ms),
    rows_left: left.entities + left.relations + left.claims + left.sources,
  };
}

export async function runWorkerPhase(dir: string, seed: number): Promise<Record<string, unknown>> {
  const ndjson = `${dir}/worker-100k.ndjson`;
  const dbFile = `${dir}/worker-100k.db`;
  writeNdjson(ndjson, 100_000, seed);
  removeDb(dbFile);
  const w = await importWatched(dbFile, ndjson);
  const cancel = await cancelLater(dbFile, ndjson, 1500);
  removeDb(dbFile);
  return {
    ui_max_block_ms: round(w.maxBlock),
    ui_mean_delay_ms: round(w.meanDelay),
    ui_reads_during_import: summarize(w.reads),
    worker_import_s: round(w.import_s),
    worker_rows_per_s: Math.round(w.report.rows / w.import_s),
    worker_rows: w.report.rows,
    progress_messages: w.progress,
    entities_after: w.entities,
    cancel,
  };
}
