// Import flags of the CLI (column mapping, companions, limits, merge mode), checked with the
// contract's `import:run` schema like an import from the app, then turned into import options.
import { z } from 'zod';
import { COLUMN_ROLES, type ParseOptions } from '../../graph-data/formats/format.ts';
import type { ImportOptions } from '../services/import-service.ts';
import { callArgs, checkFlag, numberFlag } from './command.ts';

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
  ...Object.fromEntries(COLUMN_ROLES.map((c) => [`${c}-col`, { type: 'string' }])),
} as const;

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

const FLAG_OF: Record<string, string> = {
  name: 'the file to import',
  format: '--format',
  mergeBy: '--merge-by',
  delimiter: '--delimiter',
  ...Object.fromEntries(COLUMN_ROLES.map((c) => [c, `--${c}-col`])),
};

export function importOptionsFromFlags(values: Values, file: string): ImportOptions {
  const columns: NonNullable<ParseOptions['columns']> = {};
  for (const c of COLUMN_ROLES) {
    const v = str(values[`${c}-col`]);
    if (v !== undefined) columns[c] = v;
  }
  const d = str(values['delimiter']);
  const delimiter = d === '\\t' || d === 'tab' ? '\t' : d;
  const raw = { name: file, format: str(values['format']), mergeBy: str(values['merge-by']), delimiter, ...columns };
  const args = callArgs(
    'import:run',
    {
      name: file,
      text: '',
      format: raw.format,
      mergeBy: raw.mergeBy,
      createMissingNodes: values['create-missing'] === true,
      columns,
      delimiter,
    },
    FLAG_OF,
    raw,
  );
  const parse: ParseOptions = { columns, createMissingNodes: args.createMissingNodes ?? false };
  if (args.delimiter) parse.delimiter = args.delimiter;
  const companions: Record<string, string> = {};
  if (typeof values['nodes'] === 'string') companions['nodes'] = values['nodes'];
  if (typeof values['edges'] === 'string') companions['edges'] = values['edges'];
  const opts: ImportOptions = { parse, companions };
  if (args.format) opts.format = args.format;
  if (args.mergeBy) opts.mergeBy = args.mergeBy;
  const maxBytes = str(values['max-bytes']);
  if (maxBytes !== undefined)
    opts.limits = { maxBytes: checkFlag(z.number().int().positive(), numberFlag(maxBytes), '--max-bytes', maxBytes) };
  return opts;
}
