// What the claim finder carries from sentence to sentence of one article: the lexicon and
// vocabulary, who published it and when, the claims so far, and the last speaker, outlet, event,
// destination and troops the text spoke of (for "he said", "the soldiers", "send more units").
import type { Predicate } from '../model/types.ts';
import type { Mention } from './document.ts';
import type { Lexicon } from './lexicon.ts';
import type { ClaimProposal, PartyRef } from './types.ts';

export interface ClaimContext {
  lex: Lexicon;
  vocab: ReadonlyMap<string, Predicate>;
  publisher: PartyRef;
  articleDate: string | null;
  lastSpeaker: Mention | null;
  /** The outlet the article cites, applied to third-party claims that name no outlet themselves. */
  docVia: Mention | null;
  claims: ClaimProposal[];
  /** Index of the first claim of the latest sentence that carried a third-party claim. */
  lastEvent: number | null;
  /** The country troops were last said to be sent to ("in Russia's Far East"), for "send more units". */
  destination: Mention | null;
  /** Whose troops the text last spoke of, for "the soldiers were stationed at ...". */
  troops: Mention | null;
  /** Names standing for countries in this text (an agency named after one is part of it). */
  countries: ReadonlyMap<string, Mention>;
}
