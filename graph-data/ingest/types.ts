// The shapes ingestion hands out: source metadata, mentions, proposed entities and claims, each
// with a confidence and the text spans it came from. The CLI's --json output is this, as is.
import type { AliasForm, Stance } from '../model/types.ts';

/** One known name of an entity, as an alias index returns it. */
export interface AliasHit {
  entity: string;
  label: string;
  kind: string;
  /** The alias (or label) text that matched. */
  alias: string;
  lang: string;
  form: AliasForm | 'label';
}

/** Looks names up in the graph. main/db implements it over SQLite; tests over the seed JSON. */
export interface AliasIndex {
  /** Hits whose alias or label equals one of these texts (ignoring case), keyed by the text asked. */
  exact(texts: readonly string[]): Map<string, AliasHit[]>;
  /** Hits for a name that did not match exactly: same words ignoring diacritics and hyphens, or
   * near spellings (a few per name; the caller scores them). */
  similar(words: readonly string[]): AliasHit[];
  /** Every name (label and aliases) of these entities. */
  namesOf(entities: readonly string[]): AliasHit[];
}

export interface SourceMeta {
  title: string;
  publisher: string | null;
  /** Known entity id of the publisher, when the name resolved. */
  publisherEntity: string | null;
  /** The publisher as a party of claims: known, or a proposed new entity (key), or null when unknown. */
  publisherRef: PartyRef | null;
  url: string | null;
  published: string | null;
  language: string;
  /** How the language was chosen. */
  languageFrom: 'flag' | 'detected' | 'file';
}

export interface Span {
  start: number;
  end: number;
}

export interface MentionProposal extends Span {
  text: string;
  /** Known entity id, or null for a proposed new entity. */
  entity: string | null;
  label: string;
  kind: string;
  confidence: number;
  /** How it matched: exact, alias-form, folded, near, acronym, designator, new. */
  match: string;
  /** Other entities the same words could mean. */
  candidates?: { entity: string; label: string }[];
  /** Index into entities[] when entity is null. */
  newEntity?: number;
}

export interface EntityProposal {
  /** A key for references before commit ("new:1"). */
  key: string;
  label: string;
  kind: string;
  aliases: string[];
  confidence: number;
  spans: Span[];
}

/** A new alias the text gives a known entity ("... (NIS)"). */
export interface AliasProposal {
  entity: string;
  text: string;
  form: AliasForm;
  confidence: number;
  spans: Span[];
}

/** A party to a claim: a known entity (id) or a proposed one (key "new:N"), with its text. */
export interface PartyRef {
  entity: string | null;
  label: string;
  key?: string;
}

export interface ClaimProposal {
  claimant: PartyRef;
  subject: PartyRef;
  predicate: string;
  object: PartyRef;
  stance: Stance;
  stated: string | null;
  excerpt: string;
  confidence: number;
  reportedVia: PartyRef | null;
  spans: Span[];
  /** Set when the claim refers back to an event named earlier ("denied reports of the deployment"). */
  refersTo?: number;
}

export interface IngestProposals {
  source: SourceMeta & { characters: number; sentences: number };
  mentions: MentionProposal[];
  entities: EntityProposal[];
  aliases: AliasProposal[];
  claims: ClaimProposal[];
  warnings: string[];
}
