// Opens (or creates) a Claimscape database file and brings its schema up to date. Whose file it
// is gets decided by reading only, before any statement that could write (WAL, migrations).
import Database from 'better-sqlite3';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { foldName } from '../../graph-data/model/fold.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
import { asDbError } from './db-errors.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Open without write access: nothing is ever written, not even the WAL switch. */
  readonly?: boolean;
  /** The file must exist and already be a Claimscape database (an empty file is not one). */
  mustExist?: boolean;
  /** How long a statement waits for another connection's write lock; then it fails with `busy`. */
  busyTimeoutMs?: number;
}

/** How long a statement waits for another connection's write lock before failing with `busy`. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Page size of a new database file (fixed once the first table exists): 16 KiB instead of SQLite's 4 KiB
 * makes bulk imports' index builds, search-index build and commit cheaper (docs/BENCHMARKS.md).
 */
const NEW_PAGE_SIZE = 16_384;

/** Tables every Claimscape database has had since schema 1: how a file is recognised as ours. */
const OWN_TABLES = ['kinds', 'predicates', 'entities', 'relations', 'claims'];

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const readonly = opts.readonly ?? false;
  let db: Db;
  try {
    db = new Database(file, {
      readonly,
      fileMustExist: opts.mustExist ?? false,
      timeout: opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
    });
  } catch (e) {
    throw new ClaimscapeError('not-found', `cannot open the database: ${(e as Error).message}`, { file });
  }
  try {
    const state = ownership(db, file);
    if (state === 'blank' && opts.mustExist)
      throw new ClaimscapeError(
        'not-found',
        'this file is empty, not a Claimscape database; create one with claimscape init',
        {
          file,
        },
      );
    if (state === 'blank' && !readonly) db.pragma(`page_size = ${NEW_PAGE_SIZE}`);
    configure(db, readonly);
    migrate(db, file, readonly);
  } catch (e) {
    db.close();
    throw asDbError(e, file);
  }
  return db;
}

/**
 * Reads (never writes) what the file is: ours, blank (a new or 0-byte file), or another
 * program's. Another program's file is refused whatever its user_version.
 */
function ownership(db: Db, file: string): 'ours' | 'blank' {
  let names: Set<string>;
  try {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().all();
    names = new Set(rows as string[]);
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_NOTADB')
      throw new ClaimscapeError('invalid-format', 'this file is not a SQLite database; it was left untouched', {
        file,
      });
    throw e;
  }
  const version = schemaVersion(db);
  if (names.size === 0 && version === 0) return 'blank';
  if (OWN_TABLES.every((t) => names.has(t)) && version > 0) return 'ours';
  throw new ClaimscapeError(
    'invalid-format',
    'this SQLite file belongs to another program, not Claimscape; it was left untouched',
    { file },
  );
}

/** SQL functions the schema relies on (the folded-name indexes of migration 9): every connection needs them. */
export function registerFunctions(db: Db): void {
  db.function('fold_name', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? foldName(s) : null));
}

function configure(db: Db, readonly: boolean): void {
  registerFunctions(db);
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  // No mmap: at 1M entities it added ~250 MB of resident pages for no measurable speed (BENCHMARKS.md).
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, file: string, readonly: boolean): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new ClaimscapeError(
      'db-too-new',
      `the database was written by a newer Claimscape (schema ${current}; this version reads up to ${SCHEMA_VERSION}); update Claimscape to open it`,
      { file },
    );
  }
  if (current === SCHEMA_VERSION) return;
  if (readonly)
    throw new ClaimscapeError(
      'read-only',
      `the database needs an upgrade (schema ${current} to ${SCHEMA_VERSION}) and was opened read-only; open it once with write access`,
      { file },
    );
  const run = db.transaction(() => {
    for (let v = current; v < SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v] ?? '';
      if (typeof step === 'string') db.exec(step);
      else step(db);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  run.immediate();
}

/**
 * Upgrades a Claimscape file whose schema is older than this version (a read command after an
 * update). Only reads until openDatabase has checked whose file it is; another program's file is
 * refused there, untouched. A file this probe cannot read is left to the caller's own open.
 */
export function upgradeIfBehind(file: string, opts: OpenOptions = {}): void {
  let version: number;
  try {
    const probe = new Database(file, { readonly: true, fileMustExist: true });
    try {
      version = schemaVersion(probe);
    } finally {
      probe.close();
    }
  } catch {
    return;
  }
  if (version > 0 && version < SCHEMA_VERSION)
    openDatabase(file, { ...opts, readonly: false, mustExist: true }).close();
}

/** True when the database holds no entities yet. */
export function isEmpty(db: Db): boolean {
  return db.prepare('SELECT 1 FROM entities LIMIT 1').get() === undefined;
}
