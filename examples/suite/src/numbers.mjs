/** Number helpers: rounding, statistics and a little number theory. */

export function clamp(value, min, max) {
  if (min > max) throw new RangeError(`min ${min} is greater than max ${max}`);
  return Math.min(max, Math.max(min, value));
}

/** Rounds half away from zero to `digits` decimals, avoiding the 1.005 → 1.00 binary surprise. */
export function roundTo(value, digits) {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON * factor)) / factor;
}

export function mean(values) {
  if (values.length === 0) throw new RangeError('mean of an empty list');
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values) {
  return percentile(values, 50);
}

/** Linear-interpolated percentile (the "R-7" method spreadsheets use). */
export function percentile(values, p) {
  if (values.length === 0) throw new RangeError('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function gcd(a, b) {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

export function lcm(a, b) {
  return a === 0 || b === 0 ? 0 : Math.abs(a * b) / gcd(a, b);
}

export function isPrime(n) {
  if (n < 2 || !Number.isInteger(n)) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

/** All primes up to and including `limit`, by the sieve of Eratosthenes. */
export function primesUpTo(limit) {
  const composite = new Uint8Array(limit + 1);
  const primes = [];
  for (let n = 2; n <= limit; n++) {
    if (composite[n]) continue;
    primes.push(n);
    for (let m = n * n; m <= limit; m += n) composite[m] = 1;
  }
  return primes;
}
