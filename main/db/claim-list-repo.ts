// Claims in brief, for relations or by claimants: the claims view, the timeline and claimant
// comparison. Ordered by stated date, then id, and limited.
import type { ClaimBrief } from '../../graph-data/contract/views.ts';
import type { Db } from './open.ts';

const SELECT = `SELECT c.id AS id, r.id AS relationId, s.id AS subject, o.id AS object, r.predicate AS predicate,
  ce.id AS cId, ce.label AS cLabel, ce.kind AS cKind, c.stance AS stance, c.stated AS stated,
  so.id AS sId, so.title AS sTitle, pe.id AS pId, pe.label AS pLabel, pe.kind AS pKind
  FROM claims c CROSS JOIN relations r ON r.rid = c.rid CROSS JOIN entities s ON s.eid = r.subject
  CROSS JOIN entities o ON o.eid = r.object CROSS JOIN entities ce ON ce.eid = c.claimant
  CROSS JOIN sources so ON so.sid = c.sid LEFT JOIN entities pe ON pe.eid = so.publisher`;

type Row = Omit<ClaimBrief, 'claimant' | 'source' | 'publisher'> & Record<string, string | null>;

function brief(r: Row): ClaimBrief {
  const { cId, cLabel, cKind, sId, sTitle, pId, pLabel, pKind, ...c } = r;
  return {
    ...c,
    claimant: { id: cId ?? '', label: cLabel ?? '', kind: cKind ?? '' },
    source: { id: sId ?? '', title: sTitle ?? '' },
    publisher: pId ? { id: pId, label: pLabel ?? pId, kind: pKind ?? '' } : null,
  } as ClaimBrief;
}

export function createClaimListRepo(db: Db) {
  const q = {
    ofRelations:
      db.prepare(`${SELECT} WHERE c.rid IN (SELECT rid FROM relations WHERE id IN (SELECT value FROM json_each(?)))
      ORDER BY c.stated, c.id LIMIT ?`),
    byClaimants:
      db.prepare(`${SELECT} WHERE c.claimant IN (SELECT eid FROM entities WHERE id IN (SELECT value FROM json_each(?)))
      ORDER BY c.stated, c.id LIMIT ?`),
  };
  return {
    ofRelations: (ids: string[], limit: number) => (q.ofRelations.all(JSON.stringify(ids), limit) as Row[]).map(brief),
    byClaimants: (ids: string[], limit: number) => (q.byClaimants.all(JSON.stringify(ids), limit) as Row[]).map(brief),
  };
}
