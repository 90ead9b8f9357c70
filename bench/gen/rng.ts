// Seeded randomness for the synthetic graphs: a fast 32-bit PRNG (mulberry32) and the draws the
// generator needs (weighted choice, Zipf ranks, Poisson-ish counts). Same seed, same graph.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** Index drawn in proportion to the weights. */
  weighted(weights: readonly number[]): number;
  /** Rank in [0, n) with P(rank r) ~ (r + 1)^-s: a few very common members, a long tail (Zipf). */
  zipf(n: number, s: number): number;
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
    zipf(n: number, e: number): number {
      const a = 1 - e;
      const r = Math.floor(Math.pow((Math.pow(n + 1, a) - 1) * next() + 1, 1 / a)) - 1;
      return Math.min(Math.max(r, 0), n - 1);
    },
    countAround(mean: number): number {
      const l = Math.exp(-(mean - 1));
      let k = 0;
      for (let p = next(); p > l; p *= next()) k++;
      return k + 1;
    },
  };
}
