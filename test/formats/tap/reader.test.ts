import { describe, expect, it } from 'vitest';
import { fileInput, pickReader } from '../../../src/formats/index.js';
import { BAIL_OUT_NAME, tapReader } from '../../../src/formats/tap/reader.js';
import { corpusFile } from '../../support/corpus.js';
import {
  countsOf,
  generatedGroundTruth,
  parseErrorOf,
  readCorpus,
  readInline,
  type Counts,
  fuzzReader,
} from '../reader-helpers.js';

const TS = 'test-summary-action/test/resources/tap';

/**
 * test-summary/action's expectations live in its own test code (not copied); these counts were derived by
 * reading each file, and agree with that upstream suite except where a comment says why.
 */
const TEST_SUMMARY: [string, Counts][] = [
  ['01-common.tap', { tests: 6, passed: 6, failed: 0, skipped: 0, flaky: 0 }],
  ['02-unknown-amount-and-failure.tap', { tests: 7, passed: 5, failed: 2, skipped: 0, flaky: 0 }],
  // Upstream counts 1 failure. We add one failed `Bail out!` test: a bail-out stops the run, and 572 of the
  // 573 planned tests never ran, which must not read as a passing run.
  ['03-bail-out.tap', { tests: 2, passed: 0, failed: 2, skipped: 0, flaky: 0 }],
  ['04-skipped.tap', { tests: 5, passed: 1, failed: 0, skipped: 4, flaky: 0 }],
  ['05-skip-everything.tap', { tests: 0, passed: 0, failed: 0, skipped: 0, flaky: 0 }],
  // `not ok … # TODO` is skipped, as upstream counts it.
  ['06-todo.tap', { tests: 4, passed: 2, failed: 0, skipped: 2, flaky: 0 }],
  ['07-creative-liberties.tap', { tests: 9, passed: 9, failed: 0, skipped: 0, flaky: 0 }],
  // 20 points though the plan says 12: the points are what ran; the mismatch is a warning.
  ['08-everything.tap', { tests: 20, passed: 6, failed: 6, skipped: 8, flaky: 0 }],
  ['09-node-tap.tap', { tests: 10, passed: 4, failed: 4, skipped: 2, flaky: 0 }],
];

describe('TAP reader: corpus', () => {
  it.each(TEST_SUMMARY)('test-summary %s', async (file, expected) => {
    expect(countsOf(await readCorpus(tapReader, `${TS}/${file}`))).toEqual(expected);
  });

  it('rejects results after the closing plan, as test-summary does', async () => {
    const error = await parseErrorOf(readCorpus(tapReader, `${TS}/10-results-after-trailer.tap`));
    expect(error).toMatchObject({ line: 6, column: 1 });
    expect(error.message).toContain('plan on line 5');
  });

  it.each(['generated/node-test/node-test.tap', 'generated/mocha/mocha.tap'])(
    '%s matches the ground truth of generated/EXPECTED.md',
    async (path) => {
      expect(countsOf(await readCorpus(tapReader, path))).toEqual(generatedGroundTruth());
    },
  );

  it('reads node:test subtests as suites and their YAML diagnostics', async () => {
    const results = await readCorpus(tapReader, 'generated/node-test/node-test.tap');
    const nested = results.tests.find((t) => t.name === 'uppercases ascii');
    expect(nested?.suite).toEqual(['strings', 'upper']);
    expect(nested?.durationMs).toBeCloseTo(0.879093, 6);
    const failed = results.tests.find((t) => t.name === 'subtracts with a deliberate failure');
    expect(failed?.suite).toEqual(['calculator']);
    expect(failed?.attempts[0]?.failure).toMatchObject({ category: 'assertion', type: 'AssertionError' });
    expect(failed?.attempts[0]?.failure?.message).toContain('2 !== 3');
    expect(failed?.attempts[0]?.failure?.trace).toContain('calculator.test.mjs:5:62');
    // The suites themselves are not tests: 7 leaves, no `calculator` or `strings` case.
    expect(results.tests.some((t) => t.name === 'calculator' || t.name === 'strings')).toBe(false);
  });

  it("keeps mocha's indented failure text as the failure", async () => {
    const results = await readCorpus(tapReader, 'generated/mocha/mocha.tap');
    const failure = results.tests.find((t) => t.name === 'calculator throws an unexpected error')?.attempts[0]
      ?.failure;
    expect(failure?.message).toBe('boom');
    expect(failure?.trace).toContain('Error: boom');
  });

  it('reads node-tap `at` and the description as the message', async () => {
    const results = await readCorpus(tapReader, `${TS}/09-node-tap.tap`);
    const failure = results.tests.find((t) => t.name === 'fails test five')?.attempts[0]?.failure;
    expect(failure?.message).toBe('fails test five');
    expect(failure?.trace).toContain('test.js:8:5');
  });

  it('names unnamed points by number and keeps the skip reason', async () => {
    const results = await readCorpus(tapReader, `${TS}/04-skipped.tap`);
    expect(results.tests.map((t) => t.name)).toEqual([
      'approved operating system',
      '(test 2)',
      '(test 3)',
      '(test 4)',
      '(test 5)',
    ]);
    expect(results.tests[1]?.attempts[0]?.skipMessage).toBe('no /sys directory');
  });
});

