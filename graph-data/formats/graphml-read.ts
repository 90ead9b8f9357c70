// Reads GraphML as yEd, NetworkX, igraph and Gephi write it: typed <key>s with defaults, per-edge
// `directed`, yEd labels and geometry, nested graphs (yEd groups) flattened; hyperedges and ports skipped.
import { ClaimscapeError } from '../model/errors.ts';
import type { ParseContext, ParseResult } from './format.ts';
import { edgeFields, nodeFields, type Bag } from './attribute-roles.ts';
import { createImportBuilder, type ImportBuilder } from './import-builder.ts';
import { findAll, guardXml, textContent, walkXml, type XmlElement } from './xml-safe.ts';
import { putTyped } from './typed-value.ts';

interface KeyDef {
  id: string;
  domain: string;
  name: string;
  type: string;
  yfiles: string | null;
  fallback: string | null;
}

interface Reader {
  ctx: ParseContext;
  builder: ImportBuilder;
  keys: Map<string, KeyDef>;
}

export function parseGraphml(text: string, ctx: ParseContext): ParseResult {
  const body = guardXml(text, ctx);
  const r: Reader = { ctx, builder: createImportBuilder('graphml', ctx), keys: new Map() };
  walkXml(body, ctx, {
    open: (el, ancestors) => openElement(r, el, ancestors),
    close: (el, ancestors) => closeElement(r, el, ancestors),
  });
  return r.builder.finish();
}

function openElement(r: Reader, el: XmlElement, ancestors: readonly XmlElement[]): boolean {
  const parent = ancestors[ancestors.length - 1];
  if (!parent) {
    if (el.local !== 'graphml') {
      throw new ClaimscapeError('invalid-format', `not a GraphML file: the root element is <${el.name}>`, at(r, el));
    }
    return false;
  }
  if (el.local === 'key') return parent.local === 'graphml';
  if (el.local === 'hyperedge')
    r.builder.warnOnce('hyperedge', 'hyperedges are not supported and were skipped', at(r, el));
  return (el.local === 'node' || el.local === 'edge') && parent.local === 'graph';
}

function closeElement(r: Reader, el: XmlElement, ancestors: readonly XmlElement[]): void {
  if (el.local === 'key') return addKey(r, el);
  const graph = ancestors[ancestors.length - 1];
  if (el.local === 'node') readNode(r, el, null);
  else if (el.local === 'edge' && graph) readEdge(r, el, graph);
}

function addKey(r: Reader, el: XmlElement): void {
  const id = el.attrs.get('id');
  if (!id) throw new ClaimscapeError('validation-error', 'a <key> without an id', at(r, el));
  const fallback = findAll(el, 'default')[0];
  r.keys.set(id, {
    id,
    domain: el.attrs.get('for') ?? 'all',
    name: el.attrs.get('attr.name') ?? id,
    type: el.attrs.get('attr.type') ?? 'string',
    yfiles: el.attrs.get('yfiles.type') ?? null,
    fallback: fallback ? textContent(fallback) : null,
  });
}

function readNode(r: Reader, el: XmlElement, parentNode: string | null): void {
  const id = required(r, el, 'id');
  const bag: Bag = new Map();
  const yed = readData(r, el, bag, 'node');
  if (parentNode !== null) bag.set('parent_node', parentNode);
  const fields = nodeFields(bag, yed.label, r.ctx.options.columns, r.builder.note);
  r.builder.addNode({ id, fields, where: where(el, `node "${id}"`) });
  if (findAll(el, 'port').length) r.builder.warnOnce('port', 'ports were ignored', at(r, el));
  for (const graph of findAll(el, 'graph')) {
    r.builder.warnOnce(
      'nested',
      'nested graphs (yEd groups) were flattened: their nodes and edges were imported and each keeps its group as parent_node',
      at(r, graph),
    );
    for (const child of graph.children) {
      if (child.local === 'node') readNode(r, child, id);
      else if (child.local === 'edge') readEdge(r, child, graph);
      else if (child.local === 'hyperedge')
        r.builder.warnOnce('hyperedge', 'hyperedges are not supported and were skipped', at(r, child));
    }
  }
}

