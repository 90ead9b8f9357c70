import { describe, expect, it } from 'vitest';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExportService } from '../../../main/services/export-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { SEED_GRAPH } from '../../../main/services/database-service.ts';
import { seededDb, snapshot, tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();

function seedCopy(): Record<string, unknown> & {
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  sources: Record<string, unknown>[];
} {
  return JSON.parse(JSON.stringify(SEED_GRAPH));
}

describe('Claimscape JSON import and export', () => {
  it('round-trips the whole graph into an empty database, and re-importing changes nothing', () => {
    const { db: source } = seededDb(dir, 'rt-src.db');
    const text = createExportService(source).serialize({ kind: 'all' }, 'claimscape')[0]!.text;
    const file = writeTmp(dir, 'all.claimscape.json', text);
    const { db: target } = seededDb(dir, 'rt-dst.db', true);
    const report = createImportService(target).importFile(file);
    expect(report.inserted).toBeGreaterThan(0);
    expect(createGraphService(target).counts()).toEqual(createGraphService(source).counts());
    const before = snapshot(target);
    const again = createImportService(target).importFile(file);
    expect(again.inserted + again.updated).toBe(0);
    expect(snapshot(target)).toBe(before);
  });

  it('exports a focus neighbourhood whose claims all belong to its relations, with context entities marked', () => {
    const { db } = seededDb(dir, 'focus.db');
    const doc = createExportService(db).document({ kind: 'focus', ids: ['kn-23'], depth: 1 });
    const relIds = new Set(doc.relations.map((r) => r.id));
    expect(doc.claims.every((c) => relIds.has(c.relation))).toBe(true);
    const selected = doc.entities.filter((e) => !e.context).map((e) => e.id);
    expect(selected).toContain('kn-23');
    expect(doc.entities.filter((e) => e.context).map((e) => e.id)).toContain('south-korea-nis');
    for (const r of doc.relations) expect(selected).toEqual(expect.arrayContaining([r.subject, r.object]));
  });
});

type Broken = [name: string, make: () => string | Buffer, code: string, where: RegExp];
const ok = () => seedCopy();
const mutate = (f: (d: ReturnType<typeof seedCopy>) => void) => () => {
  const d = ok();
  f(d);
  return JSON.stringify(d, null, 2);
};

const BROKEN: Broken[] = [
  ['truncated file', () => JSON.stringify(ok()).slice(0, 5000), 'parse-error', /line 1, column \d+/],
  ['not JSON at all', () => 'format: claimscape\nversion 1\n', 'parse-error', /line 1/],
  ['binary garbage', () => Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01, 0x02]), 'invalid-format', /broken\.json/],
  ['empty file', () => '', 'invalid-format', /empty/],
  ['wrong format', mutate((d) => (d['format'] = 'gephi')), 'invalid-format', /\$\.format.*"gephi"/],
  ['wrong version', mutate((d) => (d['version'] = 2)), 'unsupported-version', /\$\.version/],
  [
    'unknown predicate',
    mutate((d) => (d.relations[3]!['predicate'] = 'teleports-to')),
    'validation-error',
    /\$\.relations\[3\]\.predicate.*teleports-to/,
  ],
  [
    'unknown kind',
    mutate((d) => (d.entities[2]!['kind'] = 'spaceship')),
    'validation-error',
    /\$\.entities\[2\]\.kind.*spaceship/,
  ],
  [
    'claim with a missing relation',
    mutate((d) => (d.claims[5]!['relation'] = 'nowhere--to--nothing')),
    'validation-error',
    /\$\.claims\[5\]\.relation/,
  ],
  [
    'claim with a missing source',
    mutate((d) => (d.claims[6]!['source'] = 'no-such-source')),
    'validation-error',
    /\$\.claims\[6\]\.source/,
  ],
  [
    'unknown stance',
    mutate((d) => (d.claims[7]!['stance'] = 'suspects')),
    'validation-error',
    /\$\.claims\[7\]\.stance.*suspects/,
  ],
  [
    'duplicate id with different content',
    mutate((d) => d.entities.push({ ...d.entities[0]!, label: 'Another' })),
    'validation-error',
    /\$\.entities\[\d+\]\.id: duplicate id/,
  ],
  [
    '__proto__ key',
    () => JSON.stringify(ok()).replace('"format":"claimscape"', '"__proto__":{"polluted":true},"format":"claimscape"'),
    'forbidden',
    /__proto__/,
  ],
  [
    'constructor key',
    mutate((d) => (d.entities[0]!['constructor'] = { prototype: {} })),
    'forbidden',
    /\$\.entities\[0\]\.constructor/,
  ],
  [
    'id with quotes',
    mutate((d) => (d.entities[1]!['id'] = 'north"korea')),
    'validation-error',
    /\$\.entities\[1\]\.id/,
  ],
  [
    'id with selector characters',
    mutate((d) => (d.entities[1]!['id'] = 'a#b.c[d]')),
    'validation-error',
    /\$\.entities\[1\]\.id/,
  ],
  [
    'claimant that does not exist',
    mutate((d) => (d.claims[0]!['claimant'] = 'nobody-at-all')),
    'validation-error',
    /\$\.claims\[0\]\.claimant.*nobody-at-all/,
  ],
  [
    'a partial date that is no date',
    mutate((d) => (d.claims[1]!['stated'] = '2024-13-45')),
    'validation-error',
    /\$\.claims\[1\]\.stated/,
  ],
];

describe('bad input, nothing lost', () => {
  const { db } = seededDb(dir, 'broken.db');
  const importer = createImportService(db);

  it.each(BROKEN)('%s fails with a clear error and leaves the database as it was', (_name, make, code, where) => {
    const before = snapshot(db);
    const file = writeTmp(dir, 'broken.json', make());
    let error: (Error & { code?: string }) | undefined;
    try {
      importer.importFile(file, { format: 'claimscape' });
    } catch (e) {
      error = e as Error & { code?: string };
    }
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(where);
    expect(error?.message).toMatch(/broken\.json/);
    expect(snapshot(db)).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a 200 MB file before reading it', () => {
    const big = join(dir, 'huge.claimscape.json');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024);
    const before = snapshot(db);
    // Refused from the file's size on disk (the message gives it); read, its NUL bytes would be refused instead.
    expect(() => importer.importFile(big)).toThrow(
      expect.objectContaining({
        code: 'too-large',
        message: expect.stringMatching(/the file is 209715200 bytes, more than the import limit/),
      }),
    );
    expect(snapshot(db)).toBe(before);
  });

  it('rolls back a write that fails half-way (relation conflict after entities were written)', () => {
    const d = ok();
    d.entities.push({ id: 'brand-new-entity', kind: 'person', label: 'New Person', aliases: [] });
    d.relations.push({
      id: 'a-second-id-for-an-old-triple',
      subject: 'north-korea',
      predicate: 'deploys-forces-to',
      object: 'russia',
    });
    const before = snapshot(db);
    const file = writeTmp(dir, 'conflict.json', JSON.stringify(d));
    expect(() => importer.importFile(file)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(snapshot(db)).toBe(before);
    expect(db.prepare("SELECT 1 FROM entities WHERE id = 'brand-new-entity'").get()).toBeUndefined();
  });
});
