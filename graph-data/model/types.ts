// The stated-relations domain model: records, closed sets, and the shapes every room shares.
// Plain TypeScript only: this file runs in main, renderer, CLI and workers alike.

export const STANCES = ['asserts', 'reports', 'cannot-verify', 'denies', 'confirms'] as const;
export type Stance = (typeof STANCES)[number];

export const STATUSES = ['confirmed', 'contested', 'denied', 'unverified', 'asserted'] as const;
export type RelationStatus = (typeof STATUSES)[number];

export const ALIAS_FORMS = ['name', 'abbreviation', 'metonym', 'translation', 'designator'] as const;
export type AliasForm = (typeof ALIAS_FORMS)[number];

/** `2024`, `2024-10` or `2024-10-18`. */
export type PartialDate = string;

export type AttributeValue = string | number | boolean;

export interface LocalizedText {
  en: string;
  id?: string;
  [lang: string]: string | undefined;
}

export interface EntityKind {
  id: string;
  label: LocalizedText;
  shape: string;
  color: string;
  glyph: string;
}

export interface Predicate {
  id: string;
  label: LocalizedText;
  inverse: LocalizedText;
  symmetric: boolean;
  subjectKinds: string[];
  objectKinds: string[];
}

export interface Vocabulary {
  kinds: EntityKind[];
  predicates: Predicate[];
}

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  language: string | null;
  published: PartialDate | null;
  retrieved: string | null;
  text?: string | null;
  sha256?: string | null;
  /** Id of the source this one syndicates (a copy of the same report is not independent). */
  copyOf?: string | null;
  format?: string | null;
}

export interface Alias {
  text: string;
  lang: string;
  form: AliasForm;
}

export interface Entity {
  id: string;
  kind: string;
  label: string;
  description?: string | null;
  aliases: Alias[];
  attributes?: Record<string, AttributeValue>;
  externalIds?: Record<string, string>;
  /** Present only in exported subgraphs: the entity is there because a claim or source refers
   * to it (claimant, publisher, relay), not because it was selected. Import never overwrites
   * an existing entity with a context copy. */
  context?: boolean;
}

export interface Relation {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  status?: RelationStatus;
}

export interface Locator {
  start: number;
  end: number;
}

export interface Claim {
  id: string;
  relation: string;
  claimant: string;
  stance: Stance;
  source: string;
  stated: PartialDate | null;
  holdsFrom?: PartialDate | null;
  holdsUntil?: PartialDate | null;
  summary?: string | null;
  excerpt?: string | null;
  locator?: Locator | null;
  reportedVia?: string | null;
  confidence?: number | null;
  attributes?: Record<string, AttributeValue>;
}

/** A whole graph or a subgraph with everything needed to rebuild it: Claimscape JSON v1. */
/** An entity id a merge left behind (`from`) and the entity it now reaches (`to`). */
export interface Redirect {
  from: string;
  to: string;
}

export interface GraphDocument {
  format: 'claimscape';
  version: 1;
  vocabulary?: Vocabulary;
  sources: Source[];
  entities: Entity[];
  relations: Relation[];
  claims: Claim[];
  /** Ids merged away and where they lead, so links to them still reach an entity (Claimscape JSON only). */
  redirects?: Redirect[];
}

export function isStance(v: unknown): v is Stance {
  return typeof v === 'string' && (STANCES as readonly string[]).includes(v);
}