function readEdge(r: Reader, el: XmlElement, graph: XmlElement): void {
  const source = required(r, el, 'source');
  const target = required(r, el, 'target');
  const id = el.attrs.get('id') ?? null;
  if (el.attrs.has('sourceport') || el.attrs.has('targetport'))
    r.builder.warnOnce('port', 'ports were ignored', at(r, el));
  const bag: Bag = new Map();
  const yed = readData(r, el, bag, 'edge');
  const fields = edgeFields(bag, { label: yed.label, sourceIsCitation: true }, r.ctx.options.columns, r.builder.note);
  const own = el.attrs.get('directed');
  fields.directed ??= own !== undefined ? own.trim() === 'true' : graph.attrs.get('edgedefault') === 'directed';
  const path = id !== null ? `edge "${id}"` : `edge ${source} -> ${target}`;
  r.builder.addEdge({ id, source, target, fields, where: where(el, path) });
}

/** Fills the bag from <data> children and key defaults; returns what yEd's graphics say. */
function readData(r: Reader, el: XmlElement, bag: Bag, domain: 'node' | 'edge'): { label: string | null } {
  let label: string | null = null;
  const seen = new Set<string>();
  for (const data of findAll(el, 'data')) {
    const keyId = data.attrs.get('key') ?? '';
    const key = r.keys.get(keyId);
    if (key?.yfiles) {
      if (key.yfiles === `${domain}graphics`) label ??= readYed(data, bag, domain);
      continue;
    }
    if (!key)
      r.builder.warnOnce(`key:${keyId}`, `<data> refers to the undeclared key "${keyId}"; kept as text`, at(r, data));
    const name = key?.name ?? keyId;
    seen.add(keyId);
    put(r, bag, name, textContent(data), key?.type ?? 'string', data);
  }
  for (const key of r.keys.values()) {
    if (key.fallback === null || seen.has(key.id) || key.yfiles) continue;
    if (key.domain === domain || key.domain === 'all') put(r, bag, key.name, key.fallback, key.type, el);
  }
  return { label };
}

function put(r: Reader, bag: Bag, name: string, raw: string, type: string, el: XmlElement): void {
  putTyped(bag, name, raw, type, (key, message) => r.builder.warnOnce(key, message, at(r, el)));
}

/** yEd keeps labels, geometry and colour inside its graphics data: take the first of each. */
function readYed(data: XmlElement, bag: Bag, domain: 'node' | 'edge'): string | null {
  const labels = findAll(data, domain === 'node' ? 'NodeLabel' : 'EdgeLabel', true);
  const label = labels.map((l) => l.text.trim()).find((t) => t !== '') ?? null;
  if (domain === 'node') {
    const geometry = findAll(data, 'Geometry', true)[0];
    const x = Number(geometry?.attrs.get('x'));
    const y = Number(geometry?.attrs.get('y'));
    const w = Number(geometry?.attrs.get('width'));
    if (Number.isFinite(x) && Number.isFinite(y)) bag.set('x', x).set('y', y);
    if (Number.isFinite(w) && w > 0) bag.set('viz_size', w);
    const fill = findAll(data, 'Fill', true)[0]?.attrs.get('color');
    if (fill) bag.set('viz_color', fill);
  }
  return label;
}

function required(r: Reader, el: XmlElement, name: string): string {
  const v = el.attrs.get(name);
  if (v === undefined || v === '') {
    throw new ClaimscapeError('validation-error', `a <${el.local}> without a ${name} attribute`, at(r, el));
  }
  return v;
}

function where(el: XmlElement, path: string) {
  return { line: el.line, column: el.column, path };
}

function at(r: Reader, el: XmlElement) {
  return { file: r.ctx.fileName, line: el.line, column: el.column };
}
