// Full-text search over entities (labels, aliases, descriptions) and claims (summaries, excerpts):
// FTS5 with case and diacritic folding, prefix matching as you type, ranked inside FTS5, limited.
import type { ClaimSearchHit, SearchHit } from '../../graph-data/contract/views.ts';
import type { Db } from './open.ts';

/** Turns what a person typed into an FTS5 query: every word quoted, every word a prefix. */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

export function createSearchRepo(db: Db) {
  const q = {
    entities: db.prepare(`SELECT e.id AS id, e.kind AS kind, e.label AS label, e.degree AS degree, f.aliases AS aliases
      FROM (SELECT rowid, aliases FROM entity_fts WHERE entity_fts MATCH ? ORDER BY rank LIMIT ?) AS f
      CROSS JOIN entities e ON e.eid = f.rowid`),
    exact: db.prepare(`SELECT e.id AS id, e.kind AS kind, e.label AS label, e.degree AS degree, NULL AS aliases
      FROM entities e WHERE e.id = @a UNION
      SELECT e.id, e.kind, e.label, e.degree, a.text FROM aliases a CROSS JOIN entities e ON e.eid = a.eid
      WHERE a.text = @a COLLATE NOCASE LIMIT 5`),
    claims: db.prepare(`SELECT c.id AS claimId, r.id AS relationId, coalesce(c.summary, c.excerpt, '') AS summary
      FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?) AS f
      CROSS JOIN claims c ON c.cid = f.rowid CROSS JOIN relations r ON r.rid = c.rid`),
  };

  function matchedAlias(label: string, aliases: string | null, words: string[]): string | null {
    const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const hits = (s: string) => words.every((w) => fold(s).split(/[^\p{L}\p{N}]+/u).some((t) => t.startsWith(w)));
    if (hits(label)) return null;
    return (aliases ?? '').split(' | ').find(hits) ?? null;
  }

  return {
    entities(text: string, limit: number): SearchHit[] {
      const fts = toFtsQuery(text);
      if (!fts) return [];
      const words = (fts.match(/"([^"]+)"/g) ?? []).map((w) => w.slice(1, -1).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
      type Row = Omit<SearchHit, 'matched'> & { aliases: string | null };
      const seen = new Set<string>();
      const out: SearchHit[] = [];
      const rows = [...(q.exact.all({ a: text.trim() }) as Row[]), ...(q.entities.all(fts, limit) as Row[])];
      for (const { aliases, ...r } of rows) {
        if (seen.has(r.id) || out.length >= limit) continue;
        seen.add(r.id);
        out.push({ ...r, matched: matchedAlias(r.label, aliases, words) });
      }
      return out;
    },
    claims(text: string, limit: number): ClaimSearchHit[] {
      const fts = toFtsQuery(text);
      return fts ? (q.claims.all(fts, limit) as ClaimSearchHit[]) : [];
    },
  };
}

export type SearchRepo = ReturnType<typeof createSearchRepo>;
