// Every outcome Vitest has, for the real-runner matrix (scripts/regenerate-runners.mjs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let flakyRuns = 0;

describe('outcomes', () => {
  it('passes', () => expect(1 + 1).toBe(2));
  it('fails an assertion', () => expect(1 + 1).toBe(3));
  it('throws an error', () => {
    throw new TypeError('not an assertion');
  });
  it.skip('is skipped', () => {});
  it.todo('is a todo');
  it('skips itself at run time', (ctx) => ctx.skip());
  it.fails('is expected to fail and does', () => expect(1).toBe(2));
  it.fails('is expected to fail but passes', () => expect(1).toBe(1));
  it('passes on a retry', { retry: 2 }, () => {
    flakyRuns += 1;
    expect(flakyRuns).toBeGreaterThan(1);
  });
  it('fails on every retry', { retry: 1 }, () => expect('always').toBe('never'));
  it('times out', { timeout: 50 }, () => new Promise((resolve) => setTimeout(resolve, 1000)));
});

describe('names: quote " apostrophe \' lt < amp & unicode é✓ 日本 hash # end', () => {
  it('a "quoted" <tag> & ampersand # hash', () => {});
  it('fails with <xml> & "quotes" in the message', () => expect('<a & "b">').toBe('</a>'));
});

describe('a beforeAll hook that throws', () => {
  beforeAll(() => {
    throw new Error('beforeAll failed');
  });
  it('first test under the failing hook', () => {});
  it('second test under the failing hook', () => {});
});

describe('an afterAll hook that throws', () => {
  afterAll(() => {
    throw new Error('afterAll failed');
  });
  it('passes before the failing afterAll', () => {});
});
