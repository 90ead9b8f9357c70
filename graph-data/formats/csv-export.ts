// Writes a GraphDocument as three CSV tables: nodes.csv (entities), edges.csv (one row per relation
// with its claim summary) and claims.csv (every claim: who said it, where, when, with what stance).
import type { GraphDocument } from '../model/types.ts';
import type { SerializedFiles } from './format.ts';
import { csvText, type CsvValue } from './csv-write.ts';
import { LIST_SEPARATOR, entityColumns, own, shownEntities, summarizeRelations } from './edge-summary.ts';

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

export function serializeCsv(doc: GraphDocument): SerializedFiles {
  return [
    { name: 'nodes.csv', mediaType: 'text/csv', text: nodesCsv(doc) },
    { name: 'edges.csv', mediaType: 'text/csv', text: edgesCsv(doc) },
    { name: 'claims.csv', mediaType: 'text/csv', text: claimsCsv(doc) },
  ];
}

function nodesCsv(doc: GraphDocument): string {
  const entities = shownEntities(doc);
  const columns = entityColumns(entities, new Set(NODE_HEADER));
  const rows = entities.map((e): CsvValue[] => [
    e.id,
    e.label,
    e.kind,
    e.description,
    e.aliases.map((a) => a.text).join(LIST_SEPARATOR),
    ...columns.map((c) => own(e.attributes, c.key)),
  ]);
  return csvText([...NODE_HEADER, ...columns.map((c) => c.name)], rows);
}

function edgesCsv(doc: GraphDocument): string {
  const rows = summarizeRelations(doc).map((s): CsvValue[] => [
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
  ]);
  return csvText(EDGE_HEADER, rows);
}

function claimsCsv(doc: GraphDocument): string {
  const rows = doc.claims.map((c): CsvValue[] => [
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
  ]);
  return csvText(CLAIM_HEADER, rows);
}
