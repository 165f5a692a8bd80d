import { describe, expect, it } from 'vitest';
import { combine, estimateDurations, learnTestTimeFactor } from '../../src/plan/estimate.js';
import type { TimingSample } from '../../src/plan/timings.js';

const sample = (file: string, ms: number, kind: TimingSample['kind'], source = 'r1.xml'): TimingSample => ({
  file,
  ms,
  kind,
  source,
});

describe('combine', () => {
  const values = [100, 110, 400, 105];
  it('median ignores one slow outlier', () => expect(combine(values, 'median')).toBe(107.5));
  it('last takes the newest', () => expect(combine(values, 'last')).toBe(105));
  it('mean averages every run, outlier included', () => expect(combine(values, 'mean')).toBe(178.75));
  it('p90 takes a high sample', () => expect(combine(values, 'p90')).toBe(400));
  it('ewma weighs the newest 0.3', () => {
    const expected = [110, 400, 105].reduce((acc, v) => acc + 0.3 * (v - acc), 100);
    expect(combine(values, 'ewma')).toBeCloseTo(expected, 9);
  });
});

describe('estimateDurations', () => {
  it('prefers wall time over suite time over test time, per file', () => {
    const samples = [
      sample('a.ts', 900, 'wall', 'bundle'),
      sample('a.ts', 500, 'suite'),
      sample('a.ts', 100, 'tests'),
      sample('b.ts', 300, 'suite'),
      sample('b.ts', 100, 'tests'),
    ];
    const { durations, sources } = estimateDurations(['a.ts', 'b.ts'], samples);
    expect(durations.get('a.ts')).toBe(900);
    expect(durations.get('b.ts')).toBe(300);
    expect(sources).toMatchObject({ wall: 1, suite: 1, tests: 0, unknown: 0 });
  });

  it('scales test-only files by the factor learned from files that have both', () => {
    // b.ts costs 3× its test time; c.ts has only a test time, so it is scaled by 3.
    const samples = [sample('b.ts', 300, 'suite'), sample('b.ts', 100, 'tests'), sample('c.ts', 50, 'tests')];
    const { durations, sources } = estimateDurations(['b.ts', 'c.ts'], samples);
    expect(sources.testTimeFactor).toBe(3);
    expect(durations.get('c.ts')).toBe(150);
  });

  it('learns the factor from shard wall times when no file has both kinds', () => {
    expect(learnTestTimeFactor([sample('c.ts', 50, 'tests')], [{ wallMs: 2000, testMs: 1000 }])).toBe(2);
    expect(learnTestTimeFactor([], [])).toBe(1);
  });

  it('adds up samples of one file in one source, and combines across sources', () => {
    const samples = [
      sample('a.ts', 100, 'suite', 'r1'),
      sample('a.ts', 50, 'suite', 'r1'),
      sample('a.ts', 200, 'suite', 'r2'),
      sample('a.ts', 1000, 'suite', 'r3'),
    ];
    expect(estimateDurations(['a.ts'], samples).durations.get('a.ts')).toBe(200);
  });

  it('gives unknown files the median of the known ones and counts them', () => {
    const samples = [
      sample('a.ts', 100, 'suite'),
      sample('b.ts', 300, 'suite'),
      sample('c.ts', 900, 'suite'),
    ];
    const { durations, unknown, sources } = estimateDurations(['a.ts', 'b.ts', 'c.ts', 'new.ts'], samples);
    expect(unknown).toEqual(['new.ts']);
    expect(durations.get('new.ts')).toBe(300);
    expect(sources.unknown).toBe(1);
  });

  it('estimates unknown files by size when sizes are known, within the known range', () => {
    const samples = [
      sample('a.ts', 100, 'suite'),
      sample('b.ts', 200, 'suite'),
      sample('c.ts', 300, 'suite'),
    ];
    const sizes = new Map([
      ['a.ts', 1000],
      ['b.ts', 2000],
      ['c.ts', 3000],
      ['mid.ts', 2500],
      ['huge.ts', 1_000_000],
    ]);
    const { durations } = estimateDurations(['a.ts', 'b.ts', 'c.ts', 'mid.ts', 'huge.ts'], samples, [], {
      sizes,
    });
    expect(durations.get('mid.ts')).toBe(250);
    expect(durations.get('huge.ts')).toBe(300);
  });

  it('matches timings recorded under another root by a unique path suffix', () => {
    const samples = [sample('packages/app/test/x.test.ts', 700, 'suite'), sample('y.test.ts', 5, 'suite')];
    const { durations, unknown } = estimateDurations(['test/x.test.ts', 'pkg/y.test.ts'], samples);
    expect(durations.get('test/x.test.ts')).toBe(700);
    expect(durations.get('pkg/y.test.ts')).toBe(5);
    expect(unknown).toEqual([]);
  });
});
