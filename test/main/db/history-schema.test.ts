// The history triggers log, for each row change while an entry records, SQL that undoes it.
import { describe, expect, it } from 'vitest';
import { openOrCreate } from '../../../main/services/database-service.ts';

describe('history triggers', () => {
  it('record nothing unless an entry is recording, and undo SQL that restores the row', () => {
    const { db } = openOrCreate(':memory:');
    const count = () => db.prepare('SELECT count(*) FROM history_log').pluck().get();
    expect(count()).toBe(0);
    db.prepare("UPDATE entities SET label = 'X' WHERE id = 'north-korea'").run();
    expect(count()).toBe(0);
    db.prepare('UPDATE history_ctl SET seq = 1').run();
    const before = db.prepare("SELECT * FROM entities WHERE id = 'russia'").get();
    db.prepare("UPDATE entities SET label = 'Y', description = NULL WHERE id = 'russia'").run();
    db.prepare('UPDATE history_ctl SET seq = NULL').run();
    const sql = db.prepare('SELECT sql FROM history_log').pluck().all() as string[];
    expect(sql).toHaveLength(1);
    db.exec(sql[0] as string);
    expect(db.prepare("SELECT * FROM entities WHERE id = 'russia'").get()).toEqual(before);
  });
});
