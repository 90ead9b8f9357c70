// GraphML as a Claimscape format: the reader and writer live in graphml-read.ts and graphml-write.ts.
import type { GraphFormat } from './format.ts';
import { localName, xmlRootName } from './text-shape.ts';
import { parseGraphml } from './graphml-read.ts';
import { GRAPHML_FILES } from './graphml-write.ts';
import { collectFiles, documentPages } from './stream.ts';

export const graphmlFormat: GraphFormat = {
  id: 'graphml',
  label: 'GraphML',
  extensions: ['graphml'],
  mediaType: 'application/graphml+xml',
  sniff: (text) => localName(xmlRootName(text)) === 'graphml',
  parse: parseGraphml,
  files: GRAPHML_FILES,
  serialize: (doc) => collectFiles(GRAPHML_FILES, documentPages(doc)),
};
