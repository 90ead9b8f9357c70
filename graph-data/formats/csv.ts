// CSV node/edge tables as a Claimscape format. Import: csv-read.ts (the companion file rides in
// ctx.companions). Export: nodes.csv, edges.csv, claims.csv, UTF-8 without a byte-order mark, CRLF.
import type { GraphFormat } from './format.ts';
import { parseCsvGraph } from './csv-read.ts';
import { serializeCsv } from './csv-export.ts';

export const csvFormat: GraphFormat = {
  id: 'csv',
  label: 'CSV tables (nodes, edges, claims)',
  extensions: ['csv', 'tsv', 'txt'],
  mediaType: 'text/csv',
  sniff: (head) => {
    const first = head.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
    return !/^\s*[<{[]/.test(first) && /[,;\t]/.test(first);
  },
  parse: parseCsvGraph,
  serialize: (doc) => serializeCsv(doc),
};
