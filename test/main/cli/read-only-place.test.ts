// Read-only places: read commands open the database read-only (so they work there), and writes
// are refused with `read-only` before the input is parsed. Permission bits do not bind root, so
// the permission cases run only for other users; the read-only connection is checked for everyone.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openExisting } from '../../../main/services/database-service.ts';
import { runCli } from '../../helpers/cli.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();
const isRoot = process.getuid?.() === 0;

describe('a database in a read-only place', () => {
  it('read commands use a read-only connection', () => {
    const file = join(dir, 'ro.db');
    expect(runCli(['init', '--db', file]).code).toBe(0);
    const db = openExisting(file, 'read');
    expect(db.readonly).toBe(true);
    db.close();
  });

  it.skipIf(isRoot)('can be read, and a write is refused as read-only before the input is read', () => {
    const folder = join(dir, 'locked');
    const file = join(folder, 'ro.db');
    mkdirSync(folder);
    expect(runCli(['init', '--db', file]).code).toBe(0);
    const input = join(dir, 'not-json.json');
    writeFileSync(input, 'bukan JSON sama sekali');
    chmodSync(file, 0o444);
    chmodSync(folder, 0o555);
    try {
      expect(runCli(['stats', '--db', file]).code).toBe(0);
      const r = runCli(['import', input, '--db', file]);
      expect(r.stderr).toMatch(/\[read-only\]/);
    } finally {
      chmodSync(folder, 0o755);
      chmodSync(file, 0o644);
    }
  });
});
