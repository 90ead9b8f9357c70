// RFC 4180 CSV tokenizer for untrusted text: delimiter detection (, ; TAB), quoted fields with doubled
// quotes and line breaks, CRLF/LF/CR endings, blank lines skipped; errors carry the line and column.
import { ClaimscapeError } from '../model/errors.ts';
import type { Deadline } from './deadline.ts';
import { unprotectFormula } from './csv-formula.ts';

export interface CsvRow {
  cells: string[];
  /** Line on which the row starts (1-based). */
  line: number;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
}

const CANDIDATES = [',', ';', '\t'];

export function parseCsv(text: string, file: string, deadline: Deadline, delimiter?: string): CsvTable {
  const delim = delimiter !== undefined ? checkDelimiter(delimiter, file) : detectDelimiter(text);
  const records = tokenize(text, file, delim, deadline).filter((r) => r.cells.some((c) => c !== ''));
  const first = records.shift();
  if (!first) throw new ClaimscapeError('invalid-format', 'the file is empty', { file });
  const header = headerNames(first.cells.map(unprotectFormula));
  for (const row of records) {
    if (row.cells.length !== header.length) {
      throw new ClaimscapeError(
        'parse-error',
        `this row has ${row.cells.length} cells but the header has ${header.length}`,
        {
          file,
          line: row.line,
        },
      );
    }
    row.cells = row.cells.map(unprotectFormula);
  }
  return { header, rows: records, delimiter: delim };
}

function checkDelimiter(d: string, file: string): string {
  if (d.length !== 1 || d === '"' || d === '\r' || d === '\n') {
    throw new ClaimscapeError(
      'bad-argument',
      'the delimiter must be one character other than a quote or a line break',
      { file, value: d },
    );
  }
  return d;
}

/** Counts candidates in the header line, outside quotes; the most frequent wins, `,` on a tie or none. */
export function detectDelimiter(text: string): string {
  const counts = new Map(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

function headerNames(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `column_${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

interface Cursor {
  i: number;
  line: number;
}

function tokenize(text: string, file: string, delim: string, deadline: Deadline): CsvRow[] {
  const rows: CsvRow[] = [];
  const cur: Cursor = { i: 0, line: 1 };
  while (cur.i < text.length) {
    if ((rows.length & 1023) === 0) deadline.check({ line: cur.line });
    const line = cur.line;
    rows.push({ cells: readRecord(text, file, delim, cur), line });
  }
  return rows;
}

function readRecord(text: string, file: string, delim: string, cur: Cursor): string[] {
  const cells: string[] = [];
  for (;;) {
    cells.push(text.charAt(cur.i) === '"' ? readQuoted(text, file, delim, cur) : readPlain(text, delim, cur));
    if (cur.i >= text.length) return cells;
    const c = text.charAt(cur.i);
    if (c === delim) {
      cur.i++;
      if (cur.i >= text.length) {
        cells.push('');
        return cells;
      }
      continue;
    }
    cur.i += c === '\r' && text.charAt(cur.i + 1) === '\n' ? 2 : 1;
    cur.line++;
    return cells;
  }
}

function readPlain(text: string, delim: string, cur: Cursor): string {
  const d = delim.charCodeAt(0);
  let j = cur.i;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === d || c === 10 || c === 13) break;
  }
  const cell = text.slice(cur.i, j);
  cur.i = j;
  return cell;
}

function readQuoted(text: string, file: string, delim: string, cur: Cursor): string {
  const open = { line: cur.line, offset: cur.i };
  let out = '';
  let i = cur.i + 1;
  for (;;) {
    const j = text.indexOf('"', i);
    if (j < 0) {
      throw new ClaimscapeError('parse-error', 'a quoted field is never closed (unbalanced ")', {
        file,
        line: open.line,
        column: columnOf(text, open.offset),
      });
    }
    const chunk = text.slice(i, j);
    cur.line += lineBreaks(chunk);
    out += chunk;
    if (text.charAt(j + 1) === '"') {
      out += '"';
      i = j + 2;
      continue;
    }
    i = j + 1;
    break;
  }
  const next = text.charAt(i);
  if (i < text.length && next !== delim && next !== '\n' && next !== '\r') {
    throw new ClaimscapeError('parse-error', 'text after the closing quote of a field', {
      file,
      line: cur.line,
      column: columnOf(text, i),
    });
  }
  cur.i = i;
  return out;
}

function lineBreaks(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(k + 1) !== 10) n++;
  }
  return n;
}

function columnOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text.charAt(start - 1) !== '\n' && text.charAt(start - 1) !== '\r') start--;
  return offset - start + 1;
}
