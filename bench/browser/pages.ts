// Builds the bench pages (render-page.ts, layout-page.ts) with esbuild into a temporary folder.
// esbuild is loaded at run time: its JS API cannot be bundled into dist/bench/run.mjs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as EsbuildApi from 'esbuild';

type Esbuild = typeof EsbuildApi;

export const PAGES = ['render', 'layout'] as const;

export async function buildPages(root: string, outDir: string): Promise<void> {
  const name = 'esbuild';
  const esbuild = (await import(name)) as Esbuild;
  await esbuild.build({
    entryPoints: Object.fromEntries(PAGES.map((p) => [p, join(root, 'bench', 'browser', `${p}-page.ts`)])),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    outdir: outDir,
    logLevel: 'warning',
    minify: true,
    absWorkingDir: root,
  });
  for (const p of PAGES) {
    writeFileSync(
      join(outDir, `${p}.html`),
      `<!doctype html><html><head><meta charset="utf-8"><title>${p}</title></head>
<body style="margin:0;overflow:hidden"><script type="module" src="/${p}.js"></script></body></html>\n`,
    );
  }
}
