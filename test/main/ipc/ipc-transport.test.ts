// The shared transport suite over Electron IPC: the real preload bridge, the real handler binding
// and sender check, the real services on a real database; only Electron's IPC pipe is faked.
import { afterAll } from 'vitest';
import type { ApiName, ApiResponse } from '../../../graph-data/contract/api.ts';
import { bindApi } from '../../../main/ipc/bind-api.ts';
import { createSenderCheck } from '../../../main/ipc/sender-check.ts';
import { createBridge } from '../../../main/preload/create-bridge.ts';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';
import { transportSuite } from '../../helpers/transport-suite.ts';
import { createFakeContents, createFakeIpcMain } from './fakes.ts';

const PAGE = 'app://claimscape/index.html';

transportSuite('Electron IPC', async () => {
  const { db, file } = seededDb(tmpDir(), 'ipc.db');
  const ipcMain = createFakeIpcMain();
  const { contents, eventFrom } = createFakeContents(PAGE);
  const unbind = bindApi(
    ipcMain,
    createApiHandlers(db, { databaseFile: file, saveFile: async () => ({ saved: false, path: null }) }),
    {
      isTrustedSender: createSenderCheck({ contents: () => contents, isAppPage: (url) => url === PAGE }),
    },
  );
  afterAll(unbind);
  const bridge = createBridge(
    {
      invoke: (channel, ...args) => ipcMain.invoke(eventFrom(), channel, ...args),
      on: () => undefined,
      removeListener: () => undefined,
    },
    'linux',
  );
  return async (name, args) => {
    const fn = (bridge.calls as Record<string, ((a: unknown) => Promise<unknown>) | undefined>)[name as ApiName];
    if (!fn) throw new Error(`the bridge has no call named ${name}`);
    return (await fn(args)) as ApiResponse<unknown>;
  };
});
