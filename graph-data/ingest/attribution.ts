// Who states a sentence and how: the claimant (speaker of a reporting verb, the source after
// "according to"/"menurut", a pronoun resolved to the last speaker), the stance (cue phrases,
// negation, conditionals), and the outlet it was relayed through ("dilansir Reuters").
import type { Stance } from '../model/types.ts';
import type { DocSentence, Mention } from './document.ts';
import type { Cue, Lexicon } from './lexicon.ts';
import { findCue, type Token } from './tokens.ts';

export interface Attribution {
  /** The speaker, when the sentence names or implies one. */
  claimant: Mention | null;
  /** Token index of the reporting verb or attribution cue (claims' relations come after it). */
  cue: number;
  stance: Stance;
  /** How sure we are of claimant and stance, 0..1. */
  confidence: number;
  via: Mention | null;
  hedged: boolean;
}

const SPEAKER_KINDS = new Set([
  'person',
  'government-agency',
  'organisation',
  'country',
  'media-outlet',
  'military-unit',
  'other',
]);
const ORGS = new Set(['government-agency', 'organisation', 'military-unit']);
const STANCE_RANK: Record<Stance, number> = { 'cannot-verify': 4, denies: 3, confirms: 2, reports: 1, asserts: 0 };

/** All occurrences of cues in the sentence: [token index, cue]. */
export function cueHits<T>(tokens: readonly Token[], cues: readonly Cue<T>[]): [number, Cue<T>][] {
  const out: [number, Cue<T>][] = [];
  const used = new Set<number>();
  for (const c of cues) {
    for (let i = findCue(tokens, c.tokens); i >= 0; i = findCue(tokens, c.tokens, i + 1)) {
      if (used.has(i)) continue;
      for (let k = 0; k < c.tokens.length; k++) used.add(i + k);
      out.push([i, c]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function speakerBefore(ms: readonly Mention[], at: number, tokens: readonly Token[], lex: Lexicon): Mention | null {
  let best: Mention | null = null;
  for (const m of ms)
    if (m.j <= at && at - m.j <= 12 && SPEAKER_KINDS.has(m.kind) && !(best && best.j === m.j && best.i < m.i)) best = m;
  if (!best) return null;
  // "Badan Intelijen Nasional (NIS) Korea Selatan": a country after an agency qualifies it.
  const b = best;
  const qualifies = (m: Mention) => m.j === b.i || (m.j === b.i - 1 && tokens[m.j]?.text === ')');
  if (b.kind === 'country') best = ms.find((m) => ORGS.has(m.kind) && qualifies(m)) ?? b;
  // A closing quote between speaker and verb means the name is inside the claim.
  for (let x = best.j; x < at; x++) if (tokens[x]?.kind === 'quote') return null;
  // "The agency, which used AI, identified...": the speaker is the one before the relative clause.
  const rel = tokens.findIndex((t, x) => x < at && x >= Math.max(0, at - 14) && lex.relativizers.has(t.key));
  if (rel > 0 && best.i > rel)
    return [...ms].reverse().find((m) => m.j <= rel && rel - m.j <= 1 && SPEAKER_KINDS.has(m.kind)) ?? best;
  return best;
}

function speakerAfter(ms: readonly Mention[], at: number): Mention | null {
  return ms.find((m) => m.i > at && m.i - at <= 4 && SPEAKER_KINDS.has(m.kind)) ?? null;
}

function stanceOf(s: DocSentence, lex: Lexicon): { stance: Stance; at: number } {
  let stance: Stance = 'asserts';
  let at = -1;
  for (const [i, c] of cueHits(s.tokens, lex.stanceCues)) {
    let v = c.value;
    const negated = s.tokens.slice(Math.max(0, i - 3), i).some((t) => lex.negations.has(t.key));
    if (negated && (v === 'confirms' || v === 'denies')) v = 'cannot-verify';
    if (STANCE_RANK[v] > STANCE_RANK[stance]) {
      stance = v;
      at = i;
    }
  }
  if (stance === 'asserts' && s.tokens.some((t) => lex.conditionals.has(t.key))) stance = 'cannot-verify';
  return { stance, at };
}

function viaOf(s: DocSentence, ms: readonly Mention[], lex: Lexicon): Mention | null {
  for (const [i, c] of cueHits(s.tokens, lex.via)) {
    const m = ms.find((x) => x.i >= i + c.tokens.length && x.i - (i + c.tokens.length) <= 1);
    if (m && (m.kind === 'media-outlet' || (m.entity === null && m.j - m.i === 1))) return m;
  }
  return null;
}

export function attribute(
  s: DocSentence,
  ms: readonly Mention[],
  lex: Lexicon,
  lastSpeaker: Mention | null,
): Attribution {
  const via = viaOf(s, ms, lex);
  const { stance, at } = stanceOf(s, lex);
  const hedged = s.tokens.some((t) => lex.hedges.has(t.key));
  const parties = ms.filter((m) => m !== via);
  for (const [i, c] of cueHits(s.tokens, lex.attribution)) {
    const who = speakerAfter(parties, i + c.tokens.length - 1);
    if (who) return { claimant: who, cue: i, stance, confidence: 0.85, via, hedged };
  }
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i] as Token;
    if (!lex.speech.has(t.key) || parties.some((m) => m.i <= i && i < m.j)) continue;
    const before = speakerBefore(parties, i, s.tokens, lex);
    const afterQuote = s.tokens.slice(Math.max(0, i - 2), i).some((x) => x.kind === 'quote');
    const pronoun = lex.pronouns.find(
      (p) => findCue(s.tokens, p.tokens, Math.max(0, i - p.tokens.length - 1), i + 1) >= 0,
    );
    const who =
      (afterQuote ? speakerAfter(parties, i) : before) ??
      (pronoun ? lastSpeaker : null) ??
      speakerAfter(parties, i) ??
      before;
    if (who)
      return { claimant: who, cue: i, stance, confidence: who === lastSpeaker && pronoun ? 0.7 : 0.85, via, hedged };
  }
  const fallback = at >= 0 ? speakerBefore(parties, at, s.tokens, lex) : null;
  if (fallback) return { claimant: fallback, cue: at, stance, confidence: 0.7, via, hedged };
  return {
    claimant: null,
    cue: -1,
    stance: stance === 'asserts' && hedged ? 'reports' : stance,
    confidence: 0.75,
    via,
    hedged,
  };
}
