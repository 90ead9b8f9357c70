// Lifecycle: single instance, start on ready, quit on last window except macOS, activate.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { runLifecycle, type LifecycleApp } from '../../../main/app/lifecycle.ts';

vi.mock('electron', () => ({}));

function fakeApp(lock = true) {
  let fireReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (fireReady = r));
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    whenReady: vi.fn(() => ready),
  });
  return { app, asApp: app as unknown as LifecycleApp, fireReady };
}
function hooks() {
  return {
    ready: vi.fn(),
    secondInstance: vi.fn(),
    activate: vi.fn(),
    willQuit: vi.fn(),
    fatal: vi.fn(),
    openFile: vi.fn(async () => undefined),
  };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('runLifecycle', () => {
  it('quits at once when another instance holds the lock', () => {
    const { app, asApp } = fakeApp(false);
    const h = hooks();
    expect(runLifecycle(asApp, 'linux', h)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('runs ready once the app is ready, and only then reacts to activate and second instances', async () => {
    const { app, asApp, fireReady } = fakeApp();
    const h = hooks();
    runLifecycle(asApp, 'darwin', h);
    app.emit('activate');
    app.emit('second-instance');
    expect(h.activate).not.toHaveBeenCalled();
    fireReady();
    await tick();
    expect(h.ready).toHaveBeenCalledTimes(1);
    app.emit('activate');
    app.emit('second-instance');
    expect(h.activate).toHaveBeenCalledTimes(1);
    expect(h.secondInstance).toHaveBeenCalledTimes(1);
  });

  it('quits when the last window closes, except on macOS', () => {
    for (const [platform, quits] of [
      ['linux', true],
      ['win32', true],
      ['darwin', false],
    ] as const) {
      const { app, asApp } = fakeApp();
      runLifecycle(asApp, platform, hooks());
      app.emit('window-all-closed');
      expect(app.quit.mock.calls.length > 0).toBe(quits);
    }
  });

  it('closes up on will-quit and reports a failed start', async () => {
    const { app, asApp, fireReady } = fakeApp();
    const h = hooks();
    h.ready.mockRejectedValue(new Error('disk full'));
    runLifecycle(asApp, 'linux', h);
    fireReady();
    await tick();
    expect(h.fatal).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
    app.emit('will-quit');
    expect(h.willQuit).toHaveBeenCalled();
  });
});
