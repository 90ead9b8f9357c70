// GEXF as a Claimscape format: reads 1.1 to 1.3 (gexf-read.ts), writes 1.3 (gexf-write.ts).
import type { GraphFormat } from './format.ts';
import { localName, xmlRootName } from './text-shape.ts';
import { parseGexf } from './gexf-read.ts';
import { GEXF_FILES } from './gexf-write.ts';
import { collectFiles, documentPages } from './stream.ts';

export const gexfFormat: GraphFormat = {
  id: 'gexf',
  label: 'GEXF (Gephi)',
  extensions: ['gexf'],
  mediaType: 'application/gexf+xml',
  sniff: (text) => localName(xmlRootName(text)) === 'gexf',
  parse: parseGexf,
  files: GEXF_FILES,
  serialize: (doc) => collectFiles(GEXF_FILES, documentPages(doc)),
};
