import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.ts';
import { tmpDir, writeTmp } from '../../helpers/tmp.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';

const dir = tmpDir();
const db = join(dir, 'x.db');

describe('the claimscape command', () => {
  it('init creates the seed database and refuses to overwrite it', () => {
    const r = runCli(['init', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/created .*x\.db: \d+ entities, \d+ relations, \d+ claims/);
    const again = runCli(['init', '--db', db]);
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('init --empty makes a database with the vocabularies and no entities', () => {
    const file = join(dir, 'empty.db');
    expect(runCli(['init', '--empty', '--db', file]).code).toBe(0);
    const stats = JSON.parse(runCli(['stats', '--json', '--db', file]).stdout);
    expect(stats.entities).toBe(0);
  });

  it('export gives the seed graph with the claims researchers check first', () => {
    const r = runCli(['export', '--format', 'claimscape', '--db', db]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as GraphDocument;
    const claimsOn = (rel: string) =>
      doc.claims.filter((c) => c.relation === rel).map((c) => `${c.claimant}:${c.stance}`);
    expect(claimsOn('north-korea--deploys-forces-to--russia')).toEqual(
      expect.arrayContaining(['south-korea-nis:asserts', 'volodymyr-zelensky:asserts', 'sean-savett:cannot-verify']),
    );
    const kn23 = doc.relations.filter((rel) => rel.subject === 'kn-23' || rel.object === 'kn-23');
    expect(kn23.some((rel) => rel.subject === 'north-korea')).toBe(true);
    expect(kn23.some((rel) => /russ/.test(rel.subject))).toBe(true);
    expect(doc.claims.some((c) => c.claimant === 'mark-rutte' && c.stance === 'cannot-verify')).toBe(true);
  });

  it('export --focus --depth --out writes the neighbourhood to a file', () => {
    const out = join(dir, 'kn23.json');
    const r = runCli([
      'export',
      '--format',
      'claimscape',
      '--focus',
      'KN-23',
      '--depth',
      '1',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as GraphDocument;
    expect(doc.entities.filter((e) => !e.context).map((e) => e.id)).toContain('kn-23');
    expect(doc.entities.length).toBeLessThan(32);
  });

  it('export --format csv --out writes its three tables beside the prefix, and needs --out', () => {
    const prefix = join(dir, 'tables');
    const r = runCli(['export', '--format', 'csv', '--out', prefix, '--db', db]);
    expect(r.code).toBe(0);
    for (const f of ['nodes.csv', 'edges.csv', 'claims.csv']) expect(r.stderr).toContain(`wrote ${prefix}-${f}`);
    expect(readFileSync(`${prefix}-edges.csv`, 'utf8').split('\r\n')[0]).toMatch(/^id,source,target,predicate/);
    expect(runCli(['export', '--format', 'csv', '--db', db]).stderr).toMatch(/--out/);
  });

  it('search, show and path name entities by id, label or alias', () => {
    expect(runCli(['search', 'korea utara', '--db', db]).stdout.split('\n')[0]).toMatch(/^north-korea\t/);
    const show = runCli(['show', 'Kremlin', '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/^Russia {2}\[country\]/);
    const path = runCli(['path', 'Sean Savett', 'kn-23', '--db', db]);
    expect(path.code).toBe(0);
    expect(path.stdout).toMatch(/^Sean Savett .*KN-23/);
    expect(runCli(['path', 'Sean Savett', 'kn-23', '--status', 'denied', '--db', db]).code).toBe(3);
  });

  it('path --through-claims steps through what a claimant said, written the way it reads', () => {
    expect(runCli(['path', 'Rutte', 'KN-23', '--db', db]).code).toBe(3);
    const r = runCli(['path', 'Rutte', 'KN-23', '--through-claims', '--db', db]);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n')[0] ?? '';
    expect(line).toMatch(/^Mark Rutte .*KN-23/);
    // A claimant points at the relation it spoke about, whichever way the path walks it.
    for (const m of line.matchAll(/(<-|-)([a-z-]+?)(->|-) \[/g)) expect(m[1] === '-' && m[3] === '->').toBe(true);
    for (const m of line.matchAll(/\] (<-|-)([a-z-]+?)(->|-) /g)) expect(m[1] === '<-' && m[3] === '-').toBe(true);
    expect(line).toMatch(/ <-(asserts|reports|cannot-verify|denies|confirms)- /);
  });

  it('fails with one line on stderr and a non-zero code', () => {
    for (const args of [
      ['show', 'atlantis'],
      ['path', 'a'],
      ['export', '--format', 'nope'],
      ['frobnicate'],
      ['import', join(dir, 'missing.json')],
      ['path', 'x', 'y', '--status', 'maybe'],
    ]) {
      const r = runCli([...args, '--db', db]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('an import that fails names the file and path and changes nothing', () => {
    const before = runCli(['stats', '--json', '--db', db]).stdout;
    const bad = writeTmp(
      dir,
      'bad.json',
      JSON.stringify({
        format: 'claimscape',
        version: 1,
        sources: [],
        entities: [{ id: 'x', kind: 'country', label: 'X', aliases: [] }],
        relations: [],
        claims: [{ id: 'c', relation: 'none', claimant: 'x', stance: 'asserts', source: 's', stated: null }],
      }),
    );
    const r = runCli(['import', bad, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.json: \$\.claims\[0\]\.relation: refers to a relation that does not exist/);
    expect(runCli(['stats', '--json', '--db', db]).stdout).toBe(before);
  });

  it('every command answers --help', () => {
    for (const c of ['init', 'import', 'export', 'search', 'show', 'path', 'stats', 'serve']) {
      const r = runCli([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^claimscape ${c}`));
    }
  });
});
