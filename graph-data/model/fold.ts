// Folding names for matching: case and diacritics ignored, spacing and punctuation collapsed;
// and slugs for generated ids. Shared by merge suggestions, import resolution and id generation.

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** "Corée du Nord" and "COREE du  nord" fold to the same key. */
export function foldName(s: string): string {
  // Same result, without Unicode normalisation, for the common plain-ASCII name (the store's
  // folded-name indexes call this for every label and alias).
  if (PRINTABLE_ASCII.test(s))
    return s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A readable id from a label: folded, words joined by `-`, at most 60 characters. */
export function slugOf(s: string, fallback: string): string {
  const slug = foldName(s).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');
  return /^[\p{L}\p{N}]/u.test(slug) ? slug : fallback;
}
