import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isPrime, primesUpTo } from '../src/numbers.mjs';

describe('primes', () => {
  test('small primes', () => assert.deepEqual(primesUpTo(30), [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]));

  test('there are 664,579 primes below ten million', () => {
    assert.equal(primesUpTo(10_000_000).length, 664_579);
  });

  test('the sieve agrees with trial division up to 200,000', () => {
    const sieve = new Set(primesUpTo(200_000));
    for (let n = 0; n <= 200_000; n++) assert.equal(isPrime(n), sieve.has(n), String(n));
  });

  test('non-integers are not prime', () => assert.equal(isPrime(7.5), false));
});
