// The renderer never parses graph data as markup: no innerHTML/outerHTML/insertAdjacentHTML,
// document.write or srcdoc anywhere under renderer/ (DOM is built with h() and textContent).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', 'renderer');
const BANNED = [
  /\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write(ln)?\b/,
  /\bsrcdoc\b/,
  /\bcreateContextualFragment\b/,
  /\bnew Function\b/,
  /\beval\(/,
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|html|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('renderer markup safety', () => {
  it('scans a non-trivial set of files', () => {
    expect(files(ROOT).length).toBeGreaterThan(20);
  });

  it('uses no HTML-parsing sinks', () => {
    const hits = files(ROOT).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          BANNED.filter((re) => re.test(line)).map(() => `${f.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`),
        ),
    );
    expect(hits).toEqual([]);
  });
});
