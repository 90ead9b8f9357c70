// Worker entry (dist/bench/gen-producer.mjs): the reading thread of the bench's two-thread import.
// It generates the seeded graph and resolves its ids into ops for the writer (main/db/bulk-import-pipe.ts),
// as the app's import worker does with a file it parses.
import { parentPort, workerData } from 'node:worker_threads';
import { serveProducer, type ProducerData } from '../../main/services/pipe-producer.ts';
import type { BulkRecord } from '../../main/db/bulk-import.ts';
import { generateGraph, plannedRows, type GenOptions } from './generate.ts';

const data = workerData as ProducerData & GenOptions;
let done = 0;
function* counted(records: Iterable<BulkRecord>): Generator<BulkRecord> {
  for (const r of records) {
    done++;
    yield r;
  }
}
if (parentPort)
  void serveProducer(parentPort, data, () => ({
    records: counted(generateGraph({ entities: data.entities, seed: data.seed })),
    progress: () => ({ done, total: plannedRows(data) }),
  }));
