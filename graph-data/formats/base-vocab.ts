// The base vocabulary (graph-data/vocab) as lookups for importers: foreign kinds and predicates are
// matched against ids and labels, and the few records an import always brings are defined here.
import kindsJson from '../vocab/kinds.json' with { type: 'json' };
import predicatesJson from '../vocab/predicates.json' with { type: 'json' };
import type { EntityKind, Predicate } from '../model/types.ts';
import { slugify } from './ids.ts';

export const BASE_KINDS: readonly EntityKind[] = kindsJson as EntityKind[];
export const BASE_PREDICATES: readonly Predicate[] = predicatesJson as Predicate[];

/** A record the importers rely on; graph-data/vocab ships it (test/graph-data/seed-data.test.ts checks). */
function required<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((x) => x.id === id);
  if (!found) throw new Error(`the base vocabulary lacks "${id}"`);
  return found;
}

/** Every import carries these, even though the base vocabulary holds them too. */
export const DATASET_KIND: EntityKind = required(BASE_KINDS, 'dataset');
export const OTHER_KIND: EntityKind = required(BASE_KINDS, 'other');
export const RELATED_TO: Predicate = required(BASE_PREDICATES, 'related-to');

function byIdAndLabels<T extends { id: string; label: Record<string, string | undefined> }>(items: readonly T[]) {
  const map = new Map<string, T>();
  for (const item of items) {
    for (const text of Object.values(item.label)) if (text) map.set(slugify(text), item);
  }
  for (const item of items) map.set(item.id, item);
  return map;
}

const KIND_LOOKUP = byIdAndLabels(BASE_KINDS);
const PREDICATE_LOOKUP = byIdAndLabels(BASE_PREDICATES);

/** The base kind a foreign value names (`Person`, `government agency`, `negara`), if any. */
export function findBaseKind(text: string): EntityKind | undefined {
  return KIND_LOOKUP.get(slugify(text));
}

/** The base predicate a foreign value names (`supplies`, `is located in`, `memasok`), if any. */
export function findBasePredicate(text: string): Predicate | undefined {
  return PREDICATE_LOOKUP.get(slugify(text));
}

/** A predicate's English label from the document's vocabulary, then the base one, then its id. */
export function predicateLabel(id: string, docPredicates: readonly Predicate[] | undefined): string {
  const p = docPredicates?.find((x) => x.id === id) ?? BASE_PREDICATES.find((x) => x.id === id);
  return p?.label.en ?? id;
}
