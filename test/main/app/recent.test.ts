// The recent-databases list: validated on read, newest first, no duplicates, at most ten.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentStore, MAX_RECENT, parseRecent } from '../../../main/app/recent.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimscape-recent-'));
  file = join(dir, 'recent.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('parseRecent', () => {
  it('keeps absolute paths only, deduplicated and capped', () => {
    const many = Array.from({ length: 15 }, (_, i) => `/d/${i}.db`);
    expect(parseRecent({ files: ['/a.db', 'relative.db', 42, null, '/a.db', '', '/b\u0000.db', '/b.db'] })).toEqual([
      '/a.db',
      '/b.db',
    ]);
    expect(parseRecent({ files: many })).toHaveLength(MAX_RECENT);
  });

  it.each([null, 'x', [], {}, { files: 'x' }, { files: { 0: '/a.db' } }])('reads %j as empty', (raw) => {
    expect(parseRecent(raw)).toEqual([]);
  });
});

describe('createRecentStore', () => {
  it('adds newest first, moves a repeat to the top, caps at ten and persists', () => {
    const store = createRecentStore(file);
    for (let i = 0; i < 12; i++) store.add(`/d/${i}.db`);
    store.add('/d/5.db');
    const list = store.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe('/d/5.db');
    expect(list.filter((f) => f === '/d/5.db')).toHaveLength(1);
    expect(createRecentStore(file).list()).toEqual(list);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, files: list });
  });

  it('ignores invalid paths, removes and clears', () => {
    const store = createRecentStore(file);
    store.add('/a.db');
    store.add('relative.db');
    expect(store.list()).toEqual(['/a.db']);
    store.add('/b.db');
    expect(store.remove('/a.db')).toEqual(['/b.db']);
    expect(store.clear()).toEqual([]);
    expect(createRecentStore(file).list()).toEqual([]);
  });

  it('starts empty from a garbage file', () => {
    writeFileSync(file, 'not json at all {');
    expect(createRecentStore(file).list()).toEqual([]);
  });
});
