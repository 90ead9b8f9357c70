// Writes a GraphDocument as plain GraphML (NetworkX, yEd, Gephi and igraph read it): one <node> per
// entity, one <edge> per relation carrying a summary of its claims, every <key> typed.
import type { AttributeValue } from '../model/types.ts';
import { linePages, mapPages, visitPages, type DocumentPages, type WrittenFile } from './stream.ts';
import {
  LIST_SEPARATOR,
  columnAccumulator,
  own,
  SUMMARY_COLUMNS,
  summarizeRelations,
  type ColumnType,
  type RelationSummary,
} from './edge-summary.ts';
import { attrs, escapeText, xmlNumber } from './xml-write.ts';

const NODE_KEYS = ['label', 'kind', 'description', 'aliases'] as const;
const EDGE_KEYS: readonly [string, ColumnType][] = [['label', 'string'], ...SUMMARY_COLUMNS];

interface Key {
  id: string;
  name: string;
  type: ColumnType;
}

export const GRAPHML_FILES: readonly WrittenFile[] = [
  { name: 'graph.graphml', mediaType: 'application/graphml+xml', chunks: graphmlChunks },
];

function* graphmlChunks(pages: DocumentPages): Iterable<string> {
  let n = 0;
  const key = (name: string, type: ColumnType): Key => ({ id: `d${n++}`, name, type });
  const nodeKeys = new Map<string, Key>(NODE_KEYS.map((k) => [k, key(k, 'string')]));
  const acc = columnAccumulator(new Set(NODE_KEYS));
  yield* visitPages(pages.nodeAttributes(), acc.add);
  const columns = acc.columns();
  const attrKeys = columns.map((c) => ({ ...key(c.name, c.type), attr: c.key }));
  const edgeKeys = new Map(EDGE_KEYS.map(([name, type]) => [name, key(name, type)]));
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys.values(), ...attrKeys].map((k) => keyLine(k, 'node')),
    ...[...edgeKeys.values()].map((k) => keyLine(k, 'edge')),
    '  <graph id="G" edgedefault="directed">',
    '',
  ].join('\n');
  yield* linePages(
    mapPages(pages.nodes(), (e) => {
      const data: [Key | undefined, AttributeValue | null | undefined][] = [
        [nodeKeys.get('label'), e.label],
        [nodeKeys.get('kind'), e.kind],
        [nodeKeys.get('description'), e.description],
        [nodeKeys.get('aliases'), e.aliases.map((a) => a.text).join(LIST_SEPARATOR)],
        ...attrKeys.map((k): [Key, AttributeValue | undefined] => [k, own(e.attributes, k.attr)]),
      ];
      return [`    <node${attrs({ id: e.id })}>`, ...dataLines(data), '    </node>'];
    }),
  );
  for (const slice of pages.relationSlices()) {
    const lines = summarizeRelations(slice).flatMap((s) => {
      const r = s.relation;
      return [
        `    <edge${attrs({ id: r.id, source: r.subject, target: r.object })}>`,
        ...dataLines(edgeData(s, edgeKeys)),
        '    </edge>',
      ];
    });
    yield* linePages([lines]);
  }
  yield '  </graph>\n</graphml>\n';
}

function edgeData(s: RelationSummary, keys: Map<string, Key>): [Key | undefined, AttributeValue | null][] {
  return [
    [keys.get('label'), s.predicateLabel],
    [keys.get('predicate'), s.relation.predicate],
    [keys.get('status'), s.status],
    [keys.get('claim_count'), s.claimCount],
    [keys.get('first_stated'), s.firstStated],
    [keys.get('last_stated'), s.lastStated],
    [keys.get('sources'), s.sources],
    [keys.get('claimants'), s.claimants],
  ];
}

function keyLine(k: Key, domain: 'node' | 'edge'): string {
  return `  <key${attrs({ id: k.id, for: domain, 'attr.name': k.name, 'attr.type': k.type })}/>`;
}

function dataLines(data: [Key | undefined, AttributeValue | null | undefined][]): string[] {
  const lines: string[] = [];
  for (const [key, value] of data) {
    if (!key || value === null || value === undefined || value === '') continue;
    lines.push(`      <data${attrs({ key: key.id })}>${escapeText(formatValue(value, key.type))}</data>`);
  }
  return lines;
}

function formatValue(value: AttributeValue, type: ColumnType): string {
  if (typeof value === 'number' && type !== 'string') return xmlNumber(value);
  return String(value);
}
