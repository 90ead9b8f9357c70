// Creating, seeding and locating databases: the seed graph on first use, or an empty store.
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { dirname, join } from 'node:path';
import kinds from '../../graph-data/vocab/kinds.json' with { type: 'json' };
import predicates from '../../graph-data/vocab/predicates.json' with { type: 'json' };
import seed from '../../graph-data/seed/seed-graph.json' with { type: 'json' };
import type { GraphDocument, Vocabulary } from '../../graph-data/model/types.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { asDbError } from '../db/db-errors.ts';
import { isEmpty, openDatabase, upgradeIfBehind, type Db } from '../db/open.ts';
import { createLookupRepo } from '../db/lookup-repo.ts';
import { writeDocument } from './import-service.ts';
import { repoOf } from '../db/repos.ts';

export const BASE_VOCABULARY = { kinds, predicates } as Vocabulary;
export const SEED_GRAPH = seed as GraphDocument;

/** The per-user database the desktop app opens and the CLI uses by default. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env['CLAIMSCAPE_DB']) return env['CLAIMSCAPE_DB'];
  const home = homedir();
  const base =
    platform() === 'win32'
      ? (env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
      : platform() === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env['XDG_CONFIG_HOME'] ?? join(home, '.config'));
  return join(base, 'Claimscape', 'claimscape.db');
}

/** Writes the base vocabularies, and the seed graph unless `empty`. */
export function fillDatabase(db: Db, empty: boolean): void {
  writeDocument(
    db,
    {
      format: 'claimscape',
      version: 1,
      vocabulary: BASE_VOCABULARY,
      sources: [],
      entities: [],
      relations: [],
      claims: [],
    },
    { file: 'vocabulary', format: 'claimscape', warnings: [], merged: new Set(), history: false },
  );
  if (!empty)
    writeDocument(db, SEED_GRAPH, {
      file: 'seed-graph.json',
      format: 'claimscape',
      warnings: [],
      merged: new Set(),
      history: false,
    });
}

/**
 * Opens a database, creating it (with the seed graph unless `empty`) when the file is new.
 * An existing file is never reseeded.
 */
/**
 * Busy timeout for connections on a thread that answers people (the app's main process, the HTTP
 * server): SQLite waits for a lock by sleeping the thread, which would freeze every other call, so
 * one attempt waits at most this long; dispatch then retries on a timer (dispatch.ts) while the
 * thread keeps answering. Workers and the CLI wait the default 5 s.
 */
export const INTERACTIVE_BUSY_TIMEOUT_MS = 20;

export function openOrCreate(
  file: string,
  opts: { empty?: boolean; busyTimeoutMs?: number } = {},
): { db: Db; created: boolean } {
  const isNew = file === ':memory:' || !existsSync(file);
  if (isNew && file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = openDatabase(file, opts.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: opts.busyTimeoutMs });
  if (isNew || (!repoOf(db, createLookupRepo).hasVocabulary() && isEmpty(db))) fillDatabase(db, opts.empty ?? false);
  return { db, created: isNew };
}

/**
 * Opens a database that must already exist (every command but `init`): a missing or empty file
 * gives `not-found` and nothing is created or written. `read` opens read-only, so reading works
 * in read-only places; `write` checks first that the file can be written (`read-only` otherwise).
 */
export function openExisting(file: string, access: 'read' | 'write', opts: { busyTimeoutMs?: number } = {}): Db {
  if (file !== ':memory:' && !existsSync(file))
    throw new ClaimscapeError('not-found', 'no database here; create one with claimscape init or pass --db', { file });
  if (file !== ':memory:' && statSync(file).size === 0)
    throw new ClaimscapeError(
      'not-found',
      'this file is empty, not a Claimscape database; create one with claimscape init',
      {
        file,
      },
    );
  if (access === 'write' && file !== ':memory:') assertWritable(file);
  // A read after an update of Claimscape: an older schema is brought up to date first, when we may write.
  if (access === 'read' && file !== ':memory:' && isWritable(file)) upgradeIfBehind(file, opts);
  return openDatabase(file, { mustExist: true, readonly: access === 'read', ...opts });
}

/** A write needs the file and its folder (for the WAL files) writable: refused before any input is read. */
function assertWritable(file: string): void {
  if (!isWritable(file))
    throw new ClaimscapeError('read-only', 'the database is in a read-only place; nothing was changed', { file });
}

function isWritable(file: string): boolean {
  try {
    for (const path of [file, dirname(file)]) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** `init`: creates a new database (seed graph unless `empty`); refuses an existing file. */
export function createDatabase(file: string, opts: { empty?: boolean } = {}): Db {
  if (existsSync(file) && statSync(file).size > 0)
    throw new ClaimscapeError('conflict', 'the database already exists; remove it or pass another --db', { file });
  return openOrCreate(file, opts).db;
}

/** Turns SQLite's busy and read-only failures into `busy` and `read-only` errors for any transport. */
export function asUserError(e: unknown): unknown {
  return asDbError(e);
}
