// Every outcome the Playwright test runner has, with no browser (no page fixture), for the real-runner
// matrix (scripts/regenerate-runners.mjs). Run with retries: 1.
import { expect, test } from '@playwright/test';

test.describe('outcomes', () => {
  test('passes', () => expect(1 + 1).toBe(2));
  test('fails an assertion', () => expect(1 + 1).toBe(3));
  test('throws an error', () => {
    throw new TypeError('not an assertion');
  });
  test.skip('is skipped', () => {});
  test.fixme('is a fixme', () => {});
  test('skips itself at run time', () => test.skip(true, 'not today'));
  test('is expected to fail and does', () => {
    test.fail();
    expect(1).toBe(2);
  });
  test('is expected to fail but passes', () => {
    test.fail();
    expect(1).toBe(1);
  });
  test('passes on a retry', ({}, testInfo) => expect(testInfo.retry).toBeGreaterThan(0));
  test('fails on every retry', () => expect('always').toBe('never'));
  test('times out', async () => {
    test.setTimeout(100);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  });
});

test.describe('names: quote " apostrophe \' lt < amp & unicode é✓ 日本 hash # end', () => {
  test('a "quoted" <tag> & ampersand # hash', () => {});
  test('fails with <xml> & "quotes" in the message', () => expect('<a & "b">').toBe('</a>'));
});

test.describe('a beforeAll hook that throws', () => {
  test.beforeAll(() => {
    throw new Error('beforeAll failed');
  });
  test('first test under the failing hook', () => {});
  test('second test under the failing hook', () => {});
});
