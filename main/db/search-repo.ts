// Full-text search over entities (labels, aliases, descriptions) and claims (summaries, excerpts):
// FTS5 with case and diacritic folding, prefix matching as you type, ranked inside FTS5, limited.
import type { ClaimSearchHit, SearchHit } from '../../graph-data/contract/views.ts';
import type { Db } from './open.ts';

/** At most this many distinct words of a query reach FTS5. */
export const MAX_QUERY_TERMS = 8;

/**
 * Turns what a person typed into an FTS5 query whose cost is bounded: every word quoted (so FTS5
 * operators are plain words), repeated words once, at most MAX_QUERY_TERMS words, every word a
 * prefix except one-letter words, which match whole words only (a one-letter prefix would walk a
 * large share of the index) and are dropped when a longer word is there to narrow the search.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  const distinct = [...new Set(words.map(fold))];
  const long = distinct.filter((w) => w.length > 1);
  const chosen = long.length ? long : distinct;
  return chosen
    .slice(0, MAX_QUERY_TERMS)
    .map((w) => (w.length > 1 ? `"${w}"*` : `"${w}"`))
    .join(' ');
}

/** Lower case without diacritics, the way the FTS tokenizer sees text. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function wordsMatch(name: string, query: string): boolean {
  const tokens = name.split(/[^\p{L}\p{N}]+/u);
  return query
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => tokens.some((t) => t.startsWith(w)));
}

/**
 * Queries with at most this many matches are ranked by bm25. bm25 first counts every match of each
 * term (its IDF), so a two-letter prefix matching 10-35 % of a million rows costs tens of ms; broader
 * queries take the best-connected of the first RANK_CANDIDATES entities (newest claims) instead.
 */
export const RANK_CANDIDATES = 2000;

export function createSearchRepo(db: Db) {
  const q = {
    // The aliases column is read for the winners only: reading it for every candidate doubled the cost.
    entities: db.prepare(`SELECT e.id AS id, e.kind AS kind, e.label AS label, e.degree AS degree, f.aliases AS aliases
      FROM (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? ORDER BY rank LIMIT ?) AS top
      CROSS JOIN entity_fts f ON f.rowid = top.rowid CROSS JOIN entities e ON e.eid = top.rowid`),
    entitiesBroad:
      db.prepare(`SELECT e.id AS id, e.kind AS kind, e.label AS label, e.degree AS degree, f.aliases AS aliases
      FROM (SELECT c.rowid AS rowid FROM (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? LIMIT ${RANK_CANDIDATES}) AS c
        CROSS JOIN entities d ON d.eid = c.rowid ORDER BY d.degree DESC LIMIT ?) AS top
      CROSS JOIN entity_fts f ON f.rowid = top.rowid CROSS JOIN entities e ON e.eid = top.rowid ORDER BY e.degree DESC`),
    entityMatches: db
      .prepare(`SELECT count(*) FROM (SELECT 1 FROM entity_fts WHERE entity_fts MATCH ? LIMIT ${RANK_CANDIDATES + 1})`)
      .pluck(),
    claimMatches: db
      .prepare(`SELECT count(*) FROM (SELECT 1 FROM claim_fts WHERE claim_fts MATCH ? LIMIT ${RANK_CANDIDATES + 1})`)
      .pluck(),
    exact: db.prepare(`SELECT e.id AS id, e.kind AS kind, e.label AS label, e.degree AS degree, NULL AS aliases
      FROM entities e WHERE e.id = @a UNION
      SELECT e.id, e.kind, e.label, e.degree, a.text FROM aliases a CROSS JOIN entities e ON e.eid = a.eid
      WHERE a.text = @a COLLATE NOCASE LIMIT 5`),
    claims: db.prepare(`SELECT c.id AS claimId, r.id AS relationId, coalesce(c.summary, c.excerpt, '') AS summary
      FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?) AS f
      CROSS JOIN claims c ON c.cid = f.rowid CROSS JOIN relations r ON r.rid = c.rid`),
    // A claimant's newest claims, straight from the claims_claimant (claimant, stated) index.
    claimsBy: db.prepare(`SELECT c.id AS claimId, r.id AS relationId, coalesce(c.summary, c.excerpt, '') AS summary,
      c.stance AS stance, e.id AS cId, e.label AS cLabel, e.kind AS cKind
      FROM entities e CROSS JOIN claims c ON c.claimant = e.eid CROSS JOIN relations r ON r.rid = c.rid
      WHERE e.id = ? ORDER BY c.claimant DESC, c.stated DESC LIMIT ?`),
    claimsBroad: db.prepare(`SELECT c.id AS claimId, r.id AS relationId, coalesce(c.summary, c.excerpt, '') AS summary
      FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS f
      CROSS JOIN claims c ON c.cid = f.rowid CROSS JOIN relations r ON r.rid = c.rid`),
  };

  return {
    /** Claims made by an entity (the claimant search: "Rutte" finds what Rutte said). */
    claimsBy(entityId: string, limit: number): ClaimSearchHit[] {
      type Row = ClaimSearchHit & { cId: string; cLabel: string; cKind: string };
      return (q.claimsBy.all(entityId, limit) as Row[]).map(({ cId, cLabel, cKind, ...c }) => ({
        ...c,
        claimant: { id: cId, label: cLabel, kind: cKind },
      }));
    },
    /** FTS5 ranks a few times more candidates than asked; whole-name and starts-with matches then go first. */
    entities(text: string, limit: number): SearchHit[] {
      const fts = toFtsQuery(text);
      if (!fts) return [];
      const query = fold(text).trim().replace(/\s+/g, ' ');
      type Row = Omit<SearchHit, 'matched'> & { aliases: string | null };
      const seen = new Set<string>();
      const scored: { hit: SearchHit; score: number; order: number }[] = [];
      const rows = [
        ...(q.exact.all({ a: text.trim() }) as Row[]),
        ...((Number(q.entityMatches.get(fts)) > RANK_CANDIDATES ? q.entitiesBroad : q.entities).all(
          fts,
          limit * 3,
        ) as Row[]),
      ];
      rows.forEach(({ aliases, ...r }, order) => {
        if (seen.has(r.id)) return;
        seen.add(r.id);
        const names = [r.label, ...(aliases ?? '').split(' | ').filter(Boolean)];
        const folded = names.map(fold);
        const whole = folded.findIndex((n) => n === query);
        const starts = folded.findIndex((n) => n.startsWith(query));
        const best = whole >= 0 ? whole : starts >= 0 ? starts : folded.findIndex((n) => wordsMatch(n, query));
        const score = whole >= 0 ? 0 : starts >= 0 ? 1 : 2;
        scored.push({ hit: { ...r, matched: best > 0 ? (names[best] ?? null) : null }, score, order });
      });
      scored.sort((a, b) => a.score - b.score || a.order - b.order);
      return scored.slice(0, limit).map((s) => s.hit);
    },
    claims(text: string, limit: number): ClaimSearchHit[] {
      const fts = toFtsQuery(text);
      if (!fts) return [];
      return (Number(q.claimMatches.get(fts)) > RANK_CANDIDATES ? q.claimsBroad : q.claims).all(
        fts,
        limit,
      ) as ClaimSearchHit[];
    },
  };
}

export type SearchRepo = ReturnType<typeof createSearchRepo>;