describe('TAP reader: edge cases', () => {
  it('keeps repeated descriptions as distinct tests: TAP has no retries', async () => {
    const results = await readInline(
      tapReader,
      'TAP version 13\nok 1 - should be equal\nnot ok 2 - should be equal\n1..2\n',
    );
    expect(results.tests.map((t) => [t.name, t.outcome])).toEqual([
      ['should be equal', 'passed'],
      ['should be equal (2)', 'failed'],
    ]);
  });

  it('reads a TODO point as skipped whether it passed or failed (the directive wins)', async () => {
    const results = await readInline(
      tapReader,
      'ok 1 - later # TODO not yet\nnot ok 2 - broken # TODO fix\n1..2\n',
    );
    expect(results.tests.map((t) => t.outcome)).toEqual(['skipped', 'skipped']);
    expect(results.tests[1]?.attempts[0]?.skipMessage).toBe('TODO: fix');
  });

  it("drops node-tap's `# time=` comment from names, so ids stay the same from run to run", async () => {
    const results = await readInline(
      tapReader,
      '# Subtest: adds # time=9ms\n    ok 1 - sums\n    1..1\nok 1 - adds # time=5.103ms\n1..1\n',
    );
    expect(results.tests.map((t) => [...t.suite, t.name])).toEqual([['adds', 'sums']]);
  });

  it('does not treat an escaped \\# as a directive', async () => {
    const results = await readInline(tapReader, 'ok 1 - issue \\# SKIP 12 is fixed\n1..1\n');
    expect(results.tests[0]).toMatchObject({ name: 'issue # SKIP 12 is fixed', outcome: 'passed' });
  });

  it('reads TAP 14 subtests with the `# Subtest` line inside the block', async () => {
    const tap = [
      'TAP version 14',
      '    # Subtest: outer',
      '    ok 1 - inner a',
      '        # Subtest: deeper',
      '        not ok 1 - inner b',
      '          ---',
      '          message: "timed out after 2000ms"',
      '          ...',
      '        1..1',
      '    not ok 2 - deeper',
      '    1..2',
      'not ok 1 - outer',
      '1..1',
    ].join('\n');
    const results = await readInline(tapReader, tap);
    expect(results.tests.map((t) => [t.suite, t.name, t.outcome])).toEqual([
      [['outer'], 'inner a', 'passed'],
      [['outer', 'deeper'], 'inner b', 'failed'],
    ]);
    expect(results.tests[1]?.attempts[0]?.failure?.category).toBe('timeout');
  });

  it("reads node-tap's buffered subtests in braces", async () => {
    const tap = [
      'TAP version 13',
      'not ok 1 - group {',
      '    ok 1 - a',
      '    not ok 2 - b',
      '    1..2',
      '}',
      '1..1',
    ].join('\n');
    const results = await readInline(tapReader, tap);
    expect(results.tests.map((t) => [t.suite, t.name, t.outcome])).toEqual([
      [['group'], 'a', 'passed'],
      [['group'], 'b', 'failed'],
    ]);
    expect(results.warnings).toEqual([]);
  });

  it('keeps a failed suite with no failed subtest (a hook failed) as a failed test', async () => {
    const tap =
      '# Subtest: suite\n    ok 1 - a\n    1..1\nnot ok 1 - suite\n  ---\n  error: before hook failed\n  failureType: hookFailed\n  ...\n1..1\n';
    const results = await readInline(tapReader, tap);
    expect(results.tests.map((t) => [t.suite, t.name, t.outcome])).toEqual([
      [['suite'], 'a', 'passed'],
      [[], 'suite', 'failed'],
    ]);
    expect(results.tests[1]?.attempts[0]?.failure).toMatchObject({
      category: 'error',
      message: 'before hook failed',
    });
  });

  it('keeps an invalid YAML block as text with a warning', async () => {
    const results = await readInline(tapReader, 'not ok 1 - x\n  ---\n  message: [unclosed\n  ...\n1..1\n');
    expect(results.tests[0]?.outcome).toBe('failed');
    expect(results.tests[0]?.attempts[0]?.failure?.message).toContain('[unclosed');
    expect(results.warnings.join('\n')).toContain('not valid YAML');
  });

  it('adds a crash test for a bail-out and warns about the plan', async () => {
    const results = await readInline(tapReader, '1..3\nok 1 - a\nBail out! disk full\n');
    expect(results.tests.map((t) => [t.name, t.outcome])).toEqual([
      ['a', 'passed'],
      [BAIL_OUT_NAME, 'failed'],
    ]);
    expect(results.tests[1]?.attempts[0]?.failure).toMatchObject({ category: 'crash', message: 'disk full' });
  });

  it('accepts CRLF line ends', async () => {
    const results = await readInline(
      tapReader,
      'TAP version 13\r\n1..2\r\nok 1 - a\r\nnot ok 2 - b # SKIP later\r\n',
    );
    expect(countsOf(results)).toEqual({ tests: 2, passed: 1, failed: 0, skipped: 1, flaky: 0 });
    expect(results.tests[1]?.attempts[0]?.skipMessage).toBe('later');
  });
});

