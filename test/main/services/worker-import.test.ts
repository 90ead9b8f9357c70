// The app's import:run sends large files to the worker thread: same result, progress reported,
// and import:cancel rolls everything back.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createApiHandlers, WORKER_IMPORT_CHARS } from '../../../main/services/api-handlers.ts';
import { dispatch } from '../../../main/services/dispatch.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const WORKER = join(import.meta.dirname, '..', '..', '..', 'dist', 'worker', 'import-worker.mjs');
const dir = tmpDir();

function bigText(prefix: string): { text: string; entities: number; claims: number } {
  const doc = syntheticDocument(2500, 3, 3, prefix);
  const text = JSON.stringify(doc, null, 1);
  return {
    text: text.length >= WORKER_IMPORT_CHARS ? text : text + ' '.repeat(WORKER_IMPORT_CHARS - text.length),
    entities: doc.entities.length,
    claims: doc.claims.length,
  };
}

describe('large imports from the app', () => {
  it('run on the worker, report progress, and land completely', async () => {
    const { db, file } = seededDb(dir, 'w.db');
    const progress: string[] = [];
    const handlers = createApiHandlers(db, {
      databaseFile: file,
      workerFile: WORKER,
      saveFile: async () => ({ saved: false, path: null }),
      onImportProgress: (p) => progress.push(p.phase),
    });
    const before = createGraphService(db).counts();
    const big = bigText('wa');
    const r = await dispatch(handlers, 'import:run', { name: 'big.claimscape.json', text: big.text });
    expect(r.ok).toBe(true);
    const after = createGraphService(db).counts();
    expect(after.entities - before.entities).toBe(big.entities);
    expect(after.claims - before.claims).toBe(big.claims);
    expect(progress).toContain('records');
  });

  it('roll back completely when cancelled at the first progress event', async () => {
    const { db, file } = seededDb(dir, 'c.db');
    let cancel: Promise<unknown> | null = null;
    const handlers = createApiHandlers(db, {
      databaseFile: file,
      workerFile: WORKER,
      saveFile: async () => ({ saved: false, path: null }),
      // Cancelled from inside the import, on its first progress event: no clock involved.
      onImportProgress: () => {
        cancel ??= dispatch(handlers, 'import:cancel', {});
      },
    });
    const before = createGraphService(db).counts();
    const r = await dispatch(handlers, 'import:run', { name: 'big.claimscape.json', text: bigText('wc').text });
    expect(await cancel).toEqual({ ok: true, value: { cancelled: true } });
    expect(r.ok ? 'ok' : r.error.code).toBe('cancelled');
    expect(createGraphService(db).counts()).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('name the input file and the JSON path in errors, and no server path over HTTP', async () => {
    const { db, file } = seededDb(dir, 'e.db');
    const handlers = createApiHandlers(db, {
      databaseFile: file,
      workerFile: WORKER,
      saveFile: async () => ({ saved: false, path: null }),
    });
    const doc = syntheticDocument(2500, 3, 3, 'we');
    doc.claims[7]!.relation = 'no-such-relation';
    const text = JSON.stringify(doc, null, 1).padEnd(WORKER_IMPORT_CHARS, ' ');
    const r = await dispatch(handlers, 'import:run', { name: 'laporan.claimscape.json', text }, { hidePaths: true });
    expect(r.ok ? 'ok' : r.error.code).toBe('validation-error');
    const message = r.ok ? '' : r.error.message;
    expect(message).toMatch(
      /^laporan\.claimscape\.json: \$\.claims\[7\]\.relation: refers to a relation that does not exist/,
    );
    expect(message).not.toContain(dir);
  });
});
