// Server stalls (server_stall_max_ms): `claimscape serve` runs in its own process and is asked
// db:revision back to back while (a) the whole graph is exported as a download in Claimscape JSON
// and in GraphML, and (b) an import waits for another program's write lock; the slowest answer
// is the longest the server kept another caller waiting. The download runs on a thread of its own,
// as a browser's does beside the page: its reading and collecting would otherwise stall the
// pinging loop and be counted as the server's.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openOrCreate } from '../../main/services/database-service.ts';

interface Server {
  base: string;
  call(name: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  stop(): Promise<void>;
}

async function serve(root: string, dbFile: string): Promise<Server> {
  const cli = join(root, 'bin', 'claimscape.mjs');
  const child: ChildProcess = spawn(process.execPath, [cli, 'serve', '--db', dbFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  while (!out.includes('\n')) await once(child.stdout as NodeJS.ReadableStream, 'data');
  const url = new URL(out.split('\n')[0] as string);
  const token = url.hash.replace('#token=', '');
  const base = `${url.protocol}//${url.host}`;
  return {
    base,
    call: async (name, args) =>
      (await fetch(`${base}/api/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      }).then((r) => r.json())) as { ok: boolean; value?: unknown; error?: { code: string } },
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Answers to db:revision, one after another, until `done()`; returns the slowest in ms. */
async function pingUntil(s: Server, done: () => boolean): Promise<{ max: number; pings: number }> {
  let max = 0;
  let pings = 0;
  while (!done()) {
    const t = performance.now();
    await s.call('db:revision', {});
    const ms = performance.now() - t;
    if (process.env['STALL_TRACE'] && ms > 50) console.error(`stall ${ms.toFixed(0)} ms at ping ${pings}`);
    max = Math.max(max, ms);
    pings++;
  }
  return { max, pings };
}

/** A fresh server's first answers include compiling its code: not a stall of the work measured. */
async function warmUp(s: Server): Promise<void> {
  for (let i = 0; i < 50; i++) await s.call('db:revision', {});
}

async function exportStall(s: Server, format: string): Promise<{ max: number; pings: number; mb: number }> {
  if (process.env['STALL_TRACE']) console.error(`export ${format}`);
  const r = (await s.call('export:save', { scope: { kind: 'all' }, format })) as {
    value: { downloads: { url: string }[] };
  };
  let finished = false;
  const download = fetchOnThread(`${s.base}${r.value.downloads[0]?.url ?? ''}`).finally(() => (finished = true));
  const stall = await pingUntil(s, () => finished);
  return { ...stall, mb: Math.round((await download) / 2 ** 20) };
}

/** Fetches `url` on a worker thread, reading and dropping the body; resolves with its size in bytes. */
async function fetchOnThread(url: string): Promise<number> {
  const code = `const { workerData, parentPort } = require('node:worker_threads');
    (async () => {
      const res = await fetch(workerData);
      if (!res.ok) throw new Error('download answered ' + res.status);
      let bytes = 0;
      for await (const c of res.body) bytes += c.length;
      parentPort.postMessage(bytes);
    })();`;
  const w = new Worker(code, { eval: true, workerData: url });
  try {
    const [bytes] = (await Promise.race([once(w, 'message'), once(w, 'error').then(([e]) => Promise.reject(e))])) as [
      number,
    ];
    return bytes;
  } finally {
    await w.terminate();
  }
}

/** An import meets another program's write lock for a second, then the lock is let go. */
async function importWaitStall(s: Server, dbFile: string): Promise<{ max: number; code: string }> {
  const other = new Database(dbFile);
  other.exec('BEGIN IMMEDIATE');
  const doc = {
    format: 'claimscape',
    version: 1,
    sources: [],
    entities: [{ id: 'stall-probe', kind: 'person', label: 'Stall Probe', aliases: [] }],
    relations: [],
    claims: [],
  };
  let answered = false;
  const started = performance.now();
  const write = s.call('import:run', { name: 'probe.claimscape.json', text: JSON.stringify(doc) });
  void write.finally(() => (answered = true));
  const held = await pingUntil(s, () => answered || performance.now() - started > 1000);
  other.exec('ROLLBACK');
  other.close();
  const after = await pingUntil(s, () => answered);
  const r = await write;
  return { max: Math.max(held.max, after.max), code: r.ok ? 'ok' : (r.error?.code ?? '?') };
}

export async function runStallPhase(root: string, dbFile: string, tmp: string): Promise<Record<string, unknown>> {
  const whole = await serve(root, dbFile);
  await warmUp(whole);
  let n = 0;
  const idle = await pingUntil(whole, () => ++n > 300); // the same calls with nothing else running
  const json = await exportStall(whole, 'claimscape');
  const graphml = await exportStall(whole, 'graphml');
  await whole.stop();
  mkdirSync(tmp, { recursive: true });
  const small = join(tmp, 'stall-import.db');
  for (const f of [small, `${small}-wal`, `${small}-shm`]) rmSync(f, { force: true });
  openOrCreate(small).db.close();
  const writer = await serve(root, small);
  await warmUp(writer);
  const imp = await importWaitStall(writer, small);
  await writer.stop();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    server_stall_max_ms: round(Math.max(json.max, graphml.max, imp.max)),
    server_stall_idle_ms: round(idle.max),
    server_stall_export_json_ms: round(json.max),
    server_stall_export_graphml_ms: round(graphml.max),
    server_stall_import_wait_ms: round(imp.max),
    server_stall_import_result: imp.code,
    server_stall_pings: json.pings + graphml.pings,
  };
}
