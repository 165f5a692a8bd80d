import { describe, expect, it } from 'vitest';
import { makeTestCase, type AttemptStatus } from '../../src/model/index.js';
import {
  foldTries,
  infrastructureFailureTest,
  infrastructureRecoveredTest,
  infrastructureTestParts,
  itemsToRetry,
} from '../../src/run/retry.js';

const items = ['a.test.ts', 'b.test.ts', 'c.test.ts'];
const test = (file: string | undefined, name: string, status: AttemptStatus) =>
  makeTestCase({
    ...(file !== undefined ? { file } : {}),
    suite: [],
    name,
    attempts: [
      {
        status,
        durationMs: 1,
        ...(status === 'failed' ? { failure: { category: 'assertion' as const } } : {}),
      },
    ],
  });

describe('itemsToRetry', () => {
  it('re-runs only the files with a failed test, in shard order', () => {
    const tests = [
      test('c.test.ts', 'x', 'failed'),
      test('a.test.ts', 'y', 'failed'),
      test('b.test.ts', 'z', 'passed'),
    ];
    expect(itemsToRetry(items, tests, [])).toEqual(['a.test.ts', 'c.test.ts']);
  });

  it('re-runs nothing when nothing failed', () => {
    expect(
      itemsToRetry(items, [test('a.test.ts', 'y', 'passed'), test('b.test.ts', 'z', 'skipped')], []),
    ).toEqual([]);
  });

  it('re-runs every item when a failure names no file, or a file outside the try', () => {
    expect(itemsToRetry(items, [test(undefined, 'x', 'failed')], [])).toEqual(items);
    expect(itemsToRetry(items, [test('helpers/setup.ts', 'x', 'failed')], [])).toEqual(items);
  });

  it('re-runs the items of a command that died', () => {
    expect(itemsToRetry(items, [], [{ items: ['b.test.ts'], reason: 'was killed by SIGKILL' }])).toEqual([
      'b.test.ts',
    ]);
  });
});

describe('foldTries', () => {
  it('keeps every attempt and makes fail-then-pass flaky', () => {
    const [folded] = foldTries([[test('a.test.ts', 'x', 'failed')], [test('a.test.ts', 'x', 'passed')]]);
    expect(folded?.outcome).toBe('flaky');
    expect(folded?.attempts.map((a) => a.status)).toEqual(['failed', 'passed']);
  });

  it('keeps a test that failed every time failed', () => {
    const [folded] = foldTries([[test('a.test.ts', 'x', 'failed')], [test('a.test.ts', 'x', 'failed')]]);
    expect(folded?.outcome).toBe('failed');
  });

  it('turns a command failure recovered by a retry into a flaky stand-in test', () => {
    const parts = infrastructureTestParts({ file: 'a.test.ts' });
    const [folded] = foldTries([
      [infrastructureFailureTest(parts, 'was killed by SIGKILL', 5)],
      [infrastructureRecoveredTest(parts, 5)],
    ]);
    expect(folded?.outcome).toBe('flaky');
    expect(folded?.attempts[0]?.failure).toEqual({ category: 'crash', message: 'was killed by SIGKILL' });
  });
});
