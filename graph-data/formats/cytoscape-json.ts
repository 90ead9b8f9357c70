// Cytoscape JSON: the `elements` form Cytoscape desktop writes as .cyjs and Cytoscape.js reads, and the
// flat element array cytoscape.js's `cy.json().elements` / `eles.jsons()` produce.
// Export summarises each relation's claims in edge data; import makes each edge a relation backed
// by one claim whose source is the imported file (through the shared import builder).
import { ClaimscapeError } from '../model/errors.ts';
import type { AttributeValue, Entity, GraphDocument } from '../model/types.ts';
import type { GraphFormat, ParseContext, ParseResult } from './format.ts';
import { parseJsonText } from './json-safe.ts';
import { createImportBuilder } from './import-builder.ts';
import { edgeFields, nodeFields, type Bag } from './attribute-roles.ts';
import { LIST_SEPARATOR, summarizeRelations } from './edge-summary.ts';
import { jsonShapeOf } from './text-shape.ts';
import { collectFiles, documentPages, jsonArray, type DocumentPages, type WrittenFile } from './stream.ts';

type Json = Record<string, unknown>;
/** Cytoscape bookkeeping that means nothing outside the app that wrote it. */
const NOISE = new Set(['selected', 'shared_name', 'shared_interaction', 'SUID']);

function elementsOf(raw: unknown, file: string): { nodes: unknown[]; edges: unknown[]; path: string } {
  const root = Array.isArray(raw) ? { elements: raw } : (raw as Json | null);
  const el = root && typeof root === 'object' ? root['elements'] : undefined;
  if (Array.isArray(el)) {
    const isEdge = (e: unknown) =>
      isObj(e) && (e['group'] === 'edges' || (isObj(e['data']) && 'source' in e['data'] && 'target' in e['data']));
    return { nodes: el.filter((e) => !isEdge(e)), edges: el.filter(isEdge), path: '$.elements' };
  }
  if (isObj(el)) {
    const nodes = el['nodes'] ?? [];
    const edges = el['edges'] ?? [];
    if (Array.isArray(nodes) && Array.isArray(edges)) return { nodes, edges, path: '$.elements' };
  }
  throw new ClaimscapeError(
    'invalid-format',
    'not Cytoscape JSON: expected "elements" with nodes and edges, or an array of elements',
    { file, path: '$' },
  );
}

