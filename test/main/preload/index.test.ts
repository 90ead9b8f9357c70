// The preload entry exposes the bridge under BRIDGE_GLOBAL through contextBridge.
import { describe, expect, it, vi } from 'vitest';
import { API_NAMES, BRIDGE_GLOBAL } from '../../../graph-data/contract/api.ts';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload entry', () => {
  it('exposes window.claimscape once, built over ipcRenderer', async () => {
    await import('../../../main/preload/index.ts');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      { calls: Record<string, (a: unknown) => unknown>; platform: string },
    ];
    expect(key).toBe(BRIDGE_GLOBAL);
    expect(Object.keys(bridge.calls).sort()).toEqual([...API_NAMES].sort());
    expect(bridge.platform).toBe(process.platform);
    await bridge.calls['db:info']!({});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('db:info', {});
  });
});
