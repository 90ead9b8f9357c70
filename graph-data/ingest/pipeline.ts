// Text in, proposals out: language, sentences, mentions of known entities, new entities, claims.
// Pure: the graph is reached only through the AliasIndex it is given.
import { ClaimscapeError } from '../model/errors.ts';
import type { Predicate } from '../model/types.ts';
import { aliasProposals, applyLongForms, longFormsOfKnown, tieAcronyms, useTiedAcronyms } from './acronyms.ts';
import type { ClaimContext } from './claim-context.ts';
import { sentenceClaims } from './claims.ts';
import { detectLanguage } from './detect-language.ts';
import { prepareDocument, type DocSentence, type Mention } from './document.ts';
import { lexiconFor, LANGUAGES, type Lexicon } from './lexicon.ts';
import { exactMentions, lookupTexts, similarMention, uncoveredRuns } from './mentions.ts';
import { lowerWordsOf, newEntityMentions, type NewEntityState } from './new-entities.ts';
import { nameKey } from './fold.ts';
import { publisherOf } from './publisher.ts';
import { countryNames } from './title-relations.ts';
import { eventMentions } from './events.ts';
import type { AliasIndex, AliasProposal, IngestProposals, MentionProposal, PartyRef, SourceMeta } from './types.ts';

/** Unattributed statements are the article's own; with no publisher known they stay unnamed. */
const UNKNOWN_PUBLISHER: PartyRef = { entity: null, label: '(publisher unknown)' };

export interface IngestOptions {
  lang?: string | undefined;
  title?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  date?: string | undefined;
  /** Where the metadata came from when not from flags (HTML meta tags). */
  languageFromFile?: string | undefined;
}

export function chooseLanguage(text: string, opts: IngestOptions): { lang: string; from: SourceMeta['languageFrom'] } {
  if (opts.lang) {
    if (!LANGUAGES.includes(opts.lang))
      throw new ClaimscapeError(
        'bad-argument',
        `no lexicon for language "${opts.lang}" (known: ${LANGUAGES.join(', ')})`,
      );
    return { lang: opts.lang, from: 'flag' };
  }
  const g = detectLanguage(text);
  if (g.mixed) {
    const parts = g.languages.map((l) => `${l.lang} (${l.words} words)`).join(' and ');
    throw new ClaimscapeError(
      'validation-error',
      `the text mixes languages: ${parts}; ingest each part separately or pass --lang to read it all as one`,
    );
  }
  const file = opts.languageFromFile?.slice(0, 2).toLowerCase();
  if (!g.lang && file && LANGUAGES.includes(file)) return { lang: file, from: 'file' };
  if (!g.lang)
    throw new ClaimscapeError(
      'validation-error',
      `could not tell the language of the text; pass --lang (${LANGUAGES.join('|')})`,
    );
  return { lang: g.lang, from: 'detected' };
}

function knownMentions(text: string, sentences: DocSentence[], index: AliasIndex, lex: Lexicon): Mention[][] {
  const found = index.exact(lookupTexts(text, sentences, lex));
  const ties = new Map<string, Mention>();
  return sentences.map((s) => {
    const ms = exactMentions(text, s, found, lex);
    for (const run of uncoveredRuns(s, ms, lex)) {
      const m = similarMention(text, s, run, index, lex);
      if (m) ms.push(m);
    }
    ms.sort((a, b) => a.i - b.i);
    ms.push(...tieAcronyms(s, ms, ties));
    ms.push(...useTiedAcronyms(s, ms, ties));
    return ms.sort((a, b) => a.i - b.i);
  });
}

function addNewEntities(
  text: string,
  sentences: DocSentence[],
  known: Mention[][],
  lex: Lexicon,
  state: NewEntityState,
): Mention[][] {
  const ties = new Map<string, Mention>();
  const taken = new Map<string, Mention>();
  const all = sentences.map((s, k) => {
    const ms = [...(known[k] ?? []), ...newEntityMentions(text, s, known[k] ?? [], lex, state)].sort(
      (a, b) => a.i - b.i,
    );
    for (const [key, acr] of longFormsOfKnown(s, ms)) taken.set(key, acr);
    for (const m of tieAcronyms(s, ms, ties)) {
      const p = state.proposals.find((x) => x.key === m.newKey);
      if (p && !p.aliases.includes(m.text)) p.aliases.push(m.text);
    }
    for (const m of ms) {
      const p = m.newKey ? state.proposals.find((x) => x.key === m.newKey) : undefined;
      if (p && nameKey(m.text) !== nameKey(p.label) && !p.aliases.includes(m.text)) p.aliases.push(m.text);
    }
    return ms;
  });
  applyLongForms(all, taken);
  state.proposals = state.proposals.filter((p) => !taken.has(p.key));
  return all;
}

