// The app:// scheme: serves only files inside the renderer folder, always with our CSP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_INDEX_URL,
  handleAppProtocol,
  isAppPage,
  registerAppScheme,
  resolveAppFile,
  serveAppRequest,
} from '../../../main/app/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../main/services/security-policy.ts';

vi.mock('electron', () => ({}));

let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'claimscape-proto-'));
  root = join(base, 'renderer');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="app.js"></script>');
  writeFileSync(join(root, 'app.js'), 'export {};');
  writeFileSync(join(base, 'secret.txt'), 'outside the root');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('isAppPage', () => {
  it('accepts the index page with a fragment or query, nothing else', () => {
    expect(isAppPage(APP_INDEX_URL)).toBe(true);
    expect(isAppPage(`${APP_INDEX_URL}#x`)).toBe(true);
    for (const url of [
      'app://claimscape/app.js',
      'app://other/index.html',
      'file:///index.html',
      'https://claimscape/index.html',
      'nonsense',
    ]) {
      expect(isAppPage(url)).toBe(false);
    }
  });
});

describe('resolveAppFile', () => {
  it('maps app URLs into the root', () => {
    expect(resolveAppFile('app://claimscape/app.js', root)).toBe(join(root, 'app.js'));
    expect(resolveAppFile('app://claimscape/', root)).toBe(join(root, 'index.html'));
  });

  it.each([
    'app://claimscape/../secret.txt',
    'app://claimscape/%2e%2e/secret.txt',
    'app://claimscape/a/../../secret.txt',
  ])('keeps %s inside the root (the URL parser already folds dot segments)', (url) => {
    const file = resolveAppFile(url, root);
    expect(file === null || file.startsWith(join(root, '/'))).toBe(true);
  });

  it.each([
    'app://claimscape/..%2fsecret.txt',
    'app://claimscape/..%2f..%2fsecret.txt',
    'app://claimscape/..%5csecret.txt',
    'app://claimscape/a%00.js',
    'app://claimscape/%E0%A4%A',
    'app://other/app.js',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('serves a file with its type, our CSP and nosniff', async () => {
    const r = await serveAppRequest(new Request('app://claimscape/app.js'), root);
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('export {};');
    expect(r.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 (with CSP) outside the root or for missing files, 405 for other methods', async () => {
    const outside = await serveAppRequest(new Request('app://claimscape/%2e%2e/secret.txt'), root);
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain('outside the root');
    expect(outside.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await serveAppRequest(new Request('app://claimscape/missing.js'), root)).status).toBe(404);
    expect(
      (await serveAppRequest(new Request('app://claimscape/app.js', { method: 'POST', body: 'x' }), root)).status,
    ).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard and secure, and handles it from the root', async () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    handleAppProtocol(protocol, root);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request(APP_INDEX_URL))).status).toBe(200);
  });
});
