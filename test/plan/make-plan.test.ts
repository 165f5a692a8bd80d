import { describe, expect, it } from 'vitest';
import { mergePlanOptions } from '../../src/plan/make-plan.js';

describe('mergePlanOptions', () => {
  const config = {
    tests: 'test/**',
    timings: ['a.xml'],
    target: 300_000,
    setup: 60_000,
    groups: ['db/**'],
    order: [['a.ts', 'b.ts']],
  };

  it('takes the config when no flag is given', () => {
    expect(mergePlanOptions({}, config)).toEqual({
      tests: ['test/**'],
      timings: ['a.xml'],
      targetMs: 300_000,
      setupMs: 60_000,
      groups: ['db/**'],
      order: [['a.ts', 'b.ts']],
    });
  });

  it('lets an item flag replace every item key, and --shards replace the config’s target', () => {
    const merged = mergePlanOptions({ testsFrom: 'list.txt', shards: 4 }, config);
    expect(merged.tests).toBeUndefined();
    expect(merged.testsFrom).toBe('list.txt');
    expect(merged.shards).toBe(4);
    expect(merged.targetMs).toBeUndefined();
    expect(merged.setupMs).toBe(60_000);
  });

  it('adds flag groups and order to the config’s', () => {
    const merged = mergePlanOptions({ groups: ['e2e/**'], order: [['c.ts', 'd.ts']] }, config);
    expect(merged.groups).toEqual(['db/**', 'e2e/**']);
    expect(merged.order).toEqual([
      ['a.ts', 'b.ts'],
      ['c.ts', 'd.ts'],
    ]);
  });
});
