// The bridge the page sees: one function per call, a guarded event subscription, and no way
// to reach ipcRenderer or an IpcRendererEvent.
import { describe, expect, it, vi } from 'vitest';
import { API_EVENTS, API_NAMES } from '../../../graph-data/contract/api.ts';
import { createBridge, type BridgeIpc } from '../../../main/preload/create-bridge.ts';

type L = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<L>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, l: L) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l))),
    removeListener: vi.fn((channel: string, l: L) => listeners.get(channel)?.delete(l)),
    emit(channel: string, payload: unknown) {
      const event = { sender: ipc, senderId: 0, ports: [] }; // what Electron passes: it holds ipcRenderer
      for (const l of listeners.get(channel) ?? []) l(event, payload);
    },
    count: (channel: string) => listeners.get(channel)?.size ?? 0,
  };
  return ipc satisfies BridgeIpc;
}

/** Every value reachable from `root`, to prove the ipc object is not among them. */
function reachable(root: unknown, seen = new Set<unknown>()): Set<unknown> {
  if ((typeof root !== 'object' && typeof root !== 'function') || root === null || seen.has(root)) return seen;
  seen.add(root);
  for (const key of Reflect.ownKeys(root as object)) {
    const d = Object.getOwnPropertyDescriptor(root, key);
    if (d && 'value' in d) reachable(d.value, seen);
  }
  return seen;
}

describe('createBridge', () => {
  it('exposes calls, on and platform only, and exactly one function per API call', () => {
    const bridge = createBridge(fakeIpc(), 'linux');
    expect(Object.keys(bridge).sort()).toEqual(['calls', 'on', 'platform']);
    expect(Object.keys(bridge.calls).sort()).toEqual([...API_NAMES].sort());
    for (const name of API_NAMES) expect(typeof bridge.calls[name]).toBe('function');
    expect(bridge.platform).toBe('linux');
  });

  it('each call invokes the channel of its own name with the one argument given', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc, 'linux');
    await bridge.calls['search:run']({ text: 'x' });
    expect(ipc.invoke).toHaveBeenLastCalledWith('search:run', { text: 'x' });
    for (const name of API_NAMES) {
      await (bridge.calls[name] as (a: unknown) => Promise<unknown>)({});
      expect(ipc.invoke).toHaveBeenLastCalledWith(name, {});
    }
  });

  it('never exposes ipcRenderer, and is frozen', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc, 'linux');
    expect(reachable(bridge).has(ipc)).toBe(false);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.calls)).toBe(true);
  });

  it('on() refuses unknown events and non-function listeners', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc, 'linux');
    const on = bridge.on as (e: string, l: unknown) => unknown;
    for (const bad of ['search:run', 'event:db:changed', 'db:changed ', '__proto__', '']) {
      expect(() => on(bad, () => undefined)).toThrow(TypeError);
    }
    expect(() => on('db:changed', 'not a function')).toThrow(TypeError);
    expect(ipc.on).not.toHaveBeenCalled();
  });

  it('on() delivers the payload only, on event:<name>, until unsubscribed', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc, 'linux');
    for (const name of API_EVENTS) {
      const listener = vi.fn();
      const off = bridge.on(name, listener);
      ipc.emit(`event:${name}`, { file: '/a.db', command: 'fit' });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(listener.mock.calls[0]).toEqual([{ file: '/a.db', command: 'fit' }]); // no event object
      off();
      off();
      expect(ipc.count(`event:${name}`)).toBe(0);
      ipc.emit(`event:${name}`, {});
      expect(listener).toHaveBeenCalledTimes(1);
    }
  });
});
