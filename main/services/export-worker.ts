// Exports off the thread that answers people: the worker (the import worker's bundle, started with
// an export job) reads the store and formats the text; the calling thread only writes the chunks
// it receives into the sinks, acknowledging each so a slow reader (a browser download) holds the
// worker back instead of filling memory. Cancel is a shared flag the worker checks after each chunk.
import type { MessagePort } from 'node:worker_threads';
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { ClaimscapeError, type ErrorCode, type ErrorWhere } from '../../graph-data/model/errors.ts';
import { asDbError } from '../db/db-errors.ts';
import type { ExportFileOptions, ExportRequest, TextSink } from './export-types.ts';
import { startWorker } from './worker-thread.ts';

export interface ExportWorkerJob {
  kind: 'export';
  dbFile: string;
  req: ExportRequest;
  asOf: AsOf | null;
  /** Which of the format's files to write (a download asks for one). */
  wanted: boolean[];
  cancelFlag: SharedArrayBuffer;
}

type FromWorker =
  | { type: 'chunk'; file: number; bytes: Uint8Array }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; rows: number }
  | { type: 'error'; code: ErrorCode; detail: string; where: ErrorWhere };

export function isExportJob(data: unknown): data is ExportWorkerJob {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'export';
}

/** The worker's side: `write` is export-file.ts writeExport, passed in so this file stays small. */
export async function serveExportJob(
  job: ExportWorkerJob,
  port: MessagePort,
  write: (file: string, req: ExportRequest, sinks: (TextSink | null)[], o: ExportFileOptions) => Promise<number>,
): Promise<void> {
  const flag = new Int32Array(job.cancelFlag);
  let acked: (() => void) | null = null;
  port.on('message', (m: { type?: string }) => {
    if (m?.type === 'next') acked?.();
  });
  const post = (m: FromWorker) => port.postMessage(m);
  const utf8 = new TextEncoder();
  const sinks = job.wanted.map((wanted, file) =>
    wanted
      ? {
          write: (text: string) => {
            if (!text) return;
            const bytes = utf8.encode(text);
            port.postMessage({ type: 'chunk', file, bytes } satisfies FromWorker, [bytes.buffer]);
            return new Promise<void>((r) => (acked = r));
          },
          close: () => undefined,
        }
      : null,
  );
  const control = {
    get cancelled() {
      return Atomics.load(flag, 0) === 1;
    },
  };
  try {
    const rows = await write(job.dbFile, job.req, sinks, {
      asOf: job.asOf,
      control,
      onProgress: (p) => post({ type: 'progress', ...p }),
    });
    post({ type: 'done', rows });
  } catch (e) {
    const err = asDbError(e);
    if (err instanceof ClaimscapeError) post({ type: 'error', code: err.code, detail: err.detail, where: err.where });
    else post({ type: 'error', code: 'internal', detail: (err as Error).message, where: {} });
  }
}

/** The calling thread's side: runs the export on a worker and writes what it sends into `sinks`. */
export function runExportInWorker(
  dbFile: string,
  req: ExportRequest,
  sinks: readonly (TextSink | null)[],
  o: ExportFileOptions & { workerFile?: string },
): Promise<number> {
  const cancelFlag = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancelFlag);
  const job: ExportWorkerJob = {
    kind: 'export',
    dbFile,
    req,
    asOf: o.asOf ?? null,
    wanted: sinks.map((s) => s !== null),
    cancelFlag,
  };
  const { worker, promise } = startWorker<number, FromWorker>(
    job,
    'export',
    (m, outcome) => {
      if (o.control?.cancelled) Atomics.store(flag, 0, 1);
      if (m.type === 'chunk')
        Promise.resolve(sinks[m.file]?.write(m.bytes)).then(() => worker.postMessage({ type: 'next' }), outcome.reject);
      else if (m.type === 'progress') o.onProgress?.({ done: m.done, total: m.total });
      else if (m.type === 'done') outcome.resolve(m.rows);
      else outcome.reject(new ClaimscapeError(m.code, m.detail, m.where));
    },
    o.workerFile,
  );
  return promise;
}
