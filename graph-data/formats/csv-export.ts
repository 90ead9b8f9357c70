// Writes a GraphDocument as three CSV tables: nodes.csv (entities), edges.csv (one row per relation
// with its claim summary) and claims.csv (every claim: who said it, where, when, with what stance).
import { csvRows, type CsvValue } from './csv-write.ts';
import { LIST_SEPARATOR, columnAccumulator, own, summarizeRelations } from './edge-summary.ts';
import { visitPages, type DocumentPages, type WrittenFile } from './stream.ts';

const NODE_HEADER = ['id', 'label', 'kind', 'description', 'aliases'];
const EDGE_HEADER = [
  'id',
  'source',
  'target',
  'predicate',
  'status',
  'claim_count',
  'first_stated',
  'last_stated',
  'sources',
  'claimants',
  'label',
];
const CLAIM_HEADER = [
  'id',
  'relation',
  'claimant',
  'stance',
  'source',
  'stated',
  'summary',
  'holds_from',
  'holds_until',
  'confidence',
  'reported_via',
  'excerpt',
];

export const CSV_FILES: readonly WrittenFile[] = [
  { name: 'nodes.csv', mediaType: 'text/csv', chunks: nodesCsv },
  { name: 'edges.csv', mediaType: 'text/csv', chunks: edgesCsv },
  { name: 'claims.csv', mediaType: 'text/csv', chunks: claimsCsv },
];

function* nodesCsv(pages: DocumentPages): Iterable<string> {
  const acc = columnAccumulator(new Set(NODE_HEADER));
  yield* visitPages(pages.nodeAttributes(), acc.add);
  const columns = acc.columns();
  yield csvRows([[...NODE_HEADER, ...columns.map((c) => c.name)]]);
  for (const entities of pages.nodes())
    yield csvRows(
      entities.map((e): CsvValue[] => [
        e.id,
        e.label,
        e.kind,
        e.description,
        e.aliases.map((a) => a.text).join(LIST_SEPARATOR),
        ...columns.map((c) => own(e.attributes, c.key)),
      ]),
    );
}

function* edgesCsv(pages: DocumentPages): Iterable<string> {
  yield csvRows([EDGE_HEADER]);
  for (const slice of pages.relationSlices())
    yield csvRows(
      summarizeRelations(slice).map((s): CsvValue[] => [
        s.relation.id,
        s.relation.subject,
        s.relation.object,
        s.relation.predicate,
        s.status,
        s.claimCount,
        s.firstStated,
        s.lastStated,
        s.sources,
        s.claimants,
        s.predicateLabel,
      ]),
    );
}

function* claimsCsv(pages: DocumentPages): Iterable<string> {
  yield csvRows([CLAIM_HEADER]);
  for (const claims of pages.claims())
    yield csvRows(
      claims.map((c): CsvValue[] => [
        c.id,
        c.relation,
        c.claimant,
        c.stance,
        c.source,
        c.stated,
        c.summary,
        c.holdsFrom,
        c.holdsUntil,
        c.confidence,
        c.reportedVia,
        c.excerpt,
      ]),
    );
}
