// Opens (or creates) a Claimscape database file and brings its schema up to date.
import Database from 'better-sqlite3';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Refuse to create a file that does not exist yet. */
  mustExist?: boolean;
}

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.mustExist ?? false });
  } catch (e) {
    throw new ClaimscapeError('not-found', `cannot open the database: ${(e as Error).message}`, { file });
  }
  try {
    configure(db, opts.readonly ?? false);
    migrate(db, file);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

function configure(db: Db, readonly: boolean): void {
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

function migrate(db: Db, file: string): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new ClaimscapeError(
      'db-too-new',
      `the database was written by a newer Claimscape (schema ${current}; this version reads up to ${SCHEMA_VERSION}); update Claimscape to open it`,
      { file },
    );
  }
  if (current === SCHEMA_VERSION) return;
  if (current === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' LIMIT 1").get()) {
    throw new ClaimscapeError(
      'invalid-format',
      'this SQLite file belongs to another program, not Claimscape; it was left untouched',
      { file },
    );
  }
  const run = db.transaction(() => {
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v] ?? '');
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  run.immediate();
}

/** True when the database holds no entities yet. */
export function isEmpty(db: Db): boolean {
  return db.prepare('SELECT 1 FROM entities LIMIT 1').get() === undefined;
}
