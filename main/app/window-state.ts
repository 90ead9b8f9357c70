// Remembers the window's bounds and maximized flag in a small JSON file. What is read back is
// untrusted: anything malformed is ignored, and bounds that no longer land on a connected display
// (a monitor was unplugged) are recentred on the primary one.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}
/** Placement for a new window; x/y absent means "let the OS centre it". */
export interface Placement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const MIN_SIZE = { width: 720, height: 480 };
export const DEFAULT_SIZE = { width: 1280, height: 800 };
const MAX_COORD = 100_000;
/** How much of the title bar must be on a display for the window to count as visible. */
const GRAB = { width: 120, height: 32 };

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as Record<string, unknown>;
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isInt(x, -MAX_COORD, MAX_COORD) || !isInt(y, -MAX_COORD, MAX_COORD)) return null;
  if (!isInt(width, MIN_SIZE.width, MAX_COORD) || !isInt(height, MIN_SIZE.height, MAX_COORD)) return null;
  return { bounds: { x, y, width, height }, maximized };
}

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** True when the top strip of the window (where it can be dragged) is on some work area. */
export function isReachable(bounds: Bounds, workAreas: readonly Bounds[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB.height };
  return workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(GRAB.width, bounds.width) && o.height >= GRAB.height;
  });
}

/** Where to open the window, given what was saved and the displays now attached (primary first). */
export function placeWindow(state: WindowState | null, workAreas: readonly Bounds[]): Placement {
  const primary = workAreas[0];
  const fit = (size: { width: number; height: number }) => ({
    width: primary ? Math.max(MIN_SIZE.width, Math.min(size.width, primary.width)) : size.width,
    height: primary ? Math.max(MIN_SIZE.height, Math.min(size.height, primary.height)) : size.height,
  });
  if (state === null) return { ...fit(DEFAULT_SIZE), maximized: false };
  if (isReachable(state.bounds, workAreas)) return { ...state.bounds, maximized: state.maximized };
  return { ...fit(state.bounds), maximized: state.maximized };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null; // missing or not JSON: start with defaults
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}
