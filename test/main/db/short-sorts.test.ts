// Index builds of a bulk import sort in short runs through temp files (short-sorts.ts), and give the
// connection its own settings back afterwards, also when the build fails or temp files cannot move.
import { describe, expect, it } from 'vitest';
import { SORT_CACHE_KB, withShortSorts } from '../../../main/db/short-sorts.ts';
import type { Db } from '../../../main/db/open.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const settings = (db: Db) => ({
  cache: db.pragma('cache_size', { simple: true }),
  temp: db.pragma('temp_store', { simple: true }),
  threads: db.pragma('threads', { simple: true }),
});

describe('short sorts for index builds', () => {
  const dir = tmpDir();

  it('builds with a small cache, temp files on disk and sorter threads, then restores the settings', () => {
    const { db } = seededDb(dir, 'a.db');
    const before = settings(db);
    expect(before.temp).toBe(2); // the store's connections keep temp data in memory
    db.exec('BEGIN IMMEDIATE');
    let during: ReturnType<typeof settings> | undefined;
    withShortSorts(db, () => {
      during = settings(db);
      db.exec('CREATE INDEX claims_test ON claims(stance, cid)');
    });
    db.exec('COMMIT');
    expect(during).toEqual({ cache: -SORT_CACHE_KB, temp: 1, threads: 2 });
    expect(settings(db)).toEqual(before);
    const n = db.prepare('SELECT count(*) FROM claims INDEXED BY claims_test WHERE stance >= ?').pluck().get('');
    expect(n).toBe(db.prepare('SELECT count(*) FROM claims').pluck().get());
  });

  it('restores the settings when the build fails', () => {
    const { db } = seededDb(dir, 'b.db');
    const before = settings(db);
    expect(() =>
      withShortSorts(db, () => {
        db.exec('CREATE INDEX broken ON no_such_table(x)');
      }),
    ).toThrow(/no_such_table/);
    expect(settings(db)).toEqual(before);
  });

  it('keeps temp data in memory, and the temp tables in it, when a transaction already uses them', () => {
    const { db } = seededDb(dir, 'c.db');
    db.exec('CREATE TEMP TABLE kept (x INTEGER); INSERT INTO temp.kept VALUES (7)');
    db.exec('BEGIN IMMEDIATE');
    let temp: unknown;
    withShortSorts(db, () => {
      temp = db.pragma('temp_store', { simple: true });
      db.exec('CREATE INDEX claims_test ON claims(stance, cid)');
    });
    db.exec('COMMIT');
    expect(temp).toBe(2);
    expect(db.prepare('SELECT x FROM temp.kept').pluck().get()).toBe(7);
  });
});
