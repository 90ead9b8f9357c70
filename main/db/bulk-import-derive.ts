// The deferred half of a bulk import: after all rows are in, derive relation status, counts,
// doubts and dates, entity degrees, indexes and the search index with set-based SQL (GROUP BY, INSERT ... SELECT).
import type { Db } from './open.ts';
import { DOUBT_STANCES_SQL } from './relation-doubts.ts';
import { liftSearchIndex } from './fts-shape.ts';
import { withShortSorts } from './short-sorts.ts';
import { claimFtsSql, entityFtsSql } from './bulk-import-search.ts';
import { createEarlyDerivation } from './bulk-import-early.ts';
import { explainTripleClash } from './bulk-import-clash.ts';

export const BULK_PHASES = ['indexes', 'aggregates', 'degrees', 'search', 'commit'] as const;
export type BulkPhase = (typeof BULK_PHASES)[number];

const STATUS_SQL = `CASE WHEN g.d THEN CASE WHEN g.a OR g.r OR g.f THEN 'contested' ELSE 'denied' END
  WHEN g.f THEN 'confirmed' WHEN g.a THEN 'asserted' ELSE 'unverified' END`;

/**
 * Independent sources collapse syndicated copies onto the report they copy (copy_of chains, as
 * rootOf in graph-data/model/status.ts: however long, and a cycle stops where it closes).
 */
const ROOTS_CTE = `WITH RECURSIVE up(sid, cur, depth, path) AS (SELECT sid, copy_of, 1, ',' || sid || ',' || copy_of || ','
    FROM sources WHERE copy_of IS NOT NULL
    UNION ALL SELECT up.sid, s.copy_of, up.depth + 1, up.path || s.copy_of || ',' FROM up JOIN sources s ON s.sid = up.cur
    WHERE s.copy_of IS NOT NULL AND instr(up.path, ',' || s.copy_of || ',') = 0),
  roots(sid, root) AS MATERIALIZED (SELECT sid, cur FROM (SELECT sid, cur, max(depth) FROM up GROUP BY sid))`;

const aggregateSql = (scope: string) => `${ROOTS_CTE} UPDATE relations SET status = ${STATUS_SQL},
  claim_count = g.n, source_count = g.srcs, first_stated = g.lo, last_stated = g.hi, doubts = g.doubts
  FROM (SELECT c.rid AS rid, count(*) AS n, sum(c.stance IN ${DOUBT_STANCES_SQL}) AS doubts, max(c.stance = 'asserts') AS a, max(c.stance = 'reports') AS r,
    max(c.stance = 'denies') AS d, max(c.stance = 'confirms') AS f, count(DISTINCT coalesce(rt.root, c.sid)) AS srcs,
    min(c.stated) AS lo, max(c.stated) AS hi
    FROM claims c LEFT JOIN roots rt ON rt.sid = c.sid ${scope} GROUP BY c.rid) AS g
  WHERE g.rid = relations.rid`;

const DEGREES_ALL = `UPDATE entities SET degree = g.n FROM (SELECT eid, sum(n) AS n FROM (
    SELECT subject AS eid, count(*) AS n FROM relations GROUP BY subject
    UNION ALL SELECT object AS eid, count(*) AS n FROM relations WHERE object <> subject GROUP BY object) GROUP BY eid) AS g
  WHERE g.eid = entities.eid`;
const DEGREES_SOME = `UPDATE entities SET degree = (SELECT count(*) FROM relations WHERE subject = entities.eid)
  + (SELECT count(*) FROM relations WHERE object = entities.eid AND subject <> entities.eid) WHERE eid IN (SELECT eid FROM temp.bulk_deg)`;

/** What an import into a non-empty store touched (an empty store derives everything, and creates no temp objects). */
const TEMP_TABLES = [
  'bulk_rel (rid INTEGER PRIMARY KEY)',
  'bulk_deg (eid INTEGER PRIMARY KEY)',
  'bulk_fts (eid INTEGER PRIMARY KEY)',
  'bulk_claim (cid INTEGER PRIMARY KEY)',
];

export interface SavedObject {
  type: 'index' | 'trigger';
  name: string;
  tbl: string;
  sql: string;
}

/**
 * In an empty store, secondary indexes are dropped now and built once at the end (a sort, not N
 * inserts), and the edit-history triggers step aside while rows go in: with nothing stored before the
 * import they would log nothing (the bulk watermark), but SQLite still runs their WHEN per row.
 */
function dropDerived(db: Db): SavedObject[] {
  const saved = db
    .prepare(
      `SELECT type, name, tbl_name AS tbl, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
    AND tbl_name IN ('entities', 'aliases', 'sources', 'relations', 'claims')`,
    )
    .all() as SavedObject[];
  for (const o of saved) db.exec(`DROP ${o.type.toUpperCase()} "${o.name.replaceAll('"', '""')}"`);
  return saved;
}

