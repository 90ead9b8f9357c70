// Maps the kinds and predicates a foreign file uses onto the base vocabulary, and collects the ones
// an import must bring along (dataset, other, related-to, and predicates the file invents).
import type { EntityKind, Predicate, Vocabulary } from '../model/types.ts';
import { DATASET_KIND, OTHER_KIND, RELATED_TO, findBaseKind, findBasePredicate } from './base-vocab.ts';
import { fnv1aHex, slugify } from './ids.ts';

/** A value already written as a kind slug (`alliance`) names a kind the file brings. */
const KIND_SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface VocabCollector {
  /** The kind id for a foreign kind/type value: a base kind, a slug the file brings, else `other`. */
  kind(raw: string | null): string;
  /** The predicate id for a foreign predicate text (and the label the file gives it, if any). */
  predicate(raw: string | null, label: string | null): string;
  vocabulary(): Vocabulary;
}

export function createVocabCollector(): VocabCollector {
  const kinds = new Map<string, EntityKind>([[DATASET_KIND.id, DATASET_KIND]]);
  const predicates = new Map<string, Predicate>();
  return {
    kind(raw) {
      const text = raw?.trim() ?? '';
      const base = text ? findBaseKind(text) : undefined;
      const id = base?.id ?? (text.length <= 64 && KIND_SLUG.test(text) ? text : OTHER_KIND.id);
      if (id === OTHER_KIND.id) kinds.set(OTHER_KIND.id, OTHER_KIND);
      else if (!base && !kinds.has(id)) kinds.set(id, newKind(id));
      return id;
    },
    predicate(raw, label) {
      const text = raw?.trim() ?? '';
      if (!text) {
        predicates.set(RELATED_TO.id, RELATED_TO);
        return RELATED_TO.id;
      }
      const base = findBasePredicate(text);
      if (base) {
        if (base.id === RELATED_TO.id) predicates.set(RELATED_TO.id, RELATED_TO);
        return base.id;
      }
      const id = slugify(text) || `p-${fnv1aHex(text).slice(0, 10)}`;
      if (!predicates.has(id)) predicates.set(id, newPredicate(id, label?.trim() || text));
      return id;
    },
    vocabulary() {
      return { kinds: [...kinds.values()], predicates: [...predicates.values()] };
    },
  };
}

function newKind(id: string): EntityKind {
  return { id, label: { en: id }, shape: OTHER_KIND.shape, color: OTHER_KIND.color, glyph: OTHER_KIND.glyph };
}

function newPredicate(id: string, text: string): Predicate {
  return {
    id,
    label: { en: text },
    inverse: { en: `${text} (inverse)` },
    symmetric: false,
    subjectKinds: [],
    objectKinds: [],
  };
}
