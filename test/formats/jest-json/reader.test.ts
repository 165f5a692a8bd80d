import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileInput, pickReader } from '../../../src/formats/index.js';
import { FILE_FAILED_NAME, jestJsonReader } from '../../../src/formats/jest-json/reader.js';
import { corpusFile } from '../../support/corpus.js';
import {
  countsOf,
  generatedGroundTruth,
  parseErrorOf,
  readCorpus,
  readInline,
  fuzzReader,
} from '../reader-helpers.js';

/** The generated corpus ran in /tmp/gen; with that root, ids use repo-relative paths. */
const GEN_ROOT = '/tmp/gen';

function doc(assertions: object[], file: object = {}): string {
  return JSON.stringify({
    numTotalTests: assertions.length,
    testResults: [
      {
        name: '/repo/src/a.test.ts',
        startTime: 1000,
        endTime: 1250,
        status: 'passed',
        ...file,
        assertionResults: assertions,
      },
    ],
  });
}

describe('jest/vitest JSON reader: corpus', () => {
  it.each(['generated/jest/jest-json.json', 'generated/vitest/vitest-json.json'])(
    '%s matches the ground truth of generated/EXPECTED.md',
    async (path) => {
      const results = await readCorpus(jestJsonReader, path, { root: GEN_ROOT });
      expect(countsOf(results)).toEqual(generatedGroundTruth());
      expect(results.format).toBe('jest-json');
      expect(results.warnings).toEqual([]);
    },
  );

  it('keeps each file as a suite timing equal to its end minus start time', async () => {
    const path = 'generated/vitest/vitest-json.json';
    const raw = JSON.parse(readFileSync(corpusFile(path), 'utf8')) as {
      testResults: { name: string; startTime: number; endTime: number }[];
    };
    const results = await readCorpus(jestJsonReader, path, { root: GEN_ROOT });
    expect(results.suites).toEqual(
      raw.testResults.map((f) => ({
        name: f.name.slice(GEN_ROOT.length + 1),
        file: f.name.slice(GEN_ROOT.length + 1),
        durationMs: f.endTime - f.startTime,
      })),
    );
  });

  it('makes file paths relative to the root and keeps the describe path as the suite', async () => {
    const results = await readCorpus(jestJsonReader, 'generated/jest/jest-json.json', { root: GEN_ROOT });
    const nested = results.tests.find((t) => t.name === 'uppercases ascii');
    expect(nested).toMatchObject({ file: 'js/strings.test.js', suite: ['strings', 'upper'] });
    expect(new Set(results.tests.map((t) => t.file))).toEqual(
      new Set(['js/calculator.test.js', 'js/strings.test.js']),
    );
  });

  it('tells an assertion failure from a thrown error', async () => {
    for (const path of ['generated/jest/jest-json.json', 'generated/vitest/vitest-json.json']) {
      const results = await readCorpus(jestJsonReader, path, { root: GEN_ROOT });
      const byName = new Map(results.tests.map((t) => [t.name, t.attempts[0]?.failure]));
      expect(byName.get('subtracts with a deliberate failure')?.category).toBe('assertion');
      expect(byName.get('throws an unexpected error')).toMatchObject({
        category: 'error',
        message: 'Error: boom',
      });
    }
  });
});

