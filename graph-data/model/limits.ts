// The one set of text limits: the Claimscape JSON schema and every importer check the same numbers,
// so whatever an import accepts, an export of it imports again (docs/FORMAT.md, "Limits").

export const TEXT_LIMITS = {
  /** Ids (also fixed by ID_PATTERN in errors.ts). */
  id: 200,
  /** Entity labels, alias texts, source titles, kind and predicate labels. */
  label: 2_000,
  /** Entity descriptions, claim summaries and excerpts. */
  longText: 20_000,
  attributeName: 200,
  /** A text attribute value. */
  attributeValue: 100_000,
  externalIdName: 100,
  externalIdValue: 400,
  url: 4_000,
  /** BCP-47 language tags. */
  language: 35,
  /** Kind shapes, source formats, retrieval timestamps. */
  code: 40,
  glyph: 8,
  /** The full text of a source. */
  sourceText: 50_000_000,
} as const;

export type TextLimit = keyof typeof TEXT_LIMITS;

/** The first `max` UTF-16 units of a text, never ending inside a surrogate pair. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.charCodeAt(max - 1);
  return text.slice(0, cut >= 0xd800 && cut <= 0xdbff ? max - 1 : max);
}
