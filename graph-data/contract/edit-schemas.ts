// Argument validators of the editing calls (entities, sources, claims, merge, history). The CLI's
// edit verbs parse their flags through these same schemas, so bad input is `bad-argument` everywhere.
import { z } from 'zod';
import { isValidId } from '../model/errors.ts';
import { isPartialDate } from '../model/partial-date.ts';
import { ALIAS_FORMS, STANCES } from '../model/types.ts';

const id = z.string().refine(isValidId, { message: 'not a valid id' });
const partialDate = z
  .string()
  .refine(isPartialDate, { message: 'not a possible partial date (YYYY, YYYY-MM or YYYY-MM-DD)' });
const text = (max: number) => z.string().max(max);
const label = z
  .string()
  .max(500)
  .refine((s) => s.trim().length > 0, { message: 'must not be empty' });
/** BCP-47-ish language tag, or `und` when unknown. */
export const langTag = z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, { message: 'not a language tag' });
export const wikidataId = z.string().regex(/^Q[1-9]\d{0,11}$/, { message: 'not a Wikidata id (Q followed by digits)' });
const httpUrl = z
  .string()
  .max(2000)
  .refine((u) => /^https?:\/\/[^\s/]+/i.test(u), { message: 'must be an http or https address' });
export const aliasInput = z.strictObject({
  text: label,
  lang: langTag.optional(),
  form: z.enum(ALIAS_FORMS).optional(),
});
const externalIds = z.record(z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/), z.string().min(1).max(200));

export const ENTITY_CREATE = z.strictObject({
  kind: id,
  label,
  id: id.optional(),
  description: text(5000).optional(),
  aliases: z.array(aliasInput).max(500).optional(),
  wikidata: wikidataId.optional(),
  externalIds: externalIds.optional(),
});

export const ENTITY_UPDATE = z.strictObject({
  id,
  label: label.optional(),
  kind: id.optional(),
  description: text(5000).nullable().optional(),
  addAliases: z.array(aliasInput).max(500).optional(),
  /** Alias texts to remove (every language), matched exactly. */
  removeAliases: z.array(text(500)).max(500).optional(),
  wikidata: wikidataId.nullable().optional(),
  /** Other external ids; null removes one. */
  externalIds: z.record(z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/), z.string().min(1).max(200).nullable()).optional(),
});

const claimFields = {
  subject: id,
  predicate: id,
  object: id,
  claimant: id,
  stance: z.enum(STANCES),
  source: id,
  stated: partialDate.nullable().optional(),
  holdsFrom: partialDate.nullable().optional(),
  holdsUntil: partialDate.nullable().optional(),
  excerpt: text(5000).nullable().optional(),
  summary: text(5000).nullable().optional(),
  reportedVia: id.nullable().optional(),
  /** Accept a subject or object kind the predicate does not usually connect. */
  force: z.boolean().optional(),
};

export const CLAIM_ADD = z.strictObject({ ...claimFields, id: id.optional() });

export const CLAIM_UPDATE = z.strictObject({
  id,
  subject: id.optional(),
  predicate: id.optional(),
  object: id.optional(),
  claimant: id.optional(),
  stance: z.enum(STANCES).optional(),
  source: id.optional(),
  stated: claimFields.stated,
  holdsFrom: claimFields.holdsFrom,
  holdsUntil: claimFields.holdsUntil,
  excerpt: claimFields.excerpt,
  summary: claimFields.summary,
  reportedVia: claimFields.reportedVia,
  force: claimFields.force,
});

export const SOURCE_CREATE = z.strictObject({
  title: label,
  id: id.optional(),
  publisher: id.nullable().optional(),
  url: httpUrl.nullable().optional(),
  published: partialDate.nullable().optional(),
  language: langTag.nullable().optional(),
  copyOf: id.nullable().optional(),
  retrieved: text(40).nullable().optional(),
});

export const SOURCE_UPDATE = SOURCE_CREATE.extend({ id, title: label.optional() });

export const EDIT_SCHEMAS = {
  'entity:create': ENTITY_CREATE,
  'entity:update': ENTITY_UPDATE,
  'entity:delete': z.strictObject({ id, withClaims: z.boolean().optional() }),
  'source:create': SOURCE_CREATE,
  'source:update': SOURCE_UPDATE,
  'source:get': z.strictObject({ id }),
  'source:search': z.strictObject({ text: z.string().max(200), limit: z.number().int().min(1).max(100).optional() }),
  'claim:add': CLAIM_ADD,
  'claim:update': CLAIM_UPDATE,
  'claim:delete': z.strictObject({ id }),
  'entity:merge': z.strictObject({ keep: id, drop: id, force: z.boolean().optional() }),
  'merge:suggest': z.strictObject({ limit: z.number().int().min(1).max(1000).optional() }),
  'history:list': z.strictObject({ limit: z.number().int().min(1).max(1000).optional() }),
  'history:undo': z.strictObject({}).optional().default({}),
  'history:redo': z.strictObject({}).optional().default({}),
  'history:revert': z.strictObject({ seq: z.number().int().min(1) }),
  'db:revision': z.strictObject({}).optional().default({}),
} as const;

export type EntityCreateArgs = z.infer<typeof ENTITY_CREATE>;
export type EntityUpdateArgs = z.infer<typeof ENTITY_UPDATE>;
export type ClaimAddArgs = z.infer<typeof CLAIM_ADD>;
export type ClaimUpdateArgs = z.infer<typeof CLAIM_UPDATE>;
export type SourceCreateArgs = z.infer<typeof SOURCE_CREATE>;
export type SourceUpdateArgs = z.infer<typeof SOURCE_UPDATE>;
