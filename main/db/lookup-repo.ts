// Small lookups the services need (names to ids, vocabulary membership, internal keys to ids, a
// change stamp), kept here so that all SQL stays in main/db.
import type { Db } from './open.ts';

/**
 * Equal to @a but for ASCII case (SQLite's NOCASE), found through the folded-name indexes: text equal
 * that way is equal once folded (fold_name), so the index finds every candidate and NOCASE keeps the
 * exact ones, without reading every label.
 */
export const nocaseMatch = (col: string, value: string) =>
  `fold_name(${col}) = fold_name(${value}) AND ${col} = ${value} COLLATE NOCASE`;
const SAME_LABEL = nocaseMatch('label', '@a');
const SAME_ALIAS = nocaseMatch('a.text', '@a');

export function createLookupRepo(db: Db) {
  const q = {
    byName: db
      .prepare(
        `SELECT id FROM entities WHERE id = @a UNION ALL
      SELECT e.id FROM redirects r JOIN entities e ON e.eid = r.to_eid WHERE r.from_id = @a UNION ALL
      SELECT id FROM entities WHERE ${SAME_LABEL} UNION ALL
      SELECT e.id FROM aliases a JOIN entities e ON e.eid = a.eid WHERE ${SAME_ALIAS} LIMIT 1`,
      )
      .pluck(),
    byLabel: db
      .prepare(
        `SELECT id FROM entities WHERE ${SAME_LABEL}
      UNION SELECT e.id FROM aliases a JOIN entities e ON e.eid = a.eid WHERE ${SAME_ALIAS} LIMIT 1`,
      )
      .pluck(),
    redirect: db
      .prepare('SELECT e.id FROM redirects r JOIN entities e ON e.eid = r.to_eid WHERE r.from_id = ?')
      .pluck(),
    wikidata: db
      .prepare(
        "SELECT id FROM entities WHERE json_extract(external_ids, '$.wikidata') = ? AND external_ids IS NOT NULL LIMIT 1",
      )
      .pluck(),
    brief: db.prepare('SELECT id, kind, label FROM entities WHERE id = ?'),
    hasKind: db.prepare('SELECT 1 FROM kinds WHERE id = ?'),
    hasPredicate: db.prepare('SELECT 1 FROM predicates WHERE id = ?'),
    anyKind: db.prepare('SELECT 1 FROM kinds LIMIT 1'),
    topByDegree: db.prepare('SELECT eid FROM entities ORDER BY degree DESC LIMIT ?').pluck(),
    entityAt: db.prepare('SELECT 1 FROM entities LIMIT 1 OFFSET ?'),
    entityIds: db.prepare('SELECT eid AS key, id FROM entities WHERE eid IN (SELECT value FROM json_each(?))'),
    relationIds: db.prepare('SELECT rid AS key, id FROM relations WHERE rid IN (SELECT value FROM json_each(?))'),
    ridsOf: db.prepare('SELECT rid FROM relations WHERE id IN (SELECT value FROM json_each(?))').pluck(),
    changes: db.prepare('SELECT total_changes()').pluck(),
  };
  const idMap = (rows: unknown[]) => new Map((rows as { key: number; id: string }[]).map((r) => [r.key, r.id]));

  return {
    /** An entity by id, then exact label, then exact alias (case-insensitive). */
    entityIdByName: (name: string) => q.byName.get({ a: name }) as string | undefined,
    /** An entity whose label or alias is exactly this text (case-insensitive). */
    entityIdByLabel: (text: string) => q.byLabel.get({ a: text }) as string | undefined,
    /** The entity carrying this Wikidata id (an expression index answers it). */
    entityIdByWikidata: (qid: string) => q.wikidata.get(qid) as string | undefined,
    /** Where a merge redirected this id, if it did. */
    redirectOf: (id: string) => q.redirect.get(id) as string | undefined,
    entityBrief: (id: string) => q.brief.get(id) as { id: string; kind: string; label: string } | undefined,
    hasEntity: (id: string) => q.brief.get(id) !== undefined,
    hasKind: (id: string) => q.hasKind.get(id) !== undefined,
    hasPredicate: (id: string) => q.hasPredicate.get(id) !== undefined,
    hasVocabulary: () => q.anyKind.get() !== undefined,
    topByDegree: (n: number) => q.topByDegree.all(n) as number[],
    /** True when there are more than n entities, without counting them all. */
    hasMoreEntitiesThan: (n: number) => q.entityAt.get(n) !== undefined,
    entityIdsOf: (eids: number[]) => idMap(q.entityIds.all(JSON.stringify(eids))),
    relationIdsOf: (rids: number[]) => idMap(q.relationIds.all(JSON.stringify(rids))),
    ridsOf: (ids: string[]) => q.ridsOf.all(JSON.stringify(ids)) as number[],
    /** Changes when this connection or another one commits a write. */
    changeStamp: () => `${String(db.pragma('data_version', { simple: true }))}:${String(q.changes.get())}`,
  };
}

export type LookupRepo = ReturnType<typeof createLookupRepo>;