describe('TAP reader: sniffing', () => {
  it('recognises a version line, a leading plan or point, and output before the points', () => {
    expect(tapReader.sniff('TAP version 14\n', 'x')).toBe(true);
    expect(tapReader.sniff('1..4\nok 1\n', 'x')).toBe(true);
    expect(tapReader.sniff('# comment\nnot ok 1 - a\n', 'x')).toBe(true);
    expect(tapReader.sniff('log line from adds\nok 1 calculator adds\n', 'x')).toBe(true);
  });

  it('leaves XML, JSON and plain logs alone', () => {
    expect(tapReader.sniff('<?xml version="1.0"?>\n<testsuite>\nok 1\n', 'x')).toBe(false);
    expect(tapReader.sniff('{"message": "x",\nok 1\n', 'x')).toBe(false);
    expect(tapReader.sniff('everything is okay\nbuild done\n', 'x')).toBe(false);
  });
});

describe('TAP reader: bad input throws only ParseError', () => {
  it('rejects a file over the size cap', async () => {
    const error = await parseErrorOf(readInline(tapReader, 'ok 1 - a\n'.repeat(100), { maxBytes: 50 }));
    expect(error.message).toContain('50-byte limit');
  });

  it('reads truncated and non-UTF-8 streams as far as they go', async () => {
    const truncated = await readInline(
      tapReader,
      'TAP version 13\nok 1 - a\nnot ok 2 - b\n  ---\n  message: "cut',
    );
    expect(countsOf(truncated)).toMatchObject({ tests: 2, passed: 1, failed: 1 });
    const bad = await readInline(
      tapReader,
      Buffer.concat([Buffer.from('ok 1 - caf'), Buffer.from([0xe9]), Buffer.from('\n1..1\n')]),
    );
    expect(bad.tests[0]?.name).toBe('caf\uFFFD');
    expect(bad.warnings.join('\n')).toContain('U+FFFD');
  });
});

describe('tapReader: among all readers', () => {
  it('is the reader content sniffing picks for its corpus files', async () => {
    for (const path of [
      'generated/node-test/node-test.tap',
      'generated/mocha/mocha.tap',
      `${TS}/09-node-tap.tap`,
    ])
      expect((await pickReader(await fileInput(corpusFile(path)))).format).toBe('tap');
  });

  it('returns results or throws ParseError for mutated corpus files (fast-check)', async () => {
    await fuzzReader(tapReader, [
      'generated/node-test/node-test.tap',
      'generated/mocha/mocha.tap',
      `${TS}/09-node-tap.tap`,
    ]);
  });
});
