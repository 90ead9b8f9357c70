// The CLI's verbs as a registry. Each verb lives in its own file (defineCommand in command.ts);
// add a new one with one line here. Order is the order of `claimscape --help`.
import { defaultDatabasePath } from '../services/database-service.ts';
import type { Command } from './command.ts';
import { exportCommand } from './export-command.ts';
import { importCommand } from './import-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { initCommand } from './init-command.ts';
import { pathCommand } from './path-command.ts';
import { searchCommand } from './search-command.ts';
import { serveCommand } from './serve.ts';
import { showCommand } from './show-command.ts';
import { statsCommand } from './stats-command.ts';
import { entityCommand, sourceCommand } from './edit-commands.ts';
import { claimCommand } from './claim-command.ts';
import * as h from './history-commands.ts';

export type { CliIO } from './command.ts';

export const COMMANDS: readonly Command[] = [
  initCommand,
  importCommand,
  ingestCommand,
  exportCommand,
  searchCommand,
  showCommand,
  pathCommand,
  statsCommand,
  serveCommand,
  ...[
    entityCommand,
    sourceCommand,
    claimCommand,
    h.mergeCommand,
    h.suggestMergesCommand,
    h.historyCommand,
    h.undoCommand,
    h.redoCommand,
  ],
];

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
