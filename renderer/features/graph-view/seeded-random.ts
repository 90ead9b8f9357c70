// Layouts that start from random positions (fCoSE) give a different picture on every run; with a
// fixed seed the same graph always gets the same layout, so views, screenshots and tests are stable.
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let state = seed >>> 0 || 1;
  // mulberry32: small, fast and good enough for starting positions.
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
