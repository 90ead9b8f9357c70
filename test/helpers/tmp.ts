// Temporary folders and seeded databases for tests; real SQLite files, removed afterwards.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openOrCreate } from '../../main/services/database-service.ts';
import type { Db } from '../../main/db/open.ts';

export function tmpDir(prefix = 'claimscape-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function seededDb(dir: string, name = 'seed.db', empty = false): { db: Db; file: string } {
  const file = join(dir, name);
  const { db } = openOrCreate(file, { empty });
  afterAll(() => db.close());
  return { db, file };
}

export function writeTmp(dir: string, name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** A stable digest of everything in the database, to prove an import changed nothing. */
export function snapshot(db: Db): string {
  const tables = ['kinds', 'predicates', 'entities', 'aliases', 'sources', 'relations', 'claims'];
  return tables.map((t) => `${t}:${JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all())}`).join('\n');
}
