/** A seeded pseudo-random generator (mulberry32), so property-style tests see the same inputs every run. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random integer in [min, max]. */
export const intBetween = (random, min, max) => min + Math.floor(random() * (max - min + 1));

/** A random word of lower-case letters. */
export function word(random, length = intBetween(random, 1, 10)) {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
}
