// What the import worker reads: the records of a job's input (NDJSON lines, or a file in any
// registered format parsed into a document), and how a record's error is located the way the
// small-file importer locates it (file, line, `$.claims[3].relation`), never naming the database.
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import {
  claimSchema,
  entitySchema,
  kindSchema,
  predicateSchema,
  redirectSchema,
  relationSchema,
  sourceSchema,
} from '../../graph-data/formats/claimscape-schema.ts';
import type { GraphDocument } from '../../graph-data/model/types.ts';
import type { Db } from '../db/open.ts';
import type { BulkRecord } from '../db/bulk-import.ts';
import { createImportService } from './import-service.ts';
import type { BulkInput } from './import-runner.ts';

const SCHEMAS = {
  entity: entitySchema,
  source: sourceSchema,
  relation: relationSchema,
  claim: claimSchema,
  redirect: redirectSchema,
} as const;

/** The input as its errors name it: the file the user gave (never the database). */
export function inputName(input: BulkInput): string | undefined {
  return input.kind === 'text' ? input.name : input.kind === 'document' ? undefined : input.path;
}

export function importName(input: BulkInput): string {
  if (input.kind === 'text') return input.name;
  if (input.kind === 'file' || input.kind === 'ndjson') return basename(input.path);
  return 'document';
}

/**
 * One NDJSON line: {"type": "entity" | "source" | "relation" | "claim" | "redirect" | "vocabulary",
 * "value": {...}}, validated. Redirects are stored once the entities are in, as a Claimscape JSON
 * file's are (docs/FORMAT.md, NDJSON).
 */
function parseLine(line: string, where: { file?: string; line: number }): BulkRecord {
  let raw: { type?: unknown; value?: unknown };
  try {
    raw = JSON.parse(line) as typeof raw;
  } catch {
    throw new ClaimscapeError('parse-error', 'not a JSON object', where);
  }
  if (raw.type === 'vocabulary') {
    const v = raw.value as { kinds?: unknown[]; predicates?: unknown[] } | undefined;
    return {
      type: 'vocabulary',
      value: {
        kinds: (v?.kinds ?? []).map((k) => kindSchema.parse(k)),
        predicates: (v?.predicates ?? []).map((p) => predicateSchema.parse(p)),
      },
    };
  }
  const schema = SCHEMAS[raw.type as keyof typeof SCHEMAS];
  if (!schema)
    throw new ClaimscapeError('validation-error', 'unknown record type', { ...where, value: String(raw.type) });
  const r = schema.safeParse(raw.value);
  if (!r.success)
    throw new ClaimscapeError('validation-error', r.error.issues[0]?.message ?? 'invalid record', {
      ...where,
      path: r.error.issues[0]?.path.join('.'),
    });
  return { type: raw.type, value: r.data } as BulkRecord;
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

const RECORD_TYPES = new Set(['vocabulary', 'entity', 'source', 'relation', 'claim', 'redirect']);

/**
 * Whether a file is a stream of NDJSON bulk records, by its structure: its first line is a whole
 * JSON object `{"type": <record type>, "value": {...}}` (a Claimscape JSON document is one object
 * with `format`, even when written on one line).
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
  const first =
    head
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split('\n', 1)[0] ?? '';
  try {
    const rec = JSON.parse(first) as { type?: unknown; value?: unknown } | null;
    return !!rec && typeof rec.type === 'string' && RECORD_TYPES.has(rec.type) && typeof rec.value === 'object';
  } catch {
    return false;
  }
}
