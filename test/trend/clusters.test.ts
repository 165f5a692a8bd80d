import { describe, expect, it } from 'vitest';
import { makeTestCase } from '../../src/model/index.js';
import { clusterFailures, failureHeadline, normalizeMessage } from '../../src/trend/clusters.js';
import { specTests } from '../history/generate.js';

describe('normalizeMessage', () => {
  it.each([
    ['connect ECONNREFUSED 127.0.0.1:5432', 'connect ECONNREFUSED 127.0.0.1:<n>'],
    ['expected 2 to be 3', 'expected <n> to be <n>'],
    ['Timeout of 2000ms exceeded at 2024-05-01T12:30:45.123Z', 'Timeout of <n>ms exceeded at <time>'],
    ['lock held since 12:30:45', 'lock held since <time>'],
    [
      "ENOENT: no such file or directory, open '/tmp/jest_rs/abc123/file.json'",
      "ENOENT: no such file or directory, open '<tmp>'",
    ],
    ['could not create database "test_tmp_8812"', 'could not create database "<tmp>"'],
    ['request 3f2504e0-4f89-11d3-9a0c-0305e82c3301 failed', 'request <uuid> failed'],
    ['segfault at 0x7ffd5e8c, object deadbeef12', 'segfault at <hex>, object <hex>'],
    ['at Object.<anonymous> (src/foo/bar.test.ts:12:5)', 'at Object.<anonymous> (<path>)'],
    ['C:\\Users\\ci\\work\\a.txt missing', '<path> missing'],
    ['  spaced\t\tout   text ', 'spaced out text'],
    ['a word like acceptable stays', 'a word like acceptable stays'],
  ])('%j → %j', (message, normalized) => {
    expect(normalizeMessage(message)).toBe(normalized);
  });

  it('bounds the signature', () => {
    expect(normalizeMessage('x'.repeat(1000))).toHaveLength(240);
  });
});

describe('failureHeadline', () => {
  it.each([
    [{ category: 'assertion', message: '\n\nfirst line\nsecond' }, 'first line'],
    [{ category: 'error', trace: 'TypeError: x is undefined\n  at f' }, 'TypeError: x is undefined'],
    [{ category: 'error', type: 'java.lang.NullPointerException' }, 'java.lang.NullPointerException'],
    [{ category: 'timeout' }, '(timeout with no message)'],
  ] as const)('%j → %j', (failure, headline) => {
    expect(failureHeadline(failure)).toBe(headline);
  });
});

describe('clusterFailures', () => {
  const refused = (port: number) => `connect ECONNREFUSED 127.0.0.1:${port}`;
  const tests = specTests({
    'db.ts::a': ['failed', 10, refused(5432)],
    'db.ts::b': ['failed', 10, refused(6543)],
    'api.ts::c': ['failed', 10, refused(1111)],
    'math.ts::d': ['failed', 10, 'expected 2 to be 3'],
    'math.ts::e': ['failed', 10, 'expected 10 to be 11'],
    'io.ts::f': ['failed', 10, 'disk full'],
    'ok.ts::g': 'passed',
  });

  it('groups by normalised message, largest first, ties by signature', () => {
    const clusters = clusterFailures(tests);
    expect(clusters.map((c) => [c.count, c.signature])).toEqual([
      [3, 'connect ECONNREFUSED 127.0.0.1:<n>'],
      [2, 'expected <n> to be <n>'],
      [1, 'disk full'],
    ]);
    expect(clusters[0]?.tests.map((t) => t.file)).toEqual(['api.ts', 'db.ts', 'db.ts']);
    // The example is the first test's own message, in report order.
    expect(clusters[0]?.example).toBe(refused(1111));
    expect(clusters[0]?.category).toBe('assertion');
  });

  it('is the same whatever order the tests come in', () => {
    expect(clusterFailures([...tests].reverse())).toEqual(clusterFailures(tests));
  });

  it('keeps different hosts apart', () => {
    const hosts = specTests({
      a: ['failed', 1, 'connect ECONNREFUSED 10.0.0.5:80'],
      b: ['failed', 1, refused(80)],
    });
    expect(clusterFailures(hosts)).toHaveLength(2);
  });

  it('clusters a flaky test by its failed attempt and takes the majority category', () => {
    const flaky = makeTestCase({
      file: 'f.ts',
      suite: [],
      name: 'flaky',
      attempts: [
        {
          status: 'failed',
          durationMs: 1,
          failure: { category: 'timeout', message: 'Timeout of 5000ms exceeded' },
        },
        { status: 'passed', durationMs: 1 },
      ],
    });
    const timedOut = makeTestCase({
      file: 'f.ts',
      suite: [],
      name: 'slow',
      attempts: [
        {
          status: 'failed',
          durationMs: 1,
          failure: { category: 'timeout', message: 'Timeout of 2000ms exceeded' },
        },
      ],
    });
    const [cluster] = clusterFailures([flaky, timedOut]);
    expect(cluster).toMatchObject({ count: 2, signature: 'Timeout of <n>ms exceeded', category: 'timeout' });
  });
});