describe('jest/vitest JSON reader: edge cases', () => {
  it('turns retryReasons and invocations into failed attempts before the last one', async () => {
    const results = await readInline(
      jestJsonReader,
      doc([
        {
          ancestorTitles: ['s'],
          title: 'retried',
          status: 'passed',
          duration: 5,
          invocations: 3,
          retryReasons: ['Error: first', 'Error: second'],
          failureMessages: [],
        },
        {
          ancestorTitles: ['s'],
          title: 'retried and failed',
          status: 'failed',
          duration: 7,
          invocations: 2,
          retryReasons: ['Error: one'],
          failureMessages: ['Error: two'],
        },
      ]),
    );
    const [flaky, failed] = results.tests;
    expect(flaky?.outcome).toBe('flaky');
    expect(flaky?.attempts.map((a) => [a.status, a.failure?.message])).toEqual([
      ['failed', 'Error: first'],
      ['failed', 'Error: second'],
      ['passed', undefined],
    ]);
    expect(failed?.outcome).toBe('failed');
    expect(failed?.attempts.map((a) => a.failure?.message)).toEqual(['Error: one', 'Error: two']);
  });

  it('reads pending, skipped, todo and disabled as skipped, and string durations as numbers', async () => {
    const statuses = ['pending', 'skipped', 'todo', 'disabled'];
    const results = await readInline(
      jestJsonReader,
      doc([
        ...statuses.map((status) => ({ ancestorTitles: [], title: status, status })),
        { ancestorTitles: [], title: 'timed', status: 'passed', duration: '12.5' },
      ]),
    );
    expect(results.tests.slice(0, 4).map((t) => t.outcome)).toEqual([
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(results.tests[2]?.attempts[0]?.skipMessage).toBe('todo');
    expect(results.tests[4]?.durationMs).toBe(12.5);
  });

  it('warns about an unknown status and reads it as skipped', async () => {
    const results = await readInline(
      jestJsonReader,
      doc([{ ancestorTitles: [], title: 'odd', status: 'weird' }]),
    );
    expect(results.tests[0]?.outcome).toBe('skipped');
    expect(results.warnings.join('\n')).toContain('"weird"');
  });

  it('keeps a file that failed outside any test as one failed test', async () => {
    const results = await readInline(
      jestJsonReader,
      doc([], { status: 'failed', message: 'SyntaxError: Unexpected token (3:4)' }),
      { root: '/repo' },
    );
    expect(results.tests).toHaveLength(1);
    expect(results.tests[0]).toMatchObject({
      file: 'src/a.test.ts',
      name: FILE_FAILED_NAME,
      outcome: 'failed',
    });
    expect(results.tests[0]?.attempts[0]?.failure).toMatchObject({ category: 'error', type: 'SyntaxError' });
  });

  it('folds a test that appears twice in one file into attempts', async () => {
    const twice = [
      { ancestorTitles: ['s'], title: 't', status: 'failed', failureMessages: ['Error: x'] },
      { ancestorTitles: ['s'], title: 't', status: 'passed' },
    ];
    const results = await readInline(jestJsonReader, doc(twice));
    expect(results.tests).toHaveLength(1);
    expect(results.tests[0]?.outcome).toBe('flaky');
  });

  it('cuts long failure messages to maxMessageChars and strips colour codes', async () => {
    const long = `\u001b[31mError: ${'x'.repeat(500)}\u001b[39m`;
    const results = await readInline(
      jestJsonReader,
      doc([{ ancestorTitles: [], title: 'long', status: 'failed', failureMessages: [long] }]),
      { maxMessageChars: 100 },
    );
    const failure = results.tests[0]?.attempts[0]?.failure;
    expect(failure?.message?.startsWith('Error: xxx')).toBe(true);
    expect(failure?.message).not.toContain('\u001b');
    expect(failure?.message?.length).toBeLessThan(160);
    expect(failure?.message).toContain('more characters cut');
  });
});

describe('jest/vitest JSON reader: sniffing', () => {
  it('recognises Jest and Vitest reports and leaves Playwright and CTRF reports alone', () => {
    const head = (p: string): string => readFileSync(corpusFile(p), 'utf8').slice(0, 8192);
    expect(jestJsonReader.sniff(head('generated/jest/jest-json.json'), 'x.json')).toBe(true);
    expect(jestJsonReader.sniff(head('generated/vitest/vitest-json.json'), 'x.json')).toBe(true);
    expect(jestJsonReader.sniff(head('generated/playwright/playwright-json.json'), 'x.json')).toBe(false);
    expect(jestJsonReader.sniff(head('generated/jest/jest-ctrf.json'), 'x.json')).toBe(false);
    expect(jestJsonReader.sniff(head('generated/mocha/mocha-json.json'), 'x.json')).toBe(false);
  });
});

describe('jest/vitest JSON reader: bad input throws only ParseError', () => {
  it('names the line and column of a syntax error', async () => {
    const error = await parseErrorOf(
      readInline(jestJsonReader, '{\n  "testResults": [\n    {"name": "a",, }\n  ]\n}'),
    );
    expect(error).toMatchObject({ line: 3, column: 18 });
    expect(error.message).toContain('invalid JSON');
  });

  it('says the file ends early when it is truncated', async () => {
    const full = readFileSync(corpusFile('generated/jest/jest-json.json'), 'utf8');
    const error = await parseErrorOf(readInline(jestJsonReader, full.slice(0, full.length / 2)));
    expect(error.hint).toContain('ends mid-document');
    expect(error.line).toBe(1);
  });

  it('says what was expected for a document of the wrong shape', async () => {
    const error = await parseErrorOf(
      readInline(jestJsonReader, '{"numTotalTests": 1, "testResults": {"a": 1}}'),
    );
    expect(error.message).toContain('testResults');
    expect(error.message).toContain('Jest or Vitest JSON report');
    await parseErrorOf(readInline(jestJsonReader, '[1, 2]'));
    await parseErrorOf(readInline(jestJsonReader, '{"testResults": [{"assertionResults": []}]}'));
  });

  it('rejects an empty file and a file over the size cap', async () => {
    expect((await parseErrorOf(readInline(jestJsonReader, '  \n'))).message).toContain('empty');
    const error = await parseErrorOf(readInline(jestJsonReader, doc([]), { maxBytes: 10 }));
    expect(error.message).toContain('10-byte limit');
  });

  it('reads invalid UTF-8 in a test name with a replacement character and a warning', async () => {
    const bytes = Buffer.concat([
      Buffer.from(
        '{"numTotalTests":1,"testResults":[{"name":"a.js","assertionResults":[{"ancestorTitles":[],"title":"bad ',
      ),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('","status":"passed"}]}]}'),
    ]);
    const results = await readInline(jestJsonReader, bytes);
    expect(results.tests[0]?.name).toContain('\uFFFD');
    expect(results.warnings.join('\n')).toContain('not valid utf-8');
  });
});

describe('jestJsonReader: among all readers', () => {
  it('is the reader content sniffing picks for its corpus files', async () => {
    for (const path of ['generated/jest/jest-json.json', 'generated/vitest/vitest-json.json'])
      expect((await pickReader(await fileInput(corpusFile(path)))).format).toBe('jest-json');
  });

  it('returns results or throws ParseError for mutated corpus files (fast-check)', async () => {
    await fuzzReader(jestJsonReader, ['generated/jest/jest-json.json', 'generated/vitest/vitest-json.json']);
  });
});

describe('jest/vitest JSON reader: one unreadable element never costs the file', () => {
  it("reads Jest 30's status-error item without a title as the file's suite error beside its tests", async () => {
    const results = await readInline(
      jestJsonReader,
      doc(
        [
          { ancestorTitles: [], title: 'works', status: 'passed', failureMessages: [] },
          { status: 'error', failureMessages: ['  ● Test suite failed to run\n\n    boom'] },
        ],
        { status: 'failed' },
      ),
    );
    expect(results.tests.map((t) => [t.name, t.outcome])).toEqual([
      ['works', 'passed'],
      [FILE_FAILED_NAME, 'failed'],
    ]);
    expect(results.tests[1]?.attempts[0]?.failure?.trace).toContain('boom');
    expect(results.warnings).toEqual([]);
  });

  it('keeps the other tests and files and warns, naming where, for an item or file it cannot read', async () => {
    const text = JSON.stringify({
      numTotalTests: 2,
      testResults: [
        { name: '/repo/a.test.ts', assertionResults: [{ title: 'ok', status: 'passed' }, { title: 7 }] },
        { assertionResults: [] },
      ],
    });
    const results = await readInline(jestJsonReader, text, { root: '/repo' });
    expect(results.tests.map((t) => [t.file, t.name])).toEqual([['a.test.ts', 'ok']]);
    expect(results.warnings).toHaveLength(2);
    expect(results.warnings[0]).toContain('testResults[0].assertionResults[1]');
    expect(results.warnings[1]).toContain('testResults[1]');
  });
});
