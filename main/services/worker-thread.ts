// Starting the worker bundle (imports and exports share it) and turning what it says into one
// outcome: the first answer, error or exit settles the promise, later ones are ignored, and the
// worker is terminated as soon as it has settled.
import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';

/**
 * Where the build puts the worker bundle, next to dist/main, dist/cli, dist/bench. The CommonJS
 * Electron main process starts the CommonJS copy: Electron loads CommonJS from inside app.asar on
 * worker threads too; the Node ESM bundles (CLI, server) start the ESM one.
 */
export function defaultWorkerFile(): string {
  if (typeof __dirname === 'string') return join(__dirname, '..', 'worker', 'import-worker.cjs');
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'worker', 'import-worker.mjs');
}

/** How a message handler ends the job: each settles at most once, whichever comes first. */
export interface Outcome<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/**
 * Starts the worker with `job` as its workerData; `onMessage` sees each message it posts. A crash or
 * an exit before the handler settles rejects with `internal`, naming the kind of job.
 */
export function startWorker<T, M>(
  job: unknown,
  what: 'import' | 'export',
  onMessage: (m: M, outcome: Outcome<T>) => void,
  workerFile = defaultWorkerFile(),
): { worker: Worker; promise: Promise<T> } {
  const worker = new Worker(workerFile, { workerData: job });
  const promise = new Promise<T>((resolve, reject) => {
    let settled = false;
    const once =
      <A>(f: (a: A) => void) =>
      (a: A) => {
        if (settled) return;
        settled = true;
        f(a);
        void worker.terminate();
      };
    const outcome: Outcome<T> = { resolve: once(resolve), reject: once(reject) };
    worker.on('message', (m: M) => onMessage(m, outcome));
    worker.on('error', (e) =>
      outcome.reject(new ClaimscapeError('internal', `the ${what} worker failed: ${e.message}`)),
    );
    worker.on('exit', (code) =>
      outcome.reject(new ClaimscapeError('internal', `the ${what} worker stopped (exit ${code})`)),
    );
  });
  return { worker, promise };
}
