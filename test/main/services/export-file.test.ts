// Whole-graph exports stream to disk page by page: the file is byte for byte what the in-memory
// serializer writes, and a cancel (here from the first progress event) leaves no file behind.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toFtsQuery } from '../../../main/db/search-repo.ts';
import { exportToFile } from '../../../main/services/export-file.ts';
import { createExportService } from '../../../main/services/export-service.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { FORMATS } from '../../../graph-data/formats/registry.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();

describe('exporting the whole graph to a file', () => {
  it('writes exactly what the in-memory serializer writes, over several pages', async () => {
    const { db, file } = seededDb(dir, 'big.db');
    const importer = createImportService(db);
    importer.importParsed(
      importer.parseText('besar.claimscape.json', JSON.stringify(syntheticDocument(2600, 1, 1, 'ex'))),
    );
    const expected = createExportService(db).serialize({ kind: 'all' }, 'claimscape')[0]!.text;
    const out = join(dir, 'whole.claimscape.json');
    const progress: number[] = [];
    const written = await exportToFile(file, { scope: { kind: 'all' }, format: 'claimscape' }, out, {
      onProgress: (p) => progress.push(p.done),
    });
    expect(written.paths).toEqual([out]);
    expect(readFileSync(out, 'utf8')).toBe(expected);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stops when cancelled and leaves no file, not even a partial one', async () => {
    const { db, file } = seededDb(dir, 'cancel.db');
    const importer = createImportService(db);
    importer.importParsed(
      importer.parseText('besar.claimscape.json', JSON.stringify(syntheticDocument(2600, 1, 1, 'cx'))),
    );
    const out = join(dir, 'cancelled.claimscape.json');
    const control = { cancelled: false };
    const run = exportToFile(file, { scope: { kind: 'all' }, format: 'claimscape' }, out, {
      control,
      onProgress: () => (control.cancelled = true),
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('every format and scope streams to files', () => {
  const { db, file } = seededDb(dir, 'formats.db');
  const importer = createImportService(db);
  importer.importParsed(
    importer.parseText('banyak.claimscape.json', JSON.stringify(syntheticDocument(2300, 1, 2, 'fm'))),
  );
  const cases = FORMATS.flatMap((f) => [
    { format: f.id, scope: { kind: 'all' as const }, asOf: null },
    { format: f.id, scope: { kind: 'all' as const }, asOf: { date: '2024-10-17', rule: 'possibly' as const } },
    { format: f.id, scope: { kind: 'focus' as const, ids: ['north-korea'], depth: 2 }, asOf: null },
  ]);
  it.each(cases)('$format, $scope.kind, as of $asOf.date: the bytes the in-memory serializer writes', async (c) => {
    const expected = createExportService(db).serialize(c.scope, c.format, c.asOf);
    const out = join(dir, `out-${c.format}-${c.scope.kind}-${c.asOf ? 'asof' : 'now'}`);
    const { paths } = await exportToFile(file, { scope: c.scope, format: c.format }, out, { asOf: c.asOf });
    expect(paths).toHaveLength(expected.length);
    paths.forEach((p, i) => expect(readFileSync(p, 'utf8')).toBe(expected[i]!.text));
  });
});

describe('search bounds its own cost', () => {
  it('queries each word once, at most eight, one-letter words whole and only when alone', () => {
    expect(toFtsQuery('a a a a a a a a a a a a')).toBe('"a"');
    expect(toFtsQuery('Korea a A korea')).toBe('"korea"*');
    expect(toFtsQuery('NEAR(a b) OR "x" AND -y*')).toBe('"near"* "or"* "and"*');
    expect(toFtsQuery(Array.from({ length: 100 }, (_, i) => `kata${i}`).join(' '))?.split(' ')).toHaveLength(8);
    expect(toFtsQuery('é')).toBe('"e"');
  });

  it('answers a repeated word as it answers the word', () => {
    const { db } = seededDb(dir, 'search.db');
    const g = createGraphService(db);
    const ids = (text: string) => new Set(g.search(text, 10).entities.map((e) => e.id));
    expect(ids('korea korea korea korea')).toEqual(ids('korea'));
    expect(g.search('x'.repeat(500), 10).entities).toEqual([]);
  });
});
