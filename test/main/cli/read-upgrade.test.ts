// A read command after an update of Claimscape: a database at an older schema is upgraded first
// when the file may be written, then read; before, `search` refused it as needing an upgrade.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../../main/db/migrations.ts';
import { runCli } from '../../helpers/cli.ts';
import { tmpDir } from '../../helpers/tmp.ts';

/** Takes a fresh database back to schema 9 (before migrations 10-12), as an older Claimscape left it. */
function schemaNine(file: string): void {
  const db = new Database(file);
  db.exec(`DROP TRIGGER relation_doubts_ins; DROP TRIGGER relation_doubts_del; DROP TRIGGER relation_doubts_upd;
    ALTER TABLE relations DROP COLUMN doubts; DROP INDEX entities_degree_of; PRAGMA user_version = 9`);
  db.close();
}

function versionOf(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('a read command on an older database', () => {
  it('upgrades it, then answers', () => {
    const file = join(tmpDir(), 'old.db');
    expect(runCli(['init', '--db', file]).code).toBe(0);
    schemaNine(file);
    expect(versionOf(file)).toBe(9);
    const r = runCli(['search', 'Rutte', '--db', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/mark-rutte/);
    expect(versionOf(file)).toBe(SCHEMA_VERSION);
  });
});
