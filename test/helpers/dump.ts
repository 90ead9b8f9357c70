// Everything an edit can change, derived values and search index included, as one string:
// undo must bring it back byte for byte.
import type { Db } from '../../main/db/open.ts';

export function fullDump(db: Db): string {
  const tables = ['kinds', 'predicates', 'entities', 'aliases', 'sources', 'relations', 'claims', 'redirects'];
  const rows = tables.map((t) => `${t}:${JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all())}`);
  rows.push(`efts:${JSON.stringify(db.prepare('SELECT rowid, * FROM entity_fts ORDER BY rowid').all())}`);
  rows.push(`cfts:${JSON.stringify(db.prepare('SELECT rowid, * FROM claim_fts ORDER BY rowid').all())}`);
  return rows.join('\n');
}
