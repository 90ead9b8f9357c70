// The sandboxed preload: exposes the bridge built by createBridge as window.claimscape.
// Bundled to dist/preload/preload.cjs; at run time it requires only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../graph-data/contract/api.ts';
import { createBridge } from './create-bridge.ts';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer, process.platform));
