// What two imports of the same graph are compared on: the records written and everything derived
// from them (statuses, counts, dates, degrees, search hits), plus indexes and triggers.
import type { Db } from '../../main/db/open.ts';
import { createGraphService } from '../../main/services/graph-service.ts';

/** Everything the importer derives: relation status, counts and dates, degrees, search hits. */
export function derived(db: Db) {
  const svc = createGraphService(db);
  return {
    relations: db
      .prepare(
        `SELECT r.id, s.id AS s, r.predicate, o.id AS o, status, claim_count, source_count, first_stated, last_stated, doubts
      FROM relations r JOIN entities s ON s.eid = r.subject JOIN entities o ON o.eid = r.object ORDER BY r.id`,
      )
      .all(),
    degrees: db.prepare('SELECT id, degree FROM entities ORDER BY id').all(),
    aliases: db
      .prepare('SELECT e.id, a.text, a.lang, a.form FROM aliases a JOIN entities e USING (eid) ORDER BY 1, 2, 3')
      .all(),
    claims: db
      .prepare(
        'SELECT c.id, r.id AS rel, stance, stated, summary FROM claims c JOIN relations r USING (rid) ORDER BY c.id',
      )
      .all(),
    search: ['ka', 'Republic', 'Kementerian', 'says', 'Renamed'].map((q) =>
      svc
        .search(q, 20)
        .entities.map((h) => h.id)
        .sort(),
    ),
    claimSearch: ['says', 'denies'].map((q) => svc.search(q, 10).claims.length),
  };
}

/** Indexes and triggers, by name and definition. */
export const schemaObjects = (db: Db) =>
  db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name").all();
