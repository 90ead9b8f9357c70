// Word and punctuation tokens with character offsets, and the shape facts the later steps use.
import { foldText, stripPossessive } from './fold.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** folded, possessive dropped */
  key: string;
  kind: 'word' | 'quote' | 'punct';
  /** Starts with a capital letter (or is all capitals). */
  cap: boolean;
  /** All capitals, two letters or more (NATO, NIS, RFE/RL). */
  acronym: boolean;
  /** Letters and digits joined (KN-23, AN-124, S-400). */
  designation: boolean;
  possessive: boolean;
}

const WORD = String.raw`[\p{L}\p{N}]+(?:['’]\p{L}+)?(?:[-./][\p{L}\p{N}]+(?:['’]\p{L}+)?)*['’]?`;
// A hyphen standing alone between spaces is a dash ("JAKARTA, KABAR.ID - Ribuan ...").
const TOKEN = new RegExp(`${WORD}|[“”"«»„]|[,;:()\\[\\]–—]|(?<=\\s)-(?=\\s)`, 'gu');

function wordToken(text: string, start: number): Token {
  const folded = foldText(text).replace(/\./g, '');
  const possessive = /['’]s$|s['’]$/i.test(text);
  const first = text.charAt(0);
  const letters = text.replace(/[^\p{L}]/gu, '');
  // Indonesian plurals by reduplication ("unit-unit", "pasukan-pasukan") stand for the word itself.
  const plural = /^(\p{L}+) \1$/u.exec(folded);
  return {
    text,
    start,
    end: start + text.length,
    key: plural ? (plural[1] as string) : possessive ? stripPossessive(folded) : folded.replace(/'$/, ''),
    kind: 'word',
    cap: first !== first.toLowerCase(),
    acronym: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    designation: /^\p{L}{1,5}-?\d{1,5}[\p{L}]?$/u.test(text) && /\d/.test(text) && /\p{Lu}/u.test(text),
    possessive,
  };
}

/** Tokens of text[from, to), with offsets into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    const t = m[0];
    if (/^[“”"«»„]$/.test(t)) out.push(punct(t, start, 'quote'));
    else if (/^[,;:()[\]–—-]$/.test(t)) out.push(punct(t, start, 'punct'));
    else out.push(wordToken(t, start));
  }
  return out;
}

function punct(text: string, start: number, kind: 'quote' | 'punct'): Token {
  return {
    text,
    start,
    end: start + text.length,
    key: text,
    kind,
    cap: false,
    acronym: false,
    designation: false,
    possessive: false,
  };
}

/** Index of the first token sequence equal to the cue's folded tokens at or after from, or -1. */
export function findCue(tokens: readonly Token[], cue: readonly string[], from = 0, to = tokens.length): number {
  outer: for (let i = from; i + cue.length <= to; i++) {
    for (let k = 0; k < cue.length; k++) if (tokens[i + k]?.key !== cue[k]) continue outer;
    return i;
  }
  return -1;
}
