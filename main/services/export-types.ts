// The shapes an export is asked and answered in, shared by the writer (export-file.ts) and the
// worker that runs it off the calling thread (export-worker.ts).
import type { AsOf } from '../../graph-data/model/as-of.ts';
import type { ExportScope } from './export-service.ts';

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportFileOptions {
  onProgress?(p: ExportProgress): void;
  /** Set `cancelled` to stop after the current chunk; nothing is left on disk. */
  control?: { cancelled: boolean };
  asOf?: AsOf | null;
  /**
   * On a thread that also answers people (the app, the server): after each chunk, stay idle as long
   * as the chunk took, so a call that needs several turns of the event loop is not held for each.
   */
  shareThread?: boolean;
  /** Records per page read from the store (export-pages.ts PAGE unless a test asks for small ones). */
  pageSize?: number;
  /** Read and format on a worker thread (a database file only); this thread just writes the chunks. */
  inWorker?: { workerFile?: string };
}

/**
 * Where text goes: a file (buffered), stdout, an HTTP response (write may wait for it to drain).
 * Chunks from the export worker arrive already encoded as UTF-8.
 */
export interface TextSink {
  write(text: string | Uint8Array): void | Promise<void>;
  close(): void;
}

export interface ExportRequest {
  scope: ExportScope;
  format: string;
}
