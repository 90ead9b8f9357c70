// An import killed with SIGKILL part-way leaves the database as it was: the kill is triggered by the
// import's own progress (records past half of the file, then the commit step), never by a clock.
import { describe, expect, it } from 'vitest';
import { createInterface } from 'node:readline';
import { openDatabase } from '../../../main/db/open.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { spawnCli } from '../../helpers/cli.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { seededDb, tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();

interface Outcome {
  signal: NodeJS.Signals | null;
  /** The progress line the kill was sent on, or null when the import ran to its end. */
  killedAt: string | null;
}

/**
 * Imports on the worker (progress on stderr, e.g. "importing x.json: records 51%") and sends
 * SIGKILL on the first progress line `killWhen` accepts.
 */
function importAndKill(db: string, file: string, killWhen: (line: string) => boolean): Promise<Outcome> {
  const child = spawnCli(['import', file, '--db', db, '--worker']);
  let killedAt: string | null = null;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (killedAt === null && killWhen(line)) {
      killedAt = line;
      child.kill('SIGKILL');
    }
  });
  child.stdout!.resume();
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ signal, killedAt })));
}

const percent = (line: string) => Number(/: records (\d+)%$/.exec(line)?.[1] ?? -1);

describe('an import killed with SIGKILL', () => {
  it('leaves a database that passes integrity_check and holds all of the import or none of it', async () => {
    const doc = syntheticDocument(3000, 3, 3);
    const file = writeTmp(dir, 'large.claimscape.json', JSON.stringify(doc));
    const target = seededDb(dir, 'killed.db');
    const before = createGraphService(target.db).counts();
    target.db.close();
    const state = () => {
      const db = openDatabase(target.file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const after = createGraphService(db).counts();
        if (after.claims === before.claims && after.entities === before.entities) return 'none';
        const all =
          after.claims === before.claims + doc.claims.length &&
          after.entities === before.entities + doc.entities.length;
        return all ? 'all' : `part: ${JSON.stringify(after)}`;
      } finally {
        db.close();
      }
    };

    // Killed while writing its records (more than half of them written, inside the transaction).
    const half = await importAndKill(target.file, file, (line) => percent(line) >= 50);
    expect(half.killedAt).toMatch(/records \d+%$/);
    expect(half.signal).toBe('SIGKILL');
    expect(state()).toBe('none');

    // Killed when it reports the commit: whether COMMIT was reached or not, never a part.
    const commit = await importAndKill(target.file, file, (line) => line.endsWith(': commit'));
    expect(commit.killedAt).toMatch(/: commit$/);
    expect(['none', 'all']).toContain(state());
  }, 60_000);
});
