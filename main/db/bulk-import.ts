// Bulk import for large documents and record streams (the import worker's writer): JS id maps and
// multi-row statements inside one transaction, then aggregates, degrees, indexes and search derived
// with set-based SQL (bulk-import-rows/-batch/-derive.ts). Same results as db/write-repo.ts; a failure writes nothing.
import type {
  Claim,
  Entity,
  GraphDocument,
  Redirect,
  Relation,
  Source,
  Vocabulary,
} from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';
import { createBulkFinisher, type BulkPhase } from './bulk-import-derive.ts';
import { createRowWriter, resolverStart, type ResolverStart } from './bulk-import-rows.ts';
import { addCounts, pipingSink, type RowCounts } from './bulk-import-apply.ts';
import { applyOps } from './bulk-import-ops.ts';
import { createRedirectRepo } from './redirect-repo.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';

export { BULK_PHASES, type BulkPhase } from './bulk-import-derive.ts';

export type BulkRecord =
  | { type: 'vocabulary'; value: Vocabulary }
  | { type: 'entity'; value: Entity }
  | { type: 'source'; value: Source }
  | { type: 'relation'; value: Relation }
  | { type: 'claim'; value: Claim }
  | { type: 'redirect'; value: Redirect };

export interface BulkProgress {
  phase: BulkPhase | 'records';
  done: number;
  total: number;
}

export interface BulkReport {
  entities: number;
  aliases: number;
  sources: number;
  relations: number;
  claims: number;
  /** entities + aliases + sources + relations + claims */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** True when the database was empty and the fast path (indexes built at the end) was taken. */
  fresh: boolean;
  /** 2 when the records were read and resolved on a second thread (bulk-import-pipe.ts). */
  threads: 1 | 2;
}

export interface BulkWriter {
  write(rec: BulkRecord): void;
  /** Into an empty store: where a resolver on another thread starts (else undefined: write records). */
  pipeStart(): ResolverStart | undefined;
  /** Applies writes resolved on another thread (bulk-import-pipe.ts). */
  applyOps(ops: readonly unknown[]): void;
  /**
   * While a piped import into an empty store streams in, once its entities are in: derives one more
   * thing that needs only them (bulk-import-derive.ts). Undefined before that, false when all is done.
   */
  deriveEarly(): boolean | undefined;
  /** That thread's record counts and the redirects it collected, once its records are all in. */
  addResolved(counts: RowCounts, redirects: readonly Redirect[]): void;
  /** Derives aggregates and indexes, then commits. */
  finish(onProgress?: (p: BulkProgress) => void): BulkReport;
  /** Rolls everything back. */
  abort(): void;
}

/** The edit history's hook: called first inside the transaction; what it returns runs just before COMMIT. */
export interface BulkHooks {
  inTransaction?: () => () => void;
  /** Claims per early slice of their search index (bulk-import-early.ts); tests use small ones. */
  claimSlice?: number;
}

/** Page cache while a bulk import runs (negative: KiB), 256 MiB. */
const BULK_CACHE_KB = -262_144;

/** Opens a transaction on `db` and returns a writer; call finish() or abort() exactly once. */
export function createBulkWriter(db: Db, hooks: BulkHooks = {}): BulkWriter {
  const fresh = isFreshStore(db);
  const restore = importSettings(db, fresh);
  db.exec('BEGIN IMMEDIATE');
  let end: (() => void) | undefined;
  let open = true;
  let piped = false;
  const close = (sql: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return;
    open = false;
    try {
      db.exec(sql);
    } finally {
      restore();
    }
  };
  try {
    end = hooks.inTransaction?.();
    const finisher = createBulkFinisher(db, fresh, hooks.claimSlice);
    const rows = createRowWriter(db, fresh, finisher.track);
    const redirects: Redirect[] = [];
    const piping = pipingSink(rows.applier.sink, finisher.entityLate);
    return {
      write: (rec) => (rec.type === 'redirect' ? redirects.push(rec.value) : rows.write(rec)),
      pipeStart: () => (fresh ? resolverStart(db) : undefined),
      applyOps(ops) {
        piped = true;
        applyOps(ops, piping.sink);
      },
      deriveEarly() {
        if (!piping.entitiesIn()) return undefined;
        rows.applier.flushEntities();
        return finisher.early();
      },
      addResolved(counts, more) {
        addCounts(rows.counts(), counts);
        redirects.push(...more);
      },
      finish(onProgress) {
        rows.flush();
        finisher.run((phase, done, total) => onProgress?.({ phase, done, total }), rows.applier.writeRelations);
        addRedirects(db, redirects);
        onProgress?.({ phase: 'commit', done: 0, total: 1 });
        end?.();
        close('COMMIT');
        const n = rows.counts();
        const rowsIn = n.entities + n.aliases + n.sources + n.relations + n.claims;
        return { ...n, rows: rowsIn, fresh, threads: piped ? 2 : 1 };
      },
      abort: () => close('ROLLBACK'),
    };
  } catch (e) {
    close('ROLLBACK');
    throw e;
  }
}

