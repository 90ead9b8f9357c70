// Worker-thread entry for large imports (bundled to dist/worker/import-worker.mjs): opens its own
// connection, streams the input through the bulk writer, posts {phase, done, total} progress, and
// rolls everything back when cancelled. Into an empty store it starts a second copy of itself as the
// reading thread (`produce` jobs: parse and resolve, main/db/bulk-import-pipe.ts) and only writes.
// Started with an export job, it runs that (export-worker.ts).
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { openDatabase, type Db } from '../db/open.ts';
import { asDbError } from '../db/db-errors.ts';
import {
  createBulkWriter,
  documentRecords,
  isFreshStore,
  type BulkRecord,
  type BulkWriter,
} from '../db/bulk-import.ts';
import { applyPiped } from '../db/bulk-import-pipe.ts';
import { createHistoryService } from './history-service.ts';
import type { WorkerJob, WorkerMessage } from './import-runner.ts';
import { isExportJob, serveExportJob } from './export-worker.ts';
import { writeExport } from './export-file.ts';
import {
  documentSize,
  importName,
  indexedRecords,
  inputName,
  located,
  ndjsonRecords,
  parseInput,
} from './import-records.ts';
import { serveProducer, startProducer, type ProducerData } from './pipe-producer.ts';
import { prepareRecords } from './import-producer.ts';

const YIELD_EVERY = 5_000;
/** This file, bundled or not: the reading thread is another copy of it. */
const SELF = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
const job = workerData as WorkerJob;
const cancelled = new Int32Array(job.cancelFlag ?? new SharedArrayBuffer(4));
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
let onCancel = (): void => {};
/** Settles on cancel, so waiting for the reading thread to parse a large file ends at once. */
const cancelAsked = new Promise<void>((resolve) => (onCancel = resolve));
parentPort?.on('message', (m: { type?: string }) => {
  if (m?.type !== 'cancel') return;
  Atomics.store(cancelled, 0, 1);
  onCancel();
});

function checkCancel(): void {
  if (Atomics.load(cancelled, 0) === 1)
    throw new ClaimscapeError('cancelled', 'the import was cancelled; nothing was written');
}

async function writeNdjson(w: BulkWriter, path: string): Promise<void> {
  const { records, at } = ndjsonRecords(path);
  for await (const r of records) {
    w.write(r);
    const { line, done, total } = at();
    if (line % YIELD_EVERY === 0) {
      post({ type: 'progress', phase: 'records', done, total });
      checkCancel();
    }
  }
}

async function writeRecords(w: BulkWriter, records: Iterable<BulkRecord>, total: number): Promise<void> {
  let done = 0;
  const seen: Record<string, number> = {};
  for (const r of indexedRecords(records, seen)) {
    try {
      w.write(r);
    } catch (e) {
      throw located(e, r.type, seen[r.type] ?? 0, inputName(job.input));
    }
    if (++done % YIELD_EVERY === 0) {
      post({ type: 'progress', phase: 'records', done, total });
      await new Promise((r) => setImmediate(r));
      checkCancel();
    }
  }
}

function finish(w: BulkWriter): void {
  checkCancel();
  const report = w.finish((p) => {
    post({ type: 'progress', ...p });
    checkCancel();
  });
  post({ type: 'done', report });
}

/** Into an empty store: the reading thread parses and resolves, this one writes what it hands over. */
async function runPiped(db: Db): Promise<void> {
  const producer = startProducer(SELF, { job: { dbFile: job.dbFile, input: job.input } });
  try {
    await Promise.race([producer.ready, cancelAsked]);
    checkCancel();
    const w = createBulkWriter(db, createHistoryService(db).bulkHooks(`Import ${importName(job.input)}`));
    try {
      const start = w.pipeStart();
      if (!start) throw new ClaimscapeError('busy', 'another import wrote to the database meanwhile; try again');
      producer.begin(start);
      const progress = (p: { done: number; total: number }) => post({ type: 'progress', phase: 'records', ...p });
      await applyPiped(w, producer.source, producer.counters, progress, checkCancel);
      finish(w);
    } catch (e) {
      w.abort();
      throw e;
    }
  } finally {
    producer.stop();
  }
}

async function run(db: Db): Promise<void> {
  const input = job.input;
  if (input.kind !== 'document' && isFreshStore(db)) return runPiped(db);
  // Parse before the write transaction starts, so a bad file never holds the write lock.
  const doc = parseInput(db, input);
  const w = createBulkWriter(db, createHistoryService(db).bulkHooks(`Import ${importName(input)}`));
  try {
    if (doc) await writeRecords(w, documentRecords(doc), documentSize(doc));
    else if (input.kind === 'ndjson') await writeNdjson(w, input.path);
    finish(w);
  } catch (e) {
    w.abort();
    throw e;
  }
}

function fail(e: unknown): void {
  const err = asDbError(e);
  if (err instanceof ClaimscapeError) post({ type: 'error', code: err.code, detail: err.detail, where: err.where });
  else post({ type: 'error', code: 'internal', detail: (err as Error).message, where: {} });
}

const data = workerData as { type?: string };
if (isExportJob(workerData)) {
  if (parentPort) void serveExportJob(workerData, parentPort, writeExport);
} else if (data.type === 'produce') {
  const d = workerData as ProducerData & { job: Pick<WorkerJob, 'dbFile' | 'input'> };
  if (parentPort) void serveProducer(parentPort, d, () => prepareRecords(d.job.dbFile, d.job.input));
} else
  try {
    const db = openDatabase(job.dbFile);
    run(db).then(
      () => db.close(),
      (e: unknown) => {
        db.close();
        fail(e);
      },
    );
  } catch (e) {
    fail(e);
  }
