// `claimscape import` for large files: the import runs on a worker thread, progress goes to
// stderr, and Ctrl+C cancels it (the worker rolls back; nothing is written).
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { runImportInWorker, type BulkInput } from '../services/import-runner.ts';
import type { ImportOptions } from '../services/import-service.ts';
import { openExisting } from '../services/database-service.ts';
import type { CliIO } from './command.ts';

export const WORKER_IMPORT_BYTES = 16 * 1024 * 1024;

export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** `options` for a file in a registered format; none for a stream of NDJSON bulk records. */
export async function importOnWorker(
  dbFile: string,
  path: string,
  options: ImportOptions | null,
  io: CliIO,
): Promise<number> {
  openExisting(dbFile, 'write').close();
  let last = '';
  const input: BulkInput = options ? { kind: 'file', path, options } : { kind: 'ndjson', path };
  const job = runImportInWorker(dbFile, input, (p) => {
    const pct = p.phase === 'records' && p.total > 0 ? ` ${Math.min(100, Math.round((100 * p.done) / p.total))}%` : '';
    const line = `${p.phase}${pct}`;
    if (line !== last) io.err(`importing ${basename(path)}: ${line}`);
    last = line;
  });
  const cancel = () => {
    io.err('cancelling: the import is rolled back, nothing is written');
    job.cancel();
  };
  process.once('SIGINT', cancel);
  try {
    const r = await job.promise;
    io.out(
      `imported ${basename(path)}: ${r.entities} entities, ${r.relations} relations, ${r.claims} claims, ${r.sources} sources; ${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged`,
    );
    return 0;
  } finally {
    process.removeListener('SIGINT', cancel);
  }
}
