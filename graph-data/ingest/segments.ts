// Sentences with two speakers ("The Kremlin denied the reports, and a ministry spokeswoman called
// them false"; "Seoul said ..., while Moscow denied it"): split at ';' or a comma before a clause
// joiner when each part has a reporting verb or stance cue of its own, and frame each part alone.
import { attribute, cueHits, type Attribution } from './attribution.ts';
import type { DocSentence, Mention } from './document.ts';
import type { Lexicon } from './lexicon.ts';

function speaks(s: DocSentence, [lo, hi]: [number, number], lex: Lexicon): boolean {
  const t = s.tokens.slice(lo, hi);
  return t.some((x) => lex.speech.has(x.key)) || cueHits(t, lex.stanceCues).length > 0;
}

function parts(s: DocSentence, lex: Lexicon): [number, number][] {
  const cuts: number[] = [];
  s.tokens.forEach((t, k) => {
    if (t.text === ';' || (t.text === ',' && lex.clauseJoiners.has(s.tokens[k + 1]?.key ?? ''))) cuts.push(k);
  });
  const out: [number, number][] = [];
  let lo = 0;
  for (const k of [...cuts, s.tokens.length]) {
    const part: [number, number] = [lo, k];
    const last = out.at(-1);
    if (last && !speaks(s, part, lex)) last[1] = k;
    else if (last && !speaks(s, last, lex)) last[1] = k;
    else out.push(part);
    lo = k + 1;
  }
  return out;
}

/** One frame per part of the sentence (one for most sentences), with token indices of the whole. */
export function attributeParts(
  s: DocSentence,
  ms: readonly Mention[],
  lex: Lexicon,
  last: Mention | null,
): Attribution[] {
  const ranges = parts(s, lex);
  if (ranges.length < 2) return [attribute(s, ms, lex, last)];
  const out: Attribution[] = [];
  for (const [lo, hi] of ranges) {
    const originals = new Map<Mention, Mention>();
    const local = ms
      .filter((m) => m.i >= lo && m.j <= hi)
      .map((m) => {
        const c = { ...m, i: m.i - lo, j: m.j - lo };
        originals.set(c, m);
        return c;
      });
    const sub: DocSentence = { ...s, tokens: s.tokens.slice(lo, hi) };
    const a = attribute(sub, local, lex, last);
    const back = (m: Mention | null) => (m ? (originals.get(m) ?? m) : null);
    const shifted: Attribution = {
      ...a,
      claimant: back(a.claimant),
      via: back(a.via),
      cue: a.cue >= 0 ? a.cue + lo : -1,
      clauses: a.clauses.map(([x, y]) => [x + lo, y + lo]),
      part: [lo, hi],
    };
    // ", saying that ...", ", adding that ...", ", seraya ...": the previous part's speaker goes on.
    const opener = s.tokens[lo]?.key ?? '';
    const next = s.tokens[lo + 1]?.key ?? '';
    const goesOn =
      !shifted.claimant &&
      out.length > 0 &&
      lex.clauseJoiners.has(opener) &&
      (lex.speech.has(opener) || lex.speech.has(next));
    if (goesOn && last) {
      shifted.claimant = last;
      shifted.confidence = 0.8;
      shifted.clauses = [[lo + 1, hi]];
    }
    out.push(shifted);
    if (shifted.claimant) last = shifted.claimant;
  }
  return out;
}
