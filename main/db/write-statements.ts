// The prepared statements of the row-by-row writer (write-repo.ts) and its refresh of a relation's
// derived values (status, counts, first/last stated date) from its claims (its doubts are kept by
// triggers on claims, relation-doubts.ts); kept apart so both files stay short.
import { deriveStatus, countIndependentSources } from '../../graph-data/model/status.ts';
import type { Stance } from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';
import { CLAIM_DATA_COLS, ENTITY_DATA_COLS, SOURCE_DATA_COLS } from './columns.ts';

export function refreshRelation(s: Statements, rid: number, copyOf: (sid: string) => string | null): void {
  const rows = s.claimsOf.all(rid) as { stance: Stance; sid: number; stated: string | null }[];
  const stated = rows
    .map((r) => r.stated)
    .filter((d): d is string => d !== null)
    .sort();
  s.relationAgg.run(
    deriveStatus(rows.map((r) => r.stance)),
    rows.length,
    countIndependentSources(
      rows.map((r) => String(r.sid)),
      copyOf,
    ),
    stated[0] ?? null,
    stated[stated.length - 1] ?? null,
    rid,
  );
}

export type Statements = ReturnType<typeof writeStatements>;

export function writeStatements(db: Db) {
  const changed = (cols: string[]) => cols.map((c) => `${c} IS NOT excluded.${c}`).join(' OR ');
  const entityCols = ENTITY_DATA_COLS;
  const sourceCols = SOURCE_DATA_COLS;
  const claimCols = CLAIM_DATA_COLS;
  const set = (cols: string[]) => cols.map((c) => `${c} = excluded.${c}`).join(', ');
  return {
    kind: db.prepare('INSERT OR IGNORE INTO kinds (id, label, shape, color, glyph) VALUES (?, ?, ?, ?, ?)'),
    predicate: db.prepare(
      'INSERT OR IGNORE INTO predicates (id, label, inverse, symmetric, subject_kinds, object_kinds) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    hasKind: db.prepare('SELECT 1 FROM kinds WHERE id = ?'),
    hasPredicate: db.prepare('SELECT 1 FROM predicates WHERE id = ?'),
    eidOf: db.prepare('SELECT eid FROM entities WHERE id = ?'),
    labelOf: db.prepare('SELECT label FROM entities WHERE eid = ?'),
    sidOf: db.prepare('SELECT sid FROM sources WHERE id = ?'),
    entity: db.prepare(`INSERT INTO entities (id, ${entityCols.join(', ')}) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET ${set(entityCols)} WHERE ${changed(entityCols)}`),
    alias: db.prepare('INSERT OR IGNORE INTO aliases (eid, text, lang, form) VALUES (?, ?, ?, ?)'),
    source: db.prepare(`INSERT INTO sources (id, ${sourceCols.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET ${set(sourceCols)} WHERE ${changed(sourceCols)}`),
    relationById: db.prepare('SELECT rid, subject, predicate, object FROM relations WHERE id = ?'),
    relationByTriple: db.prepare('SELECT id FROM relations WHERE subject = ? AND predicate = ? AND object = ?'),
    relation: db.prepare('INSERT INTO relations (id, subject, predicate, object) VALUES (?, ?, ?, ?)'),
    bumpDegree: db.prepare('UPDATE entities SET degree = degree + 1 WHERE eid = ?'),
    claimRid: db.prepare('SELECT rid FROM claims WHERE id = ?'),
    claimCid: db.prepare('SELECT cid FROM claims WHERE id = ?').pluck(),
    claim:
      db.prepare(`INSERT INTO claims (id, ${claimCols.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET ${set(claimCols)} WHERE ${changed(claimCols)}`),
    claimsOf: db.prepare('SELECT stance, sid, stated FROM claims WHERE rid = ?'),
    copyOf: db.prepare('SELECT copy_of FROM sources WHERE sid = ?'),
    relationAgg: db.prepare(
      'UPDATE relations SET status = ?, claim_count = ?, source_count = ?, first_stated = ?, last_stated = ? WHERE rid = ?',
    ),
    ftsDel: db.prepare('DELETE FROM entity_fts WHERE rowid = ?'),
    ftsAdd: db.prepare(`INSERT INTO entity_fts (rowid, label, aliases, description)
      SELECT e.eid, e.label, coalesce((SELECT group_concat(text, ' | ') FROM aliases WHERE eid = e.eid), ''), coalesce(e.description, '')
      FROM entities e WHERE e.eid = ? AND ? IS NOT NULL`),
    claimFtsDel: db.prepare('DELETE FROM claim_fts WHERE rowid = ?'),
    claimFtsAdd: db.prepare('INSERT INTO claim_fts (rowid, summary, excerpt) VALUES (?, ?, ?)'),
  };
}
