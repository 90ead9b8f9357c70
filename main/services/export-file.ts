// Exports to disk with bounded memory: the whole graph as Claimscape JSON is written page by page
// from its own read-only connection (one snapshot), yielding between pages so the thread that
// answers other calls never stalls long; progress is reported and a cancel leaves no file behind.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { createExportRepo, type ExportPageKind } from '../db/export-repo.ts';
import { openDatabase } from '../db/open.ts';
import { createExportService, type ExportScope } from './export-service.ts';

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportFileOptions {
  onProgress?(p: ExportProgress): void;
  /** Set `cancelled` to stop at the next page; the partial file is removed. */
  control?: { cancelled: boolean };
}

/** A sink for text: a file (buffered) or any writer such as stdout. */
export interface TextSink {
  write(text: string): void;
  close(): void;
}

const PAGE = 2000;
const FLUSH_CHARS = 1 << 20;
const ORDER: ExportPageKind[] = ['sources', 'entities', 'relations', 'claims'];

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
      buf.push(text);
      size += text.length;
      if (size >= FLUSH_CHARS) flush();
    },
    close,
    commit: () => (close(), renameSync(part, path)),
    discard: () => (close(), rmSync(part, { force: true })),
  };
}

/** True when this export can be streamed page by page (otherwise it is built in memory first). */
export function isStreamable(scope: ExportScope, format: string): boolean {
  return scope.kind === 'all' && format === 'claimscape';
}

/**
 * Writes the whole graph as Claimscape JSON, byte for byte what the in-memory serializer writes,
 * reading `dbFile` through a connection of its own. Returns the number of rows written.
 */
export async function streamWholeGraph(dbFile: string, sink: TextSink, o: ExportFileOptions = {}): Promise<number> {
  const db = openDatabase(dbFile, { readonly: true, mustExist: true });
  try {
    db.exec('BEGIN'); // one snapshot for every page, even while others write
    const repo = createExportRepo(db);
    const total = repo.totalRows();
    let done = 0;
    const vocab = JSON.stringify(repo.vocabulary(), null, 2).replace(/\n/g, '\n  ');
    sink.write(`{\n  "format": "claimscape",\n  "version": 1,\n  "vocabulary": ${vocab}`);
    for (const kind of ORDER) {
      sink.write(`,\n  "${kind}": [`);
      let after = '';
      let first = true;
      for (;;) {
        const rows = repo.page(kind, after, PAGE);
        if (rows.length) {
          sink.write(`${first ? '\n' : ',\n'}${indentedItems(rows)}`);
          first = false;
        }
        for (const r of rows) done += 1 + ('aliases' in r ? r.aliases.length : 0);
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1]?.id ?? after;
        o.onProgress?.({ done, total });
        await new Promise((r) => setImmediate(r));
        if (o.control?.cancelled)
          throw new ClaimscapeError('cancelled', 'the export was cancelled; no file was written');
      }
      sink.write(first ? ']' : '\n  ]');
    }
    sink.write('\n}\n');
    o.onProgress?.({ done, total });
    return done;
  } finally {
    db.close();
  }
}

const WRAP_HEAD = '{\n  "x": [\n'.length;
const WRAP_TAIL = '\n  ]\n}'.length;

/** A page of records as JSON.stringify(doc, null, 2) writes them inside a top-level array, in one native call. */
function indentedItems(rows: unknown[]): string {
  const text = JSON.stringify({ x: rows }, null, 2);
  return text.slice(WRAP_HEAD, text.length - WRAP_TAIL);
}

/**
 * Exports to `path`: streamed when possible, else serialized in memory and written (formats that
 * write several files get `path` as a name prefix). Nothing is left on disk when it fails.
 */
export async function exportToFile(
  dbFile: string,
  scope: ExportScope,
  format: string,
  path: string,
  o: ExportFileOptions = {},
): Promise<string[]> {
  if (isStreamable(scope, format)) {
    const sink = fileSink(path);
    try {
      await streamWholeGraph(dbFile, sink, o);
      sink.commit();
      return [path];
    } catch (e) {
      sink.discard();
      throw e;
    }
  }
  const db = openDatabase(dbFile, { readonly: true, mustExist: true });
  try {
    const files = createExportService(db).serialize(scope, format);
    const targets = files.map((f) => (files.length === 1 ? path : `${path}${path.endsWith('/') ? '' : '-'}${f.name}`));
    files.forEach((f, i) => {
      const sink = fileSink(targets[i] as string);
      sink.write(f.text);
      sink.commit();
    });
    return targets;
  } finally {
    db.close();
  }
}
