// Folding names for matching: case and diacritics ignored, spacing and punctuation collapsed;
// and slugs for generated ids. Shared by merge suggestions, import resolution and id generation.

/** "Corée du Nord" and "COREE du  nord" fold to the same key. */
export function foldName(s: string): string {
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
