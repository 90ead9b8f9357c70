// The CLI's commands as a registry: name, help text and a run function over the services.
import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { STATUSES, type RelationStatus } from '../../graph-data/model/types.ts';
import { FORMATS } from '../../graph-data/formats/registry.ts';
import { openDatabase } from '../db/open.ts';
import { defaultDatabasePath, openOrCreate } from '../services/database-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { createExportService, type ExportScope } from '../services/export-service.ts';
import { createImportService } from '../services/import-service.ts';
import { MERGE_MODES, type MergeMode } from '../services/id-mapping.ts';
import { importOptionsFromFlags, IMPORT_FLAGS } from './import-flags.ts';
import { printEntity, printPath, printSearch, printStats } from './print.ts';
import { runServe, SERVE_FLAGS } from './serve.ts';
import { fileSize, importOnWorker, WORKER_IMPORT_BYTES } from './import-worker-cli.ts';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  write(text: string): void;
}

interface Command {
  name: string;
  help: string;
  run(args: string[], io: CliIO): Promise<number> | number;
}

const DB_FLAG = { db: { type: 'string' } } as const;
const dbHelp = `  --db <file>   database file (default: ${defaultDatabasePath()})`;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...DB_FLAG, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new ClaimscapeError('bad-argument', (e as Error).message);
  }
}

function open(dbFlag: unknown) {
  return openOrCreate(typeof dbFlag === 'string' ? dbFlag : defaultDatabasePath()).db;
}

function need(positionals: string[], n: number, what: string): string[] {
  if (positionals.length < n) throw new ClaimscapeError('bad-argument', `missing ${what}`);
  return positionals;
}

