// A relation's doubts (its claims that cannot verify or deny it), stored on the relations row so a
// slice reads them with the row instead of deriving them from every claim (migration 10).
// Triggers on claims keep the count for every write path, undo and redo included; a bulk import
// into an empty store, which sets triggers aside, derives it with the other aggregates.

/** The stances that count as a doubt (model/as-of.ts counts the same). */
export const DOUBT_STANCES_SQL = `('cannot-verify', 'denies')`;

const isDoubt = (row: 'new' | 'old') => `${row}.stance IN ${DOUBT_STANCES_SQL}`;
const bump = (row: 'new' | 'old', by: '+ 1' | '- 1') =>
  `UPDATE relations SET doubts = doubts ${by} WHERE rid = ${row}.rid AND ${isDoubt(row)};`;

/**
 * Counted up and down by the claim that changes, never recounted: only doubt claims pay anything,
 * and a claim moving between relations (a merge's fold) moves its doubt with it. Not tracked by the
 * history triggers: undo and redo replay the claims' own changes, which bring the count along,
 * and a relation an undo inserts again starts at 0 before its claims come back.
 */
export const DOUBTS_MIGRATION = `
  ALTER TABLE relations ADD COLUMN doubts INTEGER NOT NULL DEFAULT 0;
  UPDATE relations SET doubts = g.n FROM (SELECT rid, count(*) AS n FROM claims INDEXED BY claims_rid_digest
    WHERE stance IN ${DOUBT_STANCES_SQL} GROUP BY rid) AS g WHERE g.rid = relations.rid;
  CREATE TRIGGER relation_doubts_ins AFTER INSERT ON claims WHEN ${isDoubt('new')} BEGIN
    ${bump('new', '+ 1')}
  END;
  CREATE TRIGGER relation_doubts_del AFTER DELETE ON claims WHEN ${isDoubt('old')} BEGIN
    ${bump('old', '- 1')}
  END;
  CREATE TRIGGER relation_doubts_upd AFTER UPDATE OF rid, stance ON claims
  WHEN (old.rid IS NOT new.rid OR old.stance IS NOT new.stance) AND (${isDoubt('old')} OR ${isDoubt('new')}) BEGIN
    ${bump('old', '- 1')}
    ${bump('new', '+ 1')}
  END;
`;
