// The edit history's triggers since migration 7: for every change to a tracked row they log a
// parameterised statement that undoes it (the same few texts over and over, so a replay prepares
// each once) and its values as a JSON array; an update restores only the columns it changed.
import { REF, TRACKED, when } from './history-tables.ts';

/** CREATE TRIGGER statements that log, for every change to `table`, the statement undoing it. */
export function historyTriggersSql(table: string): string {
  const t = TRACKED[table];
  if (!t) throw new Error(`not a tracked table: ${table}`);
  const match = t.where.map((c) => `${c} = ?`).join(' AND ');
  const marks = t.cols.map(() => '?').join(', ');
  // Only changed columns are restored: re-setting an unchanged key would make SQLite check every
  // foreign key pointing at it and rewrite every index of the row.
  const changed = (c: string) => `old.${c} IS NOT new.${c}`;
  const anyChanged = t.cols.map(changed).join(' OR ');
  const sets = `substr(${t.cols.map((c) => `CASE WHEN ${changed(c)} THEN ', ${c} = ?' ELSE '' END`).join(' || ')}, 3)`;
  const setArgs = `substr(${t.cols.map((c) => `CASE WHEN ${changed(c)} THEN ',' || json_quote(old.${c}) ELSE '' END`).join(' || ')}, 2)`;
  const whereArgs = t.where.map((c) => `',' || json_quote(new.${c})`).join(' || ');
  const array = (row: string, cols: string[]) => `json_array(${cols.map((c) => `${row}.${c}`).join(', ')})`;
  const ref = (row: string) => REF[table]?.(row) ?? `${row}.id`;
  const log = (row: string, sql: string, args: string) =>
    `INSERT INTO history_log (seq, tbl, key, ref, sql, args) VALUES ((SELECT seq FROM history_ctl), '${table}', ${row}.${t.key}, ${ref(row)}, ${sql}, ${args});`;
  return `
  DROP TRIGGER IF EXISTS history_${table}_ins;
  DROP TRIGGER IF EXISTS history_${table}_upd;
  DROP TRIGGER IF EXISTS history_${table}_del;
  CREATE TRIGGER history_${table}_ins AFTER INSERT ON ${table} WHEN ${when(table, 'new')} BEGIN
    ${log('new', `'DELETE FROM ${table} WHERE ${match}'`, array('new', t.where))}
  END;
  CREATE TRIGGER history_${table}_upd AFTER UPDATE ON ${table} WHEN ${when(table, 'old')} AND (${anyChanged}) BEGIN
    ${log('old', `'UPDATE ${table} SET ' || ${sets} || ' WHERE ${match}'`, `'[' || ${setArgs} || ${whereArgs} || ']'`)}
  END;
  CREATE TRIGGER history_${table}_del AFTER DELETE ON ${table} WHEN ${when(table, 'old')} BEGIN
    ${log('old', `'INSERT INTO ${table} (${t.cols.join(', ')}) VALUES (${marks})'`, array('old', t.cols))}
  END;`;
}

/**
 * Migration 7: the undo log keeps a statement's values apart (`args`, a JSON array; NULL for the
 * older rows that hold complete SQL), the triggers above replace migration 3's, and the foreign
 * keys into entities and sources that had no index (publisher, copy_of) get one, so deleting or
 * merging an entity no longer scans every source.
 */
export const HISTORY_ARGS_MIGRATION = `
  ALTER TABLE history_log ADD COLUMN args TEXT;
  CREATE INDEX sources_publisher ON sources(publisher) WHERE publisher IS NOT NULL;
  CREATE INDEX sources_copy_of ON sources(copy_of) WHERE copy_of IS NOT NULL;
  ${Object.keys(TRACKED).map(historyTriggersSql).join('\n')}
`;
