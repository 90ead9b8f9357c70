// `claimscape export`: the whole graph or a focus neighbourhood, in any registered format.
import { writeFileSync } from 'node:fs';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { FORMATS } from '../../graph-data/formats/registry.ts';
import { openExisting } from '../services/database-service.ts';
import { createExportService } from '../services/export-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { exportToFile, isStreamable, streamWholeGraph } from '../services/export-file.ts';
import { callArgs, DB_HELP, defineCommand, numberFlag, type CliIO } from './command.ts';
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
    callArgs('export:subgraph', { scope: scopeOf(focus.map(() => 'x')), format: values.format, ...asOf }, FLAG_OF, {
      ...values,
      ...asOf,
    });
    if (focus.length === 0 && isStreamable({ kind: 'all' }, values.format) && asOf.asOf === undefined) {
      // The whole graph goes out page by page: memory stays bounded whatever the size.
      openExisting(file, 'read').close();
      if (values.out) await exportToFile(file, { kind: 'all' }, values.format, values.out);
      else await streamWholeGraph(file, { write: (t) => io.write(t), close: () => {} });
      if (values.out) io.err(`wrote ${values.out}`);
      return 0;
    }
    const db = openExisting(file, 'read');
    try {
      const g = createGraphService(db);
      const args = callArgs(
        'export:subgraph',
        { scope: scopeOf(focus.map((f) => g.resolve(f))), format: values.format, ...asOf },
        FLAG_OF,
      );
      writeFiles(createExportService(db).serialize(args.scope, args.format, toAsOf(args)), values.out, io);
      return 0;
    } finally {
      db.close();
    }
  },
});

function writeFiles(files: { name: string; text: string }[], out: string | undefined, io: CliIO): void {
  if (!out) {
    if (files.length > 1)
      throw new ClaimscapeError('bad-argument', 'this format writes several files; give --out <prefix>');
    io.write(files[0]?.text ?? '');
    return;
  }
  if (files.length === 1) {
    writeFileSync(out, files[0]?.text ?? '');
    io.err(`wrote ${out}`);
    return;
  }
  for (const f of files) {
    const target = `${out}${out.endsWith('/') ? '' : '-'}${f.name}`;
    writeFileSync(target, f.text);
    io.err(`wrote ${target}`);
  }
}
