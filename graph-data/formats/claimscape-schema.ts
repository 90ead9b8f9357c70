// The Claimscape JSON v1 schema as zod validators; docs/claimscape.schema.json mirrors it. Text limits come
// from model/limits.ts, which every importer checks too.
import { z } from 'zod';
import { ID_PATTERN, isValidId } from '../model/errors.ts';
import { isPartialDate } from '../model/partial-date.ts';
import { ALIAS_FORMS, STANCES, STATUSES } from '../model/types.ts';
import { TEXT_LIMITS as L } from '../model/limits.ts';

const id = z
  .string()
  .regex(ID_PATTERN, 'not a valid id (letters, digits, "_" and "-" only, at most 200 characters)')
  .refine(isValidId, { message: 'this id is reserved' });
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)')
  .refine(isPartialDate, { message: 'no such day' });
const text = (max: number) => z.string().max(max);
const attrs = z.record(
  z.string().max(L.attributeName),
  z.union([z.string().max(L.attributeValue), z.number(), z.boolean()]),
);
const localized = z.object({ en: text(L.label) }).catchall(text(L.label));

export const kindSchema = z.strictObject({
  id,
  label: localized,
  shape: text(L.code),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  glyph: text(L.glyph),
});

export const predicateSchema = z.strictObject({
  id,
  label: localized,
  inverse: localized,
  symmetric: z.boolean(),
  subjectKinds: z.array(id),
  objectKinds: z.array(id),
});

export const sourceSchema = z.strictObject({
  id,
  title: text(L.label),
  publisher: id.nullable(),
  url: z.string().url().max(L.url).nullable().optional().default(null),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .nullable()
    .optional()
    .default(null),
  published: partialDate.nullable().optional().default(null),
  retrieved: text(L.code).nullable().optional().default(null),
  text: text(L.sourceText).nullable().optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional(),
  copyOf: id.nullable().optional(),
  format: text(L.code).nullable().optional(),
});

export const entitySchema = z.strictObject({
  id,
  kind: id,
  label: text(L.label).min(1),
  description: text(L.longText).nullable().optional(),
  aliases: z.array(z.strictObject({ text: text(L.label).min(1), lang: text(L.language), form: z.enum(ALIAS_FORMS) })),
  attributes: attrs.optional(),
  externalIds: z.record(z.string().max(L.externalIdName), text(L.externalIdValue)).optional(),
  context: z.boolean().optional(),
});

export const relationSchema = z.strictObject({
  id,
  subject: id,
  predicate: id,
  object: id,
  status: z.enum(STATUSES).optional(),
});

export const claimSchema = z.strictObject({
  id,
  relation: id,
  claimant: id,
  stance: z.enum(STANCES),
  source: id,
  stated: partialDate.nullable(),
  holdsFrom: partialDate.nullable().optional(),
  holdsUntil: partialDate.nullable().optional(),
  summary: text(L.longText).nullable().optional(),
  excerpt: text(L.longText).nullable().optional(),
  locator: z
    .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .nullable()
    .optional(),
  reportedVia: id.nullable().optional(),
  confidence: z.number().min(0).max(1).nullable().optional(),
  attributes: attrs.optional(),
});

/** A merged-away id and the entity it leads to (docs/FORMAT.md, Redirects). */
export const redirectSchema = z.strictObject({ from: id, to: id });

export const documentSchema = z.strictObject({
  format: z.literal('claimscape'),
  version: z.literal(1),
  vocabulary: z.strictObject({ kinds: z.array(kindSchema), predicates: z.array(predicateSchema) }).optional(),
  sources: z.array(sourceSchema),
  entities: z.array(entitySchema),
  relations: z.array(relationSchema),
  claims: z.array(claimSchema),
  redirects: z.array(redirectSchema).optional(),
});
