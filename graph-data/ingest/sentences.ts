// Sentence splitting that survives abbreviations (Oct., U.S., Jend.), initials, quotes, decimal
// numbers, and a missing space after a full stop ("began on Oct. 8.In a statement").
import type { Lexicon } from './lexicon.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line block) it sits in. */
  paragraph: number;
}

const CLOSERS = '"\'”’»)]';
const OPENERS = '"“‘«([';

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot).toLowerCase();
}

function isAbbreviation(text: string, dot: number, lex: Lexicon, next: string): boolean {
  const w = wordBefore(text, dot);
  if (!w) return false;
  if (/^\p{L}$/u.test(w) && /\p{Lu}/u.test(text.charAt(dot - 1))) return true; // an initial: "J. Smith"
  if (!lex.abbreviations.has(w.replace(/\.$/, ''))) return false;
  // "U.S." can end a sentence: split when the next word is a common sentence opener.
  if (lex.sentenceAbbreviations.has(w.replace(/\.$/, ''))) return !lex.stopwords.has(next.toLowerCase());
  return true;
}

function nextWord(text: string, i: number): string {
  const m = /^[\s"“‘«([]*([\p{L}\p{N}]+)/u.exec(text.slice(i, i + 40));
  return m?.[1] ?? '';
}

/** Where the sentence ending at a '.', '!' or '?' at i really ends (after closers), or -1. */
function boundaryAt(text: string, i: number, lex: Lexicon): number {
  let j = i + 1;
  while (j < text.length && '.!?'.includes(text.charAt(j))) j++;
  while (j < text.length && CLOSERS.includes(text.charAt(j))) j++;
  const after = text.charAt(j);
  const next = nextWord(text, j);
  if (/\s/.test(after)) {
    const k = text.slice(j).search(/\S/);
    const c = k < 0 ? '' : text.charAt(j + k);
    if (!c || !(/\p{Lu}|\p{N}/u.test(c) || OPENERS.includes(c))) return -1;
    if (text.charAt(i) === '.' && isAbbreviation(text, i, lex, next)) return -1;
    return j;
  }
  // No space: "8.In", "said.The" (not "U.S", "parametermedia.com", "3.5").
  if (text.charAt(i) !== '.' || j !== i + 1) return after === '' ? j : -1;
  const prev = text.charAt(i - 1);
  if (/[\p{Ll}\p{N}]/u.test(prev) && /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2)) && !isAbbreviation(text, i, lex, next))
    return j;
  return -1;
}

export function splitSentences(text: string, lex: Lexicon): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const e = start + raw.trimEnd().length;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') {
      push(i);
      paragraph++;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const b = boundaryAt(text, i, lex);
    if (b > 0) {
      push(b);
      i = b - 1;
    }
  }
  push(text.length);
  return out;
}
