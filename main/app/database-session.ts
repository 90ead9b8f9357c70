// Owns the one open database and the IPC handlers bound to it. Switching databases opens the new
// file first (so a failure leaves the old one in place), then rebinds the handlers and closes the
// old connection, all synchronously so no call can land between the two.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ApiHandlers, ApiResponse } from '../../graph-data/contract/api.ts';
import type { ImportReport } from '../../graph-data/contract/views.ts';
import { createApiHandlers, type PlatformPort } from '../services/api-handlers.ts';
import { dispatch } from '../services/dispatch.ts';
import { INTERACTIVE_BUSY_TIMEOUT_MS, openOrCreate } from '../services/database-service.ts';
import { bindApi, type BindApiOptions, type IpcMainLike } from '../ipc/bind-api.ts';

type Db = ReturnType<typeof openOrCreate>['db'];

export interface DatabaseSessionOptions extends BindApiOptions {
  ipc: IpcMainLike;
  saveFile: PlatformPort['saveFile'];
  /** After another database was opened, or an import changed the open one. */
  onChanged(file: string): void;
  /** Progress of a large import running on the worker thread. */
  onImportProgress?: PlatformPort['onImportProgress'];
  /** export:save: where the export goes, and its progress. */
  chooseExportPath?: PlatformPort['chooseExportPath'];
  onExportProgress?: PlatformPort['onExportProgress'];
}

export interface DatabaseSession {
  /** The open database file, or null before the first open / after close. */
  file(): string | null;
  /** Opens (creating when missing; `empty` skips the seed graph) and makes it current. */
  open(file: string, opts?: { empty?: boolean }): { created: boolean; switched: boolean };
  close(): void;
  /** Imports a file from disk into the open database through import:run, as the Import dialog does. */
  importFile(file: string): Promise<ApiResponse<ImportReport>>;
}

export function createDatabaseSession(o: DatabaseSessionOptions): DatabaseSession {
  let current: { file: string; db: Db; unbind: () => void; handlers: ApiHandlers } | null = null;

  function open(target: string, opts: { empty?: boolean } = {}): { created: boolean; switched: boolean } {
    const file = resolve(target);
    if (current?.file === file) return { created: false, switched: false };
    const { db, created } = openOrCreate(file, { ...opts, busyTimeoutMs: INTERACTIVE_BUSY_TIMEOUT_MS });
    const handlers = createApiHandlers(db, {
      databaseFile: file,
      saveFile: o.saveFile,
      onDatabaseChanged: () => o.onChanged(file),
      ...(o.onImportProgress ? { onImportProgress: o.onImportProgress } : {}),
      ...(o.chooseExportPath ? { chooseExportPath: o.chooseExportPath } : {}),
      ...(o.onExportProgress ? { onExportProgress: o.onExportProgress } : {}),
    });
    const previous = current;
    previous?.unbind(); // ipcMain.handle refuses a second handler for a channel
    current = { file, db, unbind: bindApi(o.ipc, handlers, o), handlers };
    previous?.db.close();
    o.onChanged(file);
    return { created, switched: true };
  }

  function close(): void {
    if (current === null) return;
    current.unbind();
    current.db.close();
    current = null;
  }

  async function importFile(file: string): Promise<ApiResponse<ImportReport>> {
    if (current === null) return { ok: false, error: { code: 'not-found', message: 'no database is open' } };
    const { handlers } = current;
    const text = await readFile(file, 'utf8');
    return (await dispatch(handlers, 'import:run', { name: basename(file), text })) as ApiResponse<ImportReport>;
  }

  return { file: () => current?.file ?? null, open, close, importFile };
}
