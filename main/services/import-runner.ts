// Runs a bulk import on a worker thread with its own connection, so the thread that answers the UI
// never waits on it: progress comes back as messages, cancel() rolls the whole import back.
import { ClaimscapeError, type ErrorCode, type ErrorWhere } from '../../graph-data/model/errors.ts';
import type { GraphDocument } from '../../graph-data/model/types.ts';
import type { BulkProgress, BulkReport } from '../db/bulk-import.ts';
import type { ImportOptions } from './import-service.ts';
import { startWorker } from './worker-thread.ts';

/** What to import: a parsed document, a file in any registered format, or an NDJSON stream of bulk records. */
export type BulkInput =
  | { kind: 'document'; doc: GraphDocument }
  | { kind: 'file'; path: string; format?: string; options?: ImportOptions }
  /** Text the renderer read from a file the user picked; parsed on the worker too. */
  | { kind: 'text'; name: string; text: string; options?: ImportOptions }
  | { kind: 'ndjson'; path: string };

export interface WorkerJob {
  dbFile: string;
  input: BulkInput;
  /** Int32Array[0] becomes 1 on cancel: checked even while the worker is busy in one long SQL step. */
  cancelFlag: SharedArrayBuffer;
}

export type WorkerMessage =
  | ({ type: 'progress' } & BulkProgress)
  | { type: 'done'; report: BulkReport }
  /** The error's parts, so it is rebuilt naming the input file and JSON path, not the database. */
  | { type: 'error'; code: ErrorCode; detail: string; where: ErrorWhere };

export interface RunningImport {
  promise: Promise<BulkReport>;
  cancel(): void;
}

export function runImportInWorker(
  dbFile: string,
  input: BulkInput,
  onProgress: (p: BulkProgress) => void = () => {},
  opts: { workerFile?: string } = {},
): RunningImport {
  const cancelFlag = new SharedArrayBuffer(4);
  const job: WorkerJob = { dbFile, input, cancelFlag };
  const { worker, promise } = startWorker<BulkReport, WorkerMessage>(
    job,
    'import',
    (m, outcome) => {
      if (m.type === 'progress') onProgress({ phase: m.phase, done: m.done, total: m.total });
      else if (m.type === 'done') outcome.resolve(m.report);
      else outcome.reject(new ClaimscapeError(m.code, m.detail, m.where));
    },
    opts.workerFile,
  );
  return {
    promise,
    cancel() {
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
      worker.postMessage({ type: 'cancel' });
    },
  };
}
