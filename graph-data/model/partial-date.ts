// Partial dates (`2024`, `2024-10`, `2024-10-18`): validation and range comparison.
const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = PARTIAL_DATE.exec(v);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}

/** Earliest full day a partial date may mean, as `YYYY-MM-DD`. */
export function partialDateStart(p: string): string {
  const [y, m = '01', d = '01'] = p.split('-');
  return `${y}-${m}-${d}`;
}

/** Latest full day a partial date may mean, as `YYYY-MM-DD`. */
export function partialDateEnd(p: string): string {
  const [y = '0000', m, d] = p.split('-');
  if (d) return p;
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(last).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}

/** Normalises a loose date (ISO timestamp, `2024/10/18`, a bare year number) to a partial date. */
export function toPartialDate(v: unknown): string | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 9999) return String(v);
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/\//g, '-');
  if (isPartialDate(s)) return s;
  const m = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(s);
  if (m && isPartialDate(m[1])) return m[1] ?? null;
  return null;
}
