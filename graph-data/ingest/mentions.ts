// Finds mentions of known entities: every n-gram holding a name-like word is looked up in one
// batch (exact, case-insensitive); the longest match wins; names that did not match exactly are
// tried again ignoring diacritics and hyphens, then as near spellings, with a lower confidence.
import { nameKey, nameSimilarity } from './fold.ts';
import type { DocSentence, Mention } from './document.ts';
import { surfaceOf } from './document.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';
import type { AliasHit, AliasIndex } from './types.ts';

const MAX_N = 8;
const FORM_RANK: Record<string, number> = {
  label: 0,
  name: 0,
  abbreviation: 1,
  translation: 1,
  metonym: 2,
  designator: 3,
};
const FORM_CONFIDENCE: Record<string, number> = {
  label: 0.97,
  name: 0.97,
  abbreviation: 0.92,
  translation: 0.95,
  metonym: 0.85,
  designator: 0.72,
};

/** "South Korea’s spy agency" as the index holds it, with a straight apostrophe. */
const straight = (surface: string) => surface.replace(/’/g, "'");

/** "U.S." as the index holds it: "US". */
const undotted = (surface: string) => surface.replace(/(\p{Lu})\.(?=\p{Lu}|$|\s)/gu, '$1');

const nameLike = (t: Token) => t.kind === 'word' && (t.cap || t.acronym || t.designation);

/** Whether tokens [i, j) can be a name: words only, one name-like, no stopword at either end. */
function candidateRange(tokens: readonly Token[], i: number, j: number, lex: Lexicon): boolean {
  const span = tokens.slice(i, j);
  if (span.some((t) => t.kind !== 'word')) return false;
  if (!span.some(nameLike)) return false;
  const first = span[0] as Token;
  const last = span[span.length - 1] as Token;
  if (lex.stopwords.has(first.key) && !first.acronym) return false;
  return !(lex.stopwords.has(last.key) && !last.acronym);
}

/** Every text to look up exactly, for one batch query over the whole document. */
export function lookupTexts(text: string, sentences: readonly DocSentence[], lex: Lexicon): string[] {
  const out = new Set<string>();
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      for (let j = i + 1; j <= Math.min(t.length, i + MAX_N); j++) {
        if (!candidateRange(t, i, j, lex)) continue;
        const surface = surfaceOf(text, t, i, j);
        out.add(surface);
        if (/[-‐]/.test(surface)) out.add(surface.replace(/[-‐]/g, ' '));
        if (/\p{Lu}\.\p{Lu}/u.test(surface)) out.add(undotted(surface));
        if (surface.includes('’')) out.add(straight(surface));
      }
    }
  }
  return [...out];
}

/** The best of several hits, and the other entities they could mean. */
export function pickHit(hits: readonly AliasHit[], lang: string): { best: AliasHit; others: AliasHit[] } | null {
  const ranked = [...hits].sort(
    (a, b) => Number(b.lang === lang) - Number(a.lang === lang) || (FORM_RANK[a.form] ?? 4) - (FORM_RANK[b.form] ?? 4),
  );
  const best = ranked[0];
  if (!best) return null;
  const seen = new Set([best.entity]);
  const others = ranked.filter((h) => !seen.has(h.entity) && seen.add(h.entity));
  return { best, others };
}

export function mentionOf(
  s: DocSentence,
  i: number,
  j: number,
  text: string,
  hits: AliasHit[],
  lang: string,
  match: string,
  base?: number,
): Mention | null {
  const picked = pickHit(hits, lang);
  if (!picked) return null;
  const { best, others } = picked;
  const first = s.tokens[i] as Token;
  const last = s.tokens[j - 1] as Token;
  let confidence = base ?? FORM_CONFIDENCE[best.form] ?? 0.8;
  if (others.length) confidence *= 0.75;
  return {
    sentence: s.index,
    i,
    j,
    start: first.start,
    end: last.possessive ? last.end - (last.text.endsWith("s'") || last.text.endsWith('s’') ? 1 : 2) : last.end,
    text: surfaceOf(text, s.tokens, i, j),
    entity: best.entity,
    label: best.label,
    kind: best.kind,
    confidence: Math.round(confidence * 100) / 100,
    match,
    form: best.form,
    ...(others.length ? { candidates: others.map((h) => ({ entity: h.entity, label: h.label })) } : {}),
  };
}

