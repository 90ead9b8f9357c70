// The search rows of a bulk import, built with set-based SQL once the rows they index are in.
import type { Db } from './open.ts';

export const entityFtsSql = (scope: string) => `INSERT INTO entity_fts (rowid, label, aliases, description)
  SELECT e.eid, e.label, coalesce((SELECT group_concat(text, ' | ') FROM aliases WHERE eid = e.eid), ''), coalesce(e.description, '')
  FROM entities e ${scope}`;
export const claimFtsSql = (scope: string) => `INSERT INTO claim_fts (rowid, summary, excerpt)
  SELECT cid, coalesce(summary, ''), coalesce(excerpt, '') FROM claims c WHERE (summary IS NOT NULL OR excerpt IS NOT NULL) ${scope}`;

/** FTS5's defaults, which the tables keep outside a bulk build: a 1 MiB term buffer, incremental merges at 4 segments. */
const DEFAULTS = { hashsize: 1024 * 1024, automerge: 4 };

/**
 * A bulk build's settings for both search tables. FTS5 flushes its in-memory term buffer into a new
 * segment every `hashsize` bytes: bigger buffers mean fewer segments. And it merges segments a little
 * after every flush (`automerge`): work the 'optimize' that ends every bulk build (fts-shape.ts)
 * does again over the whole index, so none is done before it.
 */
export function withBigFtsBuffers(db: Db, build: () => void): void {
  const set = (s: typeof DEFAULTS) => {
    for (const t of ['entity_fts', 'claim_fts'])
      for (const [k, v] of Object.entries(s)) db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('${k}', ${v})`);
  };
  set({ hashsize: 64 * 1024 * 1024, automerge: 0 });
  build();
  set(DEFAULTS);
}