/** Names repeat through an article: ask the index once per name. */
function cachedIndex(index: AliasIndex): AliasIndex {
  const similar = new Map<string, ReturnType<AliasIndex['similar']>>();
  return {
    exact: (texts) => index.exact(texts),
    namesOf: (ids) => index.namesOf(ids),
    similar(words) {
      const k = words.join(' ');
      let hits = similar.get(k);
      if (!hits) similar.set(k, (hits = index.similar(words)));
      return hits;
    },
  };
}

export function proposeIngest(
  text: string,
  opts: IngestOptions,
  index: AliasIndex,
  predicates: readonly Predicate[],
): IngestProposals {
  const { lang, from } = chooseLanguage(text, opts);
  index = cachedIndex(index);
  const lex = lexiconFor(lang);
  const sentences = prepareDocument(text, lex);
  const known = knownMentions(text, sentences, index, lex);
  eventMentions(sentences, known, index, lex);
  const state: NewEntityState = { proposals: [], byKey: new Map(), lowerWords: lowerWordsOf(sentences) };
  const all = addNewEntities(text, sentences, known, lex, state);
  const publisher = publisherOf(text, sentences, opts, index, all, lex, state) ?? UNKNOWN_PUBLISHER;
  const ctx: ClaimContext = {
    lex,
    vocab: new Map(predicates.map((p) => [p.id, p])),
    publisher,
    articleDate: opts.date ?? null,
    lastSpeaker: null,
    docVia: null,
    claims: [],
    lastEvent: null,
    destination: null,
    troops: null,
    countries: countryNames(all.flat()),
  };
  sentences.forEach((s, k) => sentenceClaims(s, all[k] ?? [], ctx));
  const flat = all.flat();
  if (!flat.length)
    throw new ClaimscapeError(
      'validation-error',
      'the text names no entities (no known names, no proper names): nothing to propose',
    );
  const firstLine = sentences.find((s) => s.headline)?.text ?? sentences[0]?.text ?? '';
  return {
    source: {
      title: opts.title ?? firstLine.slice(0, 200),
      publisher: publisher === UNKNOWN_PUBLISHER ? null : publisher.label,
      publisherEntity: publisher.entity,
      publisherRef: publisher.entity || publisher.key ? publisher : null,
      url: opts.url ?? null,
      published: opts.date ?? null,
      language: lang,
      languageFrom: from,
      characters: text.length,
      sentences: sentences.length,
    },
    mentions: flat.map(toProposal(state)).sort((a, b) => a.start - b.start),
    entities: state.proposals,
    aliases: aliasProposals(new Map(), []).concat(knownAliasProposals(all.flat())),
    claims: ctx.claims,
    warnings: [],
  };
}

function toProposal(state: NewEntityState) {
  return (m: Mention): MentionProposal => {
    const k = m.newKey ? state.proposals.findIndex((p) => p.key === m.newKey) : -1;
    return {
      text: m.text,
      start: m.start,
      end: m.end,
      entity: m.entity,
      label: m.label,
      kind: m.kind,
      confidence: m.confidence,
      match: m.match,
      ...(m.candidates ? { candidates: m.candidates } : {}),
      ...(k >= 0 ? { newEntity: k } : {}),
    };
  };
}

/** Acronyms the text ties to known entities, and long forms it gives known acronyms, become alias proposals. */
function knownAliasProposals(ms: readonly Mention[]): AliasProposal[] {
  const byText = new Map<string, AliasProposal>();
  for (const m of ms) {
    if ((m.match !== 'acronym' && m.match !== 'long-form') || !m.entity) continue;
    const k = `${m.entity}|${m.text}`;
    const form = m.match === 'acronym' ? ('abbreviation' as const) : ('name' as const);
    const cur = byText.get(k) ?? { entity: m.entity, text: m.text, form, confidence: 0.8, spans: [] };
    cur.spans.push({ start: m.start, end: m.end });
    byText.set(k, cur);
  }
  return [...byText.values()];
}
