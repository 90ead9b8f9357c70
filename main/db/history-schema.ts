// The edit history's schema (migration 3, as shipped): entries, an undo log filled by triggers with
// the SQL that restores each row's previous state, a control row saying which entry is recording,
// and entity redirects. Its first triggers are kept here unchanged; migration 7 replaced them
// (history-triggers.ts). A later migration that adds a column to a tracked table must run
// historyTriggersSql(table) again so undo restores that column too.
import { REF, TRACKED, when } from './history-tables.ts';

const q = (row: string, c: string) => `quote(${row}.${c})`;

/** Migration 3's triggers (frozen): they log, for every change to `table`, the SQL undoing it. */
function historyTriggersSqlV1(table: string): string {
  const t = TRACKED[table];
  if (!t) throw new Error(`not a tracked table: ${table}`);
  const match = (row: string) => t.where.map((c) => `'${c} = ' || ${q(row, c)}`).join(` || ' AND ' || `);
  const values = (row: string) => t.cols.map((c) => q(row, c)).join(` || ', ' || `);
  const sets = t.cols.map((c) => `'${c} = ' || ${q('old', c)}`).join(` || ', ' || `);
  const ref = (row: string) => REF[table]?.(row) ?? `${row}.id`;
  const log = (row: string, sql: string) =>
    `INSERT INTO history_log (seq, tbl, key, ref, sql) VALUES ((SELECT seq FROM history_ctl), '${table}', ${row}.${t.key}, ${ref(row)}, ${sql});`;
  return `
  DROP TRIGGER IF EXISTS history_${table}_ins;
  DROP TRIGGER IF EXISTS history_${table}_upd;
  DROP TRIGGER IF EXISTS history_${table}_del;
  CREATE TRIGGER history_${table}_ins AFTER INSERT ON ${table} WHEN ${when(table, 'new')} BEGIN
    ${log('new', `'DELETE FROM ${table} WHERE ' || ${match('new')}`)}
  END;
  CREATE TRIGGER history_${table}_upd AFTER UPDATE ON ${table} WHEN ${when(table, 'old')} BEGIN
    ${log('old', `'UPDATE ${table} SET ' || ${sets} || ' WHERE ' || ${match('new')}`)}
  END;
  CREATE TRIGGER history_${table}_del AFTER DELETE ON ${table} WHEN ${when(table, 'old')} BEGIN
    ${log('old', `'INSERT INTO ${table} (${t.cols.join(', ')}) VALUES (' || ${values('old')} || ')'`)}
  END;`;
}

export const HISTORY_MIGRATION = `
  CREATE TABLE history (
    seq INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')),
    changed TEXT
  ) STRICT;
  CREATE INDEX history_state ON history(state, seq);
  CREATE TABLE history_log (
    n INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    key ANY,
    ref TEXT,
    sql TEXT NOT NULL
  ) STRICT;
  CREATE INDEX history_log_seq ON history_log(seq, n);
  CREATE INDEX history_log_key ON history_log(tbl, key, seq);
  CREATE TABLE history_ctl (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    seq INTEGER,
    bulk INTEGER NOT NULL DEFAULT 0,
    w_eid INTEGER, w_sid INTEGER, w_rid INTEGER, w_cid INTEGER
  ) STRICT;
  INSERT INTO history_ctl (one) VALUES (1);
  CREATE TABLE redirects (
    from_id TEXT PRIMARY KEY,
    to_eid INTEGER NOT NULL REFERENCES entities(eid) ON DELETE CASCADE
  ) STRICT;
  CREATE INDEX redirects_to ON redirects(to_eid);
  ${Object.keys(TRACKED).map(historyTriggersSqlV1).join('\n')}
`;
