import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../main/db/open.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { spawnCli } from '../../helpers/cli.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { seededDb, tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();

function importAndMaybeKill(
  db: string,
  file: string,
  killAfterMs: number | null,
): Promise<{ ms: number; signal: NodeJS.Signals | null }> {
  const started = Date.now();
  const child = spawnCli(['import', file, '--db', db]);
  if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ ms: Date.now() - started, signal })));
}

describe('an import killed with SIGKILL', () => {
  it('leaves a database that passes integrity_check and holds all of the import or none of it', async () => {
    const doc = syntheticDocument(3000, 3, 3);
    const file = writeTmp(dir, 'large.claimscape.json', JSON.stringify(doc));
    const full = seededDb(dir, 'full.db');
    full.db.close();
    const { ms } = await importAndMaybeKill(full.file, file, null);
    const target = seededDb(dir, 'killed.db');
    const before = createGraphService(target.db).counts();
    target.db.close();
    const outcomes: string[] = [];
    for (const fraction of [0.55, 0.8]) {
      const { signal } = await importAndMaybeKill(target.file, file, Math.round(ms * fraction));
      const db = openDatabase(target.file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const after = createGraphService(db).counts();
      db.close();
      const none = after.claims === before.claims && after.entities === before.entities;
      const all =
        after.claims === before.claims + doc.claims.length && after.entities === before.entities + doc.entities.length;
      expect(none || all).toBe(true);
      outcomes.push(`${signal ?? 'exit'}:${none ? 'none' : 'all'}`);
      if (all) break;
    }
    expect(outcomes[0]).toMatch(/^SIGKILL:none$/);
    expect(existsSync(join(dir, 'killed.db'))).toBe(true);
  }, 60_000);
});
