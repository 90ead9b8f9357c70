// The local HTTP transport: the same contract as IPC, on 127.0.0.1 only, behind a per-run token,
// plus the renderer bundle as static files with a strict Content-Security-Policy.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiHandlers } from '../../graph-data/contract/api.ts';
import { dispatch } from '../services/dispatch.ts';
import { CONTENT_SECURITY_POLICY } from '../services/security-policy.ts';
import type { Downloads } from './downloads.ts';

export interface HttpServerOptions {
  handlers: ApiHandlers;
  /** Folder holding index.html and the renderer bundle. */
  staticDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
  /** Exports offered as one-time downloads (export:save over HTTP). */
  downloads?: Downloads;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export async function startHttpServer(opts: HttpServerOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  const maxBody = opts.maxBodyBytes ?? 210 * 1024 * 1024;
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('claimscape: HTTP request failed:', e);
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) return send(res, 421, 'text/plain', 'wrong host');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodePath(url.pathname);
    if (path === null) return send(res, 400, 'text/plain', 'bad percent-encoding in the path');
    if (path.startsWith('/api/')) return api(req, res, path.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    if (path.startsWith('/download/')) {
      if (opts.downloads?.serve(path.slice('/download/'.length), res, HEADERS)) return;
      return send(res, 404, 'text/plain', 'no such download (each address works once)');
    }
    return serveStatic(res, path);
  }

  async function api(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    if (!tokenMatches(req.headers.authorization, token))
      return json(res, 401, { ok: false, error: { code: 'forbidden', message: 'missing or wrong token' } });
    const origin = req.headers.origin;
    if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      return json(res, 403, { ok: false, error: { code: 'forbidden', message: 'cross-origin call refused' } });
    }
    const body = await readBody(req, maxBody);
    if (body === null) {
      // Answer first, then drop the connection: the client reads a 413, not a reset.
      res.setHeader('Connection', 'close');
      res.once('finish', () => req.destroy());
      return json(res, 413, {
        ok: false,
        error: { code: 'too-large', message: `request larger than ${maxBody} bytes` },
      });
    }
    let args: unknown;
    try {
      args = body.length ? JSON.parse(body) : {};
    } catch {
      return json(res, 400, { ok: false, error: { code: 'bad-argument', message: 'the request body is not JSON' } });
    }
    json(res, 200, await dispatch(opts.handlers, name, args, { hidePaths: true }));
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const rel = pathname === '/' ? 'index.html' : pathname.slice(1);
    const file = normalize(join(opts.staticDir, rel));
    if (!file.startsWith(normalize(opts.staticDir) + sep)) return send(res, 404, 'text/plain', 'not found');
    try {
      const data = await readFile(file);
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', data);
    } catch {
      send(res, 404, 'text/plain', 'not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** Only `Authorization: Bearer <token>`: a bare token, or another scheme, is refused. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer ([^\s]+)$/.exec(header ?? '');
  const given = Buffer.from(m?.[1] ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) return void chunks.push(c);
      // Stop collecting (the rest is discarded) but keep the socket for the 413 answer.
      chunks.length = 0;
      req.removeAllListeners('data');
      req.resume();
      resolve(null);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, ...HEADERS });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
