// Argument validators for every call, checked in main at the boundary before any service runs.
import { z } from 'zod';
import { isValidId } from '../model/errors.ts';
import { isPartialDate } from '../model/partial-date.ts';
import { DATE_RULES } from '../model/date-rule.ts';
import { STATUSES } from '../model/types.ts';
import { MAX_ELEMENT_CAP } from './filters.ts';
import { COLUMN_ROLES } from '../formats/format.ts';
import { EDIT_SCHEMAS } from './edit-schemas.ts';
import { INGEST_SCHEMAS } from './ingest-schemas.ts';

const id = z.string().refine(isValidId, { message: 'not a valid id' });
const ids = z.array(id).max(MAX_ELEMENT_CAP);
const partialDate = z.string().refine(isPartialDate, { message: 'not a partial date' });
const cap = z.number().int().min(1).max(MAX_ELEMENT_CAP).optional();
const filter = z.strictObject({
  kinds: z.array(id).max(100).optional(),
  predicates: z.array(id).max(500).optional(),
  statuses: z.array(z.enum(STATUSES)).optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
  dateRule: z.enum(DATE_RULES).optional(),
  claimants: z.array(id).max(100).optional(),
});
/** "The graph as it was reported on this date", by the date rule (model/as-of.ts). */
const asOf = { asOf: partialDate.optional(), asOfRule: z.enum(DATE_RULES).optional() };
const selection = [
  z.strictObject({
    kind: z.literal('entities'),
    ids,
    relations: z
      .array(id)
      .max(MAX_ELEMENT_CAP * 5)
      .optional(),
  }),
  z.strictObject({ kind: z.literal('focus'), ids, depth: z.number().int().min(0).max(3) }),
] as const;
const scope = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('all') }), ...selection]);
/** export:subgraph answers in one message, so never the whole graph (export:save streams it). */
const subgraphScope = z.discriminatedUnion('kind', [...selection], {
  error: "a selection ('entities') or a neighbourhood ('focus'); the whole graph streams with export:save",
});
const importArgs = z.strictObject({
  name: z.string().min(1).max(255),
  text: z.string().max(200 * 1024 * 1024),
  format: z.string().max(40).optional(),
  mergeBy: z.enum(['auto', 'none', 'id', 'label']).optional(),
  /** Per-node choices from the preview: file node id -> existing entity id, or null to keep it new. */
  resolve: z.record(z.string().max(400), id.nullable()).optional(),
  createMissingNodes: z.boolean().optional(),
  /** Tabular files: which column holds what (the CLI's --source-col and friends). */
  columns: z.partialRecord(z.enum(COLUMN_ROLES), z.string().min(1).max(200)).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
});
const empty = z.strictObject({}).optional().default({});
/** A bare file name (no folders): the platform decides where it goes. */
const fileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/);

export const ARG_SCHEMAS = {
  'db:info': empty,
  'db:vocabulary': empty,
  'graph:overview': z.strictObject({ cap, ...asOf }),
  'graph:neighbourhood': z.strictObject({
    ids: ids.min(1),
    depth: z.number().int().min(1).max(3).optional(),
    filter: filter.optional(),
    cap,
    ...asOf,
  }),
  'graph:subgraph': z.strictObject({ ids, cap, ...asOf }),
  'graph:path': z.strictObject({
    from: id,
    to: id,
    filter: filter.optional(),
    ...asOf,
    /** Also step from a claimant to a relation it spoke about (the claims view's paths). */
    throughClaims: z.boolean().optional(),
  }),
  'search:run': z.strictObject({ text: z.string().max(500), limit: z.number().int().min(1).max(100).optional() }),
  'entity:get': z.strictObject({ id, ...asOf }),
  'relation:get': z.strictObject({ id, ...asOf }),
  'claims:list': z.strictObject({
    relations: z.array(id).max(MAX_ELEMENT_CAP).optional(),
    claimants: z.array(id).max(10).optional(),
    limit: z.number().int().min(1).max(50_000).optional(),
    ...asOf,
  }),
  'claims:digests': z.strictObject({ ids, cap }),
  'import:preview': importArgs,
  'import:run': importArgs,
  'import:cancel': empty,
  'export:subgraph': z.strictObject({ scope: subgraphScope, format: z.string().max(40), ...asOf }),
  'file:save': z.strictObject({
    name: fileName,
    mediaType: z.string().max(100),
    /** Text, or base64 when `base64` is true (PNG). */
    data: z.string().max(200 * 1024 * 1024),
    base64: z.boolean().optional(),
  }),
  /** `name`: the file name offered in the dialog (a name prefix for formats writing several files). */
  'export:save': z.strictObject({ scope, format: z.string().max(40), name: fileName.optional(), ...asOf }),
  'export:cancel': empty,
  ...EDIT_SCHEMAS,
  ...INGEST_SCHEMAS,
} as const;
