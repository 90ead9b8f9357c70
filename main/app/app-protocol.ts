// The app:// scheme that serves the renderer bundle (dist/renderer) instead of file://: the page
// gets a real origin (app://claimscape) that cannot read other local files, and every response
// carries our Content-Security-Policy header, which webRequest cannot add to file:// pages.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../services/security-policy.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'claimscape';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for the app's own page, whatever its #fragment or ?query. */
export function isAppPage(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.pathname === '/index.html';
}

/** Maps an app:// URL to a file inside `root`, or null for anything outside it or malformed. */
export function resolveAppFile(url: string, root: string): string | null {
  const u = parse(url);
  if (u === null || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname === '/' ? '/index.html' : u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\') || rel.split('/').includes('..')) return null;
  const base = normalize(root);
  const file = normalize(join(base, rel));
  return file.startsWith(base + sep) ? file : null;
}

function headers(type: string): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** Answers one app:// request from files under `root`. */
export async function serveAppRequest(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return new Response('method not allowed', { status: 405, headers: headers('text/plain') });
  const file = resolveAppFile(request.url, root);
  if (file === null) return new Response('not found', { status: 404, headers: headers('text/plain') });
  try {
    const data = await readFile(file);
    const body = request.method === 'HEAD' ? null : new Uint8Array(data);
    return new Response(body, { status: 200, headers: headers(TYPES[extname(file)] ?? 'application/octet-stream') });
  } catch {
    return new Response('not found', { status: 404, headers: headers('text/plain') });
  }
}

/** Must run before app 'ready': lets app:// behave like https (standard, secure, fetch, module scripts). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** After 'ready': serve dist/renderer on app://claimscape/. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}
