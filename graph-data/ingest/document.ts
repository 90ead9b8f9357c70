// A text prepared for ingestion: sentences with tokens, and the internal mention record that the
// matching, new-entity and claim steps share.
import type { Lexicon } from './lexicon.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

export interface DocSentence extends Sentence {
  index: number;
  tokens: Token[];
  /** A title-case line (a headline): names in it are matched but not proposed as new. */
  headline: boolean;
}

export interface Mention {
  sentence: number;
  /** Token range [i, j) in the sentence. */
  i: number;
  j: number;
  start: number;
  end: number;
  text: string;
  entity: string | null;
  label: string;
  kind: string;
  confidence: number;
  match: string;
  candidates?: { entity: string; label: string }[];
  /** Key of the proposed new entity ("new:N") when entity is null. */
  newKey?: string;
  form?: string;
}

function isHeadline(tokens: readonly Token[], lex: Lexicon): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && !/^\d/.test(t.text));
  if (words.length < 4) return false;
  const content = words.filter((t) => !lex.stopwords.has(t.key));
  const caps = content.filter((t) => t.cap).length;
  return caps >= 3 && caps / Math.max(content.length, 1) > 0.75;
}

export function prepareDocument(text: string, lex: Lexicon): DocSentence[] {
  return splitSentences(text, lex).map((s, index) => {
    const tokens = tokenize(text, s.start, s.end);
    const open = !/[.!?]["”’)]?$/.test(s.text);
    const byline = lex.bylines.has(tokens[0]?.key ?? '');
    const headline = open && !byline && ((index === 0 && s.paragraph === 0) || isHeadline(tokens, lex));
    return { ...s, index, tokens, headline };
  });
}

/** The text of tokens [i, j), with a possessive dropped from the last word. */
export function surfaceOf(text: string, tokens: readonly Token[], i: number, j: number): string {
  const first = tokens[i];
  const last = tokens[j - 1];
  if (!first || !last) return '';
  const raw = text.slice(first.start, last.end).replace(/\s+/g, ' ');
  return last.possessive ? raw.replace(/['’]s?$/u, '') : raw.replace(/['’]$/u, '');
}
