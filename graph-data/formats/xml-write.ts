// Writes XML text that any parser reads back exactly: escapes markup, keeps tabs and line breaks
// through attribute-value normalisation, and drops characters XML 1.0 cannot carry.
/** C0 controls other than TAB/LF/CR, U+FFFE/U+FFFF, and lone surrogates are not XML 1.0 characters. */
const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** Element content: `&`, `<`, `>` escaped; CR as a reference, since parsers turn a raw CR into LF. */
export function escapeText(value: string): string {
  return stripIllegalXml(value).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Attribute values: also quotes, and TAB/LF/CR as references, or parsers would turn them into spaces. */
export function escapeAttr(value: string): string {
  return stripIllegalXml(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};

/** `name="value"` pairs for a start tag, skipping absent values. */
export function attrs(pairs: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(pairs)) {
    if (v === null || v === undefined) continue;
    out += ` ${k}="${escapeAttr(String(v))}"`;
  }
  return out;
}

/** A number as XML schema reads it: finite decimal, no exponent surprises for integers. */
export function xmlNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}
