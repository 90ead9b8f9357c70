// Another writer holding the lock: writers get a clear `busy` code (never `internal`), readers
// keep working, and a bulk import into an empty store stays in WAL so readers are never shut out.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createBulkWriter, documentRecords } from '../../../main/db/bulk-import.ts';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { INTERACTIVE_BUSY_TIMEOUT_MS, openExisting, openOrCreate } from '../../../main/services/database-service.ts';
import { dispatch } from '../../../main/services/dispatch.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { runCli } from '../../helpers/cli.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();

describe('a database another writer holds', () => {
  it('a write waits for the lock on a timer, other calls are answered meanwhile, then it goes through', async () => {
    const { file } = seededDb(dir, 'wait.db');
    const db = openExisting(file, 'write', { busyTimeoutMs: INTERACTIVE_BUSY_TIMEOUT_MS });
    const handlers = createApiHandlers(db, {
      databaseFile: file,
      saveFile: async () => ({ saved: false, path: null }),
    });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const text = JSON.stringify(syntheticDocument(5, 1, 1, 'tunggu'));
      let settled = false;
      const write = dispatch(handlers, 'import:run', { name: 'tunggu.claimscape.json', text }).finally(
        () => (settled = true),
      );
      // Answered while the import is still waiting for the other writer.
      expect((await dispatch(handlers, 'search:run', { text: 'korea' })).ok).toBe(true);
      expect((await dispatch(handlers, 'db:info', {})).ok).toBe(true);
      expect(settled).toBe(false);
      other.exec('ROLLBACK');
      expect(await write).toMatchObject({ ok: true, value: { entities: 6 } });
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
      db.close();
    }
  });

  it('answers writes with busy when the wait runs out, and keeps answering reads', async () => {
    const { file } = seededDb(dir, 'held.db');
    const db = openExisting(file, 'write', { busyTimeoutMs: INTERACTIVE_BUSY_TIMEOUT_MS });
    const handlers = createApiHandlers(db, {
      databaseFile: file,
      saveFile: async () => ({ saved: false, path: null }),
    });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const text = JSON.stringify(syntheticDocument(5, 1, 1, 'busy'));
      const r = await dispatch(
        handlers,
        'import:run',
        { name: 'kecil.claimscape.json', text },
        { hidePaths: true, busyWaitMs: 0 },
      );
      expect(r.ok ? 'ok' : r.error.code).toBe('busy');
      expect(r.ok ? '' : r.error.message).toMatch(/busy.*another program or import is writing/);
      expect((await dispatch(handlers, 'search:run', { text: 'korea' })).ok).toBe(true);
      const stats = runCli(['stats', '--json', '--db', file]);
      expect(stats.code).toBe(0);
      expect(JSON.parse(stats.stdout).entities).toBeGreaterThan(0);
    } finally {
      other.exec('ROLLBACK');
      other.close();
      db.close();
    }
  });
});

describe('a bulk import into an empty store', () => {
  it('stays in WAL, so a reader can read while it runs', () => {
    const file = join(dir, 'bulk.db');
    openOrCreate(file, { empty: true }).db.close();
    const db = openExisting(file, 'write');
    const w = createBulkWriter(db);
    const reader = openExisting(file, 'read');
    try {
      for (const r of documentRecords(syntheticDocument(300, 2, 2, 'bulk'))) w.write(r);
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(createGraphService(reader).counts().entities).toBe(0);
      w.finish();
      expect(createGraphService(reader).counts().entities).toBe(301);
    } finally {
      reader.close();
      db.close();
    }
  });
});
