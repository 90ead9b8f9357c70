// The shape of the search indexes after a big build. FTS5 keeps its index as segments on levels and
// merges a level's segments once 16 pile up there (a "crisis merge", all at once, inside whatever
// transaction adds the 16th). A bulk import writes its whole index as a few huge segments on level 0,
// where every later edit adds a small one: the 16th edit then rewrote the whole entity index
// (~130 MB of WAL at 1M, 2-4 s) inside a merge or a claim edit. 'optimize' merges the big segments
// into one a level up, which small edits reach only after hundreds of crisis merges of their own.
import type { Db } from './open.ts';

export const OPTIMIZE_SEARCH_INDEXES_SQL = `
  INSERT INTO entity_fts (entity_fts) VALUES ('optimize');
  INSERT INTO claim_fts (claim_fts) VALUES ('optimize');
`;

export type SearchTable = 'entity_fts' | 'claim_fts';
/** A text column of each search table. */
const FIRST_COLUMN: Record<SearchTable, string> = { entity_fts: 'label', claim_fts: 'summary' };

/**
 * Segments on each level, from FTS5's structure record (rowid 10 of the table's _data): a cookie,
 * then varints. undefined for a record this does not read (secure-delete's second format).
 */
export function searchLevels(db: Db, table: SearchTable): number[] | undefined {
  const b = db.prepare(`SELECT block FROM ${table}_data WHERE id = 10`).pluck().get() as Buffer | undefined;
  if (!b || b.length < 8 || b.readUInt32BE(4) === 0xffffffff) return undefined;
  let i = 4;
  const varint = () => {
    let v = 0;
    for (let k = 0; k < 9; k++) {
      const c = b[i++] ?? 0;
      if (k === 8) return v * 256 + c;
      v = v * 128 + (c & 0x7f);
      if (!(c & 0x80)) return v;
    }
    return v;
  };
  const levels = varint();
  varint(); // segments in all
  varint(); // write counter
  const out: number[] = [];
  for (let l = 0; l < levels; l++) {
    varint(); // segments being merged
    const n = varint();
    for (let s = 0; s < n * 3; s++) varint(); // id, first and last leaf of each segment
    out.push(n);
  }
  return out;
}

/**
 * Leaves a bulk-built search index as one segment off level 0. 'optimize' merges two or more
 * segments into one a level up but leaves a lone segment where it is: on level 0 when the whole
 * build fitted FTS5's term buffer (flushed once). A throwaway row, flushed on its own and then
 * deleted, makes the second segment the merge needs, and leaves no trace after it.
 */
export function liftSearchIndex(db: Db, table: SearchTable): void {
  db.exec(`INSERT INTO ${table} (${table}) VALUES ('flush')`);
  const levels = searchLevels(db, table);
  const all = levels?.reduce((a, n) => a + n, 0);
  if (all !== undefined && all < 2 && !levels?.[0]) return;
  if (all === 1) {
    const rowid = Number(db.prepare(`SELECT coalesce(max(rowid), 0) + 1 FROM ${table}`).pluck().get());
    db.prepare(`INSERT INTO ${table} (rowid, ${FIRST_COLUMN[table]}) VALUES (?, 'lift')`).run(rowid);
    db.exec(`INSERT INTO ${table} (${table}) VALUES ('flush')`);
    db.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(rowid);
  }
  db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`);
}
