import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileInput, pickReader } from '../../../src/formats/index.js';
import { ctrfReader } from '../../../src/formats/ctrf/reader.js';
import { corpusFile } from '../../support/corpus.js';
import {
  countsOf,
  generatedGroundTruth,
  parseErrorOf,
  readCorpus,
  readInline,
  fuzzReader,
} from '../reader-helpers.js';

function doc(tests: object[]): string {
  return JSON.stringify({ results: { tool: { name: 'x' }, summary: {}, tests } });
}

/** The summary a CTRF example states about itself: its own oracle. */
function summaryOf(path: string): {
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
} {
  const s = (
    JSON.parse(readFileSync(corpusFile(path), 'utf8')) as { results: { summary: Record<string, number> } }
  ).results.summary;
  const flaky = s['flaky'] ?? 0;
  // CTRF counts a flaky test under `passed` as well; our outcomes are exclusive.
  return {
    tests: s['tests'] ?? 0,
    passed: (s['passed'] ?? 0) - flaky,
    failed: s['failed'] ?? 0,
    skipped: (s['skipped'] ?? 0) + (s['pending'] ?? 0) + (s['other'] ?? 0),
    flaky,
  };
}

describe('CTRF reader: corpus', () => {
  it.each(['generated/jest/jest-ctrf.json', 'generated/playwright/playwright-ctrf.json'])(
    '%s matches the ground truth of generated/EXPECTED.md',
    async (path) => {
      const results = await readCorpus(ctrfReader, path, { root: '/tmp/gen' });
      // jest-ctrf reports the skipped test as `pending`: still skipped for us.
      expect(countsOf(results)).toEqual(generatedGroundTruth());
      expect(results.warnings).toEqual([]);
    },
  );

  it.each([
    'ctrf/examples/minimal.json',
    'ctrf/examples/comprehensive.json',
    'ctrf/examples/with-retries.json',
    'ctrf/examples/with-diagnostics.json',
    'ctrf/examples/with-insights.json',
  ])('%s matches its own summary', async (path) => {
    expect(countsOf(await readCorpus(ctrfReader, path))).toEqual(summaryOf(path));
  });

  it('gives jest-ctrf the same identity as the Jest JSON reader: file, describe path, own name', async () => {
    const results = await readCorpus(ctrfReader, 'generated/jest/jest-ctrf.json', { root: '/tmp/gen' });
    // jest-ctrf writes `suite: "calculator.test.js > calculator"` and `name: "calculator adds two numbers"`.
    expect(results.tests[0]).toMatchObject({
      file: 'js/calculator.test.js',
      suite: ['calculator'],
      name: 'adds two numbers',
    });
    expect(results.tests.find((t) => t.name === 'uppercases ascii')?.suite).toEqual(['strings', 'upper']);
  });

  it('reads retryAttempts that include the final run as the attempts', async () => {
    const results = await readCorpus(ctrfReader, 'ctrf/examples/with-retries.json');
    const flaky = results.tests.find((t) => t.name === 'flaky test');
    expect(flaky?.attempts.map((a) => [a.status, a.durationMs])).toEqual([
      ['failed', 120],
      ['failed', 130],
      ['passed', 140],
    ]);
    expect(flaky?.attempts[0]?.failure).toMatchObject({ message: 'Connection timeout', category: 'timeout' });
  });

  it('validates every normative valid document of the CTRF test suite', async () => {
    const suite = JSON.parse(
      readFileSync(corpusFile('ctrf/tests/normative/valid-documents.test.json'), 'utf8'),
    ) as {
      tests: { valid: boolean; data?: unknown }[];
    };
    const inline = suite.tests.filter((t) => t.valid && t.data !== undefined);
    expect(inline.length).toBeGreaterThan(0);
    for (const t of inline) {
      const results = await readInline(ctrfReader, JSON.stringify(t.data));
      expect(results.tests.length).toBeGreaterThan(0);
    }
  });
});

