// NDJSON bulk records (docs/FORMAT.md): one record per line, `{"type": ..., "value": {...}}`, each
// checked against the Claimscape JSON schemas. The import worker streams them from a file
// (import-records.ts); text that reached us whole (the app's Import dialog) becomes a document.
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import {
  claimSchema,
  entitySchema,
  kindSchema,
  predicateSchema,
  redirectSchema,
  relationSchema,
  sourceSchema,
} from '../../graph-data/formats/claimscape-schema.ts';
import type { GraphDocument } from '../../graph-data/model/types.ts';
import type { BulkRecord } from '../db/bulk-import.ts';

const SCHEMAS = {
  entity: entitySchema,
  source: sourceSchema,
  relation: relationSchema,
  claim: claimSchema,
  redirect: redirectSchema,
} as const;

const RECORD_TYPES = new Set(['vocabulary', 'entity', 'source', 'relation', 'claim', 'redirect']);

/**
 * Whether text starts as a stream of NDJSON bulk records: its first line is a whole JSON object
 * `{"type": <record type>, "value": {...}}` (a Claimscape JSON document is one object with
 * `format`, even when written on one line).
 */
export function looksLikeNdjsonRecords(head: string): boolean {
  const first =
    head
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split('\n', 1)[0] ?? '';
  try {
    const rec = JSON.parse(first) as { type?: unknown; value?: unknown } | null;
    return !!rec && typeof rec.type === 'string' && RECORD_TYPES.has(rec.type) && typeof rec.value === 'object';
  } catch {
    return false;
  }
}

/**
 * One NDJSON line: {"type": "entity" | "source" | "relation" | "claim" | "redirect" | "vocabulary",
 * "value": {...}}, validated. Redirects are stored once the entities are in, as a Claimscape JSON
 * file's are (docs/FORMAT.md, NDJSON).
 */
export function parseLine(line: string, where: { file?: string; line: number }): BulkRecord {
  let raw: { type?: unknown; value?: unknown };
  try {
    raw = JSON.parse(line) as typeof raw;
  } catch {
    throw new ClaimscapeError('parse-error', 'not a JSON object', where);
  }
  if (raw.type === 'vocabulary') {
    const v = raw.value as { kinds?: unknown[]; predicates?: unknown[] } | undefined;
    return {
      type: 'vocabulary',
      value: {
        kinds: (v?.kinds ?? []).map((k) => kindSchema.parse(k)),
        predicates: (v?.predicates ?? []).map((p) => predicateSchema.parse(p)),
      },
    };
  }
  const schema = SCHEMAS[raw.type as keyof typeof SCHEMAS];
  if (!schema)
    throw new ClaimscapeError('validation-error', 'unknown record type', { ...where, value: String(raw.type) });
  const r = schema.safeParse(raw.value);
  if (!r.success)
    throw new ClaimscapeError('validation-error', r.error.issues[0]?.message ?? 'invalid record', {
      ...where,
      path: r.error.issues[0]?.path.join('.'),
    });
  return { type: raw.type, value: r.data } as BulkRecord;
}

/**
 * The records of NDJSON text gathered into a document, in their order (vocabularies joined), with
 * an error naming the file and line of the first record that fails its schema.
 */
export function ndjsonDocument(text: string, file: string): GraphDocument {
  const doc: GraphDocument = { format: 'claimscape', version: 1, sources: [], entities: [], relations: [], claims: [] };
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    const r = parseLine(raw, { file, line: i + 1 });
    if (r.type === 'vocabulary') {
      const v = (doc.vocabulary ??= { kinds: [], predicates: [] });
      v.kinds.push(...r.value.kinds);
      v.predicates.push(...r.value.predicates);
    } else if (r.type === 'entity') doc.entities.push(r.value);
    else if (r.type === 'source') doc.sources.push(r.value);
    else if (r.type === 'relation') doc.relations.push(r.value);
    else if (r.type === 'claim') doc.claims.push(r.value);
    else (doc.redirects ??= []).push(r.value);
  });
  return doc;
}
