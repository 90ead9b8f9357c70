// Turns the text of a typed attribute (GraphML attr.type, GEXF attribute type) into a value, or null
// when the text does not fit the type; integers too big for a double stay text, lists are joined.
import type { AttributeValue } from '../model/types.ts';
import { LIST_SEPARATOR } from './edge-summary.ts';

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseTyped(raw: string, type: string): AttributeValue | null {
  const t = raw.trim();
  switch (type.trim().toLowerCase()) {
    case 'boolean': {
      const v = t.toLowerCase();
      return v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : null;
    }
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger': {
      if (!INTEGER.test(t)) return null;
      const n = Number(t);
      return Number.isSafeInteger(n) ? n : t;
    }
    case 'float':
    case 'double':
    case 'bigdecimal':
      return DECIMAL.test(t) ? Number(t) : null;
    default:
      return type.toLowerCase().startsWith('list') ? listValue(raw) : raw;
  }
}

/** GEXF lists, `[a, b]` (1.3) or `a|b` (1.2), joined with " | " like every list Claimscape shows. */
function listValue(raw: string): string {
  const t = raw.trim();
  const inner = t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1) : t;
  const sep = t.startsWith('[') ? ',' : '|';
  return inner
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(LIST_SEPARATOR);
}

/** Stores a typed value in the bag; a value that does not fit its type stays text, with one warning per name. */
export function putTyped(
  bag: Map<string, AttributeValue>,
  name: string,
  raw: string,
  type: string,
  warnOnce: (key: string, message: string) => void,
): void {
  if (raw === '') return;
  const value = parseTyped(raw, type);
  if (value === null)
    warnOnce(`type:${name}`, `"${name}" holds a value that is not of its declared type ${type}; kept as text`);
  bag.set(name, value ?? raw);
}
