// Import flags shared by the CLI: column mapping, companions, limits and merge mode.
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { COLUMN_ROLES, type ParseOptions } from '../../graph-data/formats/format.ts';
import type { MergeMode } from '../services/id-mapping.ts';
import type { ImportOptions } from '../services/import-service.ts';

const COLS = COLUMN_ROLES;

export const IMPORT_FLAGS = {
  format: { type: 'string' },
  'merge-by': { type: 'string' },
  nodes: { type: 'string' },
  edges: { type: 'string' },
  delimiter: { type: 'string' },
  'create-missing': { type: 'boolean' },
  'max-bytes': { type: 'string' },
  'dry-run': { type: 'boolean' },
  worker: { type: 'boolean' },
  ...Object.fromEntries(COLS.map((c) => [`${c}-col`, { type: 'string' }])),
} as const;

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function importOptionsFromFlags(values: Values, mergeBy: MergeMode | undefined): ImportOptions {
  const columns: NonNullable<ParseOptions['columns']> = {};
  for (const c of COLS) {
    const v = values[`${c}-col`];
    if (typeof v === 'string') columns[c] = v;
  }
  const parse: ParseOptions = { columns, createMissingNodes: values['create-missing'] === true };
  if (typeof values['delimiter'] === 'string')
    parse.delimiter = values['delimiter'] === '\\t' || values['delimiter'] === 'tab' ? '\t' : values['delimiter'];
  const companions: Record<string, string> = {};
  if (typeof values['nodes'] === 'string') companions['nodes'] = values['nodes'];
  if (typeof values['edges'] === 'string') companions['edges'] = values['edges'];
  const opts: ImportOptions = { parse, companions };
  if (typeof values['format'] === 'string') opts.format = values['format'];
  if (mergeBy) opts.mergeBy = mergeBy;
  if (typeof values['max-bytes'] === 'string') {
    const n = Number(values['max-bytes']);
    if (!Number.isInteger(n) || n <= 0)
      throw new ClaimscapeError('bad-argument', '--max-bytes takes a positive whole number', {
        value: values['max-bytes'],
      });
    opts.limits = { maxBytes: n };
  }
  return opts;
}
