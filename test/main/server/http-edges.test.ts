// HTTP edge cases from the audit: an oversized body gets a 413 answer (not a reset), bad
// percent-encoding a 400 (not an unlogged 500), and only `Authorization: Bearer <token>` counts.
import { afterAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { startHttpServer, type RunningServer } from '../../../main/server/http-server.ts';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { seededDb, tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();
mkdirSync(join(dir, 'static'));
writeTmp(join(dir, 'static'), 'index.html', '<!doctype html><title>t</title>');
let running: RunningServer | undefined;

async function server(): Promise<RunningServer> {
  if (running) return running;
  const { db, file } = seededDb(dir, 'edges.db');
  running = await startHttpServer({
    handlers: createApiHandlers(db, { databaseFile: file, saveFile: async () => ({ saved: false, path: null }) }),
    staticDir: join(dir, 'static'),
    maxBodyBytes: 1024,
  });
  return running;
}
afterAll(() => running?.close());

type Reply = { status: number; body: string };

async function call(path: string, headers: Record<string, string>, chunks: string[] = []): Promise<Reply> {
  const s = await server();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: s.port, path, method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('HTTP edge cases', () => {
  it('answers 413 with too-large for a body over the limit, announced or streamed', async () => {
    const s = await server();
    const auth = { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' };
    const big = JSON.stringify({ text: 'Kabar dari Seoul: '.repeat(200) });
    const announced = await call('/api/search:run', { ...auth, 'content-length': String(big.length) }, [big]);
    expect(announced.status).toBe(413);
    expect(JSON.parse(announced.body).error.code).toBe('too-large');
    const streamed = await call('/api/search:run', { ...auth, 'transfer-encoding': 'chunked' }, [
      big.slice(0, 900),
      big.slice(900),
    ]);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('too-large');
  });

  it('answers 400 for bad percent-encoding, in the API and in static paths', async () => {
    const s = await server();
    expect((await call('/api/%E0%A4%A', { authorization: `Bearer ${s.token}` })).status).toBe(400);
    expect((await call('/%E0%A4%A', {})).status).toBe(400);
  });

  it('accepts the token only as Authorization: Bearer <token>', async () => {
    const s = await server();
    const body = [JSON.stringify({ text: 'korea' })];
    for (const authorization of [s.token, `Basic ${s.token}`, `Bearer  ${s.token}`, `Token ${s.token}`]) {
      const r = await call('/api/search:run', { authorization }, body);
      expect(r.status, authorization).toBe(401);
      expect(JSON.parse(r.body).error.code).toBe('forbidden');
    }
    expect((await call('/api/search:run', { authorization: `Bearer ${s.token}` }, body)).status).toBe(200);
  });
});
