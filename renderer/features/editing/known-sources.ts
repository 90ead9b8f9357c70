// The sources this window has shown or created, newest first: what the claim form offers first,
// and how a source is named in its lists.
import type { SourceView } from '../../../graph-data/contract/views.ts';

/** Sources the app has shown or created, newest first: what the researcher is likely to cite. */
const seen = new Map<string, SourceView>();

export function rememberSources(list: readonly SourceView[]): void {
  for (const s of list) {
    seen.delete(s.id);
    seen.set(s.id, s);
  }
}

export function knownSources(): SourceView[] {
  return [...seen.values()].reverse();
}

export function sourceLabel(s: SourceView): string {
  const bits = [s.publisher?.label, s.published].filter(Boolean).join(', ');
  return bits ? `${s.title} (${bits})` : s.title;
}
