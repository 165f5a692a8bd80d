import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyDiscount, formatCents } from '../src/money.mjs';

describe('formatCents', () => {
  test('formats euros in US English', () => assert.equal(formatCents(123456), '€1,234.56'));
  test('formats dollars', () => assert.equal(formatCents(-5, 'USD'), '-$0.05'));
});

describe('applyDiscount', () => {
  test('takes the percentage off', () => assert.equal(applyDiscount(1000, 15), 850));
  test('rounds the discount half up', () => assert.equal(applyDiscount(999, 50), 499));
  test('refuses more than 100 percent', () => assert.throws(() => applyDiscount(100, 120), RangeError));
});
