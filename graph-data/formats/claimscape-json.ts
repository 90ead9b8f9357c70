// Claimscape JSON v1: the lossless exchange format (docs/FORMAT.md). Parse validates the shape
// and the document's own consistency; references into an existing database are checked by the importer.
import type { z } from 'zod';
import { ClaimscapeError } from '../model/errors.ts';
import type { GraphDocument, Redirect } from '../model/types.ts';
import type { GraphFormat, ParseContext, ParseResult, SerializeOptions } from './format.ts';
import { parseJsonText } from './json-safe.ts';
import { documentSchema } from './claimscape-schema.ts';
import { dedupeById } from './dedupe.ts';
import { jsonShapeOf } from './text-shape.ts';
import { jsonArray, type DocumentPages, type WrittenFile } from './stream.ts';

function parse(text: string, ctx: ParseContext): ParseResult {
  const file = ctx.fileName;
  const raw = parseJsonText(text, file, ctx.limits);
  checkHeader(raw, file);
  const result = documentSchema.safeParse(raw);
  if (!result.success) throw schemaError(result.error, raw, file);
  const doc = result.data as GraphDocument;
  const clean: GraphDocument = {
    format: 'claimscape',
    version: 1,
    ...(doc.vocabulary ? { vocabulary: doc.vocabulary } : {}),
    sources: dedupeById(doc.sources, '$.sources', file),
    entities: dedupeById(doc.entities, '$.entities', file),
    relations: dedupeById(doc.relations, '$.relations', file),
    claims: dedupeById(doc.claims, '$.claims', file),
    ...(doc.redirects?.length ? { redirects: checkRedirects(doc.redirects, file) } : {}),
  };
  return { doc: clean, warnings: [] };
}

/** One target per merged-away id; an id cannot lead to itself. Chains are resolved by the importer. */
function checkRedirects(list: Redirect[], file: string): Redirect[] {
  const seen = new Map<string, string>();
  list.forEach((r, i) => {
    const where = { file, path: `$.redirects[${i}]`, value: r.from };
    if (r.from === r.to) throw new ClaimscapeError('validation-error', 'a redirect cannot lead to itself', where);
    const prev = seen.get(r.from);
    if (prev !== undefined && prev !== r.to)
      throw new ClaimscapeError('validation-error', `this id already redirects to "${prev}"`, where);
    seen.set(r.from, r.to);
  });
  return [...seen].map(([from, to]) => ({ from, to }));
}

function checkHeader(raw: unknown, file: string): void {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ClaimscapeError('invalid-format', 'a Claimscape file is a JSON object', { file, path: '$' });
  }
  const r = raw as Record<string, unknown>;
  if (r['format'] !== 'claimscape') {
    throw new ClaimscapeError('invalid-format', 'the "format" field must be "claimscape"', {
      file,
      path: '$.format',
      value: String(r['format']),
    });
  }
  if (r['version'] !== 1) {
    throw new ClaimscapeError('unsupported-version', 'this version of Claimscape reads format version 1 only', {
      file,
      path: '$.version',
      value: String(r['version']),
    });
  }
}

function schemaError(err: z.ZodError, raw: unknown, file: string): ClaimscapeError {
  const issue = err.issues[0];
  if (!issue) return new ClaimscapeError('validation-error', 'invalid document', { file });
  let path = '$';
  let cur: unknown = raw;
  for (const key of issue.path) {
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
    cur =
      cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
  }
  const extra = issue.code === 'unrecognized_keys' ? `: ${issue.keys.join(', ')}` : '';
  const value = cur === undefined ? undefined : typeof cur === 'string' ? cur : JSON.stringify(cur);
  return new ClaimscapeError('validation-error', `${issue.message}${extra}`, {
    file,
    path,
    ...(value !== undefined && value.length < 2000 ? { value } : {}),
  });
}

function serialize(doc: GraphDocument, opts: SerializeOptions = {}) {
  const out: GraphDocument = {
    format: 'claimscape',
    version: 1,
    ...(opts.includeVocabulary !== false && doc.vocabulary ? { vocabulary: doc.vocabulary } : {}),
    sources: doc.sources,
    entities: doc.entities,
    relations: doc.relations,
    claims: doc.claims,
    ...(doc.redirects?.length ? { redirects: doc.redirects } : {}),
  };
  const text = JSON.stringify(out, null, opts.pretty === false ? undefined : 2);
  return [{ name: 'graph.claimscape.json', mediaType: 'application/vnd.claimscape+json', text: `${text}\n` }];
}

/** Pretty Claimscape JSON a page at a time: byte for byte what serialize(doc, { pretty: true }) writes. */
function* claimscapeChunks(pages: DocumentPages): Iterable<string> {
  const vocab = pages.vocabulary ? JSON.stringify(pages.vocabulary, null, 2).replace(/\n/g, '\n  ') : null;
  yield `{\n  "format": "claimscape",\n  "version": 1${vocab ? `,\n  "vocabulary": ${vocab}` : ''}`;
  const parts: [string, Iterable<unknown[]>][] = [
    ['sources', pages.sources()],
    ['entities', pages.entities()],
    ['relations', pages.relations()],
    ['claims', pages.claims()],
  ];
  for (const [key, list] of parts) {
    yield `,\n  "${key}": [`;
    yield* jsonArray(list);
  }
  // Written only when there are any, as serialize() does.
  const redirects = nonEmpty(pages.redirects?.() ?? []);
  if (redirects) {
    yield ',\n  "redirects": [';
    yield* jsonArray(redirects);
  }
  yield '\n}\n';
}

/** The pages from the first non-empty one on, or null when all are empty. */
function nonEmpty<T>(pages: Iterable<T[]>): Iterable<T[]> | null {
  const it = pages[Symbol.iterator]();
  for (let r = it.next(); !r.done; r = it.next())
    if (r.value.length)
      return (function* (first: T[]) {
        yield first;
        for (let n = it.next(); !n.done; n = it.next()) yield n.value;
      })(r.value);
  return null;
}

const CLAIMSCAPE_FILES: readonly WrittenFile[] = [
  { name: 'graph.claimscape.json', mediaType: 'application/vnd.claimscape+json', chunks: claimscapeChunks },
];

export const claimscapeJsonFormat: GraphFormat = {
  id: 'claimscape',
  label: 'Claimscape JSON',
  extensions: ['claimscape.json', 'claimscape', 'json'],
  mediaType: 'application/vnd.claimscape+json',
  sniff: (text) => {
    const shape = jsonShapeOf(text);
    return shape?.kind === 'object' && shape.format === 'claimscape';
  },
  parse,
  serialize,
  files: CLAIMSCAPE_FILES,
};
