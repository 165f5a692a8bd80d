// Every outcome Jest has, for the real-runner matrix (scripts/regenerate-runners.mjs).
jest.retryTimes(2);

let flakyRuns = 0;

describe('outcomes', () => {
  test('passes', () => expect(1 + 1).toBe(2));
  test('fails an assertion', () => expect(1 + 1).toBe(3));
  test('throws an error', () => {
    throw new TypeError('not an assertion');
  });
  test.skip('is skipped', () => {});
  test.todo('is a todo');
  test.failing('is expected to fail and does', () => expect(1).toBe(2));
  test('passes on a retry', () => {
    flakyRuns += 1;
    expect(flakyRuns).toBeGreaterThan(1);
  });
  test('fails on every retry', () => expect('always').toBe('never'));
  test('times out', () => new Promise((resolve) => setTimeout(resolve, 1000)), 50);
});

describe('names: quote " apostrophe \' lt < amp & unicode é✓ 日本 hash # end', () => {
  test('a "quoted" <tag> & ampersand # hash', () => {});
  test('fails with <xml> & "quotes" in the message', () => expect('<a & "b">').toBe('</a>'));
});

describe('a beforeAll hook that throws', () => {
  beforeAll(() => {
    throw new Error('beforeAll failed');
  });
  test('first test under the failing hook', () => {});
  test('second test under the failing hook', () => {});
});
