// bin/claimscape.mjs hands over to the project's Node 22 when run by an older Node: it must pass
// on exit codes and forward SIGTERM/SIGINT (a killed import must not commit, serve must stop).
// CLAIMSCAPE_HANDOVER=1 forces the hand-over on any Node.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { CLI } from '../../helpers/cli.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();
const env = { ...process.env, CLAIMSCAPE_HANDOVER: '1' };

function start(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const lineMatching = (stream: NodeJS.ReadableStream, re: RegExp) =>
    new Promise<string>((resolve) => {
      let text = '';
      stream.on('data', (c: Buffer) => {
        text += c.toString();
        const m = re.exec(text);
        if (m) resolve(m[0]);
      });
    });
  return { child, exited, lineMatching };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

describe('the claimscape launcher handing over to Node 22', () => {
  it('passes on the exit code', () => {
    const r = spawnSync(process.execPath, [CLI, 'show', 'atlantis', '--db', join(dir, 'none.db')], { env });
    expect(r.status).toBe(3);
  });

  it('forwards SIGTERM to serve, which stops listening', async () => {
    const db = join(dir, 'serve.db');
    expect(spawnSync(process.execPath, [CLI, 'init', '--db', db], { env }).status).toBe(0);
    const s = start(['serve', '--db', db]);
    const url = await s.lineMatching(s.child.stdout!, /http:\/\/127\.0\.0\.1:\d+/);
    const port = Number(/:(\d+)$/.exec(url)![1]);
    expect(await portOpen(port)).toBe(true);
    s.child.kill('SIGTERM');
    expect((await s.exited).code).toBe(0);
    expect(await portOpen(port)).toBe(false);
  });

  it('forwards SIGINT to an import on the worker, which rolls back', async () => {
    const db = join(dir, 'import.db');
    expect(spawnSync(process.execPath, [CLI, 'init', '--empty', '--db', db], { env }).status).toBe(0);
    const file = writeTmp(dir, 'besar.claimscape.json', JSON.stringify(syntheticDocument(3000, 3, 3, 'sg')));
    const s = start(['import', file, '--worker', '--db', db]);
    // Interrupted when the worker reports its first records: triggered by progress, not by time.
    await s.lineMatching(s.child.stderr!, /importing besar\.claimscape\.json: records/);
    s.child.kill('SIGINT');
    const { code } = await s.exited;
    expect(code).toBe(1);
    const stats = spawnSync(process.execPath, [CLI, 'stats', '--json', '--db', db], { env, encoding: 'utf8' });
    expect(JSON.parse(stats.stdout).entities).toBe(0);
  }, 60_000);
});
