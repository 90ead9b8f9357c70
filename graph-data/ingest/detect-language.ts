// Language detection from function words, per paragraph, so that a text written in two languages
// is recognised as mixed instead of being processed with the wrong lexicon.
import { LEXICONS } from './lexicon.ts';

export interface LanguageGuess {
  lang: string | null;
  /** Share of counted function words that belong to the winner, 0..1. */
  confidence: number;
  /** Languages that each hold a large part of the text (two or more means mixed). */
  languages: { lang: string; words: number }[];
  mixed: boolean;
}

const WORD = /\p{Ll}[\p{Ll}'’-]*/gu;
/** A paragraph needs this many function-word hits to count as written in one language. */
const MIN_HITS = 3;
/** The runner-up must hold this share of the words for the text to be mixed. */
const MIXED_SHARE = 0.25;

function scoreParagraph(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].replace(/’/g, "'");
    for (const [lang, lex] of LEXICONS) if (lex.stopwords.has(w)) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  return scores;
}

export function detectLanguage(text: string): LanguageGuess {
  const words = new Map<string, number>();
  let hits = 0;
  const totals = new Map<string, number>();
  for (const para of text.split(/\n+/)) {
    const scores = scoreParagraph(para);
    const ranked = [...scores].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    for (const [l, n] of scores) totals.set(l, (totals.get(l) ?? 0) + n);
    if (!best || best[1] < MIN_HITS || (second && second[1] * 2 > best[1])) continue;
    const n = para.split(/\s+/).length;
    words.set(best[0], (words.get(best[0]) ?? 0) + n);
  }
  for (const n of totals.values()) hits += n;
  const ranked = [...totals].sort((a, b) => b[1] - a[1]);
  const lang = ranked[0] && ranked[0][1] >= 1 ? ranked[0][0] : null;
  const paraRanked = [...words].sort((a, b) => b[1] - a[1]).map(([l, w]) => ({ lang: l, words: w }));
  const all = paraRanked.reduce((a, b) => a + b.words, 0);
  const mixed = paraRanked.length > 1 && (paraRanked[1]?.words ?? 0) >= Math.max(30, all * MIXED_SHARE);
  return { lang, confidence: lang && hits ? (totals.get(lang) ?? 0) / hits : 0, languages: paraRanked, mixed };
}
