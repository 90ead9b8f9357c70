// `claimscape export`: the whole graph or a focus neighbourhood, in any registered format.
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { FORMATS } from '../../graph-data/formats/registry.ts';
import { openExisting } from '../services/database-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { exportFiles, exportToFile, writeExport } from '../services/export-file.ts';
import type { ApiArgs } from '../../graph-data/contract/api.ts';
import { callArgs, DB_HELP, defineCommand, numberFlag } from './command.ts';
import { AS_OF_FLAG_OF, AS_OF_FLAGS, AS_OF_HELP, asOfArgs, toAsOf } from './as-of-flags.ts';

const FLAG_OF = { format: '--format', depth: '--depth', ids: '--focus', ...AS_OF_FLAG_OF };

export const exportCommand = defineCommand({
  name: 'export',
  help: `claimscape export --format <${FORMATS.map((f) => f.id).join('|')}> [--focus <entity>]... [--depth N] [--out <file>] [--as-of DATE]\n  Writes the whole graph, or the neighbourhood of the focus entities (depth 0-3, default 1).\n  Formats that write several files (csv) need --out as a name prefix.\n${AS_OF_HELP}\n${DB_HELP}`,
  flags: {
    format: { type: 'string' },
    focus: { type: 'string', multiple: true },
    depth: { type: 'string' },
    out: { type: 'string' },
    ...AS_OF_FLAGS,
  },
  async run({ values, db: file }, io) {
    if (!values.format) throw new ClaimscapeError('bad-argument', '--format is required');
    const focus = values.focus ?? [];
    const depth = numberFlag(values.depth) ?? 1;
    const scopeOf = (ids: string[]) =>
      focus.length ? { kind: 'focus' as const, ids, depth } : { kind: 'all' as const };
    // The flags are checked before the database is opened (placeholder ids: names resolve later).
    const asOf = asOfArgs(values);
    callArgs('export:save', { scope: scopeOf(focus.map(() => 'x')), format: values.format, ...asOf }, FLAG_OF, {
      ...values,
      ...asOf,
    });
    if (!values.out && exportFiles(values.format).length > 1)
      throw new ClaimscapeError('bad-argument', 'this format writes several files; give --out <prefix>');
    // Names resolve through a short read; the export then reads its own snapshot page by page.
    const db = openExisting(file, 'read');
    let args: ReturnType<typeof exportArgs>;
    try {
      const g = createGraphService(db);
      args = exportArgs(
        callArgs(
          'export:save',
          { scope: scopeOf(focus.map((f) => g.resolve(f))), format: values.format, ...asOf },
          FLAG_OF,
        ),
      );
    } finally {
      db.close();
    }
    const o = { asOf: args.asOf };
    if (values.out) {
      for (const p of (await exportToFile(file, args.req, values.out, o)).paths) io.err(`wrote ${p}`);
      return 0;
    }
    await writeExport(file, args.req, [{ write: (t) => io.write(t), close: () => {} }], o);
    return 0;
  },
});

function exportArgs(a: ApiArgs<'export:save'>) {
  return { req: { scope: a.scope, format: a.format }, asOf: toAsOf(a) };
}
