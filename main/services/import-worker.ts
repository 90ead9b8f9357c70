// Worker-thread entry for large imports (bundled to dist/worker/import-worker.mjs): opens its own
// connection, streams the input through the bulk writer, posts {phase, done, total} progress, and
// rolls everything back when cancelled. Started with an export job, it runs that (export-worker.ts).
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parentPort, workerData } from 'node:worker_threads';
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
import { openDatabase, type Db } from '../db/open.ts';
import { asDbError } from '../db/db-errors.ts';
import { createBulkWriter, documentRecords, type BulkRecord, type BulkWriter } from '../db/bulk-import.ts';
import { createImportService } from './import-service.ts';
import { createHistoryService } from './history-service.ts';
import type { WorkerJob, WorkerMessage } from './import-runner.ts';
import type { GraphDocument } from '../../graph-data/model/types.ts';
import { isExportJob, serveExportJob } from './export-worker.ts';
import { writeExport } from './export-file.ts';

const YIELD_EVERY = 5_000;
const job = workerData as WorkerJob;
const cancelled = new Int32Array(job.cancelFlag);
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
parentPort?.on('message', (m: { type?: string }) => {
  if (m?.type === 'cancel') Atomics.store(cancelled, 0, 1);
});

function checkCancel(): void {
  if (Atomics.load(cancelled, 0) === 1)
    throw new ClaimscapeError('cancelled', 'the import was cancelled; nothing was written');
}

const SCHEMAS = {
  entity: entitySchema,
  source: sourceSchema,
  relation: relationSchema,
  claim: claimSchema,
  redirect: redirectSchema,
} as const;

/**
 * One NDJSON line: {"type": "entity" | "source" | "relation" | "claim" | "redirect" | "vocabulary",
 * "value": {...}}, validated. Redirects are stored once the entities are in, as a Claimscape JSON
 * file's are (docs/FORMAT.md, NDJSON).
 */
function parseLine(line: string, at: number): BulkRecord {
  const where = { file: inputName(), line: at };
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

async function writeNdjson(w: BulkWriter, path: string): Promise<void> {
  const total = statSync(path).size;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    if (text.trim()) w.write(parseLine(text, line));
    if (line % YIELD_EVERY === 0) {
      post({ type: 'progress', phase: 'records', done: stream.bytesRead, total });
      checkCancel();
    }
  }
}

/** The input as its errors name it: the file the user gave (never the database). */
function inputName(): string | undefined {
  const i = job.input;
  return i.kind === 'text' ? i.name : i.kind === 'document' ? undefined : i.path;
}

const ARRAY_OF: Record<string, string> = {
  entity: 'entities',
  source: 'sources',
  relation: 'relations',
  claim: 'claims',
};

/** A bulk writer error about one record, located as the small-file importer does: `$.claims[3].relation`. */
function located(e: unknown, type: string, index: number): unknown {
  if (!(e instanceof ClaimscapeError) || !ARRAY_OF[type]) return e;
  const field = /^\S+ [^.]+(\..*)?$/.exec(e.where.path ?? '')?.[1] ?? '';
  const file = inputName();
  return new ClaimscapeError(e.code, e.detail, {
    ...e.where,
    ...(file ? { file } : {}),
    path: `$.${ARRAY_OF[type]}[${index}]${field}`,
  });
}

async function writeRecords(w: BulkWriter, records: Iterable<BulkRecord>, total: number): Promise<void> {
  let done = 0;
  const seen: Record<string, number> = {};
  for (const r of records) {
    const index = seen[r.type] ?? 0;
    seen[r.type] = index + 1;
    try {
      w.write(r);
    } catch (e) {
      throw located(e, r.type, index);
    }
    if (++done % YIELD_EVERY === 0) {
      post({ type: 'progress', phase: 'records', done, total });
      await new Promise((r) => setImmediate(r));
      checkCancel();
    }
  }
}

function parseInput(db: Db, input: WorkerJob['input']): GraphDocument | null {
  const importer = createImportService(db);
  if (input.kind === 'document') return input.doc;
  if (input.kind === 'file')
    return importer.parseFile(input.path, { ...input.options, ...(input.format ? { format: input.format } : {}) }).doc;
  if (input.kind === 'text') return importer.parseText(input.name, input.text, input.options ?? {}).doc;
  return null;
}

function importName(input: typeof job.input): string {
  if (input.kind === 'text') return input.name;
  if (input.kind === 'file' || input.kind === 'ndjson') return basename(input.path);
  return 'document';
}

async function run(db: Db): Promise<void> {
  const input = job.input;
  // Parse before the write transaction starts, so a bad file never holds the write lock.
  const doc = parseInput(db, input);
  const w = createBulkWriter(db, createHistoryService(db).bulkHooks(`Import ${importName(input)}`));
  try {
    if (doc)
      await writeRecords(
        w,
        documentRecords(doc),
        doc.entities.length + doc.sources.length + doc.relations.length + doc.claims.length,
      );
    else if (input.kind === 'ndjson') await writeNdjson(w, input.path);
    checkCancel();
    const report = w.finish((p) => {
      post({ type: 'progress', ...p });
      checkCancel();
    });
    post({ type: 'done', report });
  } catch (e) {
    w.abort();
    throw e;
  }
}

function fail(e: unknown): void {
  const err = asDbError(e);
  if (err instanceof ClaimscapeError) post({ type: 'error', code: err.code, detail: err.detail, where: err.where });
  else post({ type: 'error', code: 'internal', detail: (err as Error).message, where: {} });
}

if (isExportJob(workerData)) {
  if (parentPort) void serveExportJob(workerData, parentPort, writeExport);
} else
  try {
    const db = openDatabase(job.dbFile);
    run(db).then(
      () => db.close(),
      (e: unknown) => {
        db.close();
        fail(e);
      },
    );
  } catch (e) {
    fail(e);
  }
