import { PassThrough } from 'node:stream';
import { glob } from 'tinyglobby';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bufferInput, readResultFile, readResults } from '../../../src/formats/index.js';
import { writeJUnit } from '../../../src/formats/junit/writer.js';
import { escapeXmlAttr, escapeXmlText } from '../../../src/formats/junit/xml-escape.js';
import { makeTestCase, ParseError, type ParsedResults, type TestCase } from '../../../src/model/index.js';
import { summarize } from '../../../src/report/build-report.js';
import { CORPUS } from '../../support/corpus.js';

/** Writes tests as JUnit XML into a string. */
async function toXml(tests: readonly TestCase[]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeJUnit(tests, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

async function roundTrip(tests: readonly TestCase[], name = 'merged.xml'): Promise<ParsedResults> {
  return readResults(bufferInput(name, await toXml(tests)));
}

function counts(tests: readonly TestCase[]) {
  const { tests: total, passed, failed, skipped, flaky } = summarize(tests);
  return { total, passed, failed, skipped, flaky };
}

describe('JUnit writer round trip over the corpus', async () => {
  const files = (await glob('**/*.xml', { cwd: CORPUS, absolute: true })).sort();

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('writes every readable JUnit corpus file back with the same counts and ids', async () => {
    let compared = 0;
    let unreadable = 0;
    let otherFormats = 0;
    for (const file of files) {
      let original: ParsedResults;
      try {
        original = await readResultFile(file);
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        unreadable++;
        continue;
      }
      if (original.format !== 'junit') {
        otherFormats++;
        continue;
      }
      const again = await roundTrip(original.tests, file);
      expect(again.format, file).toBe('junit');
      expect(counts(again.tests), file).toEqual(counts(original.tests));
      expect(again.tests.map((t) => t.id).sort(), file).toEqual(original.tests.map((t) => t.id).sort());
      // Failed attempts survive too: a flaky test keeps its failed runs, a failed one its reruns. (Repeated
      // passes of one test are written once: the CI tabs would count a duplicate testcase twice.)
      const attempts = (r: ParsedResults) =>
        Object.fromEntries(
          r.tests.map((t) => [t.id, t.attempts.filter((a) => a.status === 'failed').length]),
        );
      expect(attempts(again), file).toEqual(attempts(original));
      compared++;
    }
    // Most of the corpus is JUnit; a handful of files are corrupt or attacks on purpose.
    expect(compared).toBeGreaterThan(100);
    expect(unreadable).toBeGreaterThan(0);
    expect(compared + unreadable + otherFormats).toBe(files.length);
  });
});

describe('JUnit writer', () => {
  const fail = (message: string, category: 'assertion' | 'error' | 'timeout' = 'assertion') => ({
    status: 'failed' as const,
    durationMs: 5,
    failure: { category, message, trace: `${message}\n    at x (a.ts:1:1)` },
  });
  const pass = { status: 'passed' as const, durationMs: 7 };

  it('writes a flaky test as passed with flakyFailure, a retried failure with rerunFailure', async () => {
    const flaky = makeTestCase({
      file: 'a.test.ts',
      suite: ['A'],
      name: 'flaky',
      attempts: [fail('first'), pass],
    });
    const failed = makeTestCase({
      file: 'a.test.ts',
      suite: ['A'],
      name: 'broken',
      attempts: [fail('one', 'error'), fail('two', 'error')],
    });
    const xml = await toXml([flaky, failed]);
    expect(xml).toMatch(/<testcase classname="A" name="flaky"[^>]*>\s*<flakyFailure message="first"/);
    expect(xml).toMatch(/<testcase classname="A" name="broken"[^>]*>\s*<error message="one"[^>]*>one\n/);
    expect(xml).toContain('<rerunError message="two"');
    expect(xml).toMatch(/<testsuites name="tessera" tests="2" failures="0" errors="1" skipped="0"/);
    const again = await roundTrip([flaky, failed]);
    expect(again.tests.map((t) => [t.name, t.outcome, t.attempts.length])).toEqual([
      ['flaky', 'flaky', 2],
      ['broken', 'failed', 2],
    ]);
    // Durations add up: the testcase time is what its reruns do not account for.
    expect(again.tests.map((t) => t.durationMs)).toEqual([12, 10]);
  });

  it('nests suites so a deep describe path reads back unchanged', async () => {
    const deep = makeTestCase({
      file: 'src/deep.test.ts',
      suite: ['outer', 'middle', 'inner'],
      name: 'works',
      attempts: [pass],
    });
    // No file and a suite that does not look like a location (`com.acme.CalcTest` would be read as one).
    const fileless = makeTestCase({ suite: ['Calculator', 'add'], name: 'adds', attempts: [pass] });
    const bare = makeTestCase({
      suite: [],
      name: 'lonely',
      attempts: [{ status: 'skipped', durationMs: 0, skipMessage: 'todo' }],
    });
    const again = await roundTrip([deep, fileless, bare]);
    expect(again.tests.map((t) => [t.file, t.suite, t.name, t.id])).toEqual([
      ['src/deep.test.ts', ['outer', 'middle', 'inner'], 'works', deep.id],
      // Tests without a file share one unnamed suite; its own tests come before its nested suites'.
      [undefined, [], 'lonely', bare.id],
      [undefined, ['Calculator', 'add'], 'adds', fileless.id],
    ]);
    expect(again.tests[1]?.attempts[0]?.skipMessage).toBe('todo');
  });

  it('escapes markup and drops characters XML 1.0 forbids', async () => {
    const nasty = 'a < b && c > d "q" \u0000\u0007\u001b ]]> \uD800 end';
    const test = makeTestCase({
      file: 'x.test.ts',
      suite: ['<script>'],
      name: nasty,
      attempts: [{ ...fail(nasty), stdout: 'out ]]> <b>\r\nline' }],
    });
    const xml = await toXml([test]);
    // eslint-disable-next-line no-control-regex -- the point is that none of these reach the XML
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toContain('<script>');
    const again = await roundTrip([test]);
    const read = again.tests[0];
    expect(read?.name).toBe('a < b && c > d "q" \uFFFD\uFFFD\uFFFD ]]> \uFFFD end');
    expect(read?.suite).toEqual(['<script>']);
    expect(read?.attempts[0]?.stdout).toBe('out ]]> <b>\r\nline');
  });

  it('keeps whitespace in attributes and text escapes stable', () => {
    expect(escapeXmlAttr('a\tb\nc"d&')).toBe('a&#9;b&#10;c&quot;d&amp;');
    expect(escapeXmlText('plain text')).toBe('plain text');
    expect(escapeXmlText('x\u0001y')).toBe('x\uFFFDy');
  });
});

describe('JUnit writer on arbitrary text', () => {
  // Names, suites, messages and output with anything in them: markup, `]]>`, control characters, lone
  // surrogates, astral characters. The XML must always parse, and every test must come back with its outcome.
  const unit = fc.oneof(
    fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      ']]>',
      '\u0000',
      '\u001b',
      '\t',
      '\r\n',
      '\uD800',
      '\uFFFE',
      '😀',
    ),
    fc.string({ unit: 'binary', maxLength: 1 }),
  );
  const text = fc.string({ unit, maxLength: 12 });
  const attempt = fc.oneof(
    fc.record({ status: fc.constant('passed' as const), durationMs: fc.nat(5000), stdout: text }),
    fc.record({ status: fc.constant('skipped' as const), durationMs: fc.constant(0), skipMessage: text }),
    fc.record({
      status: fc.constant('failed' as const),
      durationMs: fc.nat(5000),
      failure: fc.record({
        category: fc.constantFrom(
          'assertion' as const,
          'error' as const,
          'timeout' as const,
          'crash' as const,
        ),
        message: text,
        trace: text,
      }),
      stderr: text,
    }),
  );
  const draft = fc.record({
    file: fc.option(fc.constantFrom('src/a.test.ts', 'b_test.go', 'tests/c.py'), { nil: undefined }),
    suite: fc.array(text, { maxLength: 3 }),
    name: text,
    attempts: fc.array(attempt, { minLength: 1, maxLength: 3 }),
  });

  it('always writes XML our reader reads back with the same outcomes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(draft, { minLength: 1, maxLength: 8 }), async (drafts) => {
        // A unique prefix keeps tests apart once forbidden characters have become U+FFFD.
        const tests = drafts.map((d, i) => makeTestCase({ ...d, name: `t${i} ${d.name}` }));
        const again = await roundTrip(tests);
        expect(counts(again.tests)).toEqual(counts(tests));
        const outcomes = (list: readonly TestCase[]) => list.map((t) => t.outcome).sort();
        expect(outcomes(again.tests)).toEqual(outcomes(tests));
      }),
      { numRuns: 150 },
    );
  });
});
