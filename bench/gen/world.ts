// The generator's memory of what it made: entity kinds, ids and preferential pools, and the draw of
// a new relation whose endpoints fit the predicate's kinds and whose triple is not taken yet.
import type { Predicate, Vocabulary } from '../../graph-data/model/types.ts';
import { PrefPool, type Rng } from './rng.ts';

const KIND_WEIGHTS: Record<string, number> = {
  person: 34, organisation: 18, 'government-agency': 8, 'military-unit': 8, 'weapon-system': 4,
  place: 10, facility: 7, event: 6, 'media-outlet': 4, country: 1,
};
const SPEAKERS = new Set(['person', 'government-agency', 'country', 'organisation', 'media-outlet']);
const PREFERENTIAL = 0.6;

export interface World {
  kinds: string[];
  kindOf: Uint8Array;
  ids: string[];
  byKind: number[][];
  /** Endpoints so far, per kind and overall: draws from them favour well-connected entities. */
  pools: PrefPool[];
  all: PrefPool;
  speakers: PrefPool;
  outlets: PrefPool;
  predicatesBySubject: Predicate[][];
  taken: Set<number>;
}

export function createWorld(vocab: Vocabulary, n: number, rng: Rng): World {
  const kinds = vocab.kinds.map((k) => k.id);
  const weights = kinds.map((k) => KIND_WEIGHTS[k] ?? 0);
  const kindOf = new Uint8Array(n);
  const byKind: number[][] = kinds.map(() => []);
  const speakers = new PrefPool();
  const outlets = new PrefPool();
  const countryCap = Math.max(20, Math.min(250, Math.round(n / 100)));
  for (let i = 0; i < n; i++) {
    let k = rng.weighted(weights);
    if (kinds[k] === 'country' && (byKind[k]?.length ?? 0) >= countryCap) k = kinds.indexOf('place');
    kindOf[i] = k;
    byKind[k]?.push(i);
    if (SPEAKERS.has(kinds[k] as string)) speakers.push(i);
    if (kinds[k] === 'media-outlet') outlets.push(i);
  }
  const predicatesBySubject = kinds.map((k) => vocab.predicates.filter((p) => p.subjectKinds.length === 0 || p.subjectKinds.includes(k)));
  return { kinds, kindOf, ids: [], byKind, pools: kinds.map(() => new PrefPool()), all: new PrefPool(), speakers, outlets, predicatesBySubject, taken: new Set() };
}

function endpoint(pool: PrefPool, members: number[], rng: Rng): number | undefined {
  if (pool.length > 0 && rng.next() < PREFERENTIAL) return pool.draw(rng);
  return members.length ? members[rng.int(members.length)] : undefined;
}

function objectKind(w: World, p: Predicate, rng: Rng): number {
  const allowed = p.objectKinds.length ? p.objectKinds.map((k) => w.kinds.indexOf(k)).filter((k) => k >= 0) : w.kinds.map((_, i) => i);
  return allowed[rng.weighted(allowed.map((k) => w.byKind[k]?.length ?? 0))] ?? 0;
}

/** A new relation (subject, predicate, object), or undefined after a few collisions. */
export function drawRelation(w: World, rng: Rng): { s: number; p: Predicate; o: number } | undefined {
  for (let attempt = 0; attempt < 8; attempt++) {
    const s = w.all.length > 0 && rng.next() < PREFERENTIAL ? w.all.draw(rng) : rng.int(w.ids.length);
    const ps = w.predicatesBySubject[w.kindOf[s] as number] ?? [];
    const p = ps[rng.weighted(ps.map((q) => (q.id === 'related-to' ? 0.3 : 1)))];
    if (!p) continue;
    const ok = objectKind(w, p, rng);
    const o = endpoint(w.pools[ok] as PrefPool, w.byKind[ok] ?? [], rng);
    const key = o === undefined ? -1 : tripleKey(s, o, p.id);
    if (o === undefined || o === s || w.taken.has(key)) continue;
    w.taken.add(key);
    w.all.push(s);
    w.all.push(o);
    w.pools[w.kindOf[s] as number]?.push(s);
    w.pools[ok]?.push(o);
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
