#!/usr/bin/env node
// The `claimscape` command: runs the built CLI (npm ci builds it through the prepare script).
// The SQLite binding needs Node 22 or newer; run by an older Node, it hands over to the project's own.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
const localNode = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
if (major < 22 && existsSync(localNode)) {
  const r = spawnSync(localNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const cli = join(root, 'dist', 'cli', 'claimscape.mjs');
if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const { main } = await import(cli);
process.exitCode = await main(process.argv.slice(2));
