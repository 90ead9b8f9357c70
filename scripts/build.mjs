// Builds every bundle with esbuild: the CLI/server (Node ESM), the Electron main process and
// preload (CJS), the renderer (browser) and the benchmark runner. Takes about a second.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (p) => join(root, p);
const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};
const externals = ['better-sqlite3', 'electron', 'playwright-core'];
const esmBanner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };

const jobs = [
  {
    ...nodeCommon,
    entryPoints: [at('main/cli/index.ts')],
    outfile: at('dist/cli/claimscape.mjs'),
    format: 'esm',
    external: externals,
    banner: esmBanner,
  },
  // The CommonJS app finds the worker through __dirname; import.meta is only read in ESM bundles.
  {
    ...nodeCommon,
    entryPoints: [at('main/app/index.ts')],
    outfile: at('dist/main/app.cjs'),
    format: 'cjs',
    external: externals,
    logOverride: { 'empty-import-meta': 'silent' },
  },
  {
    ...nodeCommon,
    entryPoints: [at('main/preload/index.ts')],
    outfile: at('dist/preload/preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  },
  {
    ...nodeCommon,
    entryPoints: [at('main/services/import-worker.ts')],
    outfile: at('dist/worker/import-worker.mjs'),
    format: 'esm',
    external: externals,
    banner: esmBanner,
  },
  // The same worker as CommonJS for the Electron app, which loads it from inside app.asar.
  {
    ...nodeCommon,
    entryPoints: [at('main/services/import-worker.ts')],
    outfile: at('dist/worker/import-worker.cjs'),
    format: 'cjs',
    external: externals,
    logOverride: { 'empty-import-meta': 'silent' },
  },
  {
    ...nodeCommon,
    entryPoints: [at('bench/gen/producer.ts')],
    outfile: at('dist/bench/gen-producer.mjs'),
    format: 'esm',
    external: externals,
    banner: esmBanner,
  },
  {
    ...nodeCommon,
    entryPoints: [at('bench/run.ts')],
    outfile: at('dist/bench/run.mjs'),
    format: 'esm',
    external: externals,
    banner: esmBanner,
  },
  {
    bundle: true,
    platform: 'browser',
    target: 'chrome128',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    minify: true,
    entryPoints: [at('renderer/main.ts')],
    outfile: at('dist/renderer/app.js'),
    loader: { '.css': 'css' },
    legalComments: 'none',
  },
  {
    bundle: true,
    platform: 'browser',
    target: 'chrome128',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    minify: true,
    entryPoints: [at('renderer/features/graph-view/layout-worker.ts')],
    outfile: at('dist/renderer/layout-worker.js'),
    legalComments: 'none',
  },
];

// Files are overwritten in place (never the whole of dist/ removed), so a running server, benchmark
// or worker keeps its bundle while tests rebuild.
mkdirSync(at('dist/renderer'), { recursive: true });
const present = jobs.filter((j) => existsSync(j.entryPoints[0]));
await Promise.all(present.map((j) => build(j)));
for (const f of ['index.html', 'styles.css'])
  if (existsSync(at(`renderer/${f}`))) cpSync(at(`renderer/${f}`), at(`dist/renderer/${f}`));
const missing = jobs.length - present.length;
console.log(`built ${present.length} bundle(s)${missing ? `, ${missing} entry point(s) not written yet` : ''}`);
