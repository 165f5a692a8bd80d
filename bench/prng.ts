/**
 * A small seeded pseudo-random generator for benchmark data. Benchmarks must be reproducible byte for byte, so
 * nothing here touches Math.random or the clock.
 */

/** Draws from one seeded sequence. The same seed always gives the same draws, in the same order. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /**
   * A positive number whose logarithm is roughly normal around `Math.log(median)`: test durations look like
   * this (most are short, a few are very long).
   */
  logNormal(median: number, spread: number): number;
}

/**
 * Creates a generator from a 32-bit seed. The core is the mulberry32 mixing step: one 32-bit state advanced by
 * a constant and scrambled with multiply-xorshift rounds; plenty for synthetic data, not for cryptography.
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick() needs a non-empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    logNormal(median, spread) {
      // Box-Muller with 1 - next() so the logarithm never sees 0.
      const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return median * Math.exp(spread * normal);
    },
  };
}
