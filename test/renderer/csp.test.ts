// index.html carries the same Content-Security-Policy as the server's header (minus the
// directives a <meta> policy cannot carry), so the page is as locked down when loaded from disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/services/security-policy.ts';

const META_IGNORED = ['frame-ancestors', 'report-uri', 'sandbox'];

describe('renderer CSP', () => {
  it('matches the server policy', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const server = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !META_IGNORED.some((x) => d.startsWith(x)));
    expect(meta?.split('; ')).toEqual(server);
  });

  it('loads only local scripts and styles, as a module, with no inline script', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" src="app.js"><\/script>/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
