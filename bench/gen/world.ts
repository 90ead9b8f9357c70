// The generator's memory of what it made: entity kinds and ids, per-kind rankings for Zipf draws
// (power-law degrees), and the draw of a new relation whose endpoints fit the predicate's kinds.
import type { Predicate, Vocabulary } from '../../graph-data/model/types.ts';
import type { Rng } from './rng.ts';

const KIND_WEIGHTS: Record<string, number> = {
  person: 34,
  organisation: 18,
  'government-agency': 8,
  'military-unit': 8,
  'weapon-system': 4,
  place: 10,
  facility: 7,
  event: 6,
  'media-outlet': 4,
  country: 1,
};
const SPEAKERS = new Set(['person', 'government-agency', 'country', 'organisation', 'media-outlet']);
/** Zipf exponent of endpoint popularity: 0.8 gives a degree power law with exponent ~2.25. */
export const ZIPF = 0.8;

export interface World {
  kinds: string[];
  kindOf: Uint8Array;
  ids: string[];
  /** Members of each kind in popularity order (index 0 is that kind's biggest hub). */
  byKind: Int32Array[];
  speakers: Int32Array;
  outlets: Int32Array;
  predicatesBySubject: Predicate[][];
  taken: Set<number>;
}

export function createWorld(vocab: Vocabulary, n: number, rng: Rng): World {
  const kinds = vocab.kinds.map((k) => k.id);
  const weights = kinds.map((k) => KIND_WEIGHTS[k] ?? 0);
  const kindOf = new Uint8Array(n);
  const byKind: number[][] = kinds.map(() => []);
  const speakers: number[] = [];
  const countryCap = Math.max(20, Math.min(250, Math.round(n / 100)));
  for (let i = 0; i < n; i++) {
    let k = rng.weighted(weights);
    if (kinds[k] === 'country' && (byKind[k]?.length ?? 0) >= countryCap) k = kinds.indexOf('place');
    kindOf[i] = k;
    byKind[k]?.push(i);
    if (SPEAKERS.has(kinds[k] as string)) speakers.push(i);
  }
  const predicatesBySubject = kinds.map((k) =>
    vocab.predicates.filter((p) => p.subjectKinds.length === 0 || p.subjectKinds.includes(k)),
  );
  return {
    kinds,
    kindOf,
    ids: [],
    byKind: byKind.map((m) => Int32Array.from(m)),
    speakers: Int32Array.from(speakers),
    outlets: Int32Array.from(byKind[kinds.indexOf('media-outlet')] ?? []),
    predicatesBySubject,
    taken: new Set(),
  };
}

/** A member of `pool` by Zipf rank: popular members are drawn far more often. */
export function zipfMember(pool: Int32Array, rng: Rng): number | undefined {
  return pool.length ? pool[rng.zipf(pool.length, ZIPF)] : undefined;
}

function objectKind(w: World, p: Predicate, rng: Rng): number {
  const allowed = p.objectKinds.length
    ? p.objectKinds.map((k) => w.kinds.indexOf(k)).filter((k) => k >= 0)
    : w.kinds.map((_, i) => i);
  return allowed[rng.weighted(allowed.map((k) => w.byKind[k]?.length ?? 0))] ?? 0;
}

/**
 * A new relation (subject, predicate, object), or undefined after a few collisions. Like an arriving
 * node in Barabási-Albert, `newcomer` (when given) is the subject, so few entities are left isolated;
 * otherwise the subject, and always the object, are drawn by popularity.
 */
export function drawRelation(
  w: World,
  rng: Rng,
  newcomer?: number,
): { s: number; p: Predicate; o: number } | undefined {
  for (let attempt = 0; attempt < 8; attempt++) {
    const s = newcomer ?? rng.zipf(w.ids.length, ZIPF);
    const ps = w.predicatesBySubject[w.kindOf[s] as number] ?? [];
    const p = ps[rng.weighted(ps.map((q) => (q.id === 'related-to' ? 0.3 : 1)))];
    if (!p) continue;
    const o = zipfMember(w.byKind[objectKind(w, p, rng)] ?? new Int32Array(0), rng);
    const key = o === undefined ? -1 : tripleKey(s, o, p.id);
    if (o === undefined || o === s || w.taken.has(key)) continue;
    w.taken.add(key);
    return { s, p, o };
  }
  return undefined;
}

const PREDICATE_CODES = new Map<string, number>();
function tripleKey(s: number, o: number, p: string): number {
  let code = PREDICATE_CODES.get(p);
  if (code === undefined) PREDICATE_CODES.set(p, (code = PREDICATE_CODES.size));
  return (s * 2097152 + o) * 64 + code;
}
