// RFC 4180 CSV output: quotes a field holding the delimiter, a quote, CR or LF (inner quotes doubled),
// guards formula cells, and ends every row with CRLF. No byte-order mark (see docs in csv.ts).
import { protectFormula } from './csv-formula.ts';

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = protectFormula(typeof value === 'number' && !Number.isFinite(value) ? '' : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(header: readonly string[], rows: readonly CsvValue[][]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