export function createBulkFinisher(db: Db, fresh: boolean, claimSlice?: number) {
  const saved = fresh ? dropDerived(db) : [];
  const temps = fresh ? [] : TEMP_TABLES;
  for (const t of temps) db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${t}; DELETE FROM temp.${t.split(' ')[0]}`);
  const rebuild = (tables: string[], which: (ix: SavedObject) => boolean = () => true) =>
    withShortSorts(db, () => {
      for (const ix of saved.filter((i) => i.type === 'index' && tables.includes(i.tbl) && which(i))) db.exec(ix.sql);
    });
  // Last, so the derivations below (status, degrees) are not logged either.
  const restoreTriggers = () => {
    for (const t of saved.filter((o) => o.type === 'trigger')) db.exec(t.sql);
  };

  const early = createEarlyDerivation(db, saved, claimSlice);

  /** `relations`: writes an empty store's relations, returning those whose derived columns are left to SQL. */
  function run(
    progress: (phase: BulkPhase, done: number, total: number) => void,
    relations: () => 'all' | number[] = () => 'all',
  ): void {
    const derive = (redo: 'all' | number[]) => {
      if (redo === 'all') db.exec(aggregateSql(''));
      else if (redo.length)
        db.prepare(aggregateSql('WHERE c.rid IN (SELECT value FROM json_each(?))')).run(JSON.stringify(redo));
    };
    const steps: [BulkPhase, () => void][] = fresh
      ? [
          ['indexes', () => rebuild(['claims'])],
          ['aggregates', () => derive(relations())],
          ['indexes', () => explainTripleClash(db, () => rebuild(['relations']))],
          ...early.rest(),
          ['degrees', () => db.exec(DEGREES_ALL)],
          ['indexes', () => rebuild(['entities'], (ix) => !early.covers(ix))],
          ...early.entitySearch(),
          early.claimSearch(),
          ['search', () => (['entity_fts', 'claim_fts'] as const).forEach((t) => liftSearchIndex(db, t))],
          ['indexes', restoreTriggers],
        ]
      : [
          [
            'aggregates',
            () =>
              db.exec(aggregateSql('WHERE c.rid IN (SELECT rid FROM temp.bulk_rel)')).exec(`UPDATE relations
        SET status = 'unverified', claim_count = 0, source_count = 0, first_stated = NULL, last_stated = NULL, doubts = 0
        WHERE rid IN (SELECT rid FROM temp.bulk_rel) AND NOT EXISTS (SELECT 1 FROM claims WHERE rid = relations.rid)`),
          ],
          ['degrees', () => db.exec(DEGREES_SOME)],
          [
            'search',
            () =>
              db
                .exec('DELETE FROM entity_fts WHERE rowid IN (SELECT eid FROM temp.bulk_fts)')
                .exec(entityFtsSql('WHERE e.eid IN (SELECT eid FROM temp.bulk_fts)'))
                .exec('DELETE FROM claim_fts WHERE rowid IN (SELECT cid FROM temp.bulk_claim)')
                .exec(claimFtsSql('AND c.cid IN (SELECT cid FROM temp.bulk_claim)')),
          ],
        ];
    steps.forEach(([phase, step], i) => {
      progress(phase, i, steps.length);
      step();
    });
    for (const t of temps) db.exec(`DROP TABLE temp.${t.split(' ')[0]}`);
  }

  return {
    run,
    track: fresh ? NO_TRACKING : createTracker(db),
    /** Runs the next early step (in an empty store, once its entities are in); undefined when none is due yet, false when none is left. */
    early: (): boolean | undefined => fresh && early.step(),
    /** An entity written after the early steps began. */
    entityLate: early.entityLate,
  };
}

const NO_TRACKING: BulkTracker = { entity: () => {}, relation: () => {}, claim: () => {} };

function createTracker(db: Db): BulkTracker {
  const add = (t: string) => db.prepare(`INSERT OR IGNORE INTO temp.${t} VALUES (?)`);
  const [rel, deg, fts, cl] = [add('bulk_rel'), add('bulk_deg'), add('bulk_fts'), add('bulk_claim')];
  return {
    entity: (eid: number) => void fts.run(eid),
    relation(rid: number, subject: number, object: number): void {
      rel.run(rid);
      deg.run(subject);
      deg.run(object);
    },
    claim(cid: number, rid: number, oldRid?: number): void {
      cl.run(cid);
      rel.run(rid);
      if (oldRid !== undefined && oldRid !== rid) rel.run(oldRid);
    },
  };
}

/** Records what a write into a non-empty store touched, so derivations stay scoped to it. */
export interface BulkTracker {
  entity(eid: number): void;
  relation(rid: number, subject: number, object: number): void;
  claim(cid: number, rid: number, oldRid?: number): void;
}
