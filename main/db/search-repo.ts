// Full-text search over entities (labels, aliases, descriptions) and claims (summaries, excerpts):
// FTS5 with case and diacritic folding, prefix matching as you type, ranked inside FTS5, limited.
import type { ClaimSearchHit, SearchHit } from '../../graph-data/contract/views.ts';
import type { Db } from './open.ts';
import { fold, nameMatch, toFtsQuery } from './search-text.ts';

export { MAX_QUERY_TERMS, toFtsQuery } from './search-text.ts';

/**
 * Entity queries with at most this many matches are ranked by bm25, which reads every match's
 * column sizes; broader ones take the best-connected of the first RANK_CANDIDATES matches (their
 * degrees read from the small entities_degree_of index, no table page). Whole names are looked up
 * by their folded form whatever the count, so a lower bound costs no exact hit.
 */
export const RANK_CANDIDATES = 500;
/** Claims: bm25 up to this many matches, else the newest. */
export const CLAIM_RANK_CANDIDATES = 300;

const ENTITY_HIT = 'e.id AS id, e.kind AS kind, e.label AS label, e.degree AS degree';

export function createSearchRepo(db: Db) {
  const q = {
    // Matches in rowid order, one more than ranked: how many there are, and the broad path's candidates.
    entityCandidates: db
      .prepare(`SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? LIMIT ${RANK_CANDIDATES + 1}`)
      .pluck(),
    // The aliases column is read for the winners only: reading it for every candidate doubled the cost.
    ranked: db.prepare(`SELECT ${ENTITY_HIT}, f.aliases AS aliases
      FROM (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? ORDER BY rank LIMIT ?) AS top
      CROSS JOIN entity_fts f ON f.rowid = top.rowid CROSS JOIN entities e ON e.eid = top.rowid`),
    byDegree: db
      .prepare(
        `SELECT eid FROM entities INDEXED BY entities_degree_of WHERE eid IN (SELECT value FROM json_each(?))
      ORDER BY degree DESC LIMIT ?`,
      )
      .pluck(),
    // Rows of known matches, in the order given.
    rows: db.prepare(`SELECT ${ENTITY_HIT}, f.aliases AS aliases FROM json_each(?) AS j
      CROSS JOIN entity_fts f ON f.rowid = j.value CROSS JOIN entities e ON e.eid = j.value ORDER BY j.key`),
    // The id, or a label or alias equal to the text once folded (case, accents, punctuation); a few
    // of each, as names repeat (a generated 1M graph has 1,500 entities called "Pibar").
    exact: db.prepare(`SELECT ${ENTITY_HIT}, NULL AS aliases FROM entities e WHERE e.id = @a
      UNION ALL SELECT * FROM (SELECT ${ENTITY_HIT}, NULL FROM entities e WHERE fold_name(e.label) = fold_name(@a) LIMIT 5)
      UNION ALL SELECT * FROM (SELECT ${ENTITY_HIT}, a.text FROM aliases a CROSS JOIN entities e ON e.eid = a.eid
        WHERE fold_name(a.text) = fold_name(@a) LIMIT 5)`),
    claimCandidates: db
      .prepare(
        `SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rowid DESC LIMIT ${CLAIM_RANK_CANDIDATES + 1}`,
      )
      .pluck(),
    claimsRanked: db.prepare(`SELECT c.id AS claimId, r.id AS relationId, coalesce(c.summary, c.excerpt, '') AS summary
      FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?) AS f
      CROSS JOIN claims c ON c.cid = f.rowid CROSS JOIN relations r ON r.rid = c.rid`),
    claimRows: db.prepare(`SELECT c.id AS claimId, r.id AS relationId, coalesce(c.summary, c.excerpt, '') AS summary
      FROM json_each(?) AS j CROSS JOIN claims c ON c.cid = j.value CROSS JOIN relations r ON r.rid = c.rid ORDER BY j.key`),
    // A claimant's newest claims, straight from the claims_claimant (claimant, stated) index.
    claimsBy: db.prepare(`SELECT c.id AS claimId, r.id AS relationId, coalesce(c.summary, c.excerpt, '') AS summary,
      c.stance AS stance, e.id AS cId, e.label AS cLabel, e.kind AS cKind
      FROM entities e CROSS JOIN claims c ON c.claimant = e.eid CROSS JOIN relations r ON r.rid = c.rid
      WHERE e.id = ? ORDER BY c.claimant DESC, c.stated DESC LIMIT ?`),
  };
  type Row = Omit<SearchHit, 'matched'> & { aliases: string | null };

  /**
   * Candidates from one FTS5 pass: few matches are all read (best-connected first); a middling
   * number is ranked by bm25 (a second pass); many give the best-connected of the first ones.
   */
  function matches(fts: string, want: number): Row[] {
    const ids = q.entityCandidates.all(fts) as number[];
    if (ids.length > want && ids.length <= RANK_CANDIDATES) return q.ranked.all(fts, want) as Row[];
    const top = q.byDegree.all(JSON.stringify(ids.slice(0, RANK_CANDIDATES)), want) as number[];
    return q.rows.all(JSON.stringify(top)) as Row[];
  }

  return {
    /** Claims made by an entity (the claimant search: "Rutte" finds what Rutte said). */
    claimsBy(entityId: string, limit: number): ClaimSearchHit[] {
      type ByRow = ClaimSearchHit & { cId: string; cLabel: string; cKind: string };
      return (q.claimsBy.all(entityId, limit) as ByRow[]).map(({ cId, cLabel, cKind, ...c }) => ({
        ...c,
        claimant: { id: cId, label: cLabel, kind: cKind },
      }));
    },
    /** Whole names first, then names that start with the text, then word matches, then the rest. */
    entities(text: string, limit: number): SearchHit[] {
      const fts = toFtsQuery(text);
      if (!fts) return [];
      const query = fold(text).trim().replace(/\s+/g, ' ');
      const seen = new Set<string>();
      const scored: { hit: SearchHit; score: number; order: number }[] = [];
      const exact = q.exact.all({ a: text.trim() }) as Row[];
      [...exact, ...matches(fts, limit * 3)].forEach(({ aliases, ...r }, order) => {
        if (seen.has(r.id)) return;
        seen.add(r.id);
        const m = nameMatch([r.label, ...(aliases ?? '').split(' | ').filter(Boolean)], query);
        // The id, or a name equal once punctuation is folded too ("KN23" for "KN-23"), is a whole name.
        scored.push({ hit: { ...r, matched: m.matched }, score: order < exact.length ? 0 : m.score, order });
      });
      // Among whole names (several entities may share one) the best-connected first; else as ranked.
      scored.sort((a, b) => a.score - b.score || (a.score ? 0 : b.hit.degree - a.hit.degree) || a.order - b.order);
      return scored.slice(0, limit).map((s) => s.hit);
    },
    /** Claims by their text: a few matches as they are (newest first), more ranked, many the newest. */
    claims(text: string, limit: number): ClaimSearchHit[] {
      const fts = toFtsQuery(text);
      if (!fts) return [];
      const ids = q.claimCandidates.all(fts) as number[];
      if (ids.length > limit && ids.length <= CLAIM_RANK_CANDIDATES)
        return q.claimsRanked.all(fts, limit) as ClaimSearchHit[];
      return q.claimRows.all(JSON.stringify(ids.slice(0, limit))) as ClaimSearchHit[];
    },
  };
}

export type SearchRepo = ReturnType<typeof createSearchRepo>;
