// Writes a GraphDocument as GEXF 1.3 (Gephi reads it): typed node and edge attributes, viz colour,
// size and position from entity attributes, one edge per relation labelled with its predicate.
import type { AttributeValue, Entity } from '../model/types.ts';
import { linePages, mapPages, visitPages, type Attributes, type DocumentPages, type WrittenFile } from './stream.ts';
import {
  LIST_SEPARATOR,
  columnAccumulator,
  own,
  SUMMARY_COLUMNS,
  summarizeRelations,
  type AttributeColumn,
  type ColumnType,
  type RelationSummary,
} from './edge-summary.ts';
import { isVizColor, vizOf } from './gexf-viz.ts';
import { attrs, escapeAttr, xmlNumber } from './xml-write.ts';

const GEXF_TYPES: Record<ColumnType, string> = {
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
  string: 'string',
};
const NODE_FIXED = ['kind', 'description', 'aliases'] as const;
const EDGE_FIXED = SUMMARY_COLUMNS;

interface Decl {
  id: string;
  title: string;
  type: ColumnType;
}

export const GEXF_FILES: readonly WrittenFile[] = [
  { name: 'graph.gexf', mediaType: 'application/gexf+xml', chunks: gexfChunks },
];

function* gexfChunks(pages: DocumentPages): Iterable<string> {
  const viz = vizFits();
  yield* visitPages(pages.nodeAttributes(), viz.add);
  const acc = columnAccumulator(new Set(['label', ...NODE_FIXED]), viz.skip);
  yield* visitPages(pages.nodeAttributes(), acc.add);
  const columns = acc.columns();
  const nodeDecls: Decl[] = [
    ...NODE_FIXED.map((k) => ({ id: k, title: k, type: 'string' as const })),
    ...columns.map((c, i) => ({ id: `a${i}`, title: c.name, type: c.type })),
  ];
  const edgeDecls: Decl[] = EDGE_FIXED.map(([k, type]) => ({ id: k, title: k, type }));
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Claimscape</creator>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declBlock('node', nodeDecls),
    ...declBlock('edge', edgeDecls),
    '    <nodes>',
    '',
  ].join('\n');
  yield* linePages(mapPages(pages.nodes(), (e) => nodeLines(e, columns)));
  yield '    </nodes>\n    <edges>\n';
  for (const slice of pages.relationSlices()) yield* linePages([summarizeRelations(slice).flatMap(edgeLines)]);
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

/** viz keys go into viz elements, unless some value could not survive the trip (`skip` after every page). */
function vizFits() {
  const fits: Record<string, (v: AttributeValue) => boolean> = {
    viz_color: isVizColor,
    x: (v) => typeof v === 'number' && Number.isFinite(v),
    y: (v) => typeof v === 'number' && Number.isFinite(v),
    viz_size: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  };
  const skip = new Set(Object.keys(fits));
  return {
    skip,
    add(page: Attributes[]): void {
      for (const a of page) {
        for (const [k, test] of Object.entries(fits)) {
          const v = own(a, k);
          if (v !== undefined && !test(v)) skip.delete(k);
        }
        const hasX = own(a, 'x') !== undefined;
        if (hasX !== (own(a, 'y') !== undefined)) ['x', 'y'].forEach((k) => skip.delete(k));
      }
    },
  };
}

function declBlock(cls: 'node' | 'edge', decls: Decl[]): string[] {
  return [
    `    <attributes${attrs({ class: cls, mode: 'static' })}>`,
    ...decls.map((d) => `      <attribute${attrs({ id: d.id, title: d.title, type: GEXF_TYPES[d.type] })}/>`),
    '    </attributes>',
  ];
}

function nodeLines(e: Entity, columns: AttributeColumn[]): string[] {
  const values: [string, ColumnType, AttributeValue | null | undefined][] = [
    ['kind', 'string', e.kind],
    ['description', 'string', e.description],
    ['aliases', 'string', e.aliases.map((a) => a.text).join(LIST_SEPARATOR)],
    ...columns.map((c, i): [string, ColumnType, AttributeValue | undefined] => [
      `a${i}`,
      c.type,
      own(e.attributes, c.key),
    ]),
  ];
  const viz = vizOf(e.attributes);
  const lines = [`      <node${attrs({ id: e.id, label: e.label })}>`, ...attvalueLines(values)];
  if (viz.size !== undefined) lines.push(`        <viz:size${attrs({ value: xmlNumber(viz.size) })}/>`);
  if (viz.x !== undefined && viz.y !== undefined)
    lines.push(`        <viz:position${attrs({ x: xmlNumber(viz.x), y: xmlNumber(viz.y) })}/>`);
  if (viz.color) lines.push(`        <viz:color${attrs({ r: viz.color[0], g: viz.color[1], b: viz.color[2] })}/>`);
  lines.push('      </node>');
  return lines;
}

function edgeLines(s: RelationSummary): string[] {
  const r = s.relation;
  const values: [string, ColumnType, AttributeValue | null][] = [
    ['predicate', 'string', r.predicate],
    ['status', 'string', s.status],
    ['claim_count', 'int', s.claimCount],
    ['first_stated', 'string', s.firstStated],
    ['last_stated', 'string', s.lastStated],
    ['sources', 'string', s.sources],
    ['claimants', 'string', s.claimants],
  ];
  const head = attrs({
    id: r.id,
    source: r.subject,
    target: r.object,
    label: s.predicateLabel,
    weight: xmlNumber(s.claimCount),
  });
  return [`      <edge${head}>`, ...attvalueLines(values), '      </edge>'];
}

function attvalueLines(values: [string, ColumnType, AttributeValue | null | undefined][]): string[] {
  const lines: string[] = [];
  for (const [id, type, v] of values) {
    if (v === null || v === undefined || v === '') continue;
    const text = typeof v === 'number' && type !== 'string' ? xmlNumber(v) : String(v);
    lines.push(`          <attvalue for="${escapeAttr(id)}" value="${escapeAttr(text)}"/>`);
  }
  return lines.length ? ['        <attvalues>', ...lines, '        </attvalues>'] : [];
}
