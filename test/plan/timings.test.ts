import { describe, expect, it } from 'vitest';
import { makeTestCase, type ParsedResults } from '../../src/model/index.js';
import { samplesFromBundle, samplesFromResults } from '../../src/plan/timings.js';

const test = (file: string | undefined, durationMs: number, name: string) =>
  makeTestCase({ ...(file ? { file } : {}), suite: [], name, attempts: [{ status: 'passed', durationMs }] });

describe('samplesFromResults', () => {
  it('turns suite times and test-time sums into per-file samples', () => {
    const results: ParsedResults = {
      source: 'junit.xml',
      format: 'junit',
      tests: [test('./a.test.ts', 10, 'one'), test('./a.test.ts', 15, 'two'), test(undefined, 99, 'nowhere')],
      suites: [
        { name: 'a', file: 'a.test.ts', durationMs: 100 },
        { name: 'a (part 2)', file: 'a.test.ts', durationMs: 20 },
        { name: 'no file', durationMs: 500 },
      ],
      warnings: [],
    };
    expect(samplesFromResults(results)).toEqual([
      { file: 'a.test.ts', ms: 120, kind: 'suite', source: 'junit.xml' },
      { file: 'a.test.ts', ms: 25, kind: 'tests', source: 'junit.xml' },
    ]);
  });
});

describe('samplesFromBundle', () => {
  const bundle = {
    files: [{ path: 'a.test.ts', wallMs: 800 }],
    tests: [{ file: 'a.test.ts', attempts: [{ durationMs: 100 }, { durationMs: 150 }] }],
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
  };
  it('reads per-file wall times, test sums (retries included) and the shard wall time', () => {
    const { samples, shardRun } = samplesFromBundle(bundle, 'b/bundle.json');
    expect(samples).toEqual([
      { file: 'a.test.ts', ms: 800, kind: 'wall', source: 'b/bundle.json' },
      { file: 'a.test.ts', ms: 250, kind: 'tests', source: 'b/bundle.json' },
    ]);
    expect(shardRun).toEqual({ wallMs: 1000, testMs: 250 });
  });
});
