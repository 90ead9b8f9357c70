// The digest repo keeps the syndicated-copy map per connection: a copy marked or unmarked after it
// was read, on this connection or by another one, still changes the independent source count.
import { describe, expect, it } from 'vitest';
import { createClaimDigestRepo } from '../../../main/db/claim-digest-repo.ts';
import { openDatabase } from '../../../main/db/open.ts';
import { createEditService } from '../../../main/services/edit-service.ts';
import { createHistoryService } from '../../../main/services/history-service.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

describe('claim digest repo', () => {
  it('sees syndicated copies changed after its map was read', () => {
    const { db, file } = seededDb(tmpDir());
    const edits = createEditService(db, createHistoryService(db));
    // North Korea -> Russia, stated by the article (source a) and by NATO in another source (b).
    edits.addClaim({
      subject: 'north-korea',
      predicate: 'deploys-forces-to',
      object: 'russia',
      claimant: 'nato',
      stance: 'asserts',
      source: 'rferl-2024-10-nk-troops',
      stated: '2024-10',
      force: true,
    });
    const row = db
      .prepare(
        `SELECT c.rid AS rid, min(c.sid) AS a, max(c.sid) AS b FROM claims c JOIN relations r ON r.rid = c.rid
         WHERE r.id = 'north-korea--deploys-forces-to--russia' GROUP BY c.rid`,
      )
      .get() as { rid: number; a: number; b: number };
    expect(row.a).not.toBe(row.b);
    const digests = createClaimDigestRepo(db);
    const sources = () => digests.asOf([row.rid], { date: '2100' }).get(row.rid)?.sourceCount;
    expect(sources()).toBe(2);
    db.prepare('UPDATE sources SET copy_of = ? WHERE sid = ?').run(row.a, row.b);
    expect(sources()).toBe(1);
    const other = openDatabase(file);
    try {
      other.prepare('UPDATE sources SET copy_of = NULL WHERE sid = ?').run(row.b);
    } finally {
      other.close();
    }
    expect(sources()).toBe(2);
  });
});
