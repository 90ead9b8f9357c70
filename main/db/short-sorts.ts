// Settings for building indexes over millions of rows (the bulk import's deferred indexes).
import type { Db } from './open.ts';

/** Page cache (KiB) while indexes are built: SQLite's sorter sorts runs this large, then merges them. */
export const SORT_CACHE_KB = 4096;

/**
 * CREATE INDEX sorts its keys in runs as large as the page cache, then merges the runs from temp files.
 * With temp files in memory there is one run however large, sorted as one linked list that misses the
 * CPU caches: 8 s for 5M claim keys at 1M entities. Short runs in temp files, sorted by helper threads,
 * take 2 s. The table pages the build reads are read once, and the index pages it writes are written
 * once, so the small cache costs nothing there. Settings go back after, whatever happens.
 */
export function withShortSorts(db: Db, build: () => void): void {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  const temp = db.pragma('temp_store', { simple: true }) as number;
  const threads = db.pragma('threads', { simple: true }) as number;
  db.pragma(`cache_size = -${SORT_CACHE_KB}`);
  db.pragma('threads = 2');
  // Changing where temp files go fails inside a transaction once this connection has a temp schema
  // (a store that was not empty makes temp tables); the sorts are then slower, not wrong.
  const temped = tryPragma(db, 'temp_store = FILE');
  try {
    build();
  } finally {
    if (temped) tryPragma(db, `temp_store = ${temp}`);
    db.pragma(`threads = ${threads}`);
    db.pragma(`cache_size = ${cache}`);
  }
}

function tryPragma(db: Db, pragma: string): boolean {
  try {
    db.pragma(pragma);
    return true;
  } catch {
    return false;
  }
}
