// "Lossless" means it: a file any importer takes, exported as Claimscape JSON, imports again into an
// empty database and gives the same database. Regression cases from the audit, then the same rule over
// generated graphs written in every registered format.
import fc from 'fast-check';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../graph-data/formats/registry.ts';
import type { ClaimscapeError } from '../../../graph-data/model/errors.ts';
import { TEXT_LIMITS } from '../../../graph-data/model/limits.ts';
import type { Db } from '../../../main/db/open.ts';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { createExportService } from '../../../main/services/export-service.ts';
import { createImportService, type ImportOptions } from '../../../main/services/import-service.ts';
import { logicalSnapshot } from '../../helpers/logical-snapshot.ts';
import { tmpDir, writeTmp } from '../../helpers/tmp.ts';
import { lossyGraph } from './lossless-graphs.ts';

const dir = tmpDir();
let dbs = 0;
const emptyDb = () => openOrCreate(':memory:', { empty: true }).db;

/** Imports `file` into an empty database, exports it, re-imports the export into another one. */
function importExportImport(file: string, opts: ImportOptions = {}) {
  const a = emptyDb();
  createImportService(a).importFile(file, opts);
  return exportImport(a);
}

/** Exports `a` as Claimscape JSON and imports that into an empty database. */
function exportImport(a: Db) {
  const exported = createExportService(a).serialize({ kind: 'all' }, 'claimscape')[0]!.text;
  const b = emptyDb();
  createImportService(b).importFile(writeTmp(dir, `export-${++dbs}.claimscape.json`, exported));
  const again = createExportService(b).serialize({ kind: 'all' }, 'claimscape')[0]!.text;
  return { a, b, exported, again };
}

describe('limits are the same for every importer and for Claimscape JSON', () => {
  it('a CSV edge with a 201-character label survives export and re-import', () => {
    const label = `menuduh ${'pihak lawan '.repeat(20)}`.slice(0, 201);
    const csv = `source,target,label\nJakarta,Bandung,"${label}"\n`;
    const { a, b, exported, again } = importExportImport(writeTmp(dir, 'long-label.csv', csv));
    expect(again).toBe(exported);
    expect(logicalSnapshot(b)).toEqual(logicalSnapshot(a));
    expect(exported).toContain(label);
  });

  it('a 3,000-character node name is refused by the CSV importer as by Claimscape JSON, naming line and field', () => {
    const name = 'Komite '.repeat(430).slice(0, 3000);
    const csv = `id,label\nn1,short\nn2,"${name}"\n`;
    const importer = createImportService(emptyDb());
    expect(() => importer.importFile(writeTmp(dir, 'long-name.csv', csv))).toThrow(
      expect.objectContaining({
        code: 'validation-error',
        where: expect.objectContaining({ file: 'long-name.csv', line: 3, path: 'node "n2".label' }),
      }),
    );
  });

  it('a 2,000-character node name (the limit) survives export and re-import', () => {
    const name = 'Komite '.repeat(300).slice(0, 2000);
    const csv = `id,label\nn1,"${name}"\n`;
    const { a, b, exported, again } = importExportImport(writeTmp(dir, 'limit-name.csv', csv));
    expect(again).toBe(exported);
    expect(logicalSnapshot(b)).toEqual(logicalSnapshot(a));
  });
});

describe.each(FORMATS.map((f) => [f.id, f] as const))(
  'property: %s → Claimscape JSON → empty database',
  (_id, format) => {
    it('gives the same database as the first import', () => {
      let n = 0;
      fc.assert(
        fc.property(lossyGraph, (doc) => {
          const files = format.serialize(doc);
          const main = files.find((f) => f.name === 'edges.csv') ?? files[0]!;
          const folder = join(dir, `${format.id}-${++n}`);
          mkdirSync(folder);
          const paths = Object.fromEntries(
            files.map((f) => [f.name.replace(/\.[^.]+$/, ''), writeTmp(folder, f.name, f.text)]),
          );
          const companions = Object.fromEntries(Object.entries(paths).filter(([k]) => k === 'nodes'));
          const a = emptyDb();
          try {
            createImportService(a).importFile(join(folder, main.name), { companions });
          } catch (e) {
            // Refusing a file is fine (a label over the limit); taking one and losing it on the way back is not.
            expect((e as ClaimscapeError).code).toBe('validation-error');
            expect(doc.entities.some((x) => x.label.length > TEXT_LIMITS.label)).toBe(true);
            return;
          }
          const { b, exported, again } = exportImport(a);
          expect(again).toBe(exported);
          expect(logicalSnapshot(b)).toEqual(logicalSnapshot(a));
          a.close();
          b.close();
        }),
        { numRuns: 12 },
      );
    });
  },
);
