// `claimscape serve`: the explorer over local HTTP. The first line printed is the URL to open.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { startHttpServer } from '../server/http-server.ts';
import { createApiHandlers } from '../services/api-handlers.ts';
import { defaultDatabasePath, openOrCreate } from '../services/database-service.ts';
import type { CliIO } from './commands.ts';

export const SERVE_FLAGS = { port: { type: 'string' }, static: { type: 'string' } } as const;

/** The renderer bundle beside this built file (dist/cli -> dist/renderer). */
export function rendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const c of [join(here, '..', 'renderer'), join(here, '..', '..', 'dist', 'renderer')])
    if (existsSync(join(c, 'index.html'))) return c;
  throw new ClaimscapeError('not-found', 'the renderer bundle is missing; run npm run build');
}

export async function runServe(
  values: { db?: string | undefined; port?: string | undefined; static?: string | undefined },
  io: CliIO,
): Promise<number> {
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ClaimscapeError('bad-argument', '--port takes 0 to 65535', { value: String(values.port) });
  const file = values.db ?? defaultDatabasePath();
  const { db } = openOrCreate(file);
  const handlers = createApiHandlers(db, {
    databaseFile: file,
    saveFile: async () => ({ saved: false, path: null }),
  });
  const running = await startHttpServer({ handlers, staticDir: values.static ?? rendererDir(), port });
  io.out(running.url);
  io.err(`serving ${file} on 127.0.0.1:${running.port}; press Ctrl+C to stop`);
  await new Promise<void>((resolve) => {
    const stop = () => void running.close().then(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  db.close();
  return 0;
}
