// The viewport move that shows a box "just enough" (pure): no move when it is already in view,
// else the smallest pan, and a zoom-out only when the box cannot fit at the current zoom.
import type { Rect } from './place-new.ts';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/**
 * Where the viewport must go so that `box` (graph units) lies inside a `w` x `h` canvas with
 * `pad` pixels to spare; null when it already does. Never zooms in.
 */
export function followViewport(box: Rect, cur: Viewport, size: { w: number; h: number }, pad: number): Viewport | null {
  const bw = Math.max(box.x2 - box.x1, 1);
  const bh = Math.max(box.y2 - box.y1, 1);
  const fit = Math.min((size.w - 2 * pad) / bw, (size.h - 2 * pad) / bh);
  const zoom = Math.min(cur.zoom, fit);
  // Zooming out keeps the canvas centre where it was, then pans only as far as needed.
  const cx = (size.w / 2 - cur.pan.x) / cur.zoom;
  const cy = (size.h / 2 - cur.pan.y) / cur.zoom;
  const px = zoom === cur.zoom ? cur.pan.x : size.w / 2 - cx * zoom;
  const py = zoom === cur.zoom ? cur.pan.y : size.h / 2 - cy * zoom;
  const pan = {
    x: clamp(px, pad - box.x1 * zoom, size.w - pad - box.x2 * zoom),
    y: clamp(py, pad - box.y1 * zoom, size.h - pad - box.y2 * zoom),
  };
  const same =
    Math.abs(zoom - cur.zoom) < 1e-4 && Math.abs(pan.x - cur.pan.x) < 0.5 && Math.abs(pan.y - cur.pan.y) < 0.5;
  return same ? null : { zoom, pan };
}

/** Room kept between something over the canvas's top and the drawing: a line of label above a node. */
export const BELOW_COVER = 16;

/**
 * The viewport that centres `box` at the largest zoom (up to `maxZoom`) that fits it. `cover`:
 * how far down something lies over the canvas (the claims key); the box then starts at least
 * BELOW_COVER pixels below it.
 */
export function fitViewport(
  box: Rect,
  size: { w: number; h: number },
  pad: number,
  maxZoom: number,
  cover = 0,
): Viewport {
  const top = cover > 0 ? Math.max(pad, cover + BELOW_COVER) : pad;
  const bw = Math.max(box.x2 - box.x1, 1);
  const bh = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min(maxZoom, (size.w - 2 * pad) / bw, (size.h - top - pad) / bh);
  return {
    zoom,
    pan: {
      x: size.w / 2 - ((box.x1 + box.x2) / 2) * zoom,
      y: (size.h + top - pad) / 2 - ((box.y1 + box.y2) / 2) * zoom,
    },
  };
}
