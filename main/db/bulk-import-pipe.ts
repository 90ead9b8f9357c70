// An import into an empty store on two threads: a producer parses (or generates) the records and
// resolves their ids (bulk-import-rows.ts) into ops (bulk-import-ops.ts); the writer, which holds the
// connection and the transaction, applies them as they come. The producer stays at most AHEAD
// chunks ahead of the writer (a shared counter), so memory stays flat however large the input.
import { ClaimscapeError, type ErrorCode, type ErrorWhere } from '../../graph-data/model/errors.ts';
import type { Redirect } from '../../graph-data/model/types.ts';
import { noCounts, type RowCounts } from './bulk-import-apply.ts';
import { createOpEncoder } from './bulk-import-ops.ts';
import { createRowResolver, type ResolverStart } from './bulk-import-rows.ts';
import type { BulkRecord, BulkWriter } from './bulk-import.ts';

/** Chunks the producer may post before the writer has applied them. */
const AHEAD = 4;
/** More while the writer derives what it can before the records are all in (about a second of them). */
const EARLY_AHEAD = 64;

export type PipeMessage =
  | { type: 'ops'; ops: unknown[]; done: number; total: number }
  | { type: 'end'; counts: RowCounts; redirects: Redirect[] }
  | { type: 'error'; code: ErrorCode; detail: string; where: ErrorWhere };

/** [chunks posted, chunks applied, stop, extra room]: shared by the two threads. */
export const newPipeCounters = (): Int32Array => new Int32Array(new SharedArrayBuffer(16));

/** Where the records' progress stands (records or bytes read, of a total). */
export interface ProducerProgress {
  done: number;
  total: number;
}

/**
 * The producer's half: resolves every record into ops and posts them. Errors are posted in stream
 * order, after the ops of the records before them, so the writer meets them where a single thread would.
 */
export async function produceOps(
  records: Iterable<BulkRecord> | AsyncIterable<BulkRecord>,
  start: ResolverStart,
  post: (m: PipeMessage) => void,
  counters: Int32Array,
  opts: {
    progress: () => ProducerProgress;
    locate?: (e: unknown, rec: BulkRecord) => unknown;
    /** Chunks ahead of the writer before waiting (a test on one thread never waits). */
    ahead?: number;
  },
): Promise<void> {
  const ahead = opts.ahead ?? AHEAD;
  const n = noCounts();
  const redirects: Redirect[] = [];
  const encoder = createOpEncoder((ops) => {
    for (
      let applied = Atomics.load(counters, 1);
      Atomics.load(counters, 0) - applied >= ahead + Atomics.load(counters, 3);
    ) {
      if (Atomics.load(counters, 2)) throw new ClaimscapeError('cancelled', 'the writer stopped');
      Atomics.wait(counters, 1, applied);
      applied = Atomics.load(counters, 1);
    }
    post({ type: 'ops', ops, ...opts.progress() });
    Atomics.add(counters, 0, 1);
  });
  const resolver = createRowResolver(start, encoder.sink, n);
  let rec: BulkRecord | undefined;
  try {
    const take = (r: BulkRecord) => {
      rec = r;
      if (r.type === 'redirect') redirects.push(r.value);
      else resolver.write(r);
    };
    // A plain loop over a synchronous source: `for await` would wait a microtask per record.
    if (Symbol.iterator in records) for (const r of records) take(r);
    else for await (const r of records) take(r);
    encoder.flush();
    post({ type: 'end', counts: n, redirects });
  } catch (e) {
    if (Atomics.load(counters, 2)) return;
    encoder.flush();
    const err = rec && opts.locate ? opts.locate(e, rec) : e;
    if (err instanceof ClaimscapeError) post({ type: 'error', code: err.code, detail: err.detail, where: err.where });
    else post({ type: 'error', code: 'internal', detail: (err as Error).message, where: {} });
  }
}

/** Something that hands the writer the producer's messages in order. */
export interface PipeSource {
  next(): Promise<PipeMessage>;
  /** Whether a message is waiting, once the messages already sent have arrived. */
  waiting(): Promise<boolean>;
}

/**
 * The writer's half: applies each chunk of ops to `w` (opened on an empty store) and reports
 * progress; `check` runs between chunks (cancel). Returns once the producer's records are all in.
 */
export async function applyPiped(
  w: BulkWriter,
  source: PipeSource,
  counters: Int32Array,
  onChunk: (p: ProducerProgress) => void = () => {},
  check: () => void = () => {},
): Promise<void> {
  let early = true;
  try {
    for (;;) {
      // Rather than wait for the reader, derive what the rows so far allow, with more room ahead for it meanwhile.
      if (early && !(await source.waiting())) {
        Atomics.store(counters, 3, EARLY_AHEAD);
        const ran = w.deriveEarly();
        if (ran !== true) Atomics.store(counters, 3, 0);
        early = ran !== false;
        check();
        if (ran) continue;
      }
      const m = await source.next();
      if (m.type === 'error') throw new ClaimscapeError(m.code, m.detail, m.where);
      if (m.type === 'end') return w.addResolved(m.counts, m.redirects);
      w.applyOps(m.ops);
      Atomics.add(counters, 1, 1);
      Atomics.notify(counters, 1);
      onChunk({ done: m.done, total: m.total });
      check();
    }
  } catch (e) {
    stopProducer(counters);
    throw e;
  }
}

/** Tells a producer waiting for room that the writer is gone. */
export function stopProducer(counters: Int32Array): void {
  Atomics.store(counters, 2, 1);
  Atomics.add(counters, 1, 1);
  Atomics.notify(counters, 1);
}

/** Messages from a port or worker, awaited one at a time. */
export function messageQueue(on: (listener: (m: PipeMessage) => void) => void): PipeSource {
  const queue: PipeMessage[] = [];
  let wake: (() => void) | undefined;
  on((m) => {
    queue.push(m);
    wake?.();
  });
  return {
    async waiting() {
      if (!queue.length) await new Promise<void>((r) => setImmediate(r));
      return queue.length > 0;
    },
    async next() {
      while (!queue.length) await new Promise<void>((r) => (wake = r));
      wake = undefined;
      return queue.shift() as PipeMessage;
    },
  };
}
