// The distinct sources behind a set of relations (relation:get per edge, a few at a time), in
// a stable order for the numbered list under an exported image.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { RelationDetail } from '../../../graph-data/contract/views.ts';
import type { FigureSource } from './figure-layout.ts';

const PARALLEL = 6;
/** Beyond this many edges the list would not fit an image anyway. */
const MAX_EDGES = 600;

export async function sourcesOf(
  api: ApiClient,
  edgeIds: readonly string[],
  cache: Map<string, RelationDetail>,
): Promise<FigureSource[]> {
  const ids = edgeIds.slice(0, MAX_EDGES);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      if (!cache.has(id)) cache.set(id, await api['relation:get']({ id }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, ids.length) }, worker));
  const seen = new Map<string, FigureSource>();
  for (const id of ids) {
    for (const c of cache.get(id)?.claims ?? []) {
      if (!seen.has(c.source.id))
        seen.set(c.source.id, {
          title: c.source.title,
          publisher: c.source.publisher?.label ?? null,
          published: c.source.published,
        });
    }
  }
  return [...seen.values()].sort(
    (a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.title.localeCompare(b.title),
  );
}
