// Window state read back from disk is untrusted: garbage is ignored, off-screen bounds recentred.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  isReachable,
  loadWindowState,
  parseWindowState,
  placeWindow,
  saveWindowState,
  type WindowState,
} from '../../../main/app/window-state.ts';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };
const right = { x: 1920, y: 0, width: 1280, height: 1024 };
const good: WindowState = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false };

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'claimscape-ws-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    expect(parseWindowState(good)).toEqual(good);
    expect(parseWindowState({ ...good, extra: 1 })).toEqual(good);
  });

  it.each([
    null,
    42,
    'x',
    [],
    {},
    { bounds: good.bounds },
    { bounds: good.bounds, maximized: 'yes' },
    { bounds: { ...good.bounds, x: '100' }, maximized: false },
    { bounds: { ...good.bounds, width: 1e9 }, maximized: false },
    { bounds: { ...good.bounds, width: 10 }, maximized: false },
    { bounds: { ...good.bounds, y: Number.NaN }, maximized: false },
    { bounds: { ...good.bounds, x: 1.5 }, maximized: false },
    { bounds: null, maximized: false },
  ])('rejects %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
});

describe('loadWindowState', () => {
  it('returns null for a missing file, garbage JSON or the wrong shape', () => {
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"bounds": {"x": 1,');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '\u0000\u00ff garbage');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '[1,2,3]');
    expect(loadWindowState(file)).toBeNull();
  });

  it('round-trips what saveWindowState wrote', () => {
    const file = join(dir, 'window-state.json');
    saveWindowState(file, good);
    expect(loadWindowState(file)).toEqual(good);
  });
});

describe('placeWindow', () => {
  it('uses the default size, centred, when nothing was saved', () => {
    expect(placeWindow(null, [screen])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('keeps bounds that are on a display, including a secondary one', () => {
    expect(placeWindow(good, [screen])).toEqual({ ...good.bounds, maximized: false });
    const onRight = { bounds: { x: 2000, y: 100, width: 1000, height: 700 }, maximized: true };
    expect(placeWindow(onRight, [screen, right])).toEqual({ ...onRight.bounds, maximized: true });
  });

  it('drops the position of a window left on a display that is gone, and fits it to the primary', () => {
    const onRight = { bounds: { x: 2000, y: 100, width: 2400, height: 1400 }, maximized: false };
    const placed = placeWindow(onRight, [screen]);
    expect(placed).not.toHaveProperty('x');
    expect(placed).not.toHaveProperty('y');
    expect(placed.width).toBeLessThanOrEqual(screen.width);
    expect(placed.height).toBeLessThanOrEqual(screen.height);
  });

  it('treats a title bar above or barely touching the screen as off-screen', () => {
    expect(isReachable({ x: 100, y: -500, width: 1000, height: 700 }, [screen])).toBe(false); // title bar above the top
    expect(isReachable({ x: 1900, y: 100, width: 1000, height: 700 }, [screen])).toBe(false); // 20 px visible
    expect(isReachable({ x: -800, y: 100, width: 1000, height: 700 }, [screen])).toBe(true); // 200 px of title bar visible
    expect(isReachable({ x: -900, y: 100, width: 1000, height: 700 }, [screen])).toBe(false); // 100 px: too little to grab
  });
});
