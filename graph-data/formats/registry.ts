// Every file format as data: the CLI, the import dialog and the export menu all read this list.
import type { GraphFormat } from './format.ts';
import { claimscapeJsonFormat } from './claimscape-json.ts';
import { cytoscapeJsonFormat } from './cytoscape-json.ts';
import { graphmlFormat } from './graphml.ts';
import { gexfFormat } from './gexf.ts';
import { csvFormat } from './csv.ts';

export const FORMATS: readonly GraphFormat[] = [
  claimscapeJsonFormat,
  cytoscapeJsonFormat,
  graphmlFormat,
  gexfFormat,
  csvFormat,
];

export function findFormat(id: string): GraphFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}

/** Picks a format from the file's structure and name: a sniff that agrees with the extension wins,
 * then any sniff (a .json file may hold Cytoscape JSON), then the extension alone. */
export function detectFormat(fileName: string, text: string): GraphFormat | undefined {
  const lower = fileName.toLowerCase();
  const byExt = FORMATS.filter((f) => f.extensions.some((e) => lower.endsWith(`.${e}`)));
  return byExt.find((f) => f.sniff(text)) ?? FORMATS.find((f) => f.sniff(text)) ?? byExt[0];
}
