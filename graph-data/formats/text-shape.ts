// Format detection by structure, not by a pattern over the first bytes: the keys of a JSON file's top
// level (or of its first array element), skipping values however large, and an XML file's root element.

export type JsonShape =
  { kind: 'object'; keys: Set<string>; format: string | null } | { kind: 'array'; firstKeys: Set<string> };

/** The keys that decide between the JSON formats; the scan stops at the first of them. */
const DECISIVE = ['format', 'elements'];
let memo: { text: string; shape: JsonShape | null } | null = null;

/** The shape of a JSON text, computed once for the several formats that ask about the same text. */
export function jsonShapeOf(text: string): JsonShape | null {
  if (memo?.text !== text) memo = { text, shape: jsonShape(text, DECISIVE) };
  return memo.shape;
}

/** Top-level keys found before `stop` names one of them; values are skipped, not built. */
export function jsonShape(text: string, stop: readonly string[] = []): JsonShape | null {
  let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const open = text[i];
  if (open === '[') {
    i = skipSpace(text, i + 1);
    if (text[i] !== '{') return { kind: 'array', firstKeys: new Set() };
    const first = objectKeys(text, i, stop);
    return first && { kind: 'array', firstKeys: first.keys };
  }
  if (open !== '{') return null;
  return objectKeys(text, i, stop);
}

/** Reads the keys of the object opening at `start`, and the value of `format` when it is a string. */
function objectKeys(text: string, start: number, stop: readonly string[]) {
  const keys = new Set<string>();
  let format: string | null = null;
  let i = skipSpace(text, start + 1);
  while (i < text.length && text[i] === '"') {
    const end = stringEnd(text, i);
    if (end < 0) return null;
    const key = unquote(text.slice(i, end + 1));
    i = skipSpace(text, end + 1);
    if (key === null || text[i] !== ':') return null;
    keys.add(key);
    i = skipSpace(text, i + 1);
    if (key === 'format' && text[i] === '"') {
      const vEnd = stringEnd(text, i);
      if (vEnd >= 0) format = unquote(text.slice(i, vEnd + 1));
    }
    if (stop.includes(key)) break;
    i = skipSpace(text, valueEnd(text, i));
    if (text[i] !== ',') break;
    i = skipSpace(text, i + 1);
  }
  return { kind: 'object' as const, keys, format };
}

/** Index just after the JSON value starting at `i` (strings and nesting skipped by counting). */
function valueEnd(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = stringEnd(text, i);
      if (i < 0) return text.length;
      if (depth === 0) return i + 1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && c === 44) return i;
  }
  return i;
}

/** Index of the quote closing the string that opens at `i`, or -1. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 34) return j;
  }
  return -1;
}

function unquote(token: string): string | null {
  try {
    return JSON.parse(token) as string;
  } catch {
    return null;
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    i++;
  }
  return i;
}

/** The root element's name (`gexf`, `graphml`, `gexf:gexf`), after the declaration, comments, PIs and doctype. */
export function xmlRootName(text: string): string | null {
  let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  while (i >= 0 && text.startsWith('<', i)) {
    if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else if (text.startsWith('<!', i)) i = doctypeEnd(text, i);
    else return /^[A-Za-z_][\w.:-]*/.exec(text.slice(i + 1, i + 201))?.[0] ?? null;
    if (i >= 0) i = skipSpace(text, i);
  }
  return null;
}

function after(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at < 0 ? -1 : at + token.length;
}

/** A doctype may hold an internal subset in brackets; the importers refuse it later, with a clear error. */
function doctypeEnd(text: string, i: number): number {
  const bracket = text.indexOf('[', i);
  const close = text.indexOf('>', i);
  if (close < 0) return -1;
  return bracket < 0 || bracket > close ? close + 1 : after(text, ']>', bracket);
}

/** The local part of an XML name: `gexf` for `gexf:gexf`. */
export function localName(name: string | null): string | null {
  return name === null ? null : (name.split(':').pop() ?? null);
}
