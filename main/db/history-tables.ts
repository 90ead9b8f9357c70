// What the edit history tracks: the data tables with their keys and columns, the bulk-import
// watermarks, the text id each change is named by, and when a trigger logs at all.
import { CLAIM_DATA_COLS, ENTITY_DATA_COLS, SOURCE_DATA_COLS } from './columns.ts';

/** Tracked tables: key column (the undo log's dependency key) and every column, key first. */
export const TRACKED: Record<string, { key: string; where: string[]; cols: string[] }> = {
  kinds: { key: 'id', where: ['id'], cols: ['id', 'label', 'shape', 'color', 'glyph'] },
  predicates: {
    key: 'id',
    where: ['id'],
    cols: ['id', 'label', 'inverse', 'symmetric', 'subject_kinds', 'object_kinds'],
  },
  entities: {
    key: 'eid',
    where: ['eid'],
    cols: ['eid', 'id', ...ENTITY_DATA_COLS, 'degree'],
  },
  aliases: { key: 'eid', where: ['eid', 'text', 'lang'], cols: ['eid', 'text', 'lang', 'form'] },
  sources: {
    key: 'sid',
    where: ['sid'],
    cols: ['sid', 'id', ...SOURCE_DATA_COLS],
  },
  relations: {
    key: 'rid',
    where: ['rid'],
    cols: [
      'rid',
      'id',
      'subject',
      'predicate',
      'object',
      'status',
      'claim_count',
      'source_count',
      'first_stated',
      'last_stated',
    ],
  },
  claims: {
    key: 'cid',
    where: ['cid'],
    cols: ['cid', 'id', ...CLAIM_DATA_COLS],
  },
  redirects: { key: 'from_id', where: ['from_id'], cols: ['from_id', 'to_eid'] },
};

/** Bulk mode logs only rows that existed before the import (key at or below the watermark). */
export const WATERMARK: Record<string, string> = {
  entities: 'w_eid',
  aliases: 'w_eid',
  sources: 'w_sid',
  relations: 'w_rid',
  claims: 'w_cid',
};

/** The text id the log names a change by (what the views refresh); `id` unless given here. */
export const REF: Record<string, (row: string) => string> = {
  aliases: (row) => `(SELECT id FROM entities WHERE eid = ${row}.eid)`,
  redirects: (row) => `${row}.from_id`,
};

const recording = '(SELECT seq FROM history_ctl) IS NOT NULL';

export function when(table: string, row: 'new' | 'old'): string {
  const w = WATERMARK[table];
  const key = TRACKED[table]?.key ?? 'rowid';
  const bulk = w ? `${row}.${key} <= (SELECT ${w} FROM history_ctl)` : '1';
  return `${recording} AND ((SELECT bulk FROM history_ctl) = 0 OR ${bulk})`;
}
