// The worker helper both imports and exports use: the first answer settles the job, later
// messages are ignored and the worker is stopped; a worker that exits or throws before answering fails with `internal`,
// naming the kind of job.
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startWorker } from '../../../main/services/worker-thread.ts';
import { tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();
const worker = (name: string, body: string) =>
  writeTmp(dir, name, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);

describe('startWorker', () => {
  it('settles on the first answer, ignores later messages, and stops the worker', async () => {
    const file = worker(
      'stays.mjs',
      "parentPort.postMessage(workerData.n); parentPort.postMessage('late'); setInterval(() => {}, 1000);",
    );
    const { worker: w, promise } = startWorker<number, unknown>(
      { n: 41 },
      'export',
      (m, outcome) => (typeof m === 'number' ? outcome.resolve(m + 1) : outcome.reject(new Error('too late'))),
      file,
    );
    const exited = once(w, 'exit'); // the worker would run for ever if it were not terminated
    await expect(promise).resolves.toBe(42);
    await exited;
  });

  it('fails with internal when the worker exits without answering', async () => {
    const file = worker('exits.mjs', 'process.exit(3);');
    const { promise } = startWorker<number, unknown>({}, 'import', () => undefined, file);
    await expect(promise).rejects.toMatchObject({ code: 'internal', detail: 'the import worker stopped (exit 3)' });
  });

  it('fails with internal naming the job when the worker throws', async () => {
    const file = worker('throws.mjs', "throw new Error('broken bundle');");
    const { promise } = startWorker<number, unknown>({}, 'export', () => undefined, file);
    await expect(promise).rejects.toMatchObject({
      code: 'internal',
      detail: 'the export worker failed: broken bundle',
    });
  });
});
