// Merging duplicates (with exact undo and redo), redirects honoured by lookups, merge suggestions,
// and the Source view's read.
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { dispatch } from '../../../main/services/dispatch.ts';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import type { Db } from '../../../main/db/open.ts';
import { fullDump } from '../../helpers/dump.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are checked field by field
type Loose = any;
let db: Db;
let call: (name: string, args?: unknown) => Promise<{ ok: boolean; value?: Loose; error?: { code: string } }>;

beforeEach(() => {
  db = openOrCreate(':memory:').db;
  const h = createApiHandlers(db, { databaseFile: ':memory:', saveFile: async () => ({ saved: false, path: null }) });
  call = (name, args = {}) => dispatch(h, name, args) as never;
});

async function ok(name: string, args?: unknown) {
  const r = await call(name, args);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}

const claim = {
  predicate: 'deploys-forces-to',
  object: 'russia',
  claimant: 'ukraine',
  stance: 'asserts',
  source: 'zelensky-2024-10-16-statement',
  stated: '2024-10-16',
};

async function duplicate() {
  const dup = await ok('entity:create', {
    kind: 'country',
    label: 'DPRK (dup)',
    aliases: [{ text: 'Korut', lang: 'id' }],
  });
  await ok('claim:add', { ...claim, subject: dup.id });
  await ok('claim:add', { ...claim, subject: dup.id, predicate: 'cooperates-with', stance: 'reports' });
  await ok('claim:add', { ...claim, subject: 'south-korea-nis', predicate: 'condemns', object: dup.id, force: true });
  return dup.id as string;
}

describe('merge', () => {
  it('folds identical relations with their claims, re-points the rest, and undoes and redoes exactly', async () => {
    const dup = await duplicate();
    const rel = 'north-korea--deploys-forces-to--russia';
    const claimsBefore = (await ok('relation:get', { id: rel })).claims.length;
    const before = fullDump(db);
    const m = await ok('entity:merge', { keep: 'north-korea', drop: dup });
    expect(m.entry.label).toBe("Merge 'DPRK (dup)' into 'North Korea'");
    const after = fullDump(db);
    const wrongDegrees = db.prepare(`SELECT id FROM entities e WHERE degree !=
      (SELECT count(*) FROM relations WHERE subject = e.eid) + (SELECT count(*) FROM relations WHERE object = e.eid AND subject != e.eid)`);
    expect(wrongDegrees.all()).toEqual([]);
    expect((await ok('relation:get', { id: rel })).claims).toHaveLength(claimsBefore + 1);
    const nk = await ok('entity:get', { id: dup });
    expect(nk.id).toBe('north-korea');
    expect(nk.aliases.map((a: { text: string }) => a.text)).toEqual(expect.arrayContaining(['DPRK (dup)', 'Korut']));
    expect(nk.relations.some((r: { predicate: string }) => r.predicate === 'condemns')).toBe(true);
    expect(createGraphService(db).resolve(dup)).toBe('north-korea');
    expect(
      (await ok('graph:neighbourhood', { ids: [dup] })).nodes.some((n: { id: string }) => n.id === 'north-korea'),
    ).toBe(true);
    expect((await ok('search:run', { text: 'korut' })).entities[0].id).toBe('north-korea');
    await ok('history:undo');
    expect(fullDump(db)).toBe(before);
    await ok('history:redo');
    expect(fullDump(db)).toBe(after);
  });
  it('refuses merging into itself, into its own redirect, and two Wikidata ids unless forced', async () => {
    const dup = await duplicate();
    const before = fullDump(db);
    expect((await call('entity:merge', { keep: dup, drop: dup })).error?.code).toBe('conflict');
    expect(fullDump(db)).toBe(before);
    await ok('entity:update', { id: 'north-korea', wikidata: 'Q423' });
    await ok('entity:update', { id: dup, wikidata: 'Q999' });
    const snap = fullDump(db);
    expect((await call('entity:merge', { keep: 'north-korea', drop: dup })).error?.code).toBe('conflict');
    expect(fullDump(db)).toBe(snap);
    await ok('entity:merge', { keep: 'north-korea', drop: dup, force: true });
    expect((await ok('entity:get', { id: 'north-korea' })).externalIds.wikidata).toBe('Q423');
    expect((await call('entity:merge', { keep: 'north-korea', drop: dup })).error?.code).toBe('conflict');
    expect((await call('entity:merge', { keep: dup, drop: 'north-korea' })).error?.code).toBe('conflict');
  });
});

describe('merge suggestions', () => {
  it('finds the same Wikidata id, and the same folded name of a compatible kind', async () => {
    await ok('entity:create', { kind: 'country', label: 'NÖRTH  Koréa' });
    await ok('entity:create', { kind: 'person', label: 'Russia' });
    await ok('entity:update', { id: 'japan', wikidata: 'Q17' });
    await ok('entity:create', { kind: 'place', label: 'Nippon', wikidata: 'Q17' });
    const s = (await ok('merge:suggest')).suggestions;
    const pairs = s.map(
      (x: { keep: { id: string }; drop: { id: string }; reason: string }) => `${x.keep.id}<${x.drop.id}:${x.reason}`,
    );
    expect(pairs).toContain('north-korea<north-korea-2:label');
    expect(pairs).toContain('japan<nippon:wikidata');
    expect(pairs.some((p: string) => p.includes('russia<russia-2'))).toBe(false);
  });
});

describe('source view', () => {
  it('gives a source with every claim it carries, grouped by relation', async () => {
    const d = await ok('source:get', { id: 'zelensky-2024-10-16-statement' });
    expect(d.title).toMatch(/Zelensky/);
    expect(d.publisher.id).toBe('volodymyr-zelensky');
    const n = d.relations.reduce((k: number, g: { claims: unknown[] }) => k + g.claims.length, 0);
    expect(n).toBe(d.claimCount);
    expect(
      d.relations.every((g: { claims: { relationId: string }[]; relation: { id: string } }) =>
        g.claims.every((c) => c.relationId === g.relation.id),
      ),
    ).toBe(true);
    expect((await call('source:get', { id: 'nope' })).error?.code).toBe('not-found');
  });
  it('searches every source of the database by id, title word and publisher (source:search)', async () => {
    const ids = async (text: string) =>
      ((await ok('source:search', { text })).sources as { id: string }[]).map((s) => s.id);
    expect(await ids('zelensky-2024-10-16-statement')).toEqual(['zelensky-2024-10-16-statement']);
    expect(await ids('ZELENSKY')).toContain('zelensky-2024-10-16-statement');
    expect(await ids('Volodymyr')).toContain('zelensky-2024-10-16-statement');
    expect(await ids('no such words here')).toEqual([]);
    expect(await ids('100%_')).toEqual([]);
    expect((await call('source:search', { text: 'x', limit: 1000 })).error?.code).toBe('bad-argument');
    expect((await call('source:search', {})).error?.code).toBe('bad-argument');
  });
});
