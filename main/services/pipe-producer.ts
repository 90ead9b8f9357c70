// The thread that feeds a two-thread import (main/db/bulk-import-pipe.ts): started by the writer,
// it prepares its records first (a whole document is parsed before the writer opens its transaction,
// so a bad file never holds the write lock), says `ready`, waits for the writer's `begin` with the
// store's starting rowids, then posts ops until the end or the first error.
import { Worker, type MessagePort } from 'node:worker_threads';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { BulkRecord } from '../db/bulk-import.ts';
import type { ResolverStart } from '../db/bulk-import-rows.ts';
import {
  messageQueue,
  newPipeCounters,
  produceOps,
  stopProducer,
  type PipeMessage,
  type PipeSource,
  type ProducerProgress,
} from '../db/bulk-import-pipe.ts';

export interface ProducerData {
  type: 'produce';
  counters: SharedArrayBuffer;
}

/** What the producer's side prepares before `ready`: its records, how far along they are, how errors are located. */
export interface PreparedRecords {
  records: Iterable<BulkRecord> | AsyncIterable<BulkRecord>;
  progress: () => ProducerProgress;
  locate?: (e: unknown, rec: BulkRecord) => unknown;
}

type ToWriter = PipeMessage | { type: 'ready' };

/** Runs on the producer thread: `prepare` reads or parses the input; its errors go to the writer. */
export async function serveProducer(
  port: MessagePort,
  data: ProducerData,
  prepare: () => Promise<PreparedRecords> | PreparedRecords,
): Promise<void> {
  const post = (m: ToWriter) => port.postMessage(m);
  const counters = new Int32Array(data.counters);
  let prepared: PreparedRecords;
  try {
    prepared = await prepare();
  } catch (e) {
    const err = e instanceof ClaimscapeError ? e : new ClaimscapeError('internal', (e as Error).message);
    return post({ type: 'error', code: err.code, detail: err.detail, where: err.where });
  }
  const begin = new Promise<ResolverStart>((resolve) =>
    port.once('message', (m: { start: ResolverStart }) => resolve(m.start)),
  );
  post({ type: 'ready' });
  const start = await begin;
  await produceOps(prepared.records, start, post, counters, prepared);
}

export interface RunningProducer {
  /** Resolves once the input is read and parsed (rejects with its error). */
  ready: Promise<void>;
  /** Starts the records flowing, from the rowids the writer's transaction found. */
  begin(start: ResolverStart): void;
  source: PipeSource;
  counters: Int32Array;
  stop(): void;
}

/** The writer's side: starts `file` as a worker with `data` (plus the shared counters). */
export function startProducer(file: string, data: object): RunningProducer {
  const counters = newPipeCounters();
  const worker = new Worker(file, { workerData: { ...data, type: 'produce', counters: counters.buffer } });
  let failed: ((e: Error) => void) | undefined;
  let readyAt: (() => void) | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    readyAt = resolve;
    failed = reject;
  });
  // The writer may stop waiting (a cancel wins the race) before the reader fails or is terminated.
  ready.catch(() => {});
  let begun = false;
  const source = messageQueue((push) => {
    const stopped = (detail: string) => {
      const m: PipeMessage = { type: 'error', code: 'internal', detail, where: {} };
      if (begun) push(m);
      else failed?.(new ClaimscapeError(m.code, m.detail));
    };
    worker.on('message', (m: ToWriter) => {
      if (m.type === 'ready') readyAt?.();
      else if (!begun && m.type === 'error') failed?.(new ClaimscapeError(m.code, m.detail, m.where));
      else push(m);
    });
    worker.on('error', (e) => stopped(`the import's reading thread failed: ${e.message}`));
    worker.on('exit', (code) => stopped(`the import's reading thread stopped (exit ${code})`));
  });
  return {
    ready,
    begin(start) {
      begun = true;
      worker.postMessage({ start });
    },
    source,
    counters,
    stop() {
      stopProducer(counters);
      void worker.terminate();
    },
  };
}
