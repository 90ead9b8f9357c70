// The search rows of a bulk import, built with set-based SQL once the rows they index are in.
import type { Db } from './open.ts';

export const entityFtsSql = (scope: string) => `INSERT INTO entity_fts (rowid, label, aliases, description)
  SELECT e.eid, e.label, coalesce((SELECT group_concat(text, ' | ') FROM aliases WHERE eid = e.eid), ''), coalesce(e.description, '')
  FROM entities e ${scope}`;
export const claimFtsSql = (scope: string) => `INSERT INTO claim_fts (rowid, summary, excerpt)
  SELECT cid, coalesce(summary, ''), coalesce(excerpt, '') FROM claims c WHERE (summary IS NOT NULL OR excerpt IS NOT NULL) ${scope}`;

/** FTS5 flushes its in-memory term buffer every `hashsize` bytes; bigger buffers mean fewer segments to merge. */
export function withBigFtsBuffers(db: Db, build: () => void): void {
  const set = (bytes: number) => {
    for (const t of ['entity_fts', 'claim_fts'])
      db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('hashsize', ${Math.trunc(bytes)})`);
  };
  set(64 * 1024 * 1024);
  build();
  set(1024 * 1024);
}
