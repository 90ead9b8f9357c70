// RFC 4180 CSV output: quotes a field holding the delimiter, a quote, CR or LF (inner quotes doubled),
// guards formula cells, and ends every row with CRLF. No byte-order mark (see docs in csv.ts).
import { protectFormula } from './csv-formula.ts';

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = protectFormula(typeof value === 'number' && !Number.isFinite(value) ? '' : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows, each ended with CRLF (an empty string for no rows, so pages can be written one by one). */
export function csvRows(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
