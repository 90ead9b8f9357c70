// Every edit with its inverse: undo gives back the database exactly (derived values and search
// index included), redo gives back the edit exactly; bad input changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { dispatch } from '../../../main/services/dispatch.ts';
import { openOrCreate } from '../../../main/services/database-service.ts';
import type { Db } from '../../../main/db/open.ts';
import { fullDump } from '../../helpers/dump.ts';

let db: Db;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are checked field by field
type Loose = any;
let call: (
  name: string,
  args?: unknown,
) => Promise<{ ok: boolean; value?: Loose; error?: { code: string; message: string } }>;

beforeEach(() => {
  db = openOrCreate(':memory:').db;
  const handlers = createApiHandlers(db, {
    databaseFile: ':memory:',
    saveFile: async () => ({ saved: false, path: null }),
  });
  call = (name, args = {}) => dispatch(handlers, name, args) as never;
});

async function ok(name: string, args?: unknown) {
  const r = await call(name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error?.code} ${r.error?.message}`);
  return r.value;
}

/** Runs the edit, checks undo restores the exact database and redo the exact edited one. */
async function roundTrip(name: string, args: unknown) {
  const before = fullDump(db);
  const r = await ok(name, args);
  expect(r.entry).not.toBeNull();
  const after = fullDump(db);
  expect(after).not.toBe(before);
  await ok('history:undo');
  expect(fullDump(db)).toBe(before);
  await ok('history:redo');
  expect(fullDump(db)).toBe(after);
  return r;
}

const claim = {
  subject: 'north-korea',
  predicate: 'deploys-forces-to',
  object: 'russia',
  claimant: 'mark-rutte',
  stance: 'confirms',
  source: 'rferl-2024-10-nk-troops',
  stated: '2024-10-21',
  summary: 'NATO chief says the deployment is confirmed',
};

describe('entities', () => {
  it('creates, edits and deletes with exact undo and redo', async () => {
    const c = await roundTrip('entity:create', {
      kind: 'person',
      label: 'Kim Yong-bok',
      aliases: [{ text: 'Kim Yong Bok', lang: 'en' }],
      wikidata: 'Q123',
      description: 'a general',
    });
    expect(c.id).toBe('kim-yong-bok');
    expect(c.entry.label).toBe("Add entity 'Kim Yong-bok'");
    expect((await ok('search:run', { text: 'yong bok' })).entities[0].id).toBe('kim-yong-bok');
    await roundTrip('entity:update', {
      id: 'kim-yong-bok',
      label: 'Kim Yong Bok',
      addAliases: [{ text: 'Jenderal Kim', lang: 'id' }],
      removeAliases: ['Kim Yong Bok'],
      wikidata: null,
    });
    await roundTrip('entity:delete', { id: 'kim-yong-bok' });
  });
  it('refuses to delete a referenced entity unless with its claims, and says what references it', async () => {
    const before = fullDump(db);
    const r = await call('entity:delete', { id: 'mark-rutte' });
    expect(r.error?.code).toBe('conflict');
    expect(r.error?.message).toMatch(/relation\(s\).*claimant of \d+ claim/);
    expect(fullDump(db)).toBe(before);
    const d = await roundTrip('entity:delete', { id: 'north-korea', withClaims: true });
    expect(d.entry.label).toMatch(/^Delete entity 'North Korea' with \d+ relation\(s\) and \d+ claim\(s\)$/);
  });
});

describe('claims', () => {
  it('adds a claim to an existing relation and recomputes its status', async () => {
    const rel = 'north-korea--deploys-forces-to--russia';
    expect((await ok('relation:get', { id: rel })).status).toBe('asserted');
    const r = await roundTrip('claim:add', claim);
    expect(r.relationId).toBe(rel);
    expect((await ok('relation:get', { id: rel })).status).toBe('confirmed');
    expect(r.changed.relations).toContain(rel);
  });
  it('creates a relation for a new triple, and removes it with its last claim', async () => {
    const r = await roundTrip('claim:add', { ...claim, object: 'ukraine', predicate: 'condemns', stance: 'asserts' });
    await roundTrip('claim:update', { id: r.id, object: 'nato', stance: 'denies', stated: '2024-10' });
    expect((await call('relation:get', { id: r.relationId })).error?.code).toBe('not-found');
    await roundTrip('claim:delete', { id: r.id });
  });
});

describe('sources', () => {
  it('creates and edits sources; copyOf recounts independent sources', async () => {
    const s = await roundTrip('source:create', {
      title: 'Wire copy of the RFE/RL report',
      url: 'https://example.org/a',
      published: '2024-10-19',
      language: 'en',
      publisher: 'rferl',
    });
    await ok('claim:add', { ...claim, source: s.id });
    const rel = 'north-korea--deploys-forces-to--russia';
    const detail = await ok('relation:get', { id: rel });
    const other = detail.claims.find((c: { source: { id: string } }) => c.source.id !== s.id).source.id;
    await roundTrip('source:update', { id: s.id, copyOf: other });
    expect((await ok('relation:get', { id: rel })).sourceCount).toBe(detail.sourceCount - 1);
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, unknown, string][] = [
    ['entity:create', { kind: 'planet', label: 'Mars' }, 'validation-error'],
    ['entity:create', { kind: 'person', label: '   ' }, 'bad-argument'],
    ['entity:create', { kind: 'person', label: 'A', aliases: [{ text: 'a' }] }, 'conflict'],
    ['entity:update', { id: 'russia', addAliases: [{ text: 'Kremlin', lang: 'en' }] }, 'conflict'],
    ['entity:update', { id: 'nobody', label: 'X' }, 'not-found'],
    ['claim:add', { ...claim, predicate: 'likes' }, 'validation-error'],
    ['claim:add', { ...claim, stance: 'guesses' }, 'bad-argument'],
    ['claim:add', { ...claim, subject: 'atlantis' }, 'not-found'],
    ['claim:add', { ...claim, stated: '2024-13' }, 'bad-argument'],
    ['claim:add', { ...claim, stated: '2024-02-30' }, 'bad-argument'],
    ['claim:add', { ...claim, predicate: 'supplies' }, 'validation-error'],
    ['source:create', { title: 'X', url: 'javascript:alert(1)' }, 'bad-argument'],
    ['history:undo', {}, 'conflict'],
    ['history:redo', {}, 'conflict'],
  ];
  it.each(cases)('%s %j -> %s', async (name, args, code) => {
    const before = fullDump(db);
    const r = await call(name, args);
    expect(r.error?.code).toBe(code);
    expect(r.error?.message.split('\n')).toHaveLength(1);
    expect(fullDump(db)).toBe(before);
  });
  it('accepts a kind mismatch when forced, with a warning', async () => {
    const r = await ok('claim:add', { ...claim, predicate: 'supplies', force: true });
    expect(r.warnings[0]).toMatch(/usually takes an? object/);
  });
});

describe('history', () => {
  it('lists entries newest first; a new edit drops the redo stack', async () => {
    await ok('entity:create', { kind: 'person', label: 'One' });
    await ok('entity:create', { kind: 'person', label: 'Two' });
    await ok('history:undo');
    let h = await ok('history:list');
    expect(h.undo.label).toBe("Add entity 'One'");
    expect(h.redo.label).toBe("Add entity 'Two'");
    await ok('entity:create', { kind: 'person', label: 'Three' });
    h = await ok('history:list');
    expect(h.redo).toBeNull();
    expect(h.entries.map((e: { label: string }) => e.label)).toEqual(["Add entity 'Three'", "Add entity 'One'"]);
  });
  it('reverts an older entry as a new one, and refuses when a later entry depends on it', async () => {
    const a = await ok('entity:create', { kind: 'person', label: 'Old' });
    await ok('entity:create', { kind: 'person', label: 'Unrelated' });
    const before = fullDump(db);
    const e = await ok('entity:update', { id: a.id, label: 'Older' });
    await ok('entity:update', { id: a.id, description: 'later edit' });
    const refused = await call('history:revert', { seq: e.entry.seq });
    expect(refused.error?.code).toBe('conflict');
    expect(refused.error?.message).toMatch(/later change #\d+ "Edit entity 'Older'"/);
    const r = await ok('history:revert', { seq: a.entry.seq + 1 });
    expect(r.entry.label).toBe("Revert 'Add entity 'Unrelated''");
    expect(fullDump(db)).not.toBe(before);
  });
});
