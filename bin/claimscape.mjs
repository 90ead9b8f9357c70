#!/usr/bin/env node
// The `claimscape` command: runs the built CLI (npm ci builds it through the prepare script).
// The SQLite binding needs Node 22 or newer; run by an older Node, it hands over to the project's
// own, forwarding SIGINT/SIGTERM/SIGHUP to it and ending with its exit code (or its signal).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
const localNode = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
// CLAIMSCAPE_HANDOVER=1 forces the hand-over, so tests can exercise it on any Node.
const handOver = (major < 22 || process.env.CLAIMSCAPE_HANDOVER === '1') && existsSync(localNode);
if (handOver && process.env.CLAIMSCAPE_HANDED_OVER !== '1') {
  const child = spawn(localNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CLAIMSCAPE_HANDED_OVER: '1' },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const s of signals) process.on(s, forward);
  child.on('error', (e) => {
    process.stderr.write(`claimscape: cannot start ${localNode}: ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.removeListener(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
} else {
  const cli = join(root, 'dist', 'cli', 'claimscape.mjs');
  if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const { main } = await import(cli);
  process.exitCode = await main(process.argv.slice(2));
}
