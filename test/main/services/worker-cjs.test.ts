// The Electron app starts the CommonJS copy of the import worker (dist/worker/import-worker.cjs),
// because that is what Electron can load from inside app.asar: it must import exactly like the ESM one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportInWorker } from '../../../main/services/import-runner.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { seededDb, tmpDir, writeTmp } from '../../helpers/tmp.ts';

const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');
const dir = tmpDir();

describe('the CommonJS import worker the desktop app uses', () => {
  it('imports a document on its own connection, with progress', async () => {
    const { db, file } = seededDb(dir, 'cjs.db');
    const before = createGraphService(db).counts();
    const doc = syntheticDocument(300, 2, 2, 'cj');
    const phases = new Set<string>();
    const run = runImportInWorker(file, { kind: 'document', doc }, (p) => phases.add(p.phase), {
      workerFile: join(DIST, 'worker', 'import-worker.cjs'),
    });
    await run.promise;
    expect(createGraphService(db).counts().entities - before.entities).toBe(doc.entities.length);
    expect(phases.size).toBeGreaterThan(0);
  });

  it('imports a file into an empty store on two threads, its reading thread another CommonJS copy', async () => {
    const { db, file } = seededDb(dir, 'cjs-empty.db', true);
    const doc = syntheticDocument(300, 2, 2, 'cp');
    const input = writeTmp(dir, 'cjs-doc.json', JSON.stringify(doc));
    const report = await runImportInWorker(file, { kind: 'file', path: input }, () => {}, {
      workerFile: join(DIST, 'worker', 'import-worker.cjs'),
    }).promise;
    expect(report).toMatchObject({ fresh: true, threads: 2 });
    expect(createGraphService(db).counts()).toMatchObject({
      entities: doc.entities.length,
      relations: doc.relations.length,
      claims: doc.claims.length,
    });
  });

  it('is the one the bundled Electron main process points at', () => {
    const app = readFileSync(join(DIST, 'main', 'app.cjs'), 'utf8');
    expect(app).toMatch(/__dirname, "\.\.", "worker", "import-worker\.cjs"/);
  });
});