/** Writes every record; any error rolls the whole import back and is rethrown. */
export function bulkImportRecords(
  db: Db,
  records: Iterable<BulkRecord>,
  onProgress?: (p: BulkProgress) => void,
): BulkReport {
  const w = createBulkWriter(db);
  try {
    for (const r of records) w.write(r);
    return w.finish(onProgress);
  } catch (e) {
    w.abort();
    throw e;
  }
}

/** The bulk path for a parsed document (what the importer can use for large files). */
export function bulkImportDocument(db: Db, doc: GraphDocument, onProgress?: (p: BulkProgress) => void): BulkReport {
  return bulkImportRecords(db, documentRecords(doc), onProgress);
}

export function* documentRecords(doc: GraphDocument): Generator<BulkRecord> {
  if (doc.vocabulary) yield { type: 'vocabulary', value: doc.vocabulary };
  for (const value of doc.entities) yield { type: 'entity', value };
  for (const value of sourcesInOrder(doc.sources)) yield { type: 'source', value };
  for (const value of doc.relations) yield { type: 'relation', value };
  for (const value of doc.claims) yield { type: 'claim', value };
  for (const value of doc.redirects ?? []) yield { type: 'redirect', value };
}

/** A file's redirects, once its entities are in: the store's own entities and redirects win. */
function addRedirects(db: Db, list: Redirect[]): void {
  const repo = createRedirectRepo(db);
  list.forEach((r, i) => {
    if (repo.add(r) === 'no-target')
      throw new ClaimscapeError('validation-error', 'redirects to an entity that does not exist', {
        path: `$.redirects[${i}].to`,
        value: r.to,
      });
  });
}

/** Connection settings for the length of an import; returns what puts them back. */
function importSettings(db: Db, fresh: boolean): () => void {
  const fk = db.pragma('foreign_keys', { simple: true }) === 1;
  // References are checked in JS against the id maps, so the per-row FK probes are redundant in a fresh store.
  if (fresh && fk) db.pragma('foreign_keys = OFF');
  // A big page cache keeps index pages hot while millions of rows go in.
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${BULK_CACHE_KB}`);
  // The import stays in WAL even into an empty store: a rollback journal would write each page once
  // instead of twice, but every reader (stats, search, the app) would fail for the whole import.
  return () => {
    if (fresh && fk) db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = ${cache}`);
  };
}

export function isFreshStore(db: Db): boolean {
  const any = db
    .prepare(
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM entities LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM sources LIMIT 1))
    + (SELECT count(*) FROM (SELECT 1 FROM relations LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM claims LIMIT 1))`,
    )
    .pluck()
    .get();
  return any === 0;
}

/** Copies come after the source they copy, so copyOf always refers back. */
function sourcesInOrder(sources: Source[]): Source[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const done = new Set<string>();
  const out: Source[] = [];
  const visit = (s: Source, depth: number): void => {
    if (done.has(s.id) || depth > sources.length) return;
    const parent = s.copyOf ? byId.get(s.copyOf) : undefined;
    if (parent) visit(parent, depth + 1);
    done.add(s.id);
    out.push(s);
  };
  for (const s of sources) visit(s, 0);
  return out;
}