export const COMMANDS: Command[] = [
  {
    name: 'init',
    help: `claimscape init [--empty] [--db <file>]\n  Creates a database filled with the seed graph, or an empty one with --empty.\n  Refuses to touch a file that already exists.\n${dbHelp}`,
    run(args, io) {
      const { values } = parse(args, { empty: { type: 'boolean' } });
      const file = values.db ?? defaultDatabasePath();
      const { db, created } = openOrCreate(file, { empty: values.empty ?? false });
      const counts = createGraphService(db).counts();
      db.close();
      if (!created)
        throw new ClaimscapeError('conflict', 'the database already exists; remove it or pass another --db', { file });
      io.out(`created ${file}: ${counts.entities} entities, ${counts.relations} relations, ${counts.claims} claims`);
      return 0;
    },
  },
  {
    name: 'import',
    help: `claimscape import <file> [--format <${FORMATS.map((f) => f.id).join('|')}>] [--merge-by id|label]\n  [--nodes <file>] [--edges <file>] [--source-col C] [--target-col C] [--label-col C] [--kind-col C]\n  [--predicate-col C] [--date-col C] [--citation-col C] [--delimiter D] [--create-missing] [--max-bytes N] [--dry-run] [--worker]\n  Imports a graph file in one transaction: on any error nothing is written. Files of 16 MB or more (or --worker)\n  run on a worker thread with progress on stderr; Ctrl+C cancels and rolls back.\n${dbHelp}`,
    run(args, io) {
      const { values, positionals } = parse(args, IMPORT_FLAGS);
      const [file] = need(positionals, 1, 'the file to import');
      const mergeBy = values['merge-by'];
      if (mergeBy !== undefined && !(MERGE_MODES as readonly string[]).includes(mergeBy))
        throw new ClaimscapeError('bad-argument', '--merge-by takes id or label', { value: mergeBy });
      const options = importOptionsFromFlags(values, mergeBy as MergeMode | undefined);
      if (!values['dry-run'] && (values.worker || fileSize(file as string) >= WORKER_IMPORT_BYTES)) {
        return importOnWorker(values.db ?? defaultDatabasePath(), file as string, options, io);
      }
      const db = open(values.db);
      try {
        const importer = createImportService(db);
        const parsed = importer.parseFile(file as string, options);
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
  },
  {
    name: 'export',
    help: `claimscape export --format <${FORMATS.map((f) => f.id).join('|')}> [--focus <entity>]... [--depth N] [--out <file>]\n  Writes the whole graph, or the neighbourhood of the focus entities (depth 0-3, default 1).\n  Formats that write several files (csv) need --out as a name prefix.\n${dbHelp}`,
    run(args, io) {
      const { values } = parse(args, {
        format: { type: 'string' },
        focus: { type: 'string', multiple: true },
        depth: { type: 'string' },
        out: { type: 'string' },
      });
      if (!values.format) throw new ClaimscapeError('bad-argument', '--format is required');
      const db = open(values.db);
      try {
        const graph = createGraphService(db);
        const depth = values.depth === undefined ? 1 : Number(values.depth);
        if (!Number.isInteger(depth) || depth < 0 || depth > 3)
          throw new ClaimscapeError('bad-argument', '--depth takes 0 to 3', { value: String(values.depth) });
        const scope: ExportScope = values.focus?.length
          ? { kind: 'focus', ids: values.focus.map((f) => graph.resolve(f)), depth }
          : { kind: 'all' };
        const files = createExportService(db).serialize(scope, values.format);
        writeFiles(files, values.out, io);
        return 0;
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'search',
    help: `claimscape search <text> [--limit N] [--json]\n  Finds entities by label, alias or description (any language, ignoring case and accents), and claims.\n${dbHelp}`,
    run(args, io) {
      const { values, positionals } = parse(args, { limit: { type: 'string' }, json: { type: 'boolean' } });
      const text = need(positionals, 1, 'the text to search for').join(' ');
      const db = open(values.db);
      try {
        const r = createGraphService(db).search(text, values.limit ? Number(values.limit) : 20);
        if (values.json) io.out(JSON.stringify(r, null, 2));
        else printSearch(r, io);
        return r.entities.length || r.claims.length ? 0 : 3;
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'show',
    help: `claimscape show <entity> [--json]\n  Shows an entity (by id, label or alias): aliases, attributes, relations with status, and claims.\n${dbHelp}`,
    run(args, io) {
      const { values, positionals } = parse(args, { json: { type: 'boolean' } });
      const name = need(positionals, 1, 'the entity to show').join(' ');
      const db = open(values.db);
      try {
        const g = createGraphService(db);
        const d = g.entity(g.resolve(name));
        if (values.json) io.out(JSON.stringify(d, null, 2));
        else printEntity(d, io);
        return 0;
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'path',
    help: `claimscape path <from> <to> [--status ${STATUSES.join(',')}] [--json]\n  Shortest path between two entities, optionally only through relations of the given statuses.\n${dbHelp}`,
    run(args, io) {
      const { values, positionals } = parse(args, {
        status: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      });
      const [from, to] = need(positionals, 2, 'the two entities') as [string, string];
      const statuses = (values.status ?? [])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = statuses.find((s) => !(STATUSES as readonly string[]).includes(s));
      if (bad)
        throw new ClaimscapeError('bad-argument', `unknown status (known: ${STATUSES.join(', ')})`, { value: bad });
      const db = open(values.db);
      try {
        const g = createGraphService(db);
        const r = g.path(
          g.resolve(from),
          g.resolve(to),
          statuses.length ? { statuses: statuses as RelationStatus[] } : {},
        );
        if (values.json) io.out(JSON.stringify(r, null, 2));
        else printPath(r, io);
        return r.found ? 0 : 3;
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'stats',
    help: `claimscape stats [--json]\n  Counts of entities, relations, claims, sources and aliases, by kind and by status.\n${dbHelp}`,
    run(args, io) {
      const { values } = parse(args, { json: { type: 'boolean' } });
      const file = values.db ?? defaultDatabasePath();
      const db = openDatabase(file, { mustExist: true });
      try {
        const c = createGraphService(db).counts();
        if (values.json) io.out(JSON.stringify(c, null, 2));
        else printStats(file, c, io);
        return 0;
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'serve',
    help: `claimscape serve [--port N] [--db <file>]\n  Serves the explorer and its API on 127.0.0.1 with a per-run token; prints the URL to open first.\n  --port 0 (the default) picks a free port.\n${dbHelp}`,
    run: (args, io) => runServe(parse(args, SERVE_FLAGS).values, io),
  },
];

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

export function usage(): string {
  return [
    'claimscape: who said what about whom. A store of stated relations, each backed by claims.',
    '',
    'Usage: claimscape <command> [options]   (every command takes --db <file> and --help)',
    '',
    ...COMMANDS.map((c) => `  ${(c.help.split('\n')[0] ?? '').replace(/^claimscape /, '')}`),
    '',
    `Default database: ${defaultDatabasePath()} (override with --db or CLAIMSCAPE_DB)`,
  ].join('\n');
}
