/**
 * A deterministic 32-bit PRNG (mulberry32) for generated test inputs. Exact in doubles: a 31-bit
 * LCG written as `(seed * 1103515245 + 12345) % 2 ** 31` overflows 2^53 and its low bits stop
 * varying (`seed % 8` never took some values), which quietly narrows what a test explores.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
