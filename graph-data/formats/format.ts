// The shape every file format implements; the registry (registry.ts) lists them as data.
import type { GraphDocument } from '../model/types.ts';
import type { SerializedFiles, WrittenFile } from './stream.ts';

export interface ImportLimits {
  /** Largest input accepted, in bytes (UTF-8). */
  maxBytes: number;
  /** Most nodes + edges + claims accepted from one file. */
  maxElements: number;
  /** Deepest nesting accepted (JSON arrays/objects, XML elements). */
  maxDepth: number;
  /** Wall-clock budget for parsing, in milliseconds. */
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxElements: 5_000_000,
  maxDepth: 64,
  timeBudgetMs: 60_000,
};

/** What a column of a tabular file can be mapped to. */
export const COLUMN_ROLES = ['source', 'target', 'label', 'kind', 'predicate', 'date', 'citation', 'id'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface ParseOptions {
  /** Column mapping for tabular formats, e.g. { source: 'from', target: 'to' }. */
  columns?: Partial<Record<ColumnRole, string>>;
  /** Create entities for edge endpoints that are not declared as nodes. */
  createMissingNodes?: boolean;
  delimiter?: string;
}

export interface ParseContext {
  /** Display name of the file, used in error messages and as the source title. */
  fileName: string;
  /** sha256 of the file, computed by the caller (graph-data has no crypto). */
  sha256: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  limits: ImportLimits;
  options: ParseOptions;
  /** Extra files that belong to the same import (a CSV edges file beside its nodes file). */
  companions?: Record<string, string>;
}

export interface ImportWarning {
  message: string;
  line?: number;
  path?: string;
}

export interface ParseResult {
  doc: GraphDocument;
  warnings: ImportWarning[];
  /** Foreign formats: which attribute or column of the file became which field (role). */
  mapping?: { role: string; from: string }[];
}

export interface SerializeOptions {
  /** Claimscape JSON: include the vocabulary block. */
  includeVocabulary?: boolean;
  pretty?: boolean;
}

export type { SerializedFiles };

export interface GraphFormat {
  id: string;
  label: string;
  extensions: string[];
  mediaType: string;
  /** Recognises the whole text by its structure (JSON keys, XML root element, a CSV header line); stays cheap on large files. */
  sniff(text: string): boolean;
  parse(text: string, ctx: ParseContext): ParseResult;
  serialize(doc: GraphDocument, opts?: SerializeOptions): SerializedFiles;
  /** The same files written a page at a time (exports of any size; stream.ts). */
  files: readonly WrittenFile[];
}
