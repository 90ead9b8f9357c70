// Exports of any size, any format and any scope go to disk with bounded memory: the format's writer
// reads the graph a page at a time (the whole store through its own read-only connection in one
// snapshot; a capped selection or neighbourhood from a document built first), the text goes through
// a sink chunk by chunk, and the thread yields between chunks so it keeps answering other calls.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { findFormat, FORMATS } from '../../graph-data/formats/registry.ts';
import { type DocumentPages, type WrittenFile } from '../../graph-data/formats/stream.ts';
import { createStorePages, recordEstimate } from '../db/export-pages.ts';
import { scopeKeys } from '../db/export-scope.ts';
import { openDatabase, type Db } from '../db/open.ts';
import { createExportService, type ExportScope } from './export-service.ts';
import type { ExportFileOptions, ExportRequest, TextSink } from './export-types.ts';
import { runExportInWorker } from './export-worker.ts';

export type { ExportFileOptions, ExportProgress, ExportRequest, TextSink } from './export-types.ts';

const FLUSH_CHARS = 1 << 20;
/** The page cache of an export's own connection, in KiB. */
const EXPORT_CACHE_KIB = 16 * 1024;

/** Text written to `<path>.part`, renamed to `path` by commit, removed by discard. */
export function fileSink(path: string): TextSink & { commit(): void; discard(): void } {
  const part = `${path}.part`;
  const fd = openSync(part, 'w');
  let buf: string[] = [];
  let size = 0;
  let open = true;
  const flush = () => {
    if (size) writeSync(fd, buf.join(''));
    buf = [];
    size = 0;
  };
  const close = () => {
    if (!open) return;
    open = false;
    flush();
    closeSync(fd);
  };
  return {
    write(text) {
      if (typeof text !== 'string') return void (flush(), writeSync(fd, text));
      buf.push(text);
      size += text.length;
      if (size >= FLUSH_CHARS) flush();
    },
    close,
    commit: () => (close(), renameSync(part, path)),
    discard: () => (close(), rmSync(part, { force: true })),
  };
}

/** The files an export writes (csv: three), or bad-argument naming the known formats. */
export function exportFiles(format: string): readonly WrittenFile[] {
  const f = findFormat(format);
  if (!f)
    throw new ClaimscapeError('bad-argument', `unknown export format (known: ${FORMATS.map((x) => x.id).join(', ')})`, {
      value: format,
    });
  return f.files;
}

/**
 * Writes every file of the export into its sink (`sinks[i]` for file i; null skips that file). `source` is a database
 * file (read through a connection of its own, one snapshot) or, for in-memory stores, the open
 * connection. Returns the rows read (entities count their aliases). Throws `cancelled` when the control asks for it.
 */
export async function writeExport(
  source: string | Db,
  req: ExportRequest,
  sinks: readonly (TextSink | null)[],
  o: ExportFileOptions = {},
): Promise<number> {
  const files = exportFiles(req.format);
  if (o.inWorker && typeof source === 'string') {
    const { inWorker, ...rest } = o;
    return runExportInWorker(source, req, sinks, { ...rest, ...inWorker });
  }
  const own = typeof source === 'string';
  const db = own ? openDatabase(source, { readonly: true, mustExist: true }) : source;
  try {
    // Pages are read once, in key order: a quarter of the usual page cache reads as fast (1M: 186 MB
    // peak instead of 232-245, rows/s the same within noise; bench/report/notes.md).
    if (own) db.pragma(`cache_size = -${EXPORT_CACHE_KIB}`);
    if (own) db.exec('BEGIN'); // one snapshot for every page, even while others write
    const { pages, total, progress, rows } = pagesFor(db, req.scope, o.asOf ?? null, o.pageSize);
    for (const [i, file] of files.entries()) {
      const sink = sinks[i];
      if (sink === null) continue;
      if (sink === undefined) throw new Error(`no sink for ${file.name}`);
      let slice = performance.now();
      for (const chunk of file.chunks(pages)) {
        await sink.write(chunk);
        o.onProgress?.({ done: Math.min(progress(), total), total });
        const worked = performance.now() - slice;
        await new Promise((r) => (o.shareThread ? setTimeout(r, Math.min(worked, 100)) : setImmediate(r)));
        slice = performance.now();
        if (o.control?.cancelled)
          throw new ClaimscapeError('cancelled', 'the export was cancelled; no file was written');
      }
    }
    o.onProgress?.({ done: total, total });
    return rows();
  } finally {
    if (own) db.close();
  }
}

function pagesFor(db: Db, scope: ExportScope, asOf: AsOf | null, pageSize?: number) {
  if (scope.kind === 'all') {
    const pages = createStorePages(db, asOf, pageSize ? { pageSize } : {});
    return {
      pages: pages as DocumentPages,
      total: Math.max(1, recordEstimate(db)),
      progress: () => pages.records,
      rows: () => pages.done,
    };
  }
  // A selection or a neighbourhood (up to 100,000 entities and relations, and the claimants and
  // sources they bring: 175 MB of text at 1M) is read a page at a time too, from its keys.
  const { eids, rids } = createExportService(db).elements(scope);
  const keys = scopeKeys(db, eids, rids);
  const pages = createStorePages(db, asOf, { keys, ...(pageSize ? { pageSize } : {}) });
  const total = keys.entities.length + keys.context.length + keys.relations.length + keys.claims.length;
  return {
    pages: pages as DocumentPages,
    total: Math.max(1, total + keys.sources.length),
    progress: () => pages.records,
    rows: () => pages.done,
  };
}

/** The paths an export to `path` writes: `path` itself, or `path` as a prefix when there are several files. */
export function exportTargets(files: readonly { name: string }[], path: string): string[] {
  return files.map((f) => (files.length === 1 ? path : `${path}${path.endsWith('/') ? '' : '-'}${f.name}`));
}

/** Exports to `path` (a name prefix for formats with several files); nothing is left on disk when it fails. */
export async function exportToFile(
  source: string | Db,
  req: ExportRequest,
  path: string,
  o: ExportFileOptions = {},
): Promise<{ paths: string[]; rows: number }> {
  const paths = exportTargets(exportFiles(req.format), path);
  const sinks = paths.map(fileSink);
  try {
    const rows = await writeExport(source, req, sinks, o);
    sinks.forEach((s) => s.commit());
    return { paths, rows };
  } catch (e) {
    sinks.forEach((s) => s.discard());
    throw e;
  }
}
