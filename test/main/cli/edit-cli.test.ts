// The edit verbs as a user runs them: ids first on stdout, one-line errors with non-zero exits,
// and a database left exactly as it was (compared by export) after bad input.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.ts';
import { tmpDir } from '../../helpers/tmp.ts';
import { fullDump } from '../../helpers/dump.ts';
import { openDatabase } from '../../../main/db/open.ts';

const db = join(tmpDir(), 'edit.db');
const cli = (...args: string[]) => runCli([...args, '--db', db]);
/** Everything in the file, read in-process (faster than spawning an export). */
const exported = () => {
  const d = openDatabase(db, { readonly: true, mustExist: true });
  try {
    return fullDump(d);
  } finally {
    d.close();
  }
};

describe('claimscape edit verbs', () => {
  it('adds, merges, lists history, undoes and redoes', () => {
    expect(cli('init').code).toBe(0);
    const add = cli(
      'entity',
      'add',
      '--kind',
      'country',
      '--label',
      'DPRK (dup)',
      '--alias',
      'Korut@id',
      '--wikidata',
      'Q423',
    );
    expect(add.code).toBe(0);
    expect(add.stdout.split('\n')[0]).toBe('dprk-dup');
    const src = cli(
      'source',
      'add',
      '--title',
      'Ringkasan berita Antara',
      '--lang',
      'id',
      '--published',
      '2024-10-22',
      '--json',
    );
    const sourceId = JSON.parse(src.stdout).id as string;
    const claim = cli(
      'claim',
      'add',
      '--subject',
      'Korut',
      '--predicate',
      'deploys-forces-to',
      '--object',
      'Russia',
      '--claimant',
      'Ukraine',
      '--stance',
      'asserts',
      '--source',
      sourceId,
      '--stated',
      '2024-10',
    );
    expect(claim.code).toBe(0);
    expect(claim.stdout.split('\n')[0]).toMatch(/^c-\d+$/);
    expect(cli('suggest-merges').stdout).toMatch(/claimscape merge north-korea dprk-dup\t# wikidata: Q423/);
    const before = exported();
    expect(cli('merge', 'north-korea', 'dprk-dup').code).toBe(0);
    expect(JSON.parse(cli('show', 'dprk-dup', '--json').stdout).id).toBe('north-korea');
    const history = JSON.parse(cli('history', '--limit', '2', '--json').stdout);
    expect(history.entries[0].label).toBe("Merge 'DPRK (dup)' into 'North Korea'");
    expect(cli('undo').stdout).toMatch(/^undid #\d+ Merge 'DPRK \(dup\)' into 'North Korea'/);
    expect(exported()).toBe(before);
    expect(cli('redo').code).toBe(0);
    expect(cli('show', 'dprk-dup', '--json').stdout).toMatch(/"id": "north-korea"/);
  });

  const bad: [string[], number][] = [
    [['entity', 'add', '--kind', 'planet', '--label', 'Mars'], 1],
    [['entity', 'add', '--kind', 'person', '--label', ''], 1],
    [['entity', 'edit', 'russia', '--alias', 'Kremlin@en'], 1],
    [['entity', 'edit', 'atlantis', '--label', 'X'], 3],
    [
      [
        'claim',
        'add',
        '--subject',
        'north-korea',
        '--predicate',
        'likes',
        '--object',
        'russia',
        '--claimant',
        'ukraine',
        '--stance',
        'asserts',
        '--source',
        'rferl-2024-10-nk-troops',
      ],
      1,
    ],
    [
      [
        'claim',
        'add',
        '--subject',
        'north-korea',
        '--predicate',
        'supplies',
        '--object',
        'russia',
        '--claimant',
        'ukraine',
        '--stance',
        'asserts',
        '--source',
        'rferl-2024-10-nk-troops',
      ],
      1,
    ],
    [
      [
        'claim',
        'add',
        '--subject',
        'north-korea',
        '--predicate',
        'supports',
        '--object',
        'russia',
        '--claimant',
        'ukraine',
        '--stance',
        'guesses',
        '--source',
        'rferl-2024-10-nk-troops',
      ],
      1,
    ],
    [['claim', 'edit', 'c-1', '--stated', '2024-13'], 1],
    [['claim', 'edit', 'c-1', '--stated', '2024-02-30'], 1],
    [['merge', 'north-korea', 'north-korea'], 1],
    [['merge', 'north-korea', 'dprk-dup'], 1],
    [['entity', 'delete', 'mark-rutte'], 1],
  ];
  it.each(bad)('refuses %j with one line, changing nothing', (args, code) => {
    const before = exported();
    const r = cli(...args);
    expect(r.code).toBe(code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(exported()).toBe(before);
  });

  it('says when there is nothing to undo or redo', () => {
    const file = join(tmpDir(), 'fresh.db');
    expect(runCli(['init', '--db', file]).code).toBe(0);
    const r = runCli(['undo', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing to undo \[conflict\]/);
    expect(runCli(['redo', '--db', file]).stderr).toMatch(/nothing to redo/);
  });
});
