// Proposes new entities from names the graph does not know: capitalised runs, acronyms and
// designations (AN-124), each with a kind from cue words in either language and the aliases
// the text gives it (a bracketed acronym, a person's surname used alone later).
import { nameKey } from './fold.ts';
import type { DocSentence, Mention } from './document.ts';
import { surfaceOf } from './document.ts';
import type { Cue, Lexicon } from './lexicon.ts';
import { uncoveredRuns } from './mentions.ts';
import { findCue, type Token } from './tokens.ts';
import type { EntityProposal } from './types.ts';

export interface NewEntityState {
  proposals: EntityProposal[];
  byKey: Map<string, EntityProposal>;
  /** Lower-case words seen anywhere in the text (a capitalised sentence opener that also appears
   * in lower case is an ordinary word). */
  lowerWords: Set<string>;
}

function cueAt<T>(tokens: readonly Token[], i: number, cues: readonly Cue<T>[]): Cue<T> | undefined {
  if (i < 0) return undefined;
  return cues.find((c) => findCue(tokens, c.tokens, i, i + c.tokens.length) === i);
}

function isNoise(t: Token, lex: Lexicon): boolean {
  const f = lex.file;
  return (
    lex.stopwords.has(t.key) ||
    lex.speech.has(t.key) ||
    lex.via.some((c) => c.tokens.length === 1 && c.tokens[0] === t.key) ||
    lex.attribution.some((c) => c.tokens[0] === t.key) ||
    f.months[t.key] !== undefined ||
    f.weekdays[t.key] !== undefined ||
    /^\d+$/.test(t.text)
  );
}

/** A title inside a run, with a name after it ("Japanese Foreign Minister Takeshi Iwaya"). */
function titleWithin(tokens: readonly Token[], i: number, j: number, lex: Lexicon) {
  for (let x = i; x < j; x++) {
    const cue = cueAt(tokens, x, lex.titles);
    if (cue && x + cue.tokens.length < j) return { at: x, cue };
  }
  return null;
}

/** Trims noise and leading titles off a run; returns the name's range and the title's kind. */
function trimRun(s: DocSentence, run: [number, number], lex: Lexicon) {
  let [i, j] = run;
  let title: Cue<{ kind: string; predicate: string | null }> | undefined;
  for (;;) {
    const t = s.tokens[i];
    if (i >= j || !t) break;
    const c = titleWithin(s.tokens, i, j, lex);
    if (c) {
      title = c.cue;
      i = c.at + c.cue.tokens.length;
    } else if (isNoise(t, lex) && !t.acronym) i++;
    else break;
  }
  while (j > i && isNoise(s.tokens[j - 1] as Token, lex)) j--;
  // A title found inside the run or right before it may hold the office's name too ("Presiden
  // Ukraina Volodymyr Zelensky"); one further back is separated from the name by a known one.
  const inside = title !== undefined || cueAt(s.tokens, i - 1, lex.titles) !== undefined;
  if (!title) for (let back = 1; back <= 3 && !title; back++) title = cueAt(s.tokens, i - back, lex.titles);
  return { i, j, title, inside };
}

/** A run that is only a title or kind word ("Pejabat", "Presiden", "Ministry") names nobody. */
function isCueOnly(s: DocSentence, i: number, j: number, lex: Lexicon): boolean {
  for (const list of [lex.titles, lex.kindCues] as Cue<unknown>[][]) {
    const c = cueAt(s.tokens, i, list);
    if (c && i + c.tokens.length >= j) return true;
  }
  return false;
}

function kindOf(s: DocSentence, i: number, j: number, lex: Lexicon, titleKind: string | undefined): [string, number] {
  if (titleKind) return [titleKind, 0.85];
  for (let x = i; x < j; x++) {
    const c = cueAt(s.tokens, x, lex.kindCues);
    if (c) return [c.value, 0.8];
  }
  for (let back = 1; back <= 3; back++) {
    const c = cueAt(s.tokens, i - back, lex.kindCues);
    const gap = s.tokens.slice(i - back + (c?.tokens.length ?? 0), i);
    if (c && i - back + c.tokens.length >= i - 1 && gap.every((t) => t.kind === 'word')) return [c.value, 0.75];
  }
  const after = cueAt(s.tokens, j, lex.kindCues);
  if (after) return [after.value, 0.75];
  const first = s.tokens[i] as Token;
  const prev = s.tokens[i - 1];
  if (prev && lex.via.some((c) => c.tokens[c.tokens.length - 1] === prev.key)) return ['media-outlet', 0.75];
  if (i === 0 && j - i === 1 && first.acronym && /^[-–—,]/.test(s.text.slice(first.end - s.start).trim()))
    return ['place', 0.7];
  if (j - i === 1 && first.designation) return ['weapon-system', 0.75];
  if (j - i === 1 && first.acronym) return ['organisation', 0.6];
  const next = s.tokens[j];
  if (next && lex.speech.has(next.key) && j - i >= 2 && j - i <= 3) return ['person', 0.75];
  const words = s.tokens.slice(i, j);
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((t) => t.cap && !t.acronym && /^\p{Lu}\p{Ll}/u.test(t.text))
  )
    return ['person', 0.6];
  return ['other', 0.55];
}

