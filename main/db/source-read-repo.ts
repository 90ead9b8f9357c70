// Reads one source as the Source view shows it: its details and every claim it carries, grouped
// by relation.
import type { SourceDetail } from '../../graph-data/contract/edit-views.ts';
import type { EdgeView, EntityRef } from '../../graph-data/contract/views.ts';
import type { Db } from './open.ts';
import { CLAIM_SELECT, EDGE_COLS, toClaimView, type ClaimRow } from './read-repo.ts';

export function createSourceReadRepo(db: Db) {
  const q = {
    source: db.prepare(`SELECT so.sid, so.id, so.title, so.url, so.language, so.published, so.retrieved,
      pe.id AS pId, pe.label AS pLabel, pe.kind AS pKind, co.id AS cId, co.title AS cTitle
      FROM sources so LEFT JOIN entities pe ON pe.eid = so.publisher LEFT JOIN sources co ON co.sid = so.copy_of
      WHERE so.id = ?`),
    claims: db.prepare(`${CLAIM_SELECT} WHERE c.sid = ? ORDER BY r.id, c.stated, c.id LIMIT ?`),
    relations: db.prepare(`SELECT ${EDGE_COLS}, s.label AS sLabel, s.kind AS sKind, o.label AS oLabel, o.kind AS oKind
      FROM relations r JOIN entities s ON s.eid = r.subject JOIN entities o ON o.eid = r.object
      WHERE r.rid IN (SELECT DISTINCT rid FROM claims WHERE sid = ?) ORDER BY r.id LIMIT ?`),
    count: db.prepare('SELECT count(*) FROM claims WHERE sid = ?').pluck(),
  };
  return {
    sourceDetail(id: string, cap = 2000): SourceDetail | null {
      const s = q.source.get(id) as Record<string, string | number | null> | undefined;
      if (!s) return null;
      const ref = (i: unknown, l: unknown, k: unknown): EntityRef | null =>
        typeof i === 'string' ? { id: i, label: String(l), kind: String(k) } : null;
      type Rel = EdgeView & { sLabel: string; sKind: string; oLabel: string; oKind: string };
      const groups = (q.relations.all(s['sid'], cap) as Rel[]).map(({ sLabel, sKind, oLabel, oKind, ...e }) => ({
        relation: {
          ...e,
          subject: { id: e.source, label: sLabel, kind: sKind },
          object: { id: e.target, label: oLabel, kind: oKind },
        },
        claims: [] as SourceDetail['relations'][number]['claims'],
      }));
      const byId = new Map(groups.map((g) => [g.relation.id, g]));
      for (const row of q.claims.all(s['sid'], cap) as ClaimRow[])
        byId.get(row.relationId)?.claims.push(toClaimView(row));
      return {
        id: String(s['id']),
        title: String(s['title']),
        url: (s['url'] as string | null) ?? null,
        language: (s['language'] as string | null) ?? null,
        published: (s['published'] as string | null) ?? null,
        retrieved: (s['retrieved'] as string | null) ?? null,
        publisher: ref(s['pId'], s['pLabel'], s['pKind']),
        copyOf: typeof s['cId'] === 'string' ? { id: s['cId'], title: String(s['cTitle']) } : null,
        claimCount: q.count.get(s['sid']) as number,
        relations: groups,
      };
    },
  };
}
