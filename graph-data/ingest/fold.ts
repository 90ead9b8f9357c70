// Folding for matching names across case, diacritics, hyphens, apostrophes and possessives:
// "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un's" all fold to "kim jong un".

/** Lower case, no diacritics, hyphens/slashes/dashes as spaces, curly quotes straight, spaces single. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[-\u2010-\u2015/_]+/g, ' ')
    .replace(/\.(?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A folded token without an English possessive ("russia's" -> "russia"). */
export function stripPossessive(folded: string): string {
  return folded.replace(/'s$|s'$/, (m) => (m === "s'" ? 's' : '')).replace(/'$/, '');
}

const KEYS = new Map<string, string>();

/** A folded key for whole names: folded, possessive dropped from the last word (memoised). */
export function nameKey(s: string): string {
  const known = KEYS.get(s);
  if (known !== undefined) return known;
  if (KEYS.size > 50_000) KEYS.clear();
  const key = computeNameKey(s);
  KEYS.set(s, key);
  return key;
}

function computeNameKey(s: string): string {
  const f = foldText(s);
  const words = f.split(' ');
  const last = words.pop() ?? '';
  return [...words, stripPossessive(last)].join(' ').replace(/\./g, '');
}

/** Levenshtein distance with an early exit above max. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** 1 for equal names, falling with edit distance relative to length. */
export function nameSimilarity(a: string, b: string): number {
  const d = editDistance(a, b, 3);
  return d > 3 ? 0 : 1 - d / Math.max(a.length, b.length, 1);
}
