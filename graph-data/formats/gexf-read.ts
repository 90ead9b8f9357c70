// Reads GEXF 1.0 (Gephi before 0.7), 1.1, 1.2 and 1.3 (Gephi, NetworkX, graphology): typed attributes with defaults, viz
// colour/size/position, weights, edge labels and kinds, per-edge type, and dynamic start/end or spells.
import { ClaimscapeError } from '../model/errors.ts';
import { toPartialDate } from '../model/partial-date.ts';
import type { ParseContext, ParseResult } from './format.ts';
import { edgeFields, nodeFields, type Bag } from './attribute-roles.ts';
import { createImportBuilder, type ImportBuilder } from './import-builder.ts';
import { putTyped } from './typed-value.ts';
import { readViz } from './gexf-viz.ts';
import { findAll, guardXml, textContent, walkXml, type XmlElement } from './xml-safe.ts';

interface AttrDecl {
  title: string;
  type: string;
  fallback: string | null;
}

interface Reader {
  ctx: ParseContext;
  builder: ImportBuilder;
  decls: { node: Map<string, AttrDecl>; edge: Map<string, AttrDecl> };
  edgeType: string;
}

/** 1.0 is the `http://www.gephi.org/gexf` namespace, with `<attvalue id=...>` and `<attributes type=...>`. */
const VERSIONS = new Set(['1.0', '1.1', '1.2', '1.3']);

export function parseGexf(text: string, ctx: ParseContext): ParseResult {
  const body = guardXml(text, ctx);
  const r: Reader = {
    ctx,
    builder: createImportBuilder('gexf', ctx),
    decls: { node: new Map(), edge: new Map() },
    edgeType: 'undirected',
  };
  walkXml(body, ctx, {
    open: (el, ancestors) => openElement(r, el, ancestors),
    close: (el) => closeElement(r, el),
  });
  return r.builder.finish();
}

function openElement(r: Reader, el: XmlElement, ancestors: readonly XmlElement[]): boolean {
  const parent = ancestors[ancestors.length - 1];
  if (!parent) {
    if (el.local !== 'gexf')
      throw new ClaimscapeError('invalid-format', `not a GEXF file: the root element is <${el.name}>`, at(r, el));
    checkVersion(r, el);
    return false;
  }
  if (el.local === 'graph' && parent.local === 'gexf') {
    r.edgeType = (el.attrs.get('defaultedgetype') ?? 'undirected').toLowerCase();
    return false;
  }
  if (el.local === 'attributes') return parent.local === 'graph';
  return (el.local === 'node' && parent.local === 'nodes') || (el.local === 'edge' && parent.local === 'edges');
}

function checkVersion(r: Reader, el: XmlElement): void {
  const fromNs = /gexf\.net\/(\d+\.\d+)/.exec(el.uri)?.[1] ?? (/gephi\.org\/gexf/.test(el.uri) ? '1.0' : undefined);
  const version = fromNs ?? el.attrs.get('version');
  if (version === undefined) {
    r.builder.warnOnce('version', 'the file names no GEXF version; it was read as GEXF 1.3', at(r, el));
  } else if (!VERSIONS.has(version)) {
    throw new ClaimscapeError('unsupported-version', `GEXF ${version} is not supported (GEXF 1.0 to 1.3 are)`, {
      ...at(r, el),
      value: version,
    });
  }
}

function closeElement(r: Reader, el: XmlElement): void {
  if (el.local === 'attributes') addDecls(r, el);
  else if (el.local === 'node') readNode(r, el, null);
  else if (el.local === 'edge') readEdge(r, el);
}

function addDecls(r: Reader, el: XmlElement): void {
  const cls = el.attrs.get('class') === 'edge' ? r.decls.edge : r.decls.node;
  if (el.attrs.get('mode') === 'dynamic')
    r.builder.warnOnce('dynamic-attrs', 'dynamic attribute values: the first value of each was kept', at(r, el));
  for (const a of findAll(el, 'attribute')) {
    const id = a.attrs.get('id') ?? a.attrs.get('title') ?? '';
    const fallback = findAll(a, 'default')[0];
    cls.set(id, {
      title: a.attrs.get('title') ?? id,
      type: a.attrs.get('type') ?? 'string',
      fallback: fallback ? textContent(fallback) : null,
    });
  }
}

