// What a person typed, turned into a bounded FTS5 query, and how well a name matches it (whole
// name, starts with it, some word starts with each typed word), the way the FTS tokenizer folds text.

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
export function fold(s: string): string {
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
 * How well an entity's names (label first, then aliases) match the folded query: 0 a whole name,
 * 1 a name starting with it, 2 a name whose words start with the typed words, 3 none (the match
 * was in the description). `matched` is the alias that matched, when it is not the label.
 */
export function nameMatch(names: string[], query: string): { score: number; matched: string | null } {
  const folded = names.map(fold);
  const tests = [(n: string) => n === query, (n: string) => n.startsWith(query), (n: string) => wordsMatch(n, query)];
  for (const [score, test] of tests.entries()) {
    const i = folded.findIndex(test);
    if (i >= 0) return { score, matched: i > 0 ? (names[i] ?? null) : null };
  }
  return { score: 3, matched: null };
}
