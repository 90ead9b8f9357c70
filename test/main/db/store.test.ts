import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openDatabase, schemaVersion } from '../../../main/db/open.ts';
import { SCHEMA_VERSION } from '../../../main/db/migrations.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();

describe('the store', () => {
  it('migrates a new file to the current schema with WAL and foreign keys on', () => {
    const db = openDatabase(join(dir, 'new.db'));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('gives a new file 16 KiB pages and leaves the page size of an existing file as it is', () => {
    const db = openDatabase(join(dir, 'pages.db'));
    expect(db.pragma('page_size', { simple: true })).toBe(16_384);
    db.close();
    const file = join(dir, 'old-pages.db');
    const raw = new Database(file);
    raw.pragma('page_size = 4096');
    raw.exec('CREATE TABLE t (x)');
    raw.exec('DROP TABLE t');
    raw.close();
    const old = openDatabase(file);
    expect(old.pragma('page_size', { simple: true })).toBe(4096);
    expect(schemaVersion(old)).toBe(SCHEMA_VERSION);
    old.close();
  });

  it('keeps one index per claim lookup: claims_rid is gone, claims_rid_digest serves it', () => {
    const db = openDatabase(join(dir, 'indexes.db'));
    const names = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claims'")
      .pluck()
      .all();
    expect(names).toContain('claims_rid_digest');
    expect(names).not.toContain('claims_rid');
    db.close();
  });

  it('refuses a database written by a newer version, with a clear code', () => {
    const file = join(dir, 'future.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'db-too-new' }));
    expect(() => openDatabase(file)).toThrow(/newer Claimscape/);
  });

  it('enforces foreign keys: a claim cannot point at a missing relation', () => {
    const { db } = seededDb(dir, 'fk.db');
    expect(() =>
      db.prepare("INSERT INTO claims (id, rid, claimant, stance, sid) VALUES ('x', 999999, 1, 'asserts', 1)").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('searches with FTS5 ranking inside the index, never a temporary B-tree sort', () => {
    const { db } = seededDb(dir, 'plan.db');
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT e.id FROM (SELECT rowid FROM entity_fts WHERE entity_fts MATCH '"korea"*' ORDER BY rank LIMIT 20) f
      CROSS JOIN entities e ON e.eid = f.rowid`,
      )
      .all() as { detail: string }[];
    const text = plan.map((p) => p.detail).join('\n');
    expect(text).toMatch(/VIRTUAL TABLE INDEX/);
    expect(text).not.toMatch(/TEMP B-TREE/);
  });

  it('keeps derived relation status in step with the claims', () => {
    const { db } = seededDb(dir, 'status.db');
    const row = db
      .prepare("SELECT status, claim_count FROM relations WHERE id = 'north-korea--deploys-forces-to--russia'")
      .get() as { status: string; claim_count: number };
    expect(row.status).toBe('asserted');
    expect(row.claim_count).toBeGreaterThanOrEqual(3);
  });
});

describe('a SQLite file of another program', () => {
  it('is refused and left untouched', () => {
    const file = join(dir, 'other-app.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE bookmarks (url TEXT)');
    raw.close();
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'invalid-format' }));
    const check = new Database(file);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 1 });
    check.close();
  });
});
