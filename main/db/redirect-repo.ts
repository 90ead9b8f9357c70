// Entity redirects (ids merged away) as exports write them and imports take them back: read for a
// set of entities or the whole store in pages, and added from a file without overruling the store.
import type { Redirect } from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';

/** What adding a redirect from a file did: added, already there, or left alone and why. */
export type RedirectOutcome = 'added' | 'present' | 'live-entity' | 'elsewhere' | 'no-target';

export function createRedirectRepo(db: Db) {
  const cols = 'SELECT r.from_id AS "from", e.id AS "to" FROM redirects r JOIN entities e ON e.eid = r.to_eid';
  const q = {
    to: db.prepare(`${cols} WHERE r.to_eid IN (SELECT value FROM json_each(?)) ORDER BY r.from_id`),
    page: db.prepare(`${cols} WHERE r.from_id > ? ORDER BY r.from_id LIMIT ?`),
    target: db.prepare('SELECT eid FROM entities WHERE id = ?').pluck(),
    current: db.prepare('SELECT e.id FROM redirects r JOIN entities e ON e.eid = r.to_eid WHERE r.from_id = ?').pluck(),
    add: db.prepare('INSERT INTO redirects (from_id, to_eid) VALUES (?, ?)'),
    triple: db
      .prepare(
        `SELECT r.id FROM entities s CROSS JOIN relations r ON r.subject = s.eid CROSS JOIN entities o ON o.eid = r.object
      WHERE s.id = ? AND r.predicate = ? AND o.id = ?`,
      )
      .pluck(),
  };
  return {
    /** Redirects that lead to any of these entities, in id order. */
    leadingTo: (eids: number[]) => q.to.all(JSON.stringify(eids)) as Redirect[],
    /** The next `n` redirects of the whole store after `after`, in id order. */
    page: (after: string, n: number) => q.page.all(after, n) as Redirect[],
    /** Adds `from` -> `to` unless `from` is a live entity or already leads elsewhere (the store wins). */
    add(r: Redirect): RedirectOutcome {
      const eid = q.target.get(r.to) as number | undefined;
      if (eid === undefined) return 'no-target';
      if (q.target.get(r.from) !== undefined) return 'live-entity';
      const now = q.current.get(r.from) as string | undefined;
      if (now !== undefined) return now === r.to ? 'present' : 'elsewhere';
      q.add.run(r.from, eid);
      return 'added';
    },
    /** Where an id leads in the store, when a merge left it behind. */
    targetOf: (id: string) => q.current.get(id) as string | undefined,
    isEntity: (id: string) => q.target.get(id) !== undefined,
    /** The stored relation of a triple named by entity ids, if any. */
    relationOf: (subject: string, predicate: string, object: string) =>
      q.triple.get(subject, predicate, object) as string | undefined,
  };
}

export type RedirectRepo = ReturnType<typeof createRedirectRepo>;