function readNode(r: Reader, el: XmlElement, parentNode: string | null): void {
  const id = required(r, el, 'id');
  const bag: Bag = new Map();
  readAttvalues(r, el, r.decls.node, bag);
  readViz(el, bag);
  const { start, end } = period(el);
  if (start !== null) bag.set('start', start);
  if (end !== null) bag.set('end', end);
  const pid = el.attrs.get('pid') ?? parentNode;
  if (pid) bag.set('parent_node', pid);
  const fields = nodeFields(bag, el.attrs.get('label') ?? null, r.ctx.options.columns, r.builder.note);
  r.builder.addNode({ id, fields, where: { line: el.line, column: el.column, path: `node "${id}"` } });
  for (const nested of findAll(el, 'nodes')) {
    r.builder.warnOnce('nested', 'nested nodes were flattened: each keeps its parent as parent_node', at(r, nested));
    for (const child of findAll(nested, 'node')) readNode(r, child, id);
  }
  for (const edges of findAll(el, 'edges')) for (const child of findAll(edges, 'edge')) readEdge(r, child);
}

function readEdge(r: Reader, el: XmlElement): void {
  const source = required(r, el, 'source');
  const target = required(r, el, 'target');
  const id = el.attrs.get('id') ?? null;
  const bag: Bag = new Map();
  const weight = Number(el.attrs.get('weight'));
  if (el.attrs.has('weight') && Number.isFinite(weight)) bag.set('weight', weight);
  const kind = el.attrs.get('kind');
  if (kind) bag.set('kind', kind);
  readAttvalues(r, el, r.decls.edge, bag);
  readViz(el, bag);
  const type = (el.attrs.get('type') ?? r.edgeType).toLowerCase();
  if (type === 'mutual') bag.set('edge_type', 'mutual');
  const { start, end } = period(el);
  const holdsFrom = start !== null ? toPartialDate(start) : null;
  const holdsUntil = end !== null ? toPartialDate(end) : null;
  if (start !== null && holdsFrom === null) bag.set('start', start);
  if (end !== null && holdsUntil === null) bag.set('end', end);
  const fields = edgeFields(
    bag,
    { label: el.attrs.get('label') ?? null, sourceIsCitation: true },
    r.ctx.options.columns,
    r.builder.note,
  );
  fields.directed ??= type === 'directed';
  fields.stated ??= holdsFrom;
  const path = id !== null ? `edge "${id}"` : `edge ${source} -> ${target}`;
  r.builder.addEdge({
    id,
    source,
    target,
    fields,
    holdsFrom,
    holdsUntil,
    where: { line: el.line, column: el.column, path },
  });
}

function readAttvalues(r: Reader, el: XmlElement, decls: Map<string, AttrDecl>, bag: Bag): void {
  const seen = new Set<string>();
  for (const group of findAll(el, 'attvalues')) {
    for (const av of findAll(group, 'attvalue')) {
      const key = av.attrs.get('for') ?? av.attrs.get('id') ?? '';
      const decl = decls.get(key);
      if (!decl)
        r.builder.warnOnce(`attr:${key}`, `a value for the undeclared attribute "${key}" was kept as text`, at(r, av));
      if (seen.has(key)) continue;
      seen.add(key);
      put(r, bag, decl?.title ?? key, av.attrs.get('value') ?? '', decl?.type ?? 'string', av);
    }
  }
  for (const [key, decl] of decls)
    if (!seen.has(key) && decl.fallback !== null) put(r, bag, decl.title, decl.fallback, decl.type, el);
}

function put(r: Reader, bag: Bag, name: string, raw: string, type: string, el: XmlElement): void {
  putTyped(bag, name, raw, type, (key, message) => r.builder.warnOnce(key, message, at(r, el)));
}

/** start/end from the element's attributes, else its first spell (or timestamp). */
function period(el: XmlElement): { start: string | null; end: string | null } {
  const spell = findAll(el, 'spells').flatMap((s) => s.children)[0];
  const pick = (names: string[]) => {
    for (const n of names) {
      const v = el.attrs.get(n) ?? spell?.attrs.get(n);
      if (v !== undefined && v !== '') return v;
    }
    return null;
  };
  return { start: pick(['start', 'startopen', 'timestamp']), end: pick(['end', 'endopen']) };
}

function required(r: Reader, el: XmlElement, name: string): string {
  const v = el.attrs.get(name);
  if (v === undefined || v === '')
    throw new ClaimscapeError('validation-error', `a <${el.local}> without a ${name} attribute`, at(r, el));
  return v;
}

function at(r: Reader, el: XmlElement) {
  return { file: r.ctx.fileName, line: el.line, column: el.column };
}
