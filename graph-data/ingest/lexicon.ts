// Per-language lexicons for ingestion, read from lang/<code>.json: a new language is a data file
// plus one line in LEXICON_FILES. Cue phrases are folded once here for matching.
import en from './lang/en.json' with { type: 'json' };
import id from './lang/id.json' with { type: 'json' };
import type { Stance } from '../model/types.ts';
import { foldText } from './fold.ts';

export interface LexiconFile {
  lang: string;
  name: string;
  stopwords: string[];
  abbreviations: string[];
  sentenceAbbreviations: string[];
  months: Record<string, number>;
  weekdays: Record<string, number>;
  relativeDays: Record<string, number>;
  speech: string[];
  attribution: string[];
  /** Passive reporting ("it was reported"): the publisher relays what follows. */
  reported: string[];
  /** Words opening a reported clause ("that", "bahwa"). */
  complementizers: string[];
  stanceCues: { cue: string; stance: string }[];
  negations: string[];
  conditionals: string[];
  hedges: string[];
  via: string[];
  pronouns: string[];
  anaphora: { cue: string; predicate: string | null }[];
  predicates: {
    id: string;
    cues: string[];
    needs?: string[];
    passive?: string[];
    between?: string[];
    selfClaimed?: boolean;
    /** A predicate to use when the object does not fit this one ("shipping shells to Moscow": equips). */
    fallback?: string;
  }[];
  /** Words standing for troops named earlier ("they", "the new arrivals"). */
  troopPronouns: string[];
  /** Words opening a byline ("By", "Oleh"): that line names the author and maybe the outlet. */
  bylines: string[];
  /** Words marking where something comes from ("from", "dari"): never a destination. */
  origins: string[];
  /** Words after a comma that open a clause of its own ("and", "while"; "sementara", "namun"). */
  clauseJoiners: string[];
  /** Reporting verbs that may come before their speaker after a quote or comma ("..., said X"). */
  invertedSpeech: string[];
  /** Words joining the parties of an event ("between", "and"; "antara", "dan"). */
  eventLinks: string[];
  /** How the language names an event by its parties: {head} is the event noun, {a} and {b} the parties. */
  eventTemplates: string[];
  relativizers: string[];
  nameConnectors: string[];
  titles: { cue: string; kind: string; predicate: string | null }[];
  kindCues: { cue: string; kind: string }[];
  speakerFallback: string[];
}

const LEXICON_FILES: readonly LexiconFile[] = [en, id] as LexiconFile[];

/** A cue phrase as folded tokens, with what it means. */
export interface Cue<T> {
  tokens: string[];
  value: T;
}

export interface Lexicon {
  lang: string;
  name: string;
  file: LexiconFile;
  stopwords: Set<string>;
  abbreviations: Set<string>;
  sentenceAbbreviations: Set<string>;
  speech: Set<string>;
  negations: Set<string>;
  conditionals: Set<string>;
  hedges: Set<string>;
  attribution: Cue<true>[];
  reported: Cue<true>[];
  complementizers: Set<string>;
  stanceCues: Cue<Stance>[];
  via: Cue<true>[];
  pronouns: Cue<true>[];
  anaphora: Cue<string | null>[];
  predicateCues: Cue<{
    id: string;
    mode: 'active' | 'passive' | 'between';
    needs: Set<string>;
    selfClaimed: boolean;
    fallback: string | undefined;
  }>[];
  troopPronouns: Set<string>;
  eventLinks: Set<string>;
  invertedSpeech: Set<string>;
  clauseJoiners: Set<string>;
  origins: Set<string>;
  bylines: Set<string>;
  titles: Cue<{ kind: string; predicate: string | null }>[];
  kindCues: Cue<string>[];
  speakerFallback: Cue<true>[];
  relativizers: Set<string>;
  nameConnectors: Set<string>;
}

function cues<T>(items: readonly { cue: string }[], value: (i: number) => T): Cue<T>[] {
  return items
    .map((x, i) => ({ tokens: foldText(x.cue).split(' ').filter(Boolean), value: value(i) }))
    .filter((c) => c.tokens.length > 0)
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

const wrap = (list: string[]) => list.map((cue) => ({ cue }));

function predicateCues(f: LexiconFile): Lexicon['predicateCues'] {
  const out: Lexicon['predicateCues'] = [];
  for (const p of f.predicates) {
    const needs = new Set((p.needs ?? []).map(foldText));
    const base = { id: p.id, needs, selfClaimed: p.selfClaimed === true, fallback: p.fallback };
    out.push(...cues(wrap(p.cues), () => ({ ...base, mode: 'active' as const })));
    out.push(...cues(wrap(p.passive ?? []), () => ({ ...base, mode: 'passive' as const })));
    out.push(...cues(wrap(p.between ?? []), () => ({ ...base, mode: 'between' as const })));
  }
  return out.sort((a, b) => b.tokens.length - a.tokens.length);
}

export function buildLexicon(f: LexiconFile): Lexicon {
  const set = (xs: string[]) => new Set(xs.map(foldText));
  return {
    lang: f.lang,
    name: f.name,
    file: f,
    stopwords: set(f.stopwords),
    abbreviations: set(f.abbreviations),
    sentenceAbbreviations: set(f.sentenceAbbreviations),
    speech: set(f.speech),
    negations: set(f.negations),
    conditionals: set(f.conditionals),
    hedges: set(f.hedges),
    attribution: cues(wrap(f.attribution), () => true as const),
    reported: cues(wrap(f.reported), () => true as const),
    complementizers: set(f.complementizers),
    stanceCues: cues(f.stanceCues, (i) => f.stanceCues[i]?.stance as Stance),
    via: cues(wrap(f.via), () => true as const),
    pronouns: cues(wrap(f.pronouns), () => true as const),
    anaphora: cues(f.anaphora, (i) => f.anaphora[i]?.predicate ?? null),
    predicateCues: predicateCues(f),
    titles: cues(f.titles, (i) => ({ kind: f.titles[i]?.kind ?? 'person', predicate: f.titles[i]?.predicate ?? null })),
    kindCues: cues(f.kindCues, (i) => f.kindCues[i]?.kind ?? 'other'),
    speakerFallback: cues(wrap(f.speakerFallback), () => true as const),
    relativizers: set(f.relativizers),
    troopPronouns: set(f.troopPronouns),
    eventLinks: set(f.eventLinks),
    invertedSpeech: set(f.invertedSpeech),
    clauseJoiners: set(f.clauseJoiners),
    origins: set(f.origins),
    bylines: set(f.bylines),
    nameConnectors: set(f.nameConnectors),
  };
}

export const LEXICONS: ReadonlyMap<string, Lexicon> = new Map(LEXICON_FILES.map((f) => [f.lang, buildLexicon(f)]));
export const LANGUAGES: readonly string[] = [...LEXICONS.keys()];

export function lexiconFor(lang: string): Lexicon {
  const lex = LEXICONS.get(lang);
  if (!lex) throw new Error(`no lexicon for language "${lang}"`);
  return lex;
}
