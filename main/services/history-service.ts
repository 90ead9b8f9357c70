// The edit history as a use case: every change runs inside record() (one IMMEDIATE transaction,
// one entry whose undo log the triggers fill), and undo, redo and revert replay such logs.
import type {
  ChangedIds,
  HistoryEntryView,
  HistoryKind,
  HistoryList,
  UndoResult,
} from '../../graph-data/contract/edit-views.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Db } from '../db/open.ts';
import { createHistoryRepo, type LogRow } from '../db/history-repo.ts';
import { createLookupRepo } from '../db/lookup-repo.ts';
import { repoOf } from '../db/repos.ts';

/** How many ids of each kind a result names; a bigger change says "refresh everything" by its size. */
const CHANGED_CAP = 5000;

/** Columns the search index holds (entity_fts also holds aliases, which are their own table). */
const ENTITY_TEXT = /(?:SET |, )(?:label|description) = /;
const CLAIM_TEXT = /(?:SET |, )(?:summary|excerpt) = /;

/**
 * Whether a logged statement may change what the search index holds for its row: inserts and
 * deletes always do; an update (which names only the columns it restores) when it sets one of
 * them. A match inside a quoted value only costs a needless refresh.
 */
function touchesText(sql: string, cols: RegExp): boolean {
  return !sql.startsWith('UPDATE ') || cols.test(sql);
}

export interface Recorded<T> {
  value: T;
  entry: HistoryEntryView | null;
  changed: ChangedIds;
  revision: string;
}

export function createHistoryService(db: Db, now: () => Date = () => new Date()) {
  const h = createHistoryRepo(db);
  const lookup = repoOf(db, createLookupRepo);

  function changedOf(seq: number): ChangedIds {
    const out: ChangedIds = { entities: [], relations: [], claims: [], sources: [] };
    const sets = {
      entities: new Set<string>(),
      relations: new Set<string>(),
      claims: new Set<string>(),
      sources: new Set<string>(),
    };
    for (const { tbl, ref } of h.refs(seq, CHANGED_CAP * 4)) {
      const key = tbl === 'aliases' ? 'entities' : tbl;
      if (key in sets) sets[key as keyof ChangedIds].add(ref);
    }
    for (const k of Object.keys(out) as (keyof ChangedIds)[]) out[k] = [...sets[k]].slice(0, CHANGED_CAP);
    return out;
  }

  /** Runs `fn` as one transaction recorded as one history entry (none when it changed nothing). */
  function record<T>(label: string | ((v: T) => string), kind: HistoryKind, fn: () => T): Recorded<T> {
    const run = db.transaction(() => {
      const seq = h.begin(typeof label === 'string' ? label : kind, kind, now().toISOString());
      let value: T;
      try {
        value = fn();
      } finally {
        h.stop();
      }
      if (h.dropIfEmpty(seq)) return { value, entry: null, changed: changedOf(seq) };
      if (typeof label === 'function') h.setLabel(seq, label(value));
      return { value, entry: h.entry(seq), changed: changedOf(seq) };
    });
    return { ...run.immediate(), revision: lookup.changeStamp() };
  }

  /** Replays `rows` (newest first) while the triggers log their inverse under `into`. */
  function replay(rows: LogRow[], into: number): void {
    h.deferForeignKeys();
    h.record(into);
    const eids = new Set<number>();
    const cids = new Set<number>();
    const run = h.replayer();
    try {
      for (const r of rows) {
        run(r);
        if (typeof r.key !== 'number') continue;
        if (r.tbl === 'aliases' || (r.tbl === 'entities' && touchesText(r.sql, ENTITY_TEXT))) eids.add(r.key);
        if (r.tbl === 'claims' && touchesText(r.sql, CLAIM_TEXT)) cids.add(r.key);
      }
    } finally {
      h.stop();
    }
    for (const eid of eids) h.refreshEntityFts(eid);
    for (const cid of cids) h.refreshClaimFts(cid);
  }

  function flip(next: () => HistoryEntryView | null, state: 'done' | 'undone', none: string): UndoResult {
    const run = db.transaction(() => {
      const e = next();
      if (!e) throw new ClaimscapeError('conflict', none);
      const rows = h.log(e.seq);
      h.dropLog(e.seq, rows[0]?.n ?? 0);
      replay(rows, e.seq);
      h.setState(e.seq, state);
      return { entry: { ...e, state }, changed: changedOf(e.seq) };
    });
    return { ...run.immediate(), revision: lookup.changeStamp() };
  }

  return {
    record,
    /** Hooks for the bulk writer: one 'import' entry whose new rows are undone by key range. */
    bulkHooks(label: string) {
      return {
        inTransaction: () => {
          const seq = h.begin(label, 'import', now().toISOString());
          const marks = h.startBulk(seq);
          return () => h.endBulk(seq, marks);
        },
      };
    },
    undo: () => flip(h.nextUndo, 'undone', 'nothing to undo'),
    redo: () => flip(h.nextRedo, 'done', 'nothing to redo'),
    /** Undoes an older entry as a new entry, when no later entry touched what it touched. */
    revert(seq: number): UndoResult {
      const target = h.entry(seq);
      if (!target) throw new ClaimscapeError('not-found', 'no history entry has this number', { value: String(seq) });
      if (target.state !== 'done')
        throw new ClaimscapeError('conflict', `"${target.label}" is already undone; redo it or leave it`);
      if (h.isBulk(seq))
        throw new ClaimscapeError(
          'conflict',
          `"${target.label}" was a bulk import: undo it (and what came after) instead`,
        );
      const later = h.laterDependent(seq);
      if (later)
        throw new ClaimscapeError(
          'conflict',
          `cannot revert "${target.label}": the later change #${later.seq} "${later.label}" changed the same records; undo or revert that first`,
        );
      const r = record(`Revert '${target.label}'`, 'revert', () => replay(h.log(seq), h.currentSeq()));
      if (!r.entry) throw new ClaimscapeError('conflict', `"${target.label}" changed nothing to revert`);
      return { entry: r.entry, changed: r.changed, revision: r.revision };
    },
    list(limit = 50): HistoryList {
      return {
        entries: h.list(limit),
        undo: h.nextUndo(),
        redo: h.nextRedo(),
        revision: lookup.changeStamp(),
      };
    },
    revision: () => lookup.changeStamp(),
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
