// Toolbar icons as SVG path data (drawn with createElementNS, never parsed from markup).
import { s } from './h.ts';

const PATHS: Record<string, string> = {
  import: 'M12 3v12m0 0-4-4m4 4 4-4M4 17v3h16v-3',
  export: 'M12 15V3m0 0L8 7m4-4 4 4M4 17v3h16v-3',
  undo: 'M9 7H4V2M4 7c2-3 5-4 8-4a8 8 0 1 1-7.5 10.5',
  redo: 'M15 7h5V2M20 7c-2-3-5-4-8-4a8 8 0 1 0 7.5 10.5',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  'zoom-in': 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14Zm0 4v6m-3-3h6m3.5 5.5L21 21',
  'zoom-out': 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14Zm-3 7h6m3.5 5.5L21 21',
  layout: 'M5 5h4v4H5zM15 5h4v4h-4zM10 15h4v4h-4zM7 9l4 6M17 9l-4 6',
  panels: 'M3 4h18v16H3zM9 4v16M15 4v16',
  theme: 'M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9Z',
  help: 'M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18Zm-2.5-12a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14m0 3v.5',
  info: 'M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18Zm0-10v6m0-9v.5',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM20 20l-4.8-4.8',
  close: 'M6 6l12 12M18 6 6 18',
  claims: 'M4 5h9v6H8l-4 3zM20 10h-4v6h3l3 3V12',
  path: 'M6 18a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm12-8a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM7.5 14.5l9-6',
};

export function icon(name: keyof typeof PATHS | string, size = 16): SVGSVGElement {
  return s(
    'svg',
    { class: 'icon', width: size, height: size, viewBox: '0 0 24 24', 'aria-hidden': 'true' },
    s('path', {
      d: PATHS[name] ?? '',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 1.7,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }),
  );
}