describe('CTRF reader: lenient edge cases', () => {
  it('reads string durations, pending and other statuses, and extra fields', async () => {
    const results = await readInline(
      ctrfReader,
      doc([
        { name: 'a', status: 'passed', duration: '150', unknownField: { x: 1 } },
        { name: 'b', status: 'pending' },
        { name: 'c', status: 'other', duration: 'n/a' },
      ]),
    );
    expect(results.tests.map((t) => [t.outcome, t.durationMs])).toEqual([
      ['passed', 150],
      ['skipped', 0],
      ['skipped', 0],
    ]);
    expect(results.tests[1]?.attempts[0]?.skipMessage).toBe('pending');
  });

  it('appends the final run when retryAttempts lists only the failed ones', async () => {
    const results = await readInline(
      ctrfReader,
      doc([
        {
          name: 't',
          status: 'passed',
          duration: 9,
          retries: 1,
          flaky: true,
          retryAttempts: [{ attempt: 1, status: 'failed', duration: 4, message: 'boom' }],
        },
      ]),
    );
    expect(results.tests[0]?.attempts.map((a) => [a.status, a.durationMs])).toEqual([
      ['failed', 4],
      ['passed', 9],
    ]);
  });

  it('makes retries without a list into failed attempts, and flaky alone into one', async () => {
    const results = await readInline(
      ctrfReader,
      doc([
        { name: 'retried', status: 'passed', duration: 3, retries: 2 },
        { name: 'flagged', status: 'passed', duration: 3, flaky: true },
        { name: 'gave up', status: 'failed', duration: 3, retries: 1, message: 'nope' },
      ]),
    );
    expect(results.tests.map((t) => [t.outcome, t.attempts.length])).toEqual([
      ['flaky', 3],
      ['flaky', 2],
      ['failed', 2],
    ]);
  });

  it('folds the same test reported twice (two executionIds) into attempts', async () => {
    const results = await readInline(
      ctrfReader,
      doc([
        { name: 't', testId: 'x', executionId: '1', status: 'failed', duration: 1, message: 'first' },
        { name: 't', testId: 'x', executionId: '2', status: 'passed', duration: 1 },
      ]),
    );
    expect(results.tests).toHaveLength(1);
    expect(results.tests[0]?.outcome).toBe('flaky');
  });

  it('takes an array suite and the name as written', async () => {
    const results = await readInline(
      ctrfReader,
      doc([
        { name: 'a.test.ts b', status: 'passed', duration: 1, filePath: 'a.test.ts', suite: ['a.test.ts'] },
      ]),
    );
    expect(results.tests[0]).toMatchObject({ suite: ['a.test.ts'], name: 'a.test.ts b' });
  });

  it('uses rawStatus timedOut as a timeout and the browser as the project', async () => {
    const results = await readInline(
      ctrfReader,
      doc([
        {
          name: 't',
          status: 'failed',
          rawStatus: 'timedOut',
          duration: 1,
          browser: 'firefox',
          message: 'oops',
        },
      ]),
    );
    expect(results.tests[0]?.project).toBe('firefox');
    expect(results.tests[0]?.attempts[0]?.failure?.category).toBe('timeout');
  });

  it('leaves out a test without a name, with a warning', async () => {
    const results = await readInline(
      ctrfReader,
      doc([{ status: 'passed' }, { name: 'ok', status: 'passed' }]),
    );
    expect(results.tests.map((t) => t.name)).toEqual(['ok']);
    expect(results.warnings.join('\n')).toContain('results.tests[0]');
  });
});

describe('CTRF reader: sniffing', () => {
  it('recognises CTRF with and without reportFormat and leaves Playwright and Jest reports alone', () => {
    const head = (p: string): string => readFileSync(corpusFile(p), 'utf8').slice(0, 8192);
    expect(ctrfReader.sniff(head('generated/jest/jest-ctrf.json'), 'x.json')).toBe(true);
    expect(ctrfReader.sniff(head('ctrf/examples/minimal.json'), 'x.json')).toBe(true);
    expect(ctrfReader.sniff('{"results": {"tool": {"name": "old"}, "tests": [', 'x.json')).toBe(true);
    expect(ctrfReader.sniff(head('generated/playwright/playwright-json.json'), 'x.json')).toBe(false);
    expect(ctrfReader.sniff(head('generated/jest/jest-json.json'), 'x.json')).toBe(false);
    // The schema and the normative suite mention every CTRF key but are not reports.
    expect(ctrfReader.sniff(head('ctrf/schema/ctrf.schema.json'), 'x.json')).toBe(false);
    expect(ctrfReader.sniff(head('ctrf/tests/normative/valid-documents.test.json'), 'x.json')).toBe(false);
  });
});

describe('CTRF reader: bad input throws only ParseError', () => {
  it('rejects a syntax error with its position, and truncated, wrong-shape, empty, oversized input', async () => {
    const syntax = await parseErrorOf(readInline(ctrfReader, '{"results": {\n"tool": {}\n"tests": []}}'));
    expect(syntax).toMatchObject({ line: 3, column: 1 });
    const full = readFileSync(corpusFile('ctrf/examples/comprehensive.json'), 'utf8');
    await parseErrorOf(readInline(ctrfReader, full.slice(0, 700)));
    const shape = await parseErrorOf(readInline(ctrfReader, '{"results": {"tool": {}, "tests": {}}}'));
    expect(shape.message).toContain('results.tests');
    expect(shape.message).toContain('CTRF report');
    await parseErrorOf(readInline(ctrfReader, '"just a string"'));
    await parseErrorOf(readInline(ctrfReader, ''));
    await parseErrorOf(readInline(ctrfReader, full, { maxBytes: 100 }));
  });

  it('reads a UTF-16 file with a byte-order mark', async () => {
    const text = doc([{ name: 'ünïcode ✓', status: 'passed', duration: 1 }]);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const results = await readInline(ctrfReader, bytes);
    expect(results.tests[0]?.name).toBe('ünïcode ✓');
  });
});

describe('ctrfReader: among all readers', () => {
  it('is the reader content sniffing picks for its corpus files', async () => {
    for (const path of [
      'generated/jest/jest-ctrf.json',
      'generated/playwright/playwright-ctrf.json',
      'ctrf/examples/comprehensive.json',
    ])
      expect((await pickReader(await fileInput(corpusFile(path)))).format).toBe('ctrf');
  });

  it('returns results or throws ParseError for mutated corpus files (fast-check)', async () => {
    await fuzzReader(ctrfReader, [
      'generated/jest/jest-ctrf.json',
      'generated/playwright/playwright-ctrf.json',
      'ctrf/examples/comprehensive.json',
    ]);
  });
});
