// Maps the kinds and predicates a foreign file uses onto the base vocabulary, and collects the ones
// an import must bring along (dataset, other, related-to, and predicates the file invents).
import type { EntityKind, Predicate, Vocabulary } from '../model/types.ts';
import { DATASET_KIND, OTHER_KIND, RELATED_TO, findBaseKind, findBasePredicate } from './base-vocab.ts';
import { fnv1aHex, slugify } from './ids.ts';
import { TEXT_LIMITS, clampText } from '../model/limits.ts';

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
  return new Collector();
}

class Collector implements VocabCollector {
  private readonly kinds = new Map<string, EntityKind>([[DATASET_KIND.id, DATASET_KIND]]);
  private readonly predicates = new Map<string, Predicate>();
  // Big files repeat a handful of values: resolve each distinct text once.
  private readonly kindOf = new Map<string, string>();
  private readonly predicateOf = new Map<string, string>();

  kind(raw: string | null): string {
    const key = raw ?? '';
    let id = this.kindOf.get(key);
    if (id === undefined) this.kindOf.set(key, (id = this.resolveKind(key.trim())));
    return id;
  }

  predicate(raw: string | null, label: string | null): string {
    const key = raw ?? '';
    let id = this.predicateOf.get(key);
    if (id === undefined) this.predicateOf.set(key, (id = this.resolvePredicate(key.trim(), label)));
    return id;
  }

  vocabulary(): Vocabulary {
    return { kinds: [...this.kinds.values()], predicates: [...this.predicates.values()] };
  }

  private resolveKind(text: string): string {
    const base = text ? findBaseKind(text) : undefined;
    const id = base?.id ?? (text.length <= 64 && KIND_SLUG.test(text) ? text : OTHER_KIND.id);
    if (id === OTHER_KIND.id) this.kinds.set(OTHER_KIND.id, OTHER_KIND);
    else if (!base && !this.kinds.has(id)) this.kinds.set(id, newKind(id));
    return id;
  }

  private resolvePredicate(text: string, label: string | null): string {
    const base = text ? findBasePredicate(text) : RELATED_TO;
    if (base?.id === RELATED_TO.id) this.predicates.set(RELATED_TO.id, RELATED_TO);
    if (base) return base.id;
    const id = slugify(text) || `p-${fnv1aHex(text).slice(0, 10)}`;
    if (!this.predicates.has(id)) this.predicates.set(id, newPredicate(id, label?.trim() || text));
    return id;
  }
}

function newKind(id: string): EntityKind {
  return { id, label: { en: id }, shape: OTHER_KIND.shape, color: OTHER_KIND.color, glyph: OTHER_KIND.glyph };
}

function newPredicate(id: string, text: string): Predicate {
  return {
    id,
    label: { en: text },
    inverse: { en: `${clampText(text, TEXT_LIMITS.label - 10)} (inverse)` },
    symmetric: false,
    subjectKinds: [],
    objectKinds: [],
  };
}
