// Another program's SQLite file is recognised by reading only: not one byte changes (the WAL
// switch used to flip header bytes 18-19), and the message is the same whatever its user_version.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../../main/db/open.ts';
import { runCli } from '../../helpers/cli.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();

function foreignFile(name: string, userVersion: number, tables: string[]): string {
  const file = join(dir, name);
  const raw = new Database(file);
  for (const t of tables) raw.exec(`CREATE TABLE ${t} (x TEXT)`);
  raw.exec(`PRAGMA user_version = ${userVersion}`);
  raw.close();
  return file;
}

describe('a SQLite file of another program', () => {
  const files = [
    foreignFile('bookmarks.sqlite', 0, ['bookmarks']),
    foreignFile('app-v1.sqlite', 1, ['settings']),
    foreignFile('app-v2.sqlite', 2, ['entities', 'notes']),
    foreignFile('app-v99.sqlite', 99, ['things']),
  ];

  it('is refused as invalid-format and left byte for byte as it was, read-only or not', () => {
    for (const file of files) {
      const before = readFileSync(file);
      expect(before[18]).toBe(1);
      for (const readonly of [false, true]) {
        expect(() => openDatabase(file, { readonly }), file).toThrow(
          expect.objectContaining({ code: 'invalid-format', message: expect.stringMatching(/another program/) }),
        );
      }
      expect(readFileSync(file).equals(before), file).toBe(true);
    }
  });

  it('is refused by claimscape stats with the same clear message', () => {
    for (const file of files) {
      const before = readFileSync(file);
      const r = runCli(['stats', '--db', file]);
      expect(r.stderr).toMatch(/belongs to another program.*\[invalid-format\]/);
      expect(readFileSync(file).equals(before)).toBe(true);
    }
  });

  it('a file that is not SQLite at all is refused without being written', () => {
    const file = join(dir, 'notes.txt');
    const text = 'Catatan rapat: bukan basis data.\n'.repeat(40);
    writeFileSync(file, text);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'invalid-format' }));
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
