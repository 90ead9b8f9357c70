// Imports are history entries: undo gives back the database exactly, redo the imported one, for
// the row-by-row importer and for the bulk writer (whose new rows are undone by key range).
import { describe, expect, it } from 'vitest';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { createHistoryService } from '../../../main/services/history-service.ts';
import { createBulkWriter, documentRecords } from '../../../main/db/bulk-import.ts';
import type { Db } from '../../../main/db/open.ts';
import { fullDump } from '../../helpers/dump.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';

function undoRedo(db: Db, label: RegExp, act: () => void): void {
  const h = createHistoryService(db);
  const before = fullDump(db);
  act();
  const after = fullDump(db);
  expect(after).not.toBe(before);
  expect(h.list(1).entries[0]?.label).toMatch(label);
  expect(h.undo().entry.kind).toBe('import');
  expect(fullDump(db)).toBe(before);
  h.redo();
  expect(fullDump(db)).toBe(after);
  h.undo();
  expect(fullDump(db)).toBe(before);
}

describe('imports in the edit history', () => {
  it('the importer: one entry, exact undo and redo', () => {
    const { db } = openOrCreate(':memory:');
    const doc = syntheticDocument(60, 2, 2);
    undoRedo(db, /^Import synthetic\.json$/, () => createImportService(db).writeDocument(doc, 'synthetic.json'));
  });
  for (const empty of [true, false])
    it(`the bulk writer into ${empty ? 'an empty' : 'a seeded'} store: one entry, exact undo and redo`, () => {
      const { db } = openOrCreate(':memory:', { empty });
      const doc = syntheticDocument(80, 3, 2);
      undoRedo(db, /^Import big\.json$/, () => {
        const w = createBulkWriter(db, createHistoryService(db).bulkHooks('Import big.json'));
        for (const r of documentRecords(doc)) w.write(r);
        w.finish();
      });
    });
  it('a seeded database starts with an empty history', () => {
    const { db } = openOrCreate(':memory:');
    expect(createHistoryService(db).list().entries).toEqual([]);
  });
});
