// Formats written piece by piece, so an export of any size reaches disk with bounded memory: a
// writer reads the graph through DocumentPages (a document in memory, or the store page by page)
// and yields its text in chunks; a format's serialize() is the same writer collected into strings.
import type {
  AttributeValue,
  Claim,
  Entity,
  GraphDocument,
  Redirect,
  Relation,
  Source,
  Vocabulary,
} from '../model/types.ts';
import { shownEntities } from './edge-summary.ts';

export type Attributes = Record<string, AttributeValue> | undefined;

/** A graph document read in pages. Every method starts a fresh pass from the beginning. */
export interface DocumentPages {
  vocabulary: Vocabulary | undefined;
  sources(): Iterable<Source[]>;
  /** Every entity record, context ones included (what Claimscape JSON holds). */
  entities(): Iterable<Entity[]>;
  /** The entities drawn as nodes (context-only ones left out unless a relation ends on them). */
  nodes(): Iterable<Entity[]>;
  /** The nodes' attributes in the same order: a cheap first pass for choosing typed columns. */
  nodeAttributes(): Iterable<Attributes[]>;
  relations(): Iterable<Relation[]>;
  /** Relations with their claims and the sources and entities those name: what an edge summary needs. */
  relationSlices(): Iterable<GraphDocument>;
  claims(): Iterable<Claim[]>;
  /** Ids merged away and where they lead (Claimscape JSON writes them). */
  redirects?(): Iterable<Redirect[]>;
}

/** A serialised file; tabular formats write several (nodes.csv, edges.csv, claims.csv). */
export type SerializedFiles = { name: string; mediaType: string; text: string }[];

/** One file of an export: its name, media type, and its text as a sequence of chunks. */
export interface WrittenFile {
  name: string;
  mediaType: string;
  chunks(pages: DocumentPages): Iterable<string>;
}

/** The pages of a document held in memory: one page of each. */
export function documentPages(doc: GraphDocument): DocumentPages {
  const nodes = shownEntities(doc);
  return {
    vocabulary: doc.vocabulary,
    sources: () => [doc.sources],
    entities: () => [doc.entities],
    nodes: () => [nodes],
    nodeAttributes: () => [nodes.map((e) => e.attributes)],
    relations: () => [doc.relations],
    relationSlices: () => [doc],
    claims: () => [doc.claims],
    redirects: () => [doc.redirects ?? []],
  };
}

/** A writer's files with their whole text, as GraphFormat.serialize returns them. */
export function collectFiles(files: readonly WrittenFile[], pages: DocumentPages): SerializedFiles {
  return files.map((f) => ({ name: f.name, mediaType: f.mediaType, text: [...f.chunks(pages)].join('') }));
}

/**
 * Records as JSON.stringify(value, null, 2) writes them as the items of an array nested `depth`
 * levels deep (1: a top-level key's array), in one native call. Raw newlines only ever occur
 * between tokens (JSON escapes them inside strings), so re-indenting them is safe.
 */
export function jsonItems(rows: readonly unknown[], depth = 1): string {
  const text = JSON.stringify({ x: rows }, null, 2);
  const items = text.slice('{\n  "x": [\n'.length, text.length - '\n  ]\n}'.length);
  return depth === 1 ? items : items.replace(/\n/g, `\n${'  '.repeat(depth - 1)}`).replace(/^/, '  '.repeat(depth - 1));
}

/** A JSON array of pages, written as JSON.stringify(…, null, 2) would inside an object at `depth`. */
export function* jsonArray(pages: Iterable<readonly unknown[]>, depth = 1): Iterable<string> {
  let first = true;
  for (const rows of pages) {
    if (!rows.length) continue;
    yield `${first ? '\n' : ',\n'}${jsonItems(rows, depth)}`;
    first = false;
  }
  yield first ? ']' : `\n${'  '.repeat(depth)}]`;
}

/** Lines joined with '\n', a page at a time (the XML and CSV writers' unit). */
export function* linePages(pages: Iterable<string[]>): Iterable<string> {
  for (const lines of pages) if (lines.length) yield `${lines.join('\n')}\n`;
}

/** Each record of each page turned into lines, page by page. */
export function* mapPages<T>(pages: Iterable<readonly T[]>, lines: (item: T) => string[]): Iterable<string[]> {
  for (const page of pages) yield page.flatMap(lines);
}

/** Runs `each` over every page, yielding an empty chunk after each, so a first pass can pause too. */
export function* visitPages<T>(pages: Iterable<T>, each: (page: T) => void): Iterable<string> {
  for (const page of pages) {
    each(page);
    yield '';
  }
}
