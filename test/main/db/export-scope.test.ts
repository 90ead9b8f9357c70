// A selection or neighbourhood is exported a page at a time from its keys, like the whole graph:
// in small pages its files are byte for byte what the in-memory serializer writes (context
// entities, copy chains, relays, redirects, relations ending outside the selection, as of a date),
// and writeExport reads it as it writes (progress moves chunk by chunk, no chunk holds it whole).
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../../graph-data/formats/stream.ts';
import { FORMATS } from '../../../graph-data/formats/registry.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { createStorePages } from '../../../main/db/export-pages.ts';
import { scopeKeys } from '../../../main/db/export-scope.ts';
import { createEditService } from '../../../main/services/edit-service.ts';
import { writeExport, type TextSink } from '../../../main/services/export-file.ts';
import { createExportService, type ExportScope } from '../../../main/services/export-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();

/** The synthetic graph with a chain of syndicated copies and relayed claims, so context reaches far. */
function richDocument(): GraphDocument {
  const doc = syntheticDocument(2000, 4, 1, 'sc');
  const base = doc.sources[0]!;
  doc.sources.push({ ...base, id: 'sc-copy', title: 'Salinan laporan', copyOf: base.id, publisher: 'sc-e1500' });
  doc.sources.push({ ...base, id: 'sc-copy-2', title: 'Copy of a copy', copyOf: 'sc-copy', publisher: null });
  doc.claims.forEach((c, i) => {
    if (i % 5 === 0) c.source = 'sc-copy-2';
    if (i % 7 === 0) c.reportedVia = 'sc-e1999';
    if (i % 11 === 0) c.stated = '2024-10-25';
  });
  return doc;
}

const { db, file } = seededDb(dir, 'scope.db');
const importer = createImportService(db);
importer.importParsed(importer.parseText('luas.claimscape.json', JSON.stringify(richDocument())));
const edits = createEditService(db);
const dup = edits.createEntity({ kind: 'country', label: 'Korea Utara (ganda)' }).id;
edits.merge('north-korea', dup);
const service = createExportService(db);

// Some of the seed hub's relations, chosen with the entities they join (as the renderer sends them).
const outward = service
  .document({ kind: 'focus', ids: ['north-korea'], depth: 1 })
  .relations.filter((r) => r.subject === 'north-korea' && r.object !== 'russia');
const scopes: [string, Exclude<ExportScope, { kind: 'all' }>][] = [
  ['a depth-3 focus', { kind: 'focus', ids: ['sc-e1'], depth: 3 }],
  ['the seed hub at depth 2', { kind: 'focus', ids: ['north-korea'], depth: 2 }],
  [
    'a selection with relations',
    { kind: 'entities', ids: ['north-korea', ...outward.map((r) => r.object)], relations: outward.map((r) => r.id) },
  ],
];
const asOfs = [null, { date: '2024-10-20', rule: 'possibly' as const }];

describe('a scope read page by page from its keys', () => {
  const cases = FORMATS.flatMap((f) =>
    scopes.flatMap(([name, scope]) => asOfs.map((asOf) => ({ f, name, scope, asOf }))),
  );
  it.each(cases)('$f.id, $name, as of $asOf.date: the bytes the in-memory serializer writes', ({ f, scope, asOf }) => {
    const expected = service.serialize(scope, f.id, asOf);
    const { eids, rids } = service.elements(scope);
    const pages = createStorePages(db, asOf, { keys: scopeKeys(db, eids, rids), pageSize: 7 });
    expect(collectFiles(f.files, pages).map((x) => x.text)).toEqual(expected.map((x) => x.text));
  });

  it('holds at most a page of records at a time, context entities last', () => {
    const { eids, rids } = service.elements(scopes[0]![1]);
    const keys = scopeKeys(db, eids, rids);
    const pages = [...createStorePages(db, null, { keys, pageSize: 7 }).entities()];
    expect(keys.entities.length).toBeGreaterThan(200);
    expect(keys.context.length).toBeGreaterThan(0);
    expect(pages.length).toBe(Math.ceil(keys.entities.length / 7) + Math.ceil(keys.context.length / 7));
    expect(Math.max(...pages.map((p) => p.length))).toBe(7);
    expect(pages.at(-1)?.every((e) => e.context)).toBe(true);
  });
});

describe('writeExport of a scope', () => {
  it('reads as it writes: progress moves with the chunks, and no chunk is the whole', async () => {
    const scope = scopes[0]![1];
    const chunks: string[] = [];
    const sink: TextSink = { write: (t) => void chunks.push(String(t)), close: () => undefined };
    const progress: { done: number; total: number }[] = [];
    await writeExport(file, { scope, format: 'claimscape' }, [sink], {
      onProgress: (p) => progress.push(p),
      pageSize: 50,
    });
    const text = chunks.join('');
    expect(text).toBe(service.serialize(scope, 'claimscape')[0]!.text);
    const total = progress.at(-1)!.total;
    const between = new Set(progress.map((p) => p.done).filter((d) => d > 0 && d < total));
    expect(between.size).toBeGreaterThanOrEqual(3);
    expect(progress.map((p) => p.done)).toEqual(progress.map((p) => p.done).sort((a, b) => a - b));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(text.length / 3);
  });
});
