// What the import worker reads: the records of a job's input (NDJSON lines, or a file in any
// registered format parsed into a document), and how a record's error is located the way the
// small-file importer locates it (file, line, `$.claims[3].relation`), never naming the database.
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { GraphDocument } from '../../graph-data/model/types.ts';
import type { Db } from '../db/open.ts';
import type { BulkRecord } from '../db/bulk-import.ts';
import { createImportService } from './import-service.ts';
import type { BulkInput } from './import-runner.ts';
import { looksLikeNdjsonRecords, parseLine } from './ndjson-records.ts';

/** The input as its errors name it: the file the user gave (never the database). */
export function inputName(input: BulkInput): string | undefined {
  return input.kind === 'text' ? input.name : input.kind === 'document' ? undefined : input.path;
}

export function importName(input: BulkInput): string {
  if (input.kind === 'text') return input.name;
  if (input.kind === 'file' || input.kind === 'ndjson') return basename(input.path);
  return 'document';
}

/** The records of an NDJSON file as they are read; `at()` says how many lines and bytes so far. */
export function ndjsonRecords(path: string, file = path) {
  const total = statSync(path).size;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let line = 0;
  async function* records(): AsyncGenerator<BulkRecord> {
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      line++;
      if (text.trim()) yield parseLine(text, { file, line });
    }
  }
  return { records: records(), at: () => ({ line, done: stream.bytesRead, total }) };
}

const ARRAY_OF: Record<string, string> = {
  entity: 'entities',
  source: 'sources',
  relation: 'relations',
  claim: 'claims',
};

/** A bulk writer error about one record, located as the small-file importer does: `$.claims[3].relation`. */
export function located(e: unknown, type: string, index: number, file: string | undefined): unknown {
  if (!(e instanceof ClaimscapeError) || !ARRAY_OF[type]) return e;
  const field = /^\S+ [^.]+(\..*)?$/.exec(e.where.path ?? '')?.[1] ?? '';
  return new ClaimscapeError(e.code, e.detail, {
    ...e.where,
    ...(file ? { file } : {}),
    path: `$.${ARRAY_OF[type]}[${index}]${field}`,
  });
}

/** A document's records, each with its index among the records of its type (for `located`). */
export function* indexedRecords(records: Iterable<BulkRecord>, seen: Record<string, number>): Generator<BulkRecord> {
  for (const r of records) {
    seen[r.type] = (seen[r.type] ?? -1) + 1;
    yield r;
  }
}

/** Parses a file or text input into a document (null for NDJSON, which streams). */
export function parseInput(db: Db, input: BulkInput): GraphDocument | null {
  const importer = createImportService(db);
  if (input.kind === 'document') return input.doc;
  if (input.kind === 'file')
    return importer.parseFile(input.path, { ...input.options, ...(input.format ? { format: input.format } : {}) }).doc;
  if (input.kind === 'text') return importer.parseText(input.name, input.text, input.options ?? {}).doc;
  return null;
}

export const documentSize = (doc: GraphDocument): number =>
  doc.entities.length + doc.sources.length + doc.relations.length + doc.claims.length;

/**
 * Whether a file is a stream of NDJSON bulk records, by its structure (its first line: see
 * `looksLikeNdjsonRecords`).
 */
export function isNdjsonRecords(path: string): boolean {
  let head: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(1 << 16);
      head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  return looksLikeNdjsonRecords(head);
}
