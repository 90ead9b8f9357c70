// Ingestion against a real SQLite store: the database's name index finds what the in-memory
// reference finds, HTML pages give text and metadata without running or fetching anything,
// drafts survive a reopen, and the contract calls validate their arguments.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryIndex } from '../../../graph-data/ingest/memory-index.ts';
import { proposeIngest } from '../../../graph-data/ingest/pipeline.ts';
import { BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { createIngestLookupRepo } from '../../../main/db/ingest-lookup-repo.ts';
import { openDatabase } from '../../../main/db/open.ts';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { dispatch } from '../../../main/services/dispatch.ts';
import { createIngestService } from '../../../main/services/ingest-service.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();
const { db, file } = seededDb(dir);
const seed = JSON.parse(readFileSync('graph-data/seed/seed-graph.json', 'utf8')) as GraphDocument;
const fixtures = 'test/fixtures/ingest/dev';

describe('the SQLite name index', () => {
  for (const name of ['en-deployment.txt', 'id-kecaman.txt']) {
    it(`finds the same mentions as the in-memory index (${name})`, () => {
      const text = readFileSync(`${fixtures}/${name}`, 'utf8');
      const opts = { date: '2024-10-23' };
      const fromDb = proposeIngest(text, opts, createIngestLookupRepo(db), BASE_PREDICATES);
      const fromMemory = proposeIngest(text, opts, createMemoryIndex(seed.entities), BASE_PREDICATES);
      const key = (m: { start: number; entity: string | null }) => `${m.start}:${m.entity}`;
      expect(fromDb.mentions.map(key)).toEqual(fromMemory.mentions.map(key));
      expect(fromDb.claims.length).toBe(fromMemory.claims.length);
    });
  }
  it('matches diacritic-free and near spellings through the FTS index', () => {
    const index = createIngestLookupRepo(db);
    expect(index.similar(['zelenskyj']).map((h) => h.entity)).toContain('volodymyr-zelensky');
    expect(index.exact(['korea utara']).get('korea utara')?.[0]?.entity).toBe('north-korea');
  });
});

describe('the ingest service', () => {
  const ingest = createIngestService(db);
  it('reads a saved web page: text, metadata, and warnings for what it ignored', () => {
    const html = `<!doctype html><html lang="en"><head><title>Page</title>
      <meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2024-10-21T09:00:00Z">
      <link rel="canonical" href="https://news.example/a/1"><script>document.title = 'ran'</script></head>
      <body><nav>Home World</nav><article><h1>Seoul warns Moscow</h1>
      <p>South Korea's spy agency said on Monday that North Korea had sent troops to Russia, and that more were expected soon.</p>
      <img src="https://tracker.example/p.gif"><p>The Kremlin denied the reports in a short statement issued later in the day.</p></article></body></html>`;
    const v = ingest.propose({ text: html, name: 'page.html' });
    expect(v.format).toBe('html');
    expect(v.text).not.toMatch(/Home World|document\.title/);
    expect(v.source).toMatchObject({
      publisher: 'Example Wire',
      url: 'https://news.example/a/1',
      published: '2024-10-21',
      language: 'en',
    });
    expect(v.warnings.join(' ')).toMatch(/1 script.*never run.*1 remote.*never fetched/);
    const m = v.mentions[0];
    expect(v.text.slice(m?.start, m?.end)).toBe(m?.text);
  });
  it('keeps drafts across a reopen, and deletes them', () => {
    const saved = ingest.saveDraft({ title: 'Draft one', text: 'Some text', state: '{"accepted":[]}' });
    const again = openDatabase(file);
    try {
      const d = createIngestService(again).getDraft(saved.id);
      expect(d).toMatchObject({ title: 'Draft one', text: 'Some text', state: '{"accepted":[]}' });
      expect(
        createIngestService(again)
          .listDrafts()
          .map((x) => x.id),
      ).toContain(saved.id);
    } finally {
      again.close();
    }
    expect(ingest.deleteDraft(saved.id)).toBe(true);
    expect(() => ingest.getDraft(saved.id)).toThrow(/no such draft/);
  });
});

describe('the ingest contract calls', () => {
  const handlers = createApiHandlers(db, { databaseFile: file, saveFile: async () => ({ saved: false, path: null }) });
  it('propose answers proposals and refuses bad arguments with codes', async () => {
    const ok = await dispatch(handlers, 'ingest:propose', {
      text: 'NATO said Russia sent troops to Kursk.',
      lang: 'en',
    });
    expect(ok.ok).toBe(true);
    const bad = await dispatch(handlers, 'ingest:propose', { text: 'x', date: 'yesterday' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    const empty = await dispatch(handlers, 'ingest:propose', { text: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-format' } });
  });
  it('drafts round-trip through the contract', async () => {
    const saved = await dispatch(handlers, 'ingest:draft-save', { title: 'T', text: 'x', state: '{}' });
    expect(saved.ok).toBe(true);
    const id = (saved as { value: { id: string } }).value.id;
    const got = await dispatch(handlers, 'ingest:draft-get', { id });
    expect(got).toMatchObject({ ok: true, value: { id, title: 'T' } });
    expect(await dispatch(handlers, 'ingest:draft-delete', { id })).toMatchObject({
      ok: true,
      value: { deleted: true },
    });
  });
});
