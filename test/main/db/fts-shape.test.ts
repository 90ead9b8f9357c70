// Migration 12 lifts the search indexes off level 0 (fts-shape.ts): read from FTS5's own structure
// record, whose levels say which segments a crisis merge of level 0 would rewrite.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../../main/db/migrations.ts';
import { openDatabase, type Db } from '../../../main/db/open.ts';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { createEditService } from '../../../main/services/edit-service.ts';
import { createHistoryService } from '../../../main/services/history-service.ts';
import { bulkImportRecords, documentRecords } from '../../../main/db/bulk-import.ts';
import { liftSearchIndex, searchLevels } from '../../../main/db/fts-shape.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';
import { generatedDoc } from '../../helpers/synthetic.ts';

/** Segments per level of an FTS5 table. */
function levels(db: Db, table: 'entity_fts' | 'claim_fts'): number[] {
  const out = searchLevels(db, table);
  expect(out).toBeDefined();
  return out ?? [];
}

describe('search index shape', () => {
  it('migration 12 merges level-0 segments into one on a higher level', () => {
    const file = join(tmpDir(), 'segments.db');
    const { db } = openOrCreate(file);
    const edits = createEditService(db, createHistoryService(db));
    // Each edit is its own transaction and adds a small segment on level 0.
    for (const label of ['Rusia', 'Korea Utara', 'Ukraina', 'NATO'])
      edits.createEntity({ kind: 'organisation', label: `${label} (salinan)` });
    expect(levels(db, 'entity_fts')[0]).toBeGreaterThan(3);
    db.pragma('user_version = 11');
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const shape = levels(upgraded, 'entity_fts');
    expect(shape[0] ?? 0).toBe(0);
    expect(shape.reduce((a, n) => a + n, 0)).toBe(1);
    expect(upgraded.prepare(`SELECT count(*) FROM entity_fts WHERE entity_fts MATCH '"salinan"*'`).pluck().get()).toBe(
      4,
    );
    upgraded.close();
  });

  it('a bulk import leaves one segment above level 0 and FTS5 settings as they were', () => {
    const { db } = seededDb(tmpDir(), 'bulk-shape.db', true);
    const doc = generatedDoc(400);
    bulkImportRecords(db, documentRecords(doc));
    for (const t of ['entity_fts', 'claim_fts'] as const) {
      // The whole build fitted one flush: without a second segment 'optimize' would leave it on level 0.
      const shape = levels(db, t);
      expect(shape[0] ?? 0).toBe(0);
      expect(shape.reduce((a, n) => a + n, 0)).toBe(1);
      // The build's bigger buffer and paused merges are undone: later edits merge as usual.
      const config = Object.fromEntries(db.prepare(`SELECT k, v FROM ${t}_config`).raw().all() as [string, unknown][]);
      expect(config).toMatchObject({ hashsize: 1024 * 1024, automerge: 4 });
      // The throwaway row that made the second segment left nothing behind.
      expect(db.prepare(`SELECT count(*) FROM ${t} WHERE ${t} MATCH 'lift'`).pluck().get()).toBe(0);
      db.exec(`INSERT INTO ${t} (${t}) VALUES ('integrity-check')`);
    }
    expect(db.prepare('SELECT count(*) FROM entity_fts').pluck().get()).toBe(doc.entities.length);
    expect(db.prepare('SELECT max(rowid) FROM entity_fts').pluck().get()).toBe(doc.entities.length);
  });

  it('lifting an index already off level 0 rewrites nothing', () => {
    const { db } = seededDb(tmpDir(), 'lift-twice.db', true);
    bulkImportRecords(db, documentRecords(generatedDoc(100)));
    const data = () => db.prepare('SELECT id, block FROM entity_fts_data ORDER BY id').all();
    const before = data();
    liftSearchIndex(db, 'entity_fts');
    expect(data()).toEqual(before);
  });
});