export function proposeNamed(
  state: NewEntityState,
  label: string,
  kind: string,
  confidence: number,
  span?: { start: number; end: number },
) {
  const key = nameKey(label);
  const known = state.byKey.get(key);
  if (known) {
    if (span) known.spans.push(span);
    known.confidence = Math.min(0.95, Math.max(known.confidence, confidence) + 0.03);
    if (known.kind === 'other' && kind !== 'other') known.kind = kind;
    return known;
  }
  const p: EntityProposal = {
    key: `new:${state.proposals.length + 1}`,
    label,
    kind,
    aliases: [],
    confidence,
    spans: span ? [span] : [],
  };
  state.proposals.push(p);
  state.byKey.set(key, p);
  const surname = key.split(' ').pop() as string;
  if (kind === 'person' && key.includes(' ') && !state.byKey.has(surname)) state.byKey.set(surname, p);
  return p;
}

/** New-entity mentions in one sentence, given its known mentions. */
const personLike = (t: Token | undefined) => !!t && t.cap && !t.acronym && /^\p{Lu}\p{Ll}/u.test(t.text);

/** Splits runs that hold two names: "NATO Mark Rutte", and after a title "Ukraina Volodymyr
 * Zelensky" (Indonesian puts the office before the person: Presiden Ukraina Volodymyr Zelensky). */
function pieces(
  s: DocSentence,
  run: [number, number],
  lex: Lexicon,
  state: NewEntityState,
): { i: number; j: number; titleKind?: string }[] {
  const { i, j, title, inside } = trimRun(s, run, lex);
  const t = s.tokens;
  for (let x = i + 1; x < j - 1; x++) {
    if (t[x - 1]?.acronym && personLike(t[x]) && personLike(t[x + 1]) && !t[x]?.acronym)
      return [{ i, j: x }, ...pieces(s, [x, j], lex, state)];
  }
  // "di Sergiyevsky Rusia": a name proposed before, standing after a word that is no kind cue.
  for (const n of [1, 2]) {
    const tail = t
      .slice(j - n, j)
      .map((x) => x.key)
      .join(' ');
    const known = state.byKey.get(tail);
    const head = t.slice(i, j - n);
    if (j - n > i && known && known.kind !== 'person' && nameKey(known.label) === tail)
      if (!head.some((_, x) => cueAt(t, i + x, lex.kindCues) || cueAt(t, i + x, lex.titles)))
        return [...pieces(s, [i, j - n], lex, state), { i: j - n, j }];
  }
  const cueAtEnd = (x: number) => cueAt(t, x, lex.kindCues) !== undefined;
  if (
    title &&
    inside &&
    j - i >= 3 &&
    personLike(t[j - 1]) &&
    personLike(t[j - 2]) &&
    !cueAtEnd(j - 2) &&
    !cueAtEnd(j - 1)
  )
    return [
      { i, j: j - 2 },
      { i: j - 2, j, titleKind: title.value.kind },
    ];
  return [{ i, j, ...(title ? { titleKind: title.value.kind } : {}) }];
}

function mentionFor(
  text: string,
  s: DocSentence,
  i: number,
  j: number,
  kindAndConf: [string, number],
  state: NewEntityState,
): Mention {
  const first = s.tokens[i] as Token;
  const single = j - i === 1;
  const label = surfaceOf(text, s.tokens, i, j);
  const [kind, kc] = kindAndConf;
  const base = single ? (first.acronym || first.designation ? 0.6 : 0.5) : 0.65;
  const span = { start: first.start, end: (s.tokens[j - 1] as Token).end };
  const p = proposeNamed(
    state,
    state.byKey.get(nameKey(label))?.label ?? label,
    kind,
    Math.min(0.9, base + (kc - 0.55)),
    span,
  );
  return {
    sentence: s.index,
    i,
    j,
    ...span,
    text: label,
    entity: null,
    label: p.label,
    kind: p.kind,
    confidence: Math.round(p.confidence * 100) / 100,
    match: 'new',
    newKey: p.key,
  };
}

export function newEntityMentions(
  text: string,
  s: DocSentence,
  known: readonly Mention[],
  lex: Lexicon,
  state: NewEntityState,
): Mention[] {
  if (s.headline) return [];
  const out: Mention[] = [];
  for (const run of uncoveredRuns(s, known, lex)) {
    for (const { i, j, titleKind } of pieces(s, run, lex, state)) {
      if (j <= i || isCueOnly(s, i, j, lex)) continue;
      const first = s.tokens[i] as Token;
      const single = j - i === 1;
      const opener = i === 0 || s.tokens[i - 1]?.kind === 'quote';
      // "China's Foreign Ministry said", "Yonhap news agency reported": a name, not a capitalised opener.
      const named =
        (first.possessive && !state.lowerWords.has(first.key)) || cueAt(s.tokens, j, lex.kindCues) !== undefined;
      if (
        single &&
        opener &&
        !named &&
        (state.lowerWords.has(first.key) || !first.acronym) &&
        !state.byKey.has(first.key)
      )
        continue;
      if (single && !first.acronym && !first.designation && first.text.length < 3) continue;
      const kind: [string, number] = titleKind ? [titleKind, 0.85] : kindOf(s, i, j, lex, undefined);
      out.push(mentionFor(text, s, i, j, kind, state));
    }
  }
  return out;
}

export function lowerWordsOf(sentences: readonly DocSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (t.kind === 'word' && !t.cap) out.add(t.key);
  return out;
}
