// SQL of merging entity B into A: relations re-pointed (or folded into A's identical ones with all
// their claims), claims, sources and aliases moved, degrees recomputed, B's id left as a redirect.
// Also the index walks behind merge suggestions (shared Wikidata ids, shared folded names).
import type { Db } from './open.ts';

export interface MergeRelation {
  rid: number;
  subject: number;
  predicate: string;
  object: number;
}

export interface EntityBrief {
  eid: number;
  id: string;
  label: string;
  kind: string;
  degree: number;
}

export function createMergeRepo(db: Db) {
  const q = {
    relationsOf: db.prepare(`SELECT rid, subject, predicate, object FROM relations WHERE subject = @e
      UNION SELECT rid, subject, predicate, object FROM relations WHERE object = @e`),
    triple: db.prepare('SELECT rid FROM relations WHERE subject = ? AND predicate = ? AND object = ?').pluck(),
    moveClaims: db.prepare('UPDATE claims SET rid = ? WHERE rid = ?'),
    deleteRelation: db.prepare('DELETE FROM relations WHERE rid = ?'),
    repoint: db.prepare('UPDATE relations SET subject = ?, object = ? WHERE rid = ?'),
    claimant: db.prepare('UPDATE claims SET claimant = ? WHERE claimant = ?'),
    via: db.prepare('UPDATE claims SET reported_via = ? WHERE reported_via = ?'),
    publisher: db.prepare('UPDATE sources SET publisher = ? WHERE publisher = ?'),
    moveAliases: db.prepare(`INSERT OR IGNORE INTO aliases (eid, text, lang, form)
      SELECT ?, text, lang, form FROM aliases WHERE eid = ?`),
    dropAliases: db.prepare('DELETE FROM aliases WHERE eid = ?'),
    retarget: db.prepare('UPDATE redirects SET to_eid = ? WHERE to_eid = ?'),
    redirect: db.prepare('INSERT INTO redirects (from_id, to_eid) VALUES (?, ?)'),
    lower: db.prepare('UPDATE entities SET degree = degree - ? WHERE eid = ?'),
    degree: db.prepare(`UPDATE entities SET degree = (SELECT count(*) FROM relations WHERE subject = @e)
      + (SELECT count(*) FROM relations WHERE object = @e AND subject != @e) WHERE eid = @e`),
    // Duplicates straight from the indexes: the Wikidata expression index grouped in order, and the
    // two folded-name indexes merged in order (no sort, no scan of names in memory).
    wikidataKeys: db
      .prepare(
        `SELECT json_extract(external_ids, '$.wikidata') AS q FROM entities WHERE external_ids IS NOT NULL
      GROUP BY 1 HAVING q IS NOT NULL AND count(*) > 1`,
      )
      .pluck(),
    byWikidata: db.prepare(`SELECT eid, id, label, kind, degree FROM entities
      WHERE json_extract(external_ids, '$.wikidata') = ? AND external_ids IS NOT NULL ORDER BY degree DESC, eid`),
    nameKeys: db
      .prepare(
        `SELECT k FROM (SELECT fold_name(label) AS k, eid FROM entities
        UNION ALL SELECT fold_name(text) AS k, eid FROM aliases ORDER BY k)
      GROUP BY k HAVING k <> '' AND count(DISTINCT eid) > 1`,
      )
      .pluck(),
    byName: db.prepare(`SELECT eid, id, label, kind, degree FROM entities WHERE fold_name(label) = @k
      UNION SELECT e.eid, e.id, e.label, e.kind, e.degree FROM aliases a JOIN entities e ON e.eid = a.eid
      WHERE fold_name(a.text) = @k ORDER BY eid`),
  };
  return {
    relationsOf: (eid: number) => q.relationsOf.all({ e: eid }) as MergeRelation[],
    relationByTriple: (s: number, p: string, o: number) => q.triple.get(s, p, o) as number | undefined,
    /** Moves the claims of `from` onto `into` and deletes `from`. */
    fold(from: number, into: number): void {
      q.moveClaims.run(into, from);
      q.deleteRelation.run(from);
    },
    repoint: (rid: number, subject: number, object: number) => q.repoint.run(subject, object, rid),
    /** Claims (as claimant or relay), sources (publisher), aliases and redirects of B go to A. */
    moveReferences(a: number, b: number): void {
      q.claimant.run(a, b);
      q.via.run(a, b);
      q.publisher.run(a, b);
      q.moveAliases.run(a, b);
      q.dropAliases.run(b);
      q.retarget.run(a, b);
    },
    addRedirect: (fromId: string, toEid: number) => q.redirect.run(fromId, toEid),
    recountDegree: (eid: number) => q.degree.run({ e: eid }),
    lowerDegree: (eid: number, by: number) => q.lower.run(by, eid),
    /** Wikidata ids that more than one entity carries, in order (an iterator: stop when you have enough). */
    duplicateWikidataIds: () => q.wikidataKeys.iterate() as IterableIterator<string>,
    entitiesWithWikidata: (qid: string) => q.byWikidata.all(qid) as EntityBrief[],
    /** Folded names that more than one entity carries as label or alias, in order (an iterator). */
    duplicateNames: () => q.nameKeys.iterate() as IterableIterator<string>,
    entitiesNamed: (folded: string) => q.byName.all({ k: folded }) as EntityBrief[],
  };
}

export type MergeRepo = ReturnType<typeof createMergeRepo>;
