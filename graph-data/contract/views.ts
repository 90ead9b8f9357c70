// What the API returns: read-side shapes for the graph, the inspector and search.
import type { Alias, AttributeValue, RelationStatus, Stance, Vocabulary } from '../model/types.ts';

export interface NodeView {
  id: string;
  kind: string;
  label: string;
  /** Number of relations touching the entity in the whole database. */
  degree: number;
}

export interface EdgeView {
  id: string;
  source: string;
  target: string;
  predicate: string;
  status: RelationStatus;
  claimCount: number;
  /** Independent sources: syndicated copies count once. */
  sourceCount: number;
  firstStated: string | null;
  lastStated: string | null;
  /** Claims that cannot verify or deny the relation (set on every slice). */
  doubts?: number;
  /** As of a date: some claim counted only because it possibly was stated by then. */
  possibly?: boolean;
}

export interface GraphSlice {
  nodes: NodeView[];
  edges: EdgeView[];
  /** True when the element cap cut the result. */
  truncated: boolean;
}

export interface SearchHit {
  id: string;
  kind: string;
  label: string;
  /** The alias or field that matched, when it is not the label. */
  matched: string | null;
  degree: number;
}

export interface ClaimSearchHit {
  claimId: string;
  relationId: string;
  summary: string;
  /** Set when the claim was found by its claimant's name or alias rather than its text. */
  claimant?: EntityRef;
  stance?: Stance;
}

export interface SearchResult {
  entities: SearchHit[];
  claims: ClaimSearchHit[];
}

export interface EntityRef {
  id: string;
  label: string;
  kind: string;
}

export interface SourceView {
  id: string;
  title: string;
  publisher: EntityRef | null;
  url: string | null;
  language: string | null;
  published: string | null;
}

export interface ClaimView {
  id: string;
  relationId: string;
  claimant: EntityRef;
  stance: Stance;
  stated: string | null;
  holdsFrom: string | null;
  holdsUntil: string | null;
  summary: string | null;
  excerpt: string | null;
  reportedVia: EntityRef | null;
  source: SourceView;
}

/** A claim in brief: enough to draw it (claims view, timeline) and to compare claimants. */
export interface ClaimBrief {
  id: string;
  relationId: string;
  subject: string;
  object: string;
  predicate: string;
  claimant: EntityRef;
  stance: Stance;
  stated: string | null;
  source: { id: string; title: string };
  publisher: EntityRef | null;
  /** As of a date: counted only because it possibly was stated by then. */
  possibly?: boolean;
}

export interface ClaimList {
  claims: ClaimBrief[];
  /** The limit cut the list. */
  truncated: boolean;
}

export interface RelationDetail {
  /** The date the detail was derived as of (claims stated later are left out), when one was asked for. */
  asOf?: string;
  id: string;
  subject: EntityRef;
  predicate: string;
  object: EntityRef;
  status: RelationStatus;
  sourceCount: number;
  claims: ClaimView[];
}

export interface EntityDetail {
  /** The date the detail was derived as of, when one was asked for. */
  asOf?: string;
  id: string;
  kind: string;
  label: string;
  description: string | null;
  aliases: Alias[];
  attributes: Record<string, AttributeValue>;
  externalIds: Record<string, string>;
  relations: (EdgeView & { other: EntityRef; direction: 'out' | 'in' })[];
  /** Counts of relations by status. */
  relationCounts: Record<RelationStatus, number>;
  /** Claims this entity made as claimant (capped). */
  claimsMade: ClaimView[];
  /** Claims on relations touching the entity (capped). */
  claimsAbout: ClaimView[];
}

export interface GraphCounts {
  /** The date relations and claims were counted as of, when one was asked for. */
  asOf?: string;
  entities: number;
  relations: number;
  claims: number;
  sources: number;
  aliases: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
}

/** One step of a path: along a relation (its predicate), or through a claim (a claimant's stance on it). */
export interface PathHop {
  from: string;
  to: string;
  via: 'relation' | 'claim';
  relationId: string;
  predicate: string;
  /** For claim hops: the stance of the claimant (the hop's claimant end) on the relation. */
  stance?: Stance;
  claimant?: string;
  /** The claims behind the hop: all of the relation's, or the claimant's own for a claim hop. */
  claims: ClaimView[];
}

export interface PathResult {
  found: boolean;
  /** Entities in order; `edges[i]` links `nodes[i]` and `nodes[i + 1]` (by relation or by claim, see hops). */
  nodes: string[];
  edges: string[];
  slice: GraphSlice;
  hops?: PathHop[];
}

export interface ImportReport {
  format: string;
  file: string;
  entities: number;
  relations: number;
  claims: number;
  sources: number;
  inserted: number;
  updated: number;
  unchanged: number;
  warnings: string[];
}

export interface ImportPreview {
  format: string;
  file: string;
  counts: { entities: number; relations: number; claims: number; sources: number };
  sampleNodes: { id: string; label: string; kind: string }[];
  /** Subject and object by label (ids of foreign files are often opaque). */
  sampleEdges: { subject: string; predicate: string; object: string }[];
  newKinds: string[];
  newPredicates: string[];
  /** Which attribute or column of the file became which field (foreign formats). */
  mapping: { role: string; from: string }[];
  warnings: string[];
  /** How nodes resolve against the database (merge into existing, or new); nodes capped at 2,000. */
  resolution?: { merge: number; new: number; nodes: NodeResolution[] };
}

export interface DatabaseInfo {
  file: string;
  counts: GraphCounts;
  vocabulary: Vocabulary;
}

/**
 * A claim as the as-of derivation needs it: stance, stated date, and a number standing for its
 * independent report (syndicated copies carry the number of the report they copy), valid within one answer.
 */
export type DigestClaim = [stance: Stance, stated: string | null, report: number];

/**
 * The relations among some entities with every claim, whatever its date (`claims:digests`): the
 * renderer derives the graph as of any date from it (model/as-of.ts), as the store would.
 */
export interface ClaimDigests {
  /** As `graph:subgraph` answers them without a date (the same relations, the same cap). */
  edges: EdgeView[];
  /** `claims[i]`: the claims of `edges[i]`. */
  claims: DigestClaim[][];
  truncated: boolean;
}

/** What import:preview says about each node of the file (--merge-by auto resolution). */
export interface NodeResolution {
  /** The node's id in the file. */
  node: string;
  label: string;
  kind: string;
  /** The existing entity it will merge into, or null when it will be new. */
  into: EntityRef | null;
  reason: 'id' | 'redirect' | 'wikidata' | 'label' | null;
}
