// Argument validators of the ingestion calls: propose from text or a file's content, commit the
// reviewed proposals, and keep review queues as drafts. The CLI's `ingest` flags go through these.
import { z } from 'zod';
import { isValidId } from '../model/errors.ts';
import { isPartialDate } from '../model/partial-date.ts';
import { ALIAS_FORMS, STANCES } from '../model/types.ts';

/** Largest article text accepted (characters after HTML extraction; files may be 4x as large as HTML). */
export const MAX_INGEST_CHARS = 1_000_000;
export const MAX_INGEST_FILE_BYTES = 4 * MAX_INGEST_CHARS;

const id = z.string().refine(isValidId, { message: 'not a valid id' });
const partialDate = z.string().refine(isPartialDate, { message: 'not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)' });
const short = z.string().max(500);
const newKey = z.string().regex(/^new:\d{1,6}$/, { message: 'not a proposal key (new:N)' });
const span = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) });
const confidence = z.number().min(0).max(1);

export const ingestMeta = {
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/, { message: 'a language code such as en or id' })
    .optional(),
  title: short.min(1).optional(),
  publisher: short.min(1).optional(),
  url: z
    .string()
    .max(2000)
    .refine((u) => /^https?:\/\/[^\s/]+/i.test(u), { message: 'must be an http or https address' })
    .optional(),
  date: partialDate.optional(),
};

/** A party of a reviewed claim: a known entity (id) or a proposed new one (key). */
const party = z
  .strictObject({ entity: id.nullable().optional(), key: newKey.optional(), label: short })
  .refine((p) => Boolean(p.entity) !== Boolean(p.key), { message: 'give either entity or key' });

/** Who speaks or publishes may also be a name typed by hand ({label} only): the commit finds the
 * entity of that name, or creates it as a media outlet. */
const namedParty = z.union([party, z.strictObject({ label: short.min(1) })]);

export const INGEST_SCHEMAS = {
  'ingest:propose': z.strictObject({
    /** The article, or a file's whole content (HTML is recognised by `format` or the file name). */
    text: z.string().max(MAX_INGEST_FILE_BYTES),
    name: z.string().max(255).optional(),
    format: z.enum(['text', 'html']).optional(),
    ...ingestMeta,
  }),
  'ingest:commit': z.strictObject({
    text: z.string().min(1).max(MAX_INGEST_CHARS),
    source: z.strictObject({
      title: short.min(1),
      publisher: namedParty.nullable().optional(),
      url: ingestMeta.url.nullable(),
      published: partialDate.nullable().optional(),
      language: z.string().regex(/^[a-z]{2,3}$/),
      /** How the text was read: kept with the source next to the text itself. */
      format: z.enum(['text', 'html']).optional(),
    }),
    entities: z
      .array(
        z.strictObject({
          key: newKey,
          label: short.min(1),
          kind: id,
          aliases: z.array(short.min(1)).max(50).optional(),
        }),
      )
      .max(5000),
    aliases: z
      .array(z.strictObject({ entity: id, text: short.min(1), form: z.enum(ALIAS_FORMS).optional() }))
      .max(5000)
      .optional(),
    claims: z
      .array(
        z.strictObject({
          claimant: namedParty,
          subject: party,
          predicate: id,
          object: party,
          stance: z.enum(STANCES),
          stated: partialDate.nullable().optional(),
          excerpt: z.string().max(5000).optional(),
          reportedVia: namedParty.nullable().optional(),
          spans: z.array(span).max(20).optional(),
          confidence: confidence.optional(),
        }),
      )
      .max(10_000),
    /** The draft this queue was kept in; deleted once the commit succeeds. */
    draft: id.optional(),
  }),
  'ingest:draft-save': z.strictObject({
    id: id.optional(),
    title: short.min(1),
    text: z.string().max(MAX_INGEST_CHARS),
    /** The review queue as the renderer keeps it (JSON text). */
    state: z.string().max(20 * MAX_INGEST_CHARS),
  }),
  'ingest:draft-list': z.strictObject({ limit: z.number().int().min(1).max(500).optional() }),
  'ingest:draft-get': z.strictObject({ id }),
  'ingest:draft-delete': z.strictObject({ id }),
} as const;
