// Cytoscape style for the bench pages: kind colour, status colour, labels that hide when too small
// to read (as an app would draw a large graph).
import type { StylesheetJson } from 'cytoscape';

export const CY_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(label)',
      width: 8,
      height: 8,
      'font-size': 6,
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge', style: { 'line-color': 'data(color)', width: 1, 'curve-style': 'straight', opacity: 0.7 } },
];
