// The edit history's SQL: entries, the trigger-filled undo log, replaying a log (undo and redo),
// and the search index refresh that replay needs (FTS tables are not tracked by triggers).
import type { HistoryEntryView, HistoryKind } from '../../graph-data/contract/edit-views.ts';
import type Database from 'better-sqlite3';
import type { Db } from './open.ts';
import { historyTriggersSql } from './history-triggers.ts';

/** Tables whose new rows a bulk import undoes by key range (their insert triggers pause meanwhile). */
const RANGED = ['entities', 'sources', 'relations', 'claims'] as const;

export interface LogRow {
  n: number;
  tbl: string;
  key: number | string | null;
  ref: string | null;
  sql: string;
  /** The statement's values as a JSON array; null in entries logged before migration 7 (complete SQL). */
  args: string | null;
}

export interface Watermarks {
  eid: number;
  sid: number;
  rid: number;
  cid: number;
}

const ENTRY_COLS = 'seq, label, kind, at, state';

/** Whole numbers bound as integers (a JS number binds as REAL); STRICT columns keep their own type. */
const bindable = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v);

export function createHistoryRepo(db: Db) {
  const q = {
    insert: db.prepare('INSERT INTO history (label, kind, at) VALUES (?, ?, ?)'),
    setRecording: db.prepare('UPDATE history_ctl SET seq = ?, bulk = 0'),
    setBulk: db.prepare('UPDATE history_ctl SET seq = ?, bulk = 1, w_eid = ?, w_sid = ?, w_rid = ?, w_cid = ?'),
    stop: db.prepare('UPDATE history_ctl SET seq = NULL, bulk = 0'),
    dropLogOfUndone: db.prepare(
      "DELETE FROM history_log WHERE seq IN (SELECT seq FROM history WHERE state = 'undone')",
    ),
    dropUndone: db.prepare("DELETE FROM history WHERE state = 'undone'"),
    entry: db.prepare(`SELECT ${ENTRY_COLS} FROM history WHERE seq = ?`),
    list: db.prepare(`SELECT ${ENTRY_COLS} FROM history ORDER BY seq DESC LIMIT ?`),
    topDone: db.prepare(`SELECT ${ENTRY_COLS} FROM history WHERE state = 'done' ORDER BY seq DESC LIMIT 1`),
    firstUndone: db.prepare(`SELECT ${ENTRY_COLS} FROM history WHERE state = 'undone' ORDER BY seq LIMIT 1`),
    setState: db.prepare('UPDATE history SET state = ? WHERE seq = ?'),
    setLabel: db.prepare('UPDATE history SET label = ? WHERE seq = ?'),
    current: db.prepare('SELECT seq FROM history_ctl').pluck(),
    log: db.prepare('SELECT n, tbl, key, ref, sql, args FROM history_log WHERE seq = ? ORDER BY n DESC'),
    logRefs: db.prepare('SELECT DISTINCT tbl, ref FROM history_log WHERE seq = ? AND ref IS NOT NULL LIMIT ?'),
    dropLog: db.prepare('DELETE FROM history_log WHERE seq = ? AND n <= ?'),
    hasRange: db.prepare('SELECT 1 FROM history_log WHERE seq = ? AND key IS NULL LIMIT 1'),
    hasLog: db.prepare('SELECT 1 FROM history_log WHERE seq = ? LIMIT 1'),
    dropEntry: db.prepare('DELETE FROM history WHERE seq = ?'),
    // A later entry that is still done and touched a row this entry touched.
    dependent: db.prepare(`SELECT h.seq, h.label, h.kind, h.at, h.state FROM history_log a
      JOIN history_log b ON b.tbl = a.tbl AND b.key = a.key AND b.seq > a.seq
      JOIN history h ON h.seq = b.seq AND h.state = 'done'
      WHERE a.seq = ? AND a.key IS NOT NULL ORDER BY h.seq LIMIT 1`),
    marks: db.prepare(`SELECT (SELECT coalesce(max(eid), 0) FROM entities) AS eid,
      (SELECT coalesce(max(sid), 0) FROM sources) AS sid, (SELECT coalesce(max(rid), 0) FROM relations) AS rid,
      (SELECT coalesce(max(cid), 0) FROM claims) AS cid`),
    entityFtsDel: db.prepare('DELETE FROM entity_fts WHERE rowid = ?'),
    entityFtsAdd: db.prepare(`INSERT INTO entity_fts (rowid, label, aliases, description)
      SELECT e.eid, e.label, coalesce((SELECT group_concat(text, ' | ') FROM aliases WHERE eid = e.eid), ''),
      coalesce(e.description, '') FROM entities e WHERE e.eid = ?`),
    claimFtsDel: db.prepare('DELETE FROM claim_fts WHERE rowid = ?'),
    claimFtsAdd: db.prepare(`INSERT INTO claim_fts (rowid, summary, excerpt)
      SELECT cid, coalesce(summary, ''), coalesce(excerpt, '') FROM claims WHERE cid = ?`),
  };
  const entry = (row: unknown) => (row as HistoryEntryView | undefined) ?? null;

  return {
    /** Starts a new entry: the redo stack is dropped (a new change forks the history). */
    begin(label: string, kind: HistoryKind, at: string): number {
      q.dropLogOfUndone.run();
      q.dropUndone.run();
      const seq = Number(q.insert.run(label.slice(0, 300), kind, at).lastInsertRowid);
      q.setRecording.run(seq);
      return seq;
    },
    watermarks: () => q.marks.get() as Watermarks,
    /** Bulk mode for entry `seq`: per-row logging only of rows that existed before; new rows by range. */
    startBulk(seq: number): Watermarks {
      const m = q.marks.get() as Watermarks;
      q.setBulk.run(seq, m.eid, m.sid, m.rid, m.cid);
      for (const t of RANGED) db.exec(`DROP TRIGGER history_${t}_ins`);
      return m;
    },
    /** Logs the range deletes that undo the bulk rows (replayed newest first: claims first), resumes triggers. */
    endBulk(seq: number, m: Watermarks): void {
      const add = db.prepare('INSERT INTO history_log (seq, tbl, key, ref, sql) VALUES (?, ?, NULL, NULL, ?)');
      add.run(seq, 'entities', `DELETE FROM entities WHERE eid > ${m.eid}`);
      add.run(seq, 'entity_fts', `DELETE FROM entity_fts WHERE rowid > ${m.eid}`);
      add.run(seq, 'aliases', `DELETE FROM aliases WHERE eid > ${m.eid}`);
      add.run(seq, 'sources', `DELETE FROM sources WHERE sid > ${m.sid}`);
      add.run(seq, 'relations', `DELETE FROM relations WHERE rid > ${m.rid}`);
      add.run(seq, 'claim_fts', `DELETE FROM claim_fts WHERE rowid > ${m.cid}`);
      add.run(seq, 'claims', `DELETE FROM claims WHERE cid > ${m.cid}`);
      for (const t of RANGED) db.exec(historyTriggersSql(t));
      q.stop.run();
    },
    /** True when the entry holds range rows (a bulk import): undone in order, never reverted out of order. */
    isBulk: (seq: number) => q.hasRange.get(seq) !== undefined,
    stop: () => q.stop.run(),
    /** Records replayed under `seq` from now on (the replay's own inverse, for redo or undo). */
    record: (seq: number) => q.setRecording.run(seq),
    /** An entry whose change turned out empty is not kept. */
    dropIfEmpty(seq: number): boolean {
      if (q.hasLog.get(seq)) return false;
      q.dropEntry.run(seq);
      return true;
    },
    entry: (seq: number) => entry(q.entry.get(seq)),
    list: (limit: number) => q.list.all(limit) as HistoryEntryView[],
    nextUndo: () => entry(q.topDone.get()),
    nextRedo: () => entry(q.firstUndone.get()),
    setState: (seq: number, state: 'done' | 'undone') => q.setState.run(state, seq),
    setLabel: (seq: number, label: string) => q.setLabel.run(label.slice(0, 300), seq),
    /** The entry recording now (inside record()). */
    currentSeq: () => q.current.get() as number,
    /** The log of an entry, newest row first (the order to replay it in). */
    log: (seq: number) => q.log.all(seq) as LogRow[],
    dropLog: (seq: number, upToN: number) => q.dropLog.run(seq, upToN),
    refs: (seq: number, cap: number) => q.logRefs.all(seq, cap) as { tbl: string; ref: string }[],
    laterDependent: (seq: number) => entry(q.dependent.get(seq)),
    /**
     * A runner for logged statements (texts written by the triggers, values bound as parameters;
     * older rows hold complete SQL built with quote()). Each text is prepared once per runner.
     */
    replayer() {
      const prepared = new Map<string, Database.Statement>();
      return (r: LogRow) => {
        if (r.args === null) return void db.prepare(r.sql).run();
        let st = prepared.get(r.sql);
        if (!st) prepared.set(r.sql, (st = db.prepare(r.sql)));
        st.run(...(JSON.parse(r.args) as unknown[]).map(bindable));
      };
    },
    deferForeignKeys: () => db.pragma('defer_foreign_keys = ON'),
    refreshEntityFts(eid: number): void {
      q.entityFtsDel.run(eid);
      q.entityFtsAdd.run(eid);
    },
    refreshClaimFts(cid: number): void {
      q.claimFtsDel.run(cid);
      q.claimFtsAdd.run(cid);
    },
  };
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
