// Test doubles for Electron's IPC edge: an ipcMain that keeps its handlers in a Map (and, like
// the real one, refuses a second handler per channel), and a window whose main frame shows a URL.
import { vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import type { IpcMainLike } from '../../../main/ipc/bind-api.ts';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export function createFakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc = {
    handlers,
    handle(channel: string, listener: Listener): void {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler(channel: string): void {
      handlers.delete(channel);
    },
    /** What ipcRenderer.invoke(channel, ...args) would do, with the event Electron would build. */
    async invoke(event: unknown, channel: string, ...args: unknown[]): Promise<unknown> {
      const h = handlers.get(channel);
      if (!h) throw new Error(`No handler registered for '${channel}'`);
      return h(event as IpcMainInvokeEvent, ...args);
    },
  };
  return ipc satisfies IpcMainLike;
}

export interface FakeFrame {
  url: string;
  processId: number;
  routingId: number;
  parent: FakeFrame | null;
}

export function createFakeContents(url: string) {
  const mainFrame: FakeFrame = { url, processId: 7, routingId: 1, parent: null };
  let destroyed = false;
  const contents = {
    mainFrame,
    send: vi.fn(),
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
  };
  /** The invoke event as Electron builds it: sender contents and sender frame. */
  const eventFrom = (frame: FakeFrame | null = mainFrame, sender: unknown = contents) => ({
    sender,
    senderFrame: frame,
  });
  return { contents, mainFrame, eventFrom };
}
