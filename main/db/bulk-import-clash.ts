// An import into an empty store writes relations with no index on their triples (it builds the
// unique index at the end, migration 13). A triple that came twice under two ids then fails that
// build; this names the relation as the row-by-row path does: the second one, and its twin.
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Db } from './open.ts';

export function explainTripleClash(db: Db, build: () => void): void {
  try {
    build();
  } catch (e) {
    if (!(e instanceof Error) || !e.message.includes('UNIQUE constraint failed: relations.subject')) throw e;
    const rows = db
      .prepare(
        `WITH twice AS (SELECT subject, predicate, object FROM relations GROUP BY subject, predicate, object HAVING count(*) > 1)
         SELECT r.id AS id, r.subject || ' ' || r.predicate || ' ' || r.object AS triple
         FROM relations r JOIN twice t ON t.subject = r.subject AND t.predicate = r.predicate AND t.object = r.object ORDER BY r.rid`,
      )
      .all() as { id: string; triple: string }[];
    const first = new Map<string, string>();
    for (const r of rows) {
      const twin = first.get(r.triple);
      if (twin !== undefined)
        throw new ClaimscapeError('conflict', `the same triple already exists as relation "${twin}"`, {
          path: `relation ${r.id}.id`,
          value: r.id,
        });
      first.set(r.triple, r.id);
    }
    throw e;
  }
}
