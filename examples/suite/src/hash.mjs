/** Non-cryptographic hashing: FNV-1a and jump consistent hashing. */

/** 32-bit FNV-1a of a string's UTF-8 bytes. */
export function fnv1a32(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Jump consistent hash (Lamping and Veach, 2014): maps a key to one of `buckets` so that growing the bucket
 * count moves only about 1/n of the keys. The key is a 32-bit integer here.
 */
export function jumpHash(key, buckets) {
  if (!Number.isInteger(buckets) || buckets < 1) throw new RangeError('buckets must be a positive integer');
  let k = BigInt.asUintN(64, BigInt(key));
  let b = -1n;
  let j = 0n;
  while (j < BigInt(buckets)) {
    b = j;
    k = BigInt.asUintN(64, k * 2862933555777941757n + 1n);
    j = BigInt(Math.floor(Number(b + 1n) * (2 ** 31 / Number((k >> 33n) + 1n))));
  }
  return Number(b);
}
