// export:save streams an export to the file the platform chose, with progress and cancel, keeps
// answering other calls meanwhile, and over HTTP offers one-time downloads streamed from the store.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiHandlers, type PlatformPort } from '../../../main/services/api-handlers.ts';
import { dispatch } from '../../../main/services/dispatch.ts';
import { createExportService } from '../../../main/services/export-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { startHttpServer } from '../../../main/server/http-server.ts';
import { createDownloads } from '../../../main/server/downloads.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { seededDb, tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();
const { db, file } = seededDb(dir, 'save.db');
const importer = createImportService(db);
importer.importParsed(importer.parseText('luas.claimscape.json', JSON.stringify(syntheticDocument(4500, 1, 1, 'sv'))));
const expected = (format: string) => createExportService(db).serialize({ kind: 'all' }, format);

/** The built worker bundle: exports of a database file are read and formatted on a worker thread. */
const WORKER = join(import.meta.dirname, '..', '..', '..', 'dist', 'worker', 'import-worker.mjs');

function handlers(port: Partial<PlatformPort>) {
  return createApiHandlers(db, {
    databaseFile: file,
    saveFile: async () => ({ saved: false, path: null }),
    workerFile: WORKER,
    ...port,
  });
}

describe('export:save in the desktop app (a path from the save dialog)', () => {
  it('writes the whole graph where the user chose, reporting progress, while other calls are answered', async () => {
    const target = join(dir, 'chosen.graphml');
    const progress: number[] = [];
    const answered: boolean[] = [];
    let finished = false;
    const h = handlers({
      chooseExportPath: async (suggested, types) => {
        expect([suggested, types]).toEqual(['mine.graphml', ['application/graphml+xml']]);
        return target;
      },
      onExportProgress: (p) => {
        if (progress.length === 0)
          void dispatch(h, 'search:run', { text: 'korea' }).then((r) => answered.push(r.ok && !finished));
        progress.push(p.done);
      },
    });
    const r = await dispatch(h, 'export:save', { scope: { kind: 'all' }, format: 'graphml', name: 'mine.graphml' });
    finished = true;
    expect(r).toMatchObject({ ok: true, value: { saved: true, paths: [target], downloads: [] } });
    expect(readFileSync(target, 'utf8')).toBe(expected('graphml')[0]!.text);
    expect(answered).toEqual([true]); // the search was answered before the export ended
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('export:cancel from the first progress event stops it with code cancelled and leaves no file', async () => {
    const out = join(dir, 'cancel');
    mkdirSync(out);
    const h = handlers({
      chooseExportPath: async () => join(out, 'graph.csv'),
      onExportProgress: () => void dispatch(h, 'export:cancel', {}),
    });
    const r = await dispatch(h, 'export:save', { scope: { kind: 'all' }, format: 'csv' });
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(readdirSync(out)).toEqual([]);
    expect(await dispatch(h, 'export:cancel', {})).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('writes nothing when the dialog is cancelled, and refuses a missing entity before asking', async () => {
    let asked = 0;
    const h = handlers({ chooseExportPath: async () => (asked++, null) });
    expect(await dispatch(h, 'export:save', { scope: { kind: 'all' }, format: 'gexf' })).toEqual({
      ok: true,
      value: { saved: false, paths: [], rows: 0, downloads: [] },
    });
    const missing = { scope: { kind: 'focus', ids: ['no-such-thing'], depth: 1 }, format: 'gexf' };
    expect(await dispatch(h, 'export:save', missing)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(h, 'export:save', { scope: { kind: 'all' }, format: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'bad-argument' },
    });
    expect(await dispatch(h, 'export:save', { scope: { kind: 'all' }, format: 'csv', name: '../x' })).toMatchObject({
      ok: false,
      error: { code: 'bad-argument' },
    });
    expect(asked).toBe(1);
    expect(existsSync(join(dir, 'claimscape-export-graph.gexf'))).toBe(false);
  });
});

describe('export:save over HTTP (one-time downloads)', () => {
  it('streams each file once to whoever fetches its address, nothing written on the server', async () => {
    const downloads = createDownloads();
    const staticDir = join(dir, 'static');
    mkdirSync(staticDir);
    writeTmp(staticDir, 'index.html', '<!doctype html><title>t</title>');
    const s = await startHttpServer({
      handlers: handlers({ offerDownloads: (f) => downloads.offer(f) }),
      staticDir,
      downloads,
    });
    try {
      const base = `http://127.0.0.1:${s.port}`;
      const call = async (name: string, args: unknown) =>
        (await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(args),
        }).then((r) => r.json())) as { ok: boolean; value: { downloads: { name: string; url: string }[] } };
      const r = await call('export:save', { scope: { kind: 'all' }, format: 'csv', name: 'tabel' });
      expect(r.value.downloads.map((d) => d.name)).toEqual(['tabel-nodes.csv', 'tabel-edges.csv', 'tabel-claims.csv']);
      const files = expected('csv');
      for (const [i, d] of r.value.downloads.entries()) {
        const res = await fetch(`${base}${d.url}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${d.name}"`);
        expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(await res.text()).toBe(files[i]!.text);
        expect((await fetch(`${base}${d.url}`)).status).toBe(404);
      }
    } finally {
      await s.close();
    }
  });
});
