// Who states a sentence, how, and which part of it is what they state: a clause model over the
// sentence's tokens. Frames, in order: passive reporting ("it was reported that", "dilaporkan
// bahwa": the publisher relays), "according to X"/"menurut X" (before or after the clause), a
// reporting verb with its speaker before it (skipping an apposition: "X, a spokesman for Y, said")
// and the clause after it (from "that"/"bahwa"), or before it when the speaker stands after a comma
// or quote ("..., Seoul's spy agency said", "..., kata X"), a pronoun or "the agency" for the last
// speaker. Stance from cue phrases with negation and conditionals; the outlet it came through.
import type { Stance } from '../model/types.ts';
import type { DocSentence, Mention } from './document.ts';
import type { Cue, Lexicon } from './lexicon.ts';
import { findCue, type Token } from './tokens.ts';

/** A token range [from, to) of the sentence that holds what the claimant states. */
export type Clause = [number, number];

export interface Attribution {
  /** The speaker, when the sentence names or implies one (null: the publisher). */
  claimant: Mention | null;
  /** Token index of the reporting verb or attribution cue. */
  cue: number;
  stance: Stance;
  /** How sure we are of claimant and stance, 0..1. */
  confidence: number;
  via: Mention | null;
  hedged: boolean;
  /** Where the claimed content is; the whole sentence when no frame was found. */
  clauses: Clause[];
  /** "It was reported that ...": the publisher relays an unnamed source. */
  relayed: boolean;
  /** The part of the sentence this frame covers (all of it unless it has two speakers). */
  part?: Clause;
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
const BREAKS = new Set([',', ';', ':', '(', '–', '—', '-']);

/** Cue lists indexed by their first token, built once per list (lists are long, sentences short). */
const byFirst = new WeakMap<readonly Cue<unknown>[], Map<string, Cue<unknown>[]>>();

function firstIndex<T>(cues: readonly Cue<T>[]): Map<string, Cue<T>[]> {
  let m = byFirst.get(cues) as Map<string, Cue<T>[]> | undefined;
  if (!m) {
    m = new Map();
    for (const c of cues) {
      const k = c.tokens[0] ?? '';
      const list = m.get(k);
      if (list) list.push(c);
      else m.set(k, [c]);
    }
    byFirst.set(cues, m as Map<string, Cue<unknown>[]>);
  }
  return m;
}

/** All occurrences of cues in the sentence: [token index, cue]; where cues overlap, the one listed
 * first (lists are sorted longest first) keeps its tokens. */
export function cueHits<T>(tokens: readonly Token[], cues: readonly Cue<T>[]): [number, Cue<T>][] {
  const index = firstIndex(cues);
  const found: [number, Cue<T>, number][] = [];
  tokens.forEach((t, i) => {
    for (const c of index.get(t.key) ?? [])
      if (c.tokens.every((k, x) => tokens[i + x]?.key === k)) found.push([i, c, cues.indexOf(c)]);
  });
  found.sort((a, b) => a[2] - b[2] || a[0] - b[0]);
  const out: [number, Cue<T>][] = [];
  const used = new Set<number>();
  for (const [i, c] of found) {
    if (used.has(i)) continue;
    for (let k = 0; k < c.tokens.length; k++) used.add(i + k);
    out.push([i, c]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const isSpeaker = (m: Mention) => SPEAKER_KINDS.has(m.kind);

/** The first token of the noun phrase ending with m ("South Korea's National Intelligence Service"):
 * back over adjoining mentions, possessives, capitalised words and articles, to a break. */
function phraseStart(tokens: readonly Token[], ms: readonly Mention[], m: Mention, lex: Lexicon): number {
  let i = m.i;
  for (;;) {
    const prev = ms.find((x) => x.j === i && x !== m);
    if (prev) i = prev.i;
    else if (tokens[i - 1]?.kind === 'word' && (tokens[i - 1]?.cap || tokens[i - 1]?.possessive)) i--;
    else if (tokens[i - 1] && lex.stopwords.has(tokens[i - 1]?.key ?? '') && i - 1 === 0) i--;
    else return i;
  }
}

function speakerBefore(ms: readonly Mention[], at: number, tokens: readonly Token[], lex: Lexicon): Mention | null {
  // "Oleh Marchenko, a spokesman for Ukraine's Defence Ministry, said": the person before the apposition.
  if (tokens[at - 1]?.text === ',') {
    for (let p = at - 2; p >= Math.max(0, at - 16); p--) {
      if (tokens[p]?.text !== ',') continue;
      const person = ms.find((m) => m.j === p && m.kind === 'person');
      if (person) return person;
      break;
    }
  }
  let best: Mention | null = null;
  for (const m of ms)
    if (m.j <= at && at - m.j <= 12 && isSpeaker(m) && !(best && best.j === m.j && best.i < m.i)) best = m;
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
    return [...ms].reverse().find((m) => m.j <= rel && rel - m.j <= 1 && isSpeaker(m)) ?? best;
  return best;
}

function speakerAfter(ms: readonly Mention[], at: number): Mention | null {
  const m = ms.find((x) => x.i > at && x.i - at <= 4 && isSpeaker(x));
  if (!m) return null;
  // "kata Presiden Ukraina Volodymyr Zelensky": the person at the end of a title phrase.
  return ms.find((x) => x.i === m.j && x.kind === 'person') ?? m;
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

/** The clause after a reporting verb: from "that"/"bahwa" when it follows within a few words. */
function clauseAfter(tokens: readonly Token[], at: number, lex: Lexicon): Clause {
  for (let x = at + 1; x < Math.min(tokens.length, at + 10); x++)
    if (lex.complementizers.has(tokens[x]?.key ?? '')) return [x + 1, tokens.length];
  return [at + 1, tokens.length];
}

/** Content before a break at b (a comma or closing quote before the speaker or the verb). */
function clauseBefore(tokens: readonly Token[], b: number): Clause | null {
  let end = b;
  while (end > 0 && (BREAKS.has(tokens[end - 1]?.text ?? '') || tokens[end - 1]?.kind === 'quote')) end--;
  return end >= 3 ? [0, end] : null;
}

const isBreak = (t: Token | undefined) => !!t && (BREAKS.has(t.text) || t.kind === 'quote');

type Partial = Omit<Attribution, 'stance' | 'via' | 'hedged'> & { stance?: Stance };

function passiveFrame(s: DocSentence, lex: Lexicon): Partial | null {
  for (const [i, c] of cueHits(s.tokens, lex.reported)) {
    if (i > 1 && !isBreak(s.tokens[i - 1])) continue;
    const [from, to] = clauseAfter(s.tokens, i + c.tokens.length - 1, lex);
    return { claimant: null, cue: i, confidence: 0.85, clauses: [[from, to]], relayed: true, stance: 'reports' };
  }
  return null;
}

function attributionFrame(s: DocSentence, parties: readonly Mention[], lex: Lexicon): Partial | null {
  const t = s.tokens;
  for (const [i, c] of cueHits(t, lex.attribution)) {
    const who = speakerAfter(parties, i + c.tokens.length - 1);
    if (!who) continue;
    const before = clauseBefore(t, i);
    const after: Clause = [who.j, t.length];
    const words = ([a, b]: Clause) => t.slice(a, b).filter((x) => x.kind === 'word').length;
    const clause = before && words(before) > words(after) ? before : after;
    return { claimant: who, cue: i, confidence: 0.9, clauses: [clause], relayed: false };
  }
  return null;
}

function verbFrame(s: DocSentence, parties: readonly Mention[], lex: Lexicon, last: Mention | null): Partial | null {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!lex.speech.has((t[i] as Token).key) || parties.some((m) => m.i <= i && i < m.j)) continue;
    const pronoun = lex.pronouns.find((p) => findCue(t, p.tokens, Math.max(0, i - p.tokens.length - 1), i + 1) >= 0);
    // '"...," said X' / '..., kata X': the speaker after the verb, the clause before it.
    const apposed = parties.some((m) => m.j === i - 1 && m.kind === 'person');
    const inverted = ((isBreak(t[i - 1]) && !apposed) || i === 0) && lex.invertedSpeech.has((t[i] as Token).key);
    const after = inverted || !pronoun ? speakerAfter(parties, i) : null;
    if (inverted && after) {
      const clause = clauseBefore(t, i);
      const rest = clauseAfter(t, after.j - 1, lex);
      return { claimant: after, cue: i, confidence: 0.9, clauses: clause ? [clause, rest] : [rest], relayed: false };
    }
    const before = pronoun ? null : speakerBefore(parties, i, t, lex);
    const who = before ?? (pronoun ? last : null) ?? after;
    if (!who) continue;
    const clauses: Clause[] = [clauseAfter(t, i, lex)];
    if (who === before) {
      // "North Korea moved troops to Russia, South Korea's spy agency said on Thursday".
      const start = phraseStart(t, parties, before, lex);
      const front = start > 0 && isBreak(t[start - 1]) ? clauseBefore(t, start) : null;
      if (front) clauses.unshift(front);
    }
    const confidence = who === last && pronoun ? 0.8 : 0.9;
    return { claimant: who, cue: i, confidence, clauses, relayed: false };
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
  const frame = passiveFrame(s, lex) ?? attributionFrame(s, parties, lex) ?? verbFrame(s, parties, lex, lastSpeaker);
  if (frame) {
    const own = frame.stance && STANCE_RANK[frame.stance] > STANCE_RANK[stance] ? frame.stance : stance;
    return { ...frame, stance: own, via, hedged };
  }
  const fallback = at >= 0 ? speakerBefore(parties, at, s.tokens, lex) : null;
  const whole: Clause[] = [[0, s.tokens.length]];
  if (fallback)
    return {
      claimant: fallback,
      cue: at,
      stance,
      confidence: 0.7,
      via,
      hedged,
      clauses: [clauseAfter(s.tokens, at, lex)],
      relayed: false,
    };
  const own = stance === 'asserts' && hedged ? 'reports' : stance;
  return { claimant: null, cue: -1, stance: own, confidence: 0.8, via, hedged, clauses: whole, relayed: false };
}
