// Spreadsheet formula injection guard for CSV cells. Export prefixes a single quote to any cell that
// begins (after any quotes) with = + - @ TAB or CR; import strips exactly one leading quote, and only
// when what follows is such a cell, so `'quoted` text and `'=x` both round-trip unchanged.
const RISKY = /^'*[=+\-@\t\r]/;

export function protectFormula(cell: string): string {
  return RISKY.test(cell) ? `'${cell}` : cell;
}

export function unprotectFormula(cell: string): string {
  return cell.startsWith("'") && RISKY.test(cell.slice(1)) ? cell.slice(1) : cell;
}
