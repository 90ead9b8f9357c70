// Timing helpers for the benchmark: percentiles over repeated runs, and a loop that stops at a
// sample count or a time budget, whichever comes first.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function summarize(xs: readonly number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return {
    n: s.length,
    p50: r3(percentile(s, 50)),
    p95: r3(percentile(s, 95)),
    mean: r3(mean),
    max: r3(s[s.length - 1] ?? NaN),
  };
}

/** Runs `f` over the inputs (cycling), after `warmup` untimed calls; stops at `budgetMs`. */
export function timeEach<T>(
  inputs: readonly T[],
  f: (x: T) => unknown,
  opts: { warmup?: number; budgetMs?: number; max?: number } = {},
): number[] {
  const out: number[] = [];
  if (!inputs.length) return out;
  const warm = opts.warmup ?? 5;
  for (let i = 0; i < warm; i++) f(inputs[i % inputs.length] as T);
  const stop = performance.now() + (opts.budgetMs ?? 30_000);
  const max = opts.max ?? inputs.length;
  for (let i = 0; i < max && performance.now() < stop; i++) {
    const x = inputs[i % inputs.length] as T;
    const t = performance.now();
    f(x);
    out.push(performance.now() - t);
  }
  return out;
}

export function ratio(a: number, b: number): number {
  return b > 0 ? Math.round((a / b) * 10) / 10 : NaN;
}

export const round = r3;
