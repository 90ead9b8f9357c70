// Seeded randomness for the synthetic graphs: a fast 32-bit PRNG (mulberry32) and the draws the
// generator needs (weighted choice, Poisson-ish counts, preferential pools). Same seed, same graph.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** Index drawn in proportion to the weights. */
  weighted(weights: readonly number[]): number;
  /** A count with the given mean (1 + Poisson(mean - 1)), never below 1. */
  countAround(mean: number): number;
}

export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    weighted(weights: readonly number[]): number {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    countAround(mean: number): number {
      const l = Math.exp(-(mean - 1));
      let k = 0;
      for (let p = next(); p > l; p *= next()) k++;
      return k + 1;
    },
  };
}

/**
 * Preferential attachment pool: every time a member is used it is pushed again, so drawing from
 * the pool favours members in proportion to how often they were already used (Barabási-Albert).
 */
export class PrefPool {
  private items: Int32Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.items = new Int32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  push(v: number): void {
    if (this.size === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.size++] = v;
  }

  draw(rng: Rng): number {
    return this.items[rng.int(this.size)] as number;
  }
}
