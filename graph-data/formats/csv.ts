// CSV node/edge tables as a Claimscape format. Import: csv-read.ts (the companion file rides in
// ctx.companions). Export: nodes.csv, edges.csv, claims.csv, UTF-8 without a byte-order mark, CRLF.
import type { GraphFormat } from './format.ts';
import { parseCsvGraph } from './csv-read.ts';
import { CSV_FILES } from './csv-export.ts';
import { collectFiles, documentPages } from './stream.ts';

export const csvFormat: GraphFormat = {
  id: 'csv',
  label: 'CSV tables (nodes, edges, claims)',
  extensions: ['csv', 'tsv', 'txt'],
  mediaType: 'text/csv',
  sniff: (text) => {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1, 65_537) : text.slice(0, 65_536);
    const end = body.search(/[\r\n]/);
    const header = end < 0 ? body : body.slice(0, end);
    return !/^\s*[<{[]/.test(header) && /[,;\t]/.test(header);
  },
  parse: parseCsvGraph,
  files: CSV_FILES,
  serialize: (doc) => collectFiles(CSV_FILES, documentPages(doc)),
};
