// Exports on the worker thread hand the calling thread UTF-8 bytes in transferred buffers, so the
// thread that answers people neither copies nor encodes text; the bytes are the serializer's.
import { expect, it } from 'vitest';
import { join } from 'node:path';
import { createExportService } from '../../../main/services/export-service.ts';
import { runExportInWorker } from '../../../main/services/export-worker.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const WORKER = join(import.meta.dirname, '..', '..', '..', 'dist', 'worker', 'import-worker.mjs');

it('writes bytes, not strings, into the sinks, and they decode to what the serializer writes', async () => {
  const dir = tmpDir();
  const { db, file } = seededDb(dir, 'worker-bytes.db'); // the seed graph: Indonesian text, non-ASCII
  const chunks: unknown[] = [];
  const sink = { write: (c: string | Uint8Array) => void chunks.push(c), close: () => undefined };
  const rows = await runExportInWorker(file, { scope: { kind: 'all' }, format: 'claimscape' }, [sink], {
    workerFile: WORKER,
  });
  expect(rows).toBeGreaterThan(0);
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks.filter((c) => !(c instanceof Uint8Array))).toEqual([]);
  const text = Buffer.concat(chunks as Uint8Array[]).toString('utf8');
  expect(text).toBe(createExportService(db).serialize({ kind: 'all' }, 'claimscape')[0]?.text);
});
