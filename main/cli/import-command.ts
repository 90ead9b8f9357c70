// `claimscape import`: a graph file into an existing database, in one transaction; large files
// go to a worker thread.
import { FORMATS } from '../../graph-data/formats/registry.ts';
import { openExisting } from '../services/database-service.ts';
import { createImportService } from '../services/import-service.ts';
import { DB_HELP, defineCommand, need } from './command.ts';
import { importOptionsFromFlags, IMPORT_FLAGS } from './import-flags.ts';
import { fileSize, importOnWorker, WORKER_IMPORT_BYTES } from './import-worker-cli.ts';
import { isNdjsonRecords } from '../services/import-records.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { CliIO } from './command.ts';

/** Flags that shape how a file in a registered format is read; NDJSON bulk records take none of them. */
const FORMAT_ONLY = ['merge-by', 'nodes', 'edges', 'delimiter', 'create-missing', 'max-bytes', 'dry-run'];

/** A stream of NDJSON bulk records (docs/FORMAT.md): always on the worker, read as it streams, with no size limit. */
function importNdjson(dbFile: string, file: string, values: Record<string, unknown>, io: CliIO): Promise<number> {
  const flag = [...FORMAT_ONLY, ...Object.keys(values).filter((k) => k.endsWith('-col'))].find(
    (f) => values[f] !== undefined && values[f] !== false,
  );
  if (flag)
    throw new ClaimscapeError('bad-argument', `--${flag} does not apply to NDJSON bulk records (they merge by id)`, {
      file,
    });
  return importOnWorker(dbFile, file, null, io);
}

export const importCommand = defineCommand({
  name: 'import',
  help: `claimscape import <file> [--format <${FORMATS.map((f) => f.id).join('|')}>] [--merge-by auto|id|label|none]\n  [--nodes <file>] [--edges <file>] [--source-col C] [--target-col C] [--label-col C] [--kind-col C]\n  [--predicate-col C] [--date-col C] [--citation-col C] [--delimiter D] [--create-missing] [--max-bytes N] [--dry-run] [--worker]\n  Imports a graph file in one transaction (one entry of the edit history): on any error nothing is written.\n  --merge-by auto (default) merges nodes into existing entities by id or merged id, Wikidata id, or the same name (ignoring case and accents) of a compatible kind; --dry-run lists them. Files of 16 MB or more (or --worker)\n  run on a worker thread with progress on stderr, as do NDJSON bulk records (docs/FORMAT.md: read as they stream,\n  no size limit); Ctrl+C cancels and rolls back.\n${DB_HELP}`,
  flags: IMPORT_FLAGS,
  run({ values, positionals, db: dbFile }, io) {
    const [file] = need(positionals, 1, 'the file to import') as [string];
    const options = importOptionsFromFlags(values, file);
    if (!options.format && isNdjsonRecords(file)) return importNdjson(dbFile, file, values, io);
    if (!values['dry-run'] && (values.worker || fileSize(file) >= WORKER_IMPORT_BYTES))
      return importOnWorker(dbFile, file, options, io);
    // Opened (and checked writable) before the input is parsed: a refusal costs nothing.
    const db = openExisting(dbFile, values['dry-run'] ? 'read' : 'write');
    try {
      const importer = createImportService(db);
      const parsed = importer.parseFile(file, options);
      if (values['dry-run']) {
        io.out(JSON.stringify(importer.preview(parsed), null, 2));
        return 0;
      }
      const r = importer.importParsed(parsed);
      for (const w of r.warnings) io.err(`warning: ${w}`);
      io.out(
        `imported ${r.file} (${r.format}): ${r.entities} entities, ${r.relations} relations, ${r.claims} claims, ${r.sources} sources; ${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged`,
      );
      return 0;
    } finally {
      db.close();
    }
  },
});
