// The prepared statements of the edit repo (edit-repo.ts), kept apart so both files stay short.
import type { Db } from './open.ts';

const CLAIM_COLS = 'rid, claimant, stance, sid, stated, holds_from, holds_until, summary, excerpt, reported_via';
const SOURCE_COLS = 'title, publisher, url, language, published, retrieved, copy_of';
const ENTITY_COLS = 'eid, id, kind, label, description, attributes, external_ids, degree';

export function editStatements(db: Db) {
  const sets = (cols: string) =>
    cols
      .split(', ')
      .map((c) => `${c} = ?`)
      .join(', ');
  return {
    entityById: db.prepare(`SELECT ${ENTITY_COLS} FROM entities WHERE id = ?`),
    entityByEid: db.prepare(`SELECT ${ENTITY_COLS} FROM entities WHERE eid = ?`),
    redirect: db
      .prepare('SELECT e.id FROM redirects r JOIN entities e ON e.eid = r.to_eid WHERE r.from_id = ?')
      .pluck(),
    idTaken: db.prepare('SELECT 1 FROM entities WHERE id = @id UNION ALL SELECT 1 FROM redirects WHERE from_id = @id'),
    hasKind: db.prepare('SELECT 1 FROM kinds WHERE id = ?'),
    predicate: db.prepare('SELECT id, subject_kinds, object_kinds FROM predicates WHERE id = ?'),
    insertEntity: db.prepare(
      'INSERT INTO entities (id, kind, label, description, attributes, external_ids) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    updateEntity: db.prepare(
      `UPDATE entities SET ${sets('kind, label, description, attributes, external_ids')} WHERE eid = ?`,
    ),
    deleteEntity: db.prepare('DELETE FROM entities WHERE eid = ?'),
    deleteRedirectsTo: db.prepare('DELETE FROM redirects WHERE to_eid = ?'),
    deleteAliases: db.prepare('DELETE FROM aliases WHERE eid = ?'),
    aliases: db.prepare('SELECT text, lang, form FROM aliases WHERE eid = ? ORDER BY lang, text'),
    addAlias: db.prepare('INSERT INTO aliases (eid, text, lang, form) VALUES (?, ?, ?, ?)'),
    removeAlias: db.prepare('DELETE FROM aliases WHERE eid = ? AND text = ?'),
    references: db.prepare(`SELECT
      (SELECT count(*) FROM relations WHERE subject = @e) + (SELECT count(*) FROM relations WHERE object = @e AND subject != @e) AS relations,
      (SELECT count(*) FROM claims WHERE rid IN (SELECT rid FROM relations WHERE subject = @e UNION SELECT rid FROM relations WHERE object = @e)) AS claims,
      (SELECT count(*) FROM claims WHERE claimant = @e) AS claimant,
      (SELECT count(*) FROM claims WHERE reported_via = @e) AS via,
      (SELECT count(*) FROM sources WHERE publisher = @e) AS publisher`),
    relationsOf: db
      .prepare('SELECT rid FROM relations WHERE subject = @e UNION SELECT rid FROM relations WHERE object = @e')
      .pluck(),
    claimsBy: db.prepare('SELECT cid, rid FROM claims WHERE claimant = ?'),
    clearVia: db.prepare('UPDATE claims SET reported_via = NULL WHERE reported_via = ?'),
    clearPublisher: db.prepare('UPDATE sources SET publisher = NULL WHERE publisher = ?'),
    sourceById: db.prepare(`SELECT sid, id, ${SOURCE_COLS} FROM sources WHERE id = ?`),
    insertSource: db.prepare(`INSERT INTO sources (id, ${SOURCE_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    updateSource: db.prepare(`UPDATE sources SET ${sets(SOURCE_COLS)} WHERE sid = ?`),
    relationsOfSource: db.prepare('SELECT DISTINCT rid FROM claims WHERE sid = ?').pluck(),
    copyOf: db.prepare('SELECT copy_of FROM sources WHERE sid = ?').pluck(),
    relationByTriple: db.prepare('SELECT rid, id FROM relations WHERE subject = ? AND predicate = ? AND object = ?'),
    relationByRid: db.prepare('SELECT rid, id, subject, predicate, object FROM relations WHERE rid = ?'),
    cidsOf: db.prepare('SELECT cid FROM claims WHERE rid = ?').pluck(),
    relationIdTaken: db.prepare('SELECT 1 FROM relations WHERE id = ?'),
    sourceIdOf: db.prepare('SELECT id FROM sources WHERE sid = ?').pluck(),
    sourceIdTaken: db.prepare('SELECT 1 FROM sources WHERE id = ?'),
    copiesOf: db.prepare('SELECT sid FROM sources WHERE copy_of = ?').pluck(),
    insertRelation: db.prepare('INSERT INTO relations (id, subject, predicate, object) VALUES (?, ?, ?, ?)'),
    deleteRelation: db.prepare('DELETE FROM relations WHERE rid = ?'),
    hasClaims: db.prepare('SELECT 1 FROM claims WHERE rid = ? LIMIT 1'),
    bumpDegree: db.prepare('UPDATE entities SET degree = degree + ? WHERE eid = ?'),
    claimById: db.prepare(`SELECT cid, id, ${CLAIM_COLS} FROM claims WHERE id = ?`),
    maxCid: db.prepare('SELECT coalesce(max(cid), 0) FROM claims').pluck(),
    insertClaim: db.prepare(`INSERT INTO claims (id, ${CLAIM_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    updateClaim: db.prepare(`UPDATE claims SET ${sets(CLAIM_COLS)} WHERE cid = ?`),
    deleteClaim: db.prepare('DELETE FROM claims WHERE cid = ?'),
    claimsOf: db.prepare('SELECT stance, sid, stated FROM claims WHERE rid = ?'),
    relationAgg: db.prepare(
      'UPDATE relations SET status = ?, claim_count = ?, source_count = ?, first_stated = ?, last_stated = ? WHERE rid = ?',
    ),
    entityFtsDel: db.prepare('DELETE FROM entity_fts WHERE rowid = ?'),
    entityFtsAdd: db.prepare(`INSERT INTO entity_fts (rowid, label, aliases, description)
      SELECT e.eid, e.label, coalesce((SELECT group_concat(text, ' | ') FROM aliases WHERE eid = e.eid), ''),
      coalesce(e.description, '') FROM entities e WHERE e.eid = ?`),
    claimFtsDel: db.prepare('DELETE FROM claim_fts WHERE rowid = ?'),
    claimFtsAdd: db.prepare(`INSERT INTO claim_fts (rowid, summary, excerpt)
      SELECT cid, coalesce(summary, ''), coalesce(excerpt, '') FROM claims WHERE cid = ?`),
  };
}
