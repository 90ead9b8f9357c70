// `claimscape import` of NDJSON bulk records (docs/FORMAT.md): told apart from other files by the
// structure of their first line, imported on the worker (two threads into an empty database), and
// refused with flags that only shape how a file in a registered format is read.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { writeNdjson } from '../../../bench/phases/worker-phase.ts';
import { runCli } from '../../helpers/cli.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();

function emptyDb(name: string): string {
  const db = join(dir, name);
  expect(runCli(['init', '--empty', '--db', db]).code).toBe(0);
  return db;
}

const stats = (db: string) => JSON.parse(runCli(['stats', '--json', '--db', db]).stdout) as Record<string, number>;

describe('claimscape import of NDJSON bulk records', () => {
  // No telling extension: the first line's structure says what the file is.
  const file = join(dir, 'graph.txt');
  writeNdjson(file, 150, 4);

  it('imports them whatever the file is called, with progress', () => {
    const db = emptyDb('nd.db');
    const r = runCli(['import', file, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^imported graph\.txt: 150 entities, \d+ relations, \d+ claims/);
    expect(r.stderr).toContain('importing graph.txt: commit');
    expect(stats(db)).toMatchObject({ entities: 150 });
  });

  it('refuses flags that do not apply, and writes nothing', () => {
    const db = emptyDb('flags.db');
    for (const flag of [['--merge-by', 'label'], ['--dry-run'], ['--label-col', 'name']]) {
      const r = runCli(['import', file, ...flag, '--db', db]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`${flag[0]} does not apply to NDJSON bulk records`);
      expect(r.stderr).toContain('[bad-argument]');
    }
    expect(stats(db)).toMatchObject({ entities: 0 });
  });

  it('still reads a Claimscape JSON document written on one line as a document', () => {
    const doc = join(dir, 'one-line.json');
    const entity = { id: 'e1', kind: 'person', label: 'One Line', aliases: [] };
    const empty = { sources: [], relations: [], claims: [] };
    writeFileSync(doc, JSON.stringify({ format: 'claimscape', version: 1, entities: [entity], ...empty }));
    const db = emptyDb('doc.db');
    const r = runCli(['import', doc, '--merge-by', 'id', '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(stats(db)).toMatchObject({ entities: 1 });
  });
});
