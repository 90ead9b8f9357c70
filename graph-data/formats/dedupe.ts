// Collapses records repeated with identical content; the same id with different content is an error.
import { ClaimscapeError } from '../model/errors.ts';

export function dedupeById<T extends { id: string }>(items: T[], path: string, file: string): T[] {
  const seen = new Map<string, { index: number; json: string }>();
  const out: T[] = [];
  items.forEach((item, index) => {
    const json = JSON.stringify(item);
    const prev = seen.get(item.id);
    if (!prev) {
      seen.set(item.id, { index, json });
      out.push(item);
    } else if (prev.json !== json) {
      throw new ClaimscapeError(
        'validation-error',
        `duplicate id with different content (first at ${path}[${prev.index}])`,
        {
          file,
          path: `${path}[${index}].id`,
          value: item.id,
        },
      );
    }
  });
  return out;
}
