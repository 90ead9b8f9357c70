// The history triggers log, for each row change while an entry records, a statement that undoes it.
import { describe, expect, it } from 'vitest';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { createHistoryService } from '../../../main/services/history-service.ts';

describe('history triggers', () => {
  it('record nothing unless an entry is recording, and a statement that restores the row', () => {
    const { db } = openOrCreate(':memory:');
    const count = () => db.prepare('SELECT count(*) FROM history_log').pluck().get();
    expect(count()).toBe(0);
    db.prepare("UPDATE entities SET label = 'X' WHERE id = 'north-korea'").run();
    expect(count()).toBe(0);
    db.prepare('UPDATE history_ctl SET seq = 1').run();
    const before = db.prepare("SELECT * FROM entities WHERE id = 'russia'").get();
    db.prepare("UPDATE entities SET label = 'Y', description = NULL WHERE id = 'russia'").run();
    db.prepare('UPDATE history_ctl SET seq = NULL').run();
    const log = db.prepare('SELECT sql, args FROM history_log').all() as { sql: string; args: string }[];
    expect(log).toHaveLength(1);
    const { sql, args } = log[0] as { sql: string; args: string };
    // Only the changed columns are restored, never the key (that would re-check every foreign key).
    expect(sql).toBe('UPDATE entities SET label = ?, description = ? WHERE eid = ?');
    db.prepare(sql).run(...(JSON.parse(args) as unknown[]));
    expect(db.prepare("SELECT * FROM entities WHERE id = 'russia'").get()).toEqual(before);
  });

  it('log nothing for an update that changes no value', () => {
    const { db } = openOrCreate(':memory:');
    db.prepare('UPDATE history_ctl SET seq = 1').run();
    db.prepare("UPDATE entities SET label = label, degree = degree WHERE id = 'russia'").run();
    db.prepare('UPDATE history_ctl SET seq = NULL').run();
    expect(db.prepare('SELECT count(*) FROM history_log').pluck().get()).toBe(0);
  });

  it('use an index for every foreign key into entities and sources (no scan when one is deleted)', () => {
    const { db } = openOrCreate(':memory:');
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan('SELECT 1 FROM sources WHERE publisher = 1')).toMatch(/USING (COVERING )?INDEX/);
    expect(plan('SELECT 1 FROM sources WHERE copy_of = 1')).toMatch(/USING (COVERING )?INDEX/);
    expect(plan('SELECT 1 FROM claims WHERE reported_via = 1')).toMatch(/USING (COVERING )?INDEX/);
  });

  it('still replay log rows written before migration 7 (complete SQL, no args)', () => {
    const { db } = openOrCreate(':memory:');
    const eid = db.prepare("SELECT eid FROM entities WHERE id = 'russia'").pluck().get() as number;
    const before = db.prepare('SELECT * FROM entities WHERE eid = ?').get(eid);
    const seq = db
      .prepare("INSERT INTO history (label, kind, at) VALUES ('old edit', 'edit', '2026-01-01')")
      .run().lastInsertRowid;
    db.prepare("UPDATE entities SET label = 'Changed' WHERE eid = ?").run(eid);
    db.prepare("INSERT INTO history_log (seq, tbl, key, ref, sql) VALUES (?, 'entities', ?, 'russia', ?)").run(
      seq,
      eid,
      `UPDATE entities SET eid = ${eid}, label = 'Russia' WHERE eid = ${eid}`,
    );
    createHistoryService(db).undo();
    expect(db.prepare('SELECT * FROM entities WHERE eid = ?').get(eid)).toEqual(before);
  });
});