/** Longest exact matches, left to right, in one sentence. */
export function exactMentions(text: string, s: DocSentence, found: Map<string, AliasHit[]>, lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length;) {
    let m: Mention | null = null;
    for (let j = Math.min(t.length, i + MAX_N); j > i && !m; j--) {
      if (!candidateRange(t, i, j, lex)) continue;
      const surface = surfaceOf(text, t, i, j);
      const hits =
        found.get(surface) ??
        found.get(surface.replace(/[-‐]/g, ' ')) ??
        found.get(undotted(surface)) ??
        found.get(straight(surface));
      if (hits?.length) m = mentionOf(s, i, j, text, hits, lex.lang, 'exact');
    }
    if (m) {
      out.push(m);
      i = m.j;
    } else i++;
  }
  return dropDesignatorsBeforeNames(text, s, out, found, lex);
}

/** "Presiden Ukraina Volodymyr Zelensky": the title alias gives way to the country it names. */
function dropDesignatorsBeforeNames(
  text: string,
  s: DocSentence,
  ms: Mention[],
  found: Map<string, AliasHit[]>,
  lex: Lexicon,
): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k] as Mention;
    const next = ms[k + 1];
    const adjacent = next && next.i - m.j <= 1 && next.entity === m.entity;
    if (m.form !== 'designator' || !adjacent || m.j - m.i < 2) {
      out.push(m);
      continue;
    }
    out.push(...innerMentions(text, s, m, found, lex));
  }
  return out;
}

/** Shorter names inside a designator ("Sekjen NATO" -> NATO), longest first. */
function innerMentions(
  text: string,
  s: DocSentence,
  d: Mention,
  found: Map<string, AliasHit[]>,
  lex: Lexicon,
): Mention[] {
  const out: Mention[] = [];
  for (let i = d.i; i < d.j;) {
    let m: Mention | null = null;
    for (let j = d.j - (i === d.i ? 1 : 0); j > i && !m; j--) {
      if (!candidateRange(s.tokens, i, j, lex)) continue;
      const hits = found.get(surfaceOf(text, s.tokens, i, j));
      if (hits?.length) m = mentionOf(s, i, j, text, hits, lex.lang, 'exact');
    }
    if (m) out.push(m);
    i = m ? m.j : i + 1;
  }
  return out;
}

/** Runs of capitalised words not covered by a mention: the places to try folded and near matches. */
export function uncoveredRuns(s: DocSentence, ms: readonly Mention[], lex: Lexicon): [number, number][] {
  const covered = new Set<number>();
  for (const m of ms) for (let x = m.i; x < m.j; x++) covered.add(x);
  const runs: [number, number][] = [];
  let i = 0;
  const t = s.tokens;
  while (i < t.length) {
    const tok = t[i] as Token;
    if (covered.has(i) || !nameLike(tok) || (lex.stopwords.has(tok.key) && !tok.acronym)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const next = t[j];
      if (j >= t.length || covered.has(j) || !next || (t[j - 1] as Token).possessive) break;
      const bridge = lex.nameConnectors.has(next.key) && next.kind === 'word' && !next.cap;
      if (bridge && t[j + 1] && !covered.has(j + 1) && nameLike(t[j + 1] as Token)) j += 2;
      else if (nameLike(next) || (/^\d+$/.test(next.text) && (t[j - 1] as Token).acronym)) j++;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** Folded and near matches for an uncovered run (whole run first, then single words). */
export function similarMention(
  text: string,
  s: DocSentence,
  run: [number, number],
  index: AliasIndex,
  lex: Lexicon,
): Mention | null {
  const [i, j] = run;
  const spans: [number, number][] = [[i, j]];
  if (j - i > 1) for (let x = i; x < j; x++) spans.push([x, x + 1]);
  for (const [a, b] of spans) {
    const key = nameKey(surfaceOf(text, s.tokens, a, b));
    if (key.replace(/ /g, '').length < 4 || lex.stopwords.has(key)) continue;
    const hits = index.similar(key.split(' '));
    let best: { hit: AliasHit; sim: number } | null = null;
    for (const h of hits) {
      const sim = nameSimilarity(key, nameKey(h.alias));
      if (!best || sim > best.sim) best = { hit: h, sim };
    }
    if (!best) continue;
    const d = Math.round((1 - best.sim) * Math.max(key.length, nameKey(best.hit.alias).length));
    if (best.sim === 1) return mentionOf(s, a, b, text, [best.hit], lex.lang, 'folded', 0.9);
    if ((key.length >= 7 && d <= 2) || (key.length >= 5 && d <= 1))
      return mentionOf(s, a, b, text, [best.hit], lex.lang, 'near', 0.55 + 0.3 * best.sim - 0.2);
  }
  return null;
}
