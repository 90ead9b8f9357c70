// CLI flags go through the contract's schemas (bad values give bad-argument, as over IPC and
// HTTP), and only `init` creates a database.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();
const db = join(dir, 'flags.db');
const codeOf = (stderr: string) => /\[([a-z-]+)\]\s*$/.exec(stderr)?.[1];

describe('CLI flags', () => {
  it('refuse bad values with bad-argument, naming the flag, before any database work', () => {
    expect(runCli(['init', '--db', db]).code).toBe(0);
    const cases: [string[], RegExp][] = [
      [['search', 'korea', '--limit', 'abc'], /--limit/],
      [['search', 'korea', '--limit', '0'], /--limit/],
      [['search', 'x'.repeat(501)], /search text/],
      [['export', '--format', 'claimscape', '--focus', 'KN-23', '--depth', '9'], /--depth/],
      [['path', 'a', 'b', '--status', 'maybe'], /--status/],
      [['import', 'x.csv', '--merge-by', 'fuzzy'], /--merge-by/],
      [['import', 'x.csv', '--delimiter', '#'], /--delimiter/],
      [['import', 'x.csv', '--max-bytes', '1.5'], /--max-bytes/],
      [['serve', '--port', '70000'], /--port/],
      [['stats', '--frobnicate'], /frobnicate/],
    ];
    for (const [args, flag] of cases) {
      const r = runCli([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(codeOf(r.stderr), args.join(' ')).toBe('bad-argument');
      expect(r.stderr, args.join(' ')).toMatch(flag);
    }
  });

  it('a good --limit still limits', () => {
    const r = runCli(['search', 'korea', '--limit', '2', '--json', '--db', db]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).entities).toHaveLength(2);
  });
});

describe('only init creates a database', () => {
  it('other commands give not-found for a missing file and create nothing, not even its folder', () => {
    for (const args of [['search', 'korea'], ['stats'], ['show', 'Russia'], ['export', '--format', 'claimscape']]) {
      const file = join(dir, 'typo', 'missing.db');
      const r = runCli([...args, '--db', file]);
      expect(r.code, args.join(' ')).toBe(3);
      expect(codeOf(r.stderr), args.join(' ')).toBe('not-found');
      expect(existsSync(join(dir, 'typo')), args.join(' ')).toBe(false);
    }
  });

  it('write nothing into a 0-byte file', () => {
    const file = join(dir, 'zero.db');
    writeFileSync(file, '');
    for (const args of [['search', 'korea'], ['stats'], ['import', join(dir, 'none.json')]]) {
      const r = runCli([...args, '--db', file]);
      expect(codeOf(r.stderr), args.join(' ')).toBe('not-found');
      expect(statSync(file).size).toBe(0);
      expect(existsSync(`${file}-wal`)).toBe(false);
    }
    expect(readFileSync(file)).toHaveLength(0);
  });
});
