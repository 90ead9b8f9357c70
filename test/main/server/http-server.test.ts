import { afterAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { startHttpServer, type RunningServer } from '../../../main/server/http-server.ts';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { seededDb, tmpDir, writeTmp } from '../../helpers/tmp.ts';
import { transportSuite } from '../../helpers/transport-suite.ts';

const dir = tmpDir();
mkdirSync(join(dir, 'static'));
writeTmp(join(dir, 'static'), 'index.html', '<!doctype html><title>t</title>');
let running: RunningServer | undefined;

async function server(): Promise<RunningServer> {
  if (running) return running;
  const { db, file } = seededDb(dir, 'http.db');
  running = await startHttpServer({
    handlers: createApiHandlers(db, { databaseFile: file, saveFile: async () => ({ saved: false, path: null }) }),
    staticDir: join(dir, 'static'),
  });
  return running;
}
afterAll(() => running?.close());

function raw(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return server().then(
    (s) =>
      new Promise((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: s.port, path, method: opts.method ?? 'GET', headers: opts.headers },
          (res) => {
            let body = '';
            res.on('data', (c) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          },
        );
        req.on('error', reject);
        req.end(opts.body);
      }),
  );
}

transportSuite('HTTP', async () => {
  const s = await server();
  return async (name, args) => {
    const r = await raw(`/api/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    return JSON.parse(r.body);
  };
});

describe('the local HTTP server', () => {
  it('listens on 127.0.0.1 only and prints a URL that carries the token', async () => {
    const s = await server();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/);
    expect((s.server.address() as { address: string }).address).toBe('127.0.0.1');
  });
  it('refuses calls without the token, from other origins, and for other host names', async () => {
    const s = await server();
    const body = JSON.stringify({ text: 'korea' });
    expect((await raw('/api/search:run', { method: 'POST', body })).status).toBe(401);
    expect(
      (await raw('/api/search:run', { method: 'POST', body, headers: { authorization: 'Bearer wrong' } })).status,
    ).toBe(401);
    expect(
      (
        await raw('/api/search:run', {
          method: 'POST',
          body,
          headers: { authorization: `Bearer ${s.token}`, origin: 'https://evil.example' },
        })
      ).status,
    ).toBe(403);
    expect((await raw('/', { headers: { host: 'evil.example' } })).status).toBe(421);
  });
  it('serves the renderer with a strict CSP and never outside its folder', async () => {
    const page = await raw('/');
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toMatch(/default-src 'none'.*script-src 'self'/);
    expect((await raw('/../../etc/passwd')).status).toBe(404);
    expect((await raw('/%2e%2e/http.db')).status).toBe(404);
    expect((await raw('/..%2fhttp.db')).status).toBe(404);
    expect((await raw('/%2e%2e%5chttp.db')).status).toBe(404);
  });
});
