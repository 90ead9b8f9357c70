// Shared test helpers for the interop formats: a parse context, fixture readers that decode bytes the
// way the importer service does, and an assertion for ClaimscapeError codes and locations.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ClaimscapeError, type ErrorCode, type ErrorWhere } from '../../../graph-data/model/errors.ts';
import type { GraphFormat, ImportLimits, ParseContext, ParseOptions } from '../../../graph-data/formats/format.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export const LIMITS: ImportLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxElements: 100_000,
  maxDepth: 64,
  timeBudgetMs: 5_000,
};

export function ctxFor(
  fileName: string,
  text: string,
  more: { options?: ParseOptions; limits?: Partial<ImportLimits>; companions?: Record<string, string> } = {},
): ParseContext {
  const ctx: ParseContext = {
    fileName,
    sha256: createHash('sha256').update(text).digest('hex'),
    importedAt: '2024-10-20T08:00:00.000Z',
    limits: { ...LIMITS, ...more.limits },
    options: more.options ?? {},
  };
  if (more.companions) ctx.companions = more.companions;
  return ctx;
}

/** Bytes of a fixture decoded as UTF-8, replacement characters and all, as the importer reads files. */
export function fixture(path: string): string {
  return readFileSync(FIXTURES + path).toString('utf8');
}

export function fixtureBytes(path: string): Buffer {
  return readFileSync(FIXTURES + path);
}

/** Runs fn and returns the ClaimscapeError it throws, checking its code and, if given, its location. */
export function expectError(fn: () => unknown, code: ErrorCode, where: Partial<ErrorWhere> = {}): ClaimscapeError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected a ${code} error`).toBeInstanceOf(ClaimscapeError);
  const err = caught as ClaimscapeError;
  expect(err.code, err.message).toBe(code);
  expect(err.where).toMatchObject(where);
  return err;
}

export function entityById(doc: GraphDocument, id: string) {
  const e = doc.entities.find((x) => x.id === id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
}

/** Entities the file declared: everything but the dataset claimant the import adds. */
export function declared(doc: GraphDocument) {
  return doc.entities.filter((e) => e.kind !== 'dataset' || !e.id.startsWith('dataset-'));
}

export function labelOf(doc: GraphDocument, original: string): string | undefined {
  return doc.entities.find((e) => e.id === original || e.attributes?.['original_id'] === original)?.label;
}

/** Serialises, then parses the main file with the others as companions (CSV: edges.csv + nodes.csv). */
export function roundTrip(format: GraphFormat, doc: GraphDocument): GraphDocument {
  const files = format.serialize(doc);
  const main = files.find((f) => f.name === 'edges.csv') ?? files[0];
  if (!main) throw new Error(`${format.id} wrote no file`);
  const companions = Object.fromEntries(
    files.filter((f) => f !== main).map((f) => [f.name.replace(/\.[^.]+$/, ''), f.text]),
  );
  return format.parse(main.text, ctxFor(main.name, main.text, { companions })).doc;
}
