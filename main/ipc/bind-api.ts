// Binds every call of the API contract to ipcMain.handle (the channel of a call is its name):
// the sender is checked first, then dispatch() validates the arguments and runs the handler.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_NAMES, type ApiHandlers, type ApiResponse } from '../../graph-data/contract/api.ts';
import { dispatch } from '../services/dispatch.ts';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

export interface BindApiOptions {
  /** True only for our own window's main frame showing our own page; see sender-check.ts. */
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
}

function forbidden(): ApiResponse<never> {
  return { ok: false, error: { code: 'forbidden', message: 'calls are accepted only from the Claimscape window' } };
}

function trusted(opts: BindApiOptions, event: IpcMainInvokeEvent): boolean {
  try {
    return opts.isTrustedSender(event) === true;
  } catch {
    return false; // a destroyed frame can throw on property access: refuse, never crash the handler
  }
}

/** Registers a handler for every API name and returns a function that removes them all. */
export function bindApi(ipc: IpcMainLike, handlers: ApiHandlers, opts: BindApiOptions): () => void {
  for (const name of API_NAMES) {
    // Only the first argument is read: the bridge sends exactly one; extra ones are ignored.
    ipc.handle(name, (event: IpcMainInvokeEvent, args: unknown) =>
      trusted(opts, event) ? dispatch(handlers, name, args) : forbidden(),
    );
  }
  let bound = true;
  return () => {
    if (!bound) return;
    bound = false;
    for (const name of API_NAMES) ipc.removeHandler(name);
  };
}
