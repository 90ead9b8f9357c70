// `claimscape serve`: the explorer over local HTTP. The first line printed is the URL to open.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { startHttpServer } from '../server/http-server.ts';
import { createDownloads } from '../server/downloads.ts';
import { createApiHandlers } from '../services/api-handlers.ts';
import {
  defaultDatabasePath,
  INTERACTIVE_BUSY_TIMEOUT_MS,
  openExisting,
  openOrCreate,
} from '../services/database-service.ts';
import { checkFlag, DB_HELP, defineCommand, numberFlag, type CliIO } from './command.ts';
import { z } from 'zod';

/** The renderer bundle beside this built file (dist/cli -> dist/renderer). */
export function rendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const c of [join(here, '..', 'renderer'), join(here, '..', '..', 'dist', 'renderer')])
    if (existsSync(join(c, 'index.html'))) return c;
  throw new ClaimscapeError('not-found', 'the renderer bundle is missing; run npm run build');
}

export const serveCommand = defineCommand({
  name: 'serve',
  help: `claimscape serve [--port N] [--db <file>]\n  Serves the explorer and its API on 127.0.0.1 with a per-run token; prints the URL to open first.\n  --port 0 (the default) picks a free port. The per-user default database is created on first use\n  like the app's; a --db file must exist (claimscape init).\n${DB_HELP}`,
  flags: { port: { type: 'string' }, static: { type: 'string' } },
  run: ({ values, db }, io) => runServe(db, values, io),
});

async function runServe(file: string, values: { port?: string; static?: string }, io: CliIO): Promise<number> {
  const port = checkFlag(z.number().int().min(0).max(65535), numberFlag(values.port) ?? 0, '--port', values.port);
  // Like the app's first start, serving the per-user default creates it; a --db file must exist.
  const busyTimeoutMs = INTERACTIVE_BUSY_TIMEOUT_MS;
  const db =
    file === defaultDatabasePath()
      ? openOrCreate(file, { busyTimeoutMs }).db
      : openExisting(file, 'write', { busyTimeoutMs });
  const downloads = createDownloads();
  const handlers = createApiHandlers(db, {
    databaseFile: file,
    saveFile: async () => ({ saved: false, path: null }),
    offerDownloads: (files) => downloads.offer(files),
  });
  const running = await startHttpServer({ handlers, staticDir: values.static ?? rendererDir(), port, downloads });
  // Listening for the signals before the URL goes out: whoever reads it may stop us at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => void running.close().then(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.out(running.url);
  io.err(`serving ${file} on 127.0.0.1:${running.port}; press Ctrl+C to stop`);
  await stopped;
  db.close();
  return 0;
}
