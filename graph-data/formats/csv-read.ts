// Reads node and edge tables (Gephi, Cytoscape, spreadsheets): the main text is the edges file when it
// has source/target columns, else the nodes file; ctx.companions may hold the other one.
import { ClaimscapeError } from '../model/errors.ts';
import type { ParseContext, ParseResult } from './format.ts';
import { edgeFields, nodeFields, type Bag, type Columns } from './attribute-roles.ts';
import { parseCsv, type CsvRow, type CsvTable } from './csv-parse.ts';
import { createDeadline, type Deadline } from './deadline.ts';
import { createImportBuilder, type ImportBuilder } from './import-builder.ts';
import { guardText } from './text-guard.ts';

const GUESS = {
  source: ['source', 'from', 'src', 'subject'],
  target: ['target', 'to', 'dst', 'object'],
  edgeId: ['id', 'edge_id', 'edge id'],
  nodeId: ['id', 'node', 'node_id', 'key', 'name', 'shared name'],
};

interface Table extends CsvTable {
  file: string;
}

export function parseCsvGraph(text: string, ctx: ParseContext): ParseResult {
  const deadline = createDeadline(ctx.fileName, ctx.limits);
  const columns = ctx.options.columns ?? {};
  const main = readTable(text, ctx.fileName, ctx, deadline);
  const mainIsEdges = endpoints(main, columns) !== null;
  if (!mainIsEdges && ctx.companions?.['edges'] === undefined) checkNamedColumns(main, columns);
  const other = (key: 'nodes' | 'edges') => {
    const t = ctx.companions?.[key];
    return t === undefined ? null : readTable(t, `${ctx.fileName} [${key}]`, ctx, deadline);
  };
  const nodes = mainIsEdges ? other('nodes') : main;
  const edges = mainIsEdges ? main : other('edges');
  const builder = createImportBuilder('csv', ctx, { implicitNodes: nodes === null });
  if (nodes) addNodes(builder, nodes, columns);
  if (edges) addEdges(builder, edges, columns);
  return builder.finish();
}

function readTable(text: string, file: string, ctx: ParseContext, deadline: Deadline): Table {
  const body = guardText(text, file, ctx.limits);
  return { ...parseCsv(body, file, deadline, ctx.options.delimiter), file };
}

function column(header: readonly string[], explicit: string | undefined, guesses: readonly string[]): number | null {
  const names = explicit !== undefined ? [explicit] : guesses;
  for (const name of names) {
    const i = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (i >= 0) return i;
  }
  return null;
}

function endpoints(t: CsvTable, columns: Columns): { source: number; target: number } | null {
  const source = column(t.header, columns.source, GUESS.source);
  const target = column(t.header, columns.target, GUESS.target);
  return source !== null && target !== null && source !== target ? { source, target } : null;
}

/** A source/target column named in the options but absent is a mistake, not a nodes file. */
function checkNamedColumns(t: Table, columns: Columns): void {
  for (const role of ['source', 'target'] as const) {
    const name = columns[role];
    if (name !== undefined && column(t.header, name, []) === null) {
      throw new ClaimscapeError('bad-argument', `the ${role} column "${name}" is not in the header`, {
        file: t.file,
        line: 1,
        path: `columns.${role}`,
        value: name,
      });
    }
  }
}

function addNodes(builder: ImportBuilder, t: Table, columns: Columns): void {
  const idCol = column(t.header, columns.id, GUESS.nodeId);
  if (idCol === null)
    throw new ClaimscapeError('invalid-format', 'the nodes file has no id column', { file: t.file, line: 1 });
  builder.note('entity id', t.header[idCol] ?? '');
  for (const row of t.rows) {
    const id = cell(row, idCol).trim();
    if (id === '') {
      throw new ClaimscapeError('validation-error', 'a node row without an id', {
        file: t.file,
        line: row.line,
        path: t.header[idCol] ?? 'id',
      });
    }
    const fields = nodeFields(toBag(t.header, row, [idCol]), null, columns, builder.note);
    builder.addNode({ id, fields, where: { file: t.file, line: row.line, path: `node "${id}"` } });
  }
}

function addEdges(builder: ImportBuilder, t: Table, columns: Columns): void {
  const ends = endpoints(t, columns);
  if (!ends) {
    throw new ClaimscapeError('invalid-format', 'the edges file has no source and target columns', {
      file: t.file,
      line: 1,
    });
  }
  const idCol = column(t.header, columns.id, GUESS.edgeId);
  builder.note('relation subject', t.header[ends.source] ?? '');
  builder.note('relation object', t.header[ends.target] ?? '');
  for (const row of t.rows) {
    const source = endpoint(t, row, ends.source);
    const target = endpoint(t, row, ends.target);
    const id = idCol !== null ? cell(row, idCol).trim() || null : null;
    const bag = toBag(t.header, row, [ends.source, ends.target, ...(idCol !== null ? [idCol] : [])]);
    for (const [k, v] of bag)
      if (k.toLowerCase() === 'weight' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(String(v)))
        bag.set(k, Number(v));
    const fields = edgeFields(bag, { sourceIsCitation: false }, columns, builder.note);
    builder.addEdge({ id, source, target, fields, where: { file: t.file, line: row.line } });
  }
}

function endpoint(t: Table, row: CsvRow, col: number): string {
  const v = cell(row, col).trim();
  if (v === '') {
    throw new ClaimscapeError('validation-error', `an edge row without a ${t.header[col]}`, {
      file: t.file,
      line: row.line,
      path: t.header[col] ?? '',
    });
  }
  return v;
}

function cell(row: CsvRow, i: number): string {
  return row.cells[i] ?? '';
}

/** Every non-empty cell outside the structural columns, as text (CSV has no types). */
function toBag(header: readonly string[], row: CsvRow, skip: readonly number[]): Bag {
  const bag: Bag = new Map();
  header.forEach((name, i) => {
    const v = row.cells[i] ?? '';
    if (!skip.includes(i) && v !== '') bag.set(name, v);
  });
  return bag;
}
