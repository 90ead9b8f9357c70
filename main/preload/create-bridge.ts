// Builds the object the preload exposes as window.claimscape: one function per API call and a
// subscription per push event, derived from the contract. The page never sees ipcRenderer or an
// IpcRendererEvent. Imports only type declarations and constants that esbuild inlines, because a
// sandboxed preload can require nothing but 'electron'.
import {
  API_EVENTS,
  API_NAMES,
  type ApiEventName,
  type ApiEvents,
  type ApiName,
  type BridgeApi,
} from '../../graph-data/contract/api.ts';

/** The part of ipcRenderer the bridge uses; tests pass a fake. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function isEventName(v: unknown): v is ApiEventName {
  return typeof v === 'string' && (API_EVENTS as readonly string[]).includes(v);
}

function createCalls(ipc: BridgeIpc): BridgeApi['calls'] {
  const calls: Partial<Record<ApiName, (args: unknown) => Promise<unknown>>> = {};
  // The channel is the fixed name captured here, never a string chosen by the page.
  for (const name of API_NAMES) calls[name] = (args: unknown) => ipc.invoke(name, args);
  return Object.freeze(calls) as unknown as BridgeApi['calls'];
}

export function createBridge(ipc: BridgeIpc, platform: string): BridgeApi {
  function on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
    if (!isEventName(event)) throw new TypeError(`unknown event: ${String(event).slice(0, 60)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const channel = `event:${event}`;
    // Drop the IpcRendererEvent (it carries `sender`, an ipcRenderer): pass the payload only.
    const forward = (_event: unknown, payload: unknown): void => listener(payload as ApiEvents[E]);
    ipc.on(channel, forward);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      ipc.removeListener(channel, forward);
    };
  }
  return Object.freeze({ calls: createCalls(ipc), on, platform });
}
