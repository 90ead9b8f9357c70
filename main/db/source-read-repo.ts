// Reads one source as the Source view shows it (its details and every claim it carries, grouped
// by relation), and finds sources anywhere in the store for the claim form's source picker.
import type { SourceDetail } from '../../graph-data/contract/edit-views.ts';
import type { EdgeView, EntityRef, SourceView } from '../../graph-data/contract/views.ts';
import type { Db } from './open.ts';
import { toFtsQuery } from './search-repo.ts';
import { CLAIM_SELECT, EDGE_COLS, toClaimView, type ClaimRow } from './read-repo.ts';

const SOURCE_HIT = `SELECT so.id, so.title, so.url, so.language, so.published, pe.id AS pId, pe.label AS pLabel,
  pe.kind AS pKind FROM sources so LEFT JOIN entities pe ON pe.eid = so.publisher`;

type HitRow = { id: string; title: string; url: string | null; language: string | null; published: string | null } & {
  pId: string | null;
  pLabel: string | null;
  pKind: string | null;
};

function hitView({ pId, pLabel, pKind, ...s }: HitRow): SourceView {
  return { ...s, publisher: pId ? { id: pId, label: String(pLabel), kind: String(pKind) } : null };
}

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
    // Three index-friendly reads instead of one OR over a join: the id, titles (a scan of sources
    // alone, stopping at the limit), and publishers found through the entity search index.
    byId: db.prepare(`${SOURCE_HIT} WHERE so.id = ?`),
    byTitle: db.prepare(`${SOURCE_HIT} WHERE so.title LIKE ? ESCAPE '\\' LIMIT ?`),
    byPublisher: db.prepare(`${SOURCE_HIT} WHERE so.publisher IN
      (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? LIMIT 200) LIMIT ?`),
  };
  return {
    /** Sources with this id, then those whose title contains the text, then those whose publisher's name matches. */
    search(text: string, n: number): SourceView[] {
      const t = text.trim();
      if (!t) return [];
      const like = `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const fts = toFtsQuery(t);
      const rows = [
        ...(q.byId.all(t) as HitRow[]),
        ...(q.byTitle.all(like, n) as HitRow[]),
        ...(fts ? (q.byPublisher.all(fts, n) as HitRow[]) : []),
      ];
      const seen = new Set<string>();
      return rows
        .filter((r) => !seen.has(r.id) && seen.add(r.id))
        .slice(0, n)
        .map(hitView);
    },
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
