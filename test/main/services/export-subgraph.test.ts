// export:subgraph answers with the whole text in one message, built on the calling thread, so it is
// bounded: never the whole graph, and at most SUBGRAPH_ANSWER_CAP entities and relations; anything
// larger is `too-large`, pointing at export:save (which streams from a worker).
import { expect, it } from 'vitest';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { dispatch } from '../../../main/services/dispatch.ts';
import { SUBGRAPH_ANSWER_CAP } from '../../../main/services/export-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const { db, file } = seededDb(tmpDir(), 'subgraph.db', true);
const doc = syntheticDocument(Math.ceil(SUBGRAPH_ANSWER_CAP / 2) + 10, 1, 1, 'sg');
const importer = createImportService(db);
importer.importParsed(importer.parseText('sg.claimscape.json', JSON.stringify(doc)));
const h = createApiHandlers(db, { databaseFile: file, saveFile: async () => ({ saved: false, path: null }) });
const ids = doc.entities.map((e) => e.id);
const relations = doc.relations.map((r) => r.id);

it('answers a selection within the cap', async () => {
  const r = await dispatch(h, 'export:subgraph', {
    scope: { kind: 'entities', ids: ids.slice(0, 50), relations: relations.slice(0, 20) },
    format: 'claimscape',
  });
  expect(r.ok).toBe(true);
});

it('refuses more entities and relations than the cap with too-large, naming export:save', async () => {
  expect(ids.length + relations.length).toBeGreaterThan(SUBGRAPH_ANSWER_CAP);
  const r = await dispatch(h, 'export:subgraph', { scope: { kind: 'entities', ids, relations }, format: 'claimscape' });
  expect(r).toMatchObject({ ok: false, error: { code: 'too-large' } });
  expect(r.ok ? '' : r.error.message).toContain('export:save');
});

it('refuses the whole graph (export:save streams it) as a bad argument', async () => {
  const r = await dispatch(h, 'export:subgraph', { scope: { kind: 'all' }, format: 'claimscape' });
  expect(r).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
  expect(r.ok ? '' : r.error.message).toMatch(/export:save at scope\.kind$/);
});
