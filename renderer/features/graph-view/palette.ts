// Colours of the canvas per theme (the CSS variables cover the DOM; Cytoscape needs literals).
import type { Theme } from '../../state/app-state.ts';

export interface GraphPalette {
  background: string;
  text: string;
  edgeText: string;
  accent: string;
  path: string;
  nodeBorder: string;
}

export const GRAPH_PALETTES: Record<Theme, GraphPalette> = {
  light: {
    background: '#ffffff',
    text: '#1f2933',
    edgeText: '#5f6b7a',
    accent: '#2563eb',
    path: '#0d9488',
    nodeBorder: 'rgba(15,23,42,0.45)',
  },
  dark: {
    background: '#161b22',
    text: '#e6edf3',
    edgeText: '#9aa7b6',
    accent: '#60a5fa',
    path: '#2dd4bf',
    nodeBorder: 'rgba(0,0,0,0.6)',
  },
};
