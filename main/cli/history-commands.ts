// `claimscape merge`, `suggest-merges`, `history`, `undo`, `redo`: merging duplicates and walking
// the persistent edit history (the same one the app's Undo uses).
import type { HistoryEntryView } from '../../graph-data/contract/edit-views.ts';
import { openExisting } from '../services/database-service.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { createHistoryService } from '../services/history-service.ts';
import { createMergeService } from '../services/merge-service.ts';
import { callArgs, DB_HELP, defineCommand, need, numberFlag, type CliIO } from './command.ts';
import { withEdits } from './edit-commands.ts';

const line = (e: HistoryEntryView) => `#${e.seq}\t${e.at}\t${e.state === 'undone' ? '(undone) ' : ''}${e.label}`;

export const mergeCommand = defineCommand({
  name: 'merge',
  help: `claimscape merge <keep> <drop> [--force] [--json]\n  Merges <drop> into <keep>: its label and aliases become aliases, relations move (identical ones fold\n  together with their claims), and <drop>'s id keeps leading to <keep>. Two different Wikidata ids need --force.\n${DB_HELP}`,
  flags: { force: { type: 'boolean' }, json: { type: 'boolean' } },
  run({ values, positionals, db }, io) {
    const [keep, drop] = need(positionals, 2, 'the entity to keep and the one to merge into it') as [string, string];
    return withEdits(db, values.json, io, (e) => {
      const ids = { keep: e.resolveEntity(keep, 'keep'), drop: e.resolveEntity(drop, 'drop') };
      if (ids.keep === ids.drop && drop !== ids.drop)
        throw new ClaimscapeError('conflict', `"${drop}" was merged into "${ids.keep}" already`);
      const args = callArgs('entity:merge', { ...ids, force: values.force }, { force: '--force' }, values);
      return e.merge(args.keep, args.drop, args.force);
    });
  },
});

export const suggestMergesCommand = defineCommand({
  name: 'suggest-merges',
  help: `claimscape suggest-merges [--limit N] [--json]\n  Likely duplicates: the same Wikidata id, or the same label or alias ignoring case and accents, of compatible kinds.\n${DB_HELP}`,
  flags: { limit: { type: 'string' }, json: { type: 'boolean' } },
  run({ values, db: file }, io) {
    const args = callArgs('merge:suggest', { limit: numberFlag(values.limit) }, { limit: '--limit' }, values);
    const db = openExisting(file, 'read');
    try {
      const r = createMergeService(db, createHistoryService(db)).suggest(args.limit ?? 100);
      if (values.json) io.out(JSON.stringify(r, null, 2));
      else if (!r.suggestions.length) io.out('no likely duplicates');
      for (const s of values.json ? [] : r.suggestions)
        io.out(
          `claimscape merge ${s.keep.id} ${s.drop.id}\t# ${s.reason}: ${s.detail} ("${s.drop.label}" into "${s.keep.label}")`,
        );
      return 0;
    } finally {
      db.close();
    }
  },
});

export const historyCommand = defineCommand({
  name: 'history',
  help: `claimscape history [--limit N] [--json]\n  The edit history, newest first: every edit, merge, delete and import, with what undo and redo would do next.\n${DB_HELP}`,
  flags: { limit: { type: 'string' }, json: { type: 'boolean' } },
  run({ values, db: file }, io) {
    const args = callArgs('history:list', { limit: numberFlag(values.limit) }, { limit: '--limit' }, values);
    const db = openExisting(file, 'read');
    try {
      const h = createHistoryService(db).list(args.limit ?? 20);
      if (values.json) io.out(JSON.stringify(h, null, 2));
      else {
        if (!h.entries.length) io.out('no changes yet');
        for (const e of h.entries) io.out(line(e));
      }
      return 0;
    } finally {
      db.close();
    }
  },
});

function step(which: 'undo' | 'redo') {
  return defineCommand({
    name: which,
    help: `claimscape ${which} [--json]\n  ${which === 'undo' ? 'Undoes the newest change' : 'Redoes the change undone last'} in the edit history (the same history as the app's ${which === 'undo' ? 'Undo' : 'Redo'}).\n${DB_HELP}`,
    flags: { json: { type: 'boolean' } },
    run({ values, db: file }, io: CliIO) {
      const db = openExisting(file, 'write');
      try {
        const h = createHistoryService(db);
        const r = which === 'undo' ? h.undo() : h.redo();
        if (values.json) io.out(JSON.stringify(r, null, 2));
        else io.out(`${which === 'undo' ? 'undid' : 'redid'} #${r.entry.seq} ${r.entry.label}`);
        return 0;
      } finally {
        db.close();
      }
    },
  });
}

export const undoCommand = step('undo');
export const redoCommand = step('redo');