function isObj(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Data values as attributes: lists joined with " | ", objects kept as JSON text. */
function bagOf(data: Json, skip: readonly string[]): Bag {
  const bag: Bag = new Map();
  for (const [k, v] of Object.entries(data)) {
    if (skip.includes(k) || NOISE.has(k) || v === null || v === undefined) continue;
    const value: AttributeValue =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? v
        : Array.isArray(v)
          ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(LIST_SEPARATOR)
          : JSON.stringify(v);
    bag.set(k, value);
  }
  return bag;
}

function idOf(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
}

function parse(text: string, ctx: ParseContext): ParseResult {
  const file = ctx.fileName;
  const { nodes, edges, path } = elementsOf(parseJsonText(text, file, ctx.limits), file);
  const b = createImportBuilder('cyjs', ctx);
  nodes.forEach((n, i) => {
    const where = { path: `${path}.nodes[${i}]` };
    const data = isObj(n) && isObj(n['data']) ? n['data'] : null;
    const id = data ? idOf(data['id']) : null;
    if (!data || id === null)
      throw new ClaimscapeError('validation-error', 'a node needs data.id (text or number)', {
        file,
        path: `${where.path}.data.id`,
      });
    const bag = bagOf(data, ['id']);
    const pos = isObj(n) && isObj(n['position']) ? n['position'] : null;
    if (pos && typeof pos['x'] === 'number' && typeof pos['y'] === 'number') {
      bag.set('x', pos['x']);
      bag.set('y', pos['y']);
    }
    if (bag.has('parent')) b.warnOnce('parent', 'compound nodes: the parent is kept as the attribute "parent"', where);
    b.addNode({ id, fields: nodeFields(bag, null, ctx.options.columns, b.note), where });
  });
  edges.forEach((e, i) => {
    const where = { path: `${path}.edges[${i}]` };
    const data = isObj(e) && isObj(e['data']) ? e['data'] : null;
    const source = data ? idOf(data['source']) : null;
    const target = data ? idOf(data['target']) : null;
    if (!data || source === null || target === null)
      throw new ClaimscapeError('validation-error', 'an edge needs data.source and data.target', {
        file,
        path: `${where.path}.data`,
      });
    const bag = bagOf(data, ['id', 'source', 'target', 'name']);
    b.addEdge({
      id: idOf(data['id']),
      source,
      target,
      fields: edgeFields(bag, {}, ctx.options.columns, b.note),
      where,
    });
  });
  return b.finish();
}

const HEAD = {
  format_version: '1.0',
  generated_by: 'Claimscape',
  target_cytoscapejs_version: '~3.35',
  data: { name: 'Claimscape export' },
};
const RESERVED = new Set(['id', 'label', 'name', 'kind', 'description', 'aliases', 'wikidata']);

function nodeJson(e: Entity): Json {
  const data: Json = { id: e.id, label: e.label, name: e.label, kind: e.kind };
  if (e.description) data['description'] = e.description;
  if (e.aliases.length) data['aliases'] = e.aliases.map((a) => `${a.text} (${a.lang})`);
  for (const [k, v] of Object.entries(e.externalIds ?? {})) data[k === 'wikidata' ? 'wikidata' : `xref_${k}`] = v;
  for (const [k, v] of Object.entries(e.attributes ?? {})) data[RESERVED.has(k) ? `attr_${k}` : k] = v;
  const { x, y } = e.attributes ?? {};
  return typeof x === 'number' && typeof y === 'number' ? { data, position: { x, y } } : { data };
}

function* edgePages(slices: Iterable<GraphDocument>): Iterable<Json[]> {
  for (const slice of slices) {
    const labels = new Map(slice.entities.map((e) => [e.id, e.label]));
    yield summarizeRelations(slice).map((s) => ({
      data: {
        id: s.relation.id,
        source: s.relation.subject,
        target: s.relation.object,
        interaction: s.relation.predicate,
        label: s.predicateLabel,
        name: `${labels.get(s.relation.subject) ?? s.relation.subject} (${s.relation.predicate}) ${labels.get(s.relation.object) ?? s.relation.object}`,
        status: s.status,
        claim_count: s.claimCount,
        first_stated: s.firstStated,
        last_stated: s.lastStated,
        sources: s.sources ? s.sources.split(LIST_SEPARATOR) : [],
        claimants: s.claimants ? s.claimants.split(LIST_SEPARATOR) : [],
      },
    }));
  }
}

/** The file JSON.stringify(…, null, 2) would write, with the nodes and edges arrays written a page at a time. */
function* cyjsChunks(pages: DocumentPages): Iterable<string> {
  const head = JSON.stringify(HEAD, null, 2);
  yield `${head.slice(0, -2)},\n  "elements": {\n    "nodes": [`;
  yield* jsonArray(
    (function* () {
      for (const entities of pages.nodes()) yield entities.map(nodeJson);
    })(),
    2,
  );
  yield ',\n    "edges": [';
  yield* jsonArray(edgePages(pages.relationSlices()), 2);
  yield '\n  }\n}\n';
}

const CYJS_FILES: readonly WrittenFile[] = [{ name: 'graph.cyjs', mediaType: 'application/json', chunks: cyjsChunks }];

export const cytoscapeJsonFormat: GraphFormat = {
  id: 'cyjs',
  label: 'Cytoscape JSON',
  extensions: ['cyjs', 'cy.json'],
  mediaType: 'application/json',
  sniff: (text) => {
    const shape = jsonShapeOf(text);
    if (shape?.kind === 'array') return shape.firstKeys.has('data') || shape.firstKeys.has('group');
    return shape?.kind === 'object' && shape.keys.has('elements') && shape.format !== 'claimscape';
  },
  parse,
  files: CYJS_FILES,
  serialize: (doc) => collectFiles(CYJS_FILES, documentPages(doc)),
};
