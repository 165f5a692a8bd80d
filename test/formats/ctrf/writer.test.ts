import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { toCtrfTest, writeCtrf } from '../../../src/formats/ctrf/writer.js';
import { bufferInput, readResultFile, readResults } from '../../../src/formats/index.js';
import { summarize } from '../../../src/report/build-report.js';
import { makeTestCase, ParseError, type TestCase } from '../../../src/model/index.js';
import { CORPUS, corpusFile } from '../../support/corpus.js';
import { ctrfValidator } from '../../support/ctrf-schema.js';

async function toCtrf(tests: readonly TestCase[]): Promise<unknown> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeCtrf(tests, out, {
    start: 1_700_000_000_000,
    stop: 1_700_000_004_000,
    timestamp: '2026-11-21T14:00:00.000Z',
  });
  out.end();
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const validate = ctrfValidator();

describe('the CTRF schema as compiled here', () => {
  // The normative suites say which documents a conformant validator accepts and rejects: passing them
  // shows the validator used below enforces what the schema demands (formats included).
  const suites = ['ctrf/tests/ctrf.test.json', ...readdirNormative().map((f) => `ctrf/tests/normative/${f}`)];
  it.each(suites)('agrees with %s', (suite) => {
    const path = corpusFile(suite);
    const spec = JSON.parse(readFileSync(path, 'utf8')) as {
      tests: { description: string; valid: boolean; data?: unknown; dataPath?: string }[];
    };
    expect(spec.tests.length).toBeGreaterThan(0);
    for (const t of spec.tests) {
      const data = t.dataPath ? JSON.parse(readFileSync(join(dirname(path), t.dataPath), 'utf8')) : t.data;
      expect(validate(data), t.description).toBe(t.valid);
    }
  });
});

function readdirNormative(): string[] {
  return readdirSync(corpusFile('ctrf/tests/normative')).filter((f) => f.endsWith('.test.json'));
}

describe('CTRF writer', () => {
  it('validates against the schema for every readable corpus result file', async () => {
    const files = (
      await glob(['**/*.{xml,json,trx,tap}'], {
        cwd: CORPUS,
        absolute: true,
        ignore: [
          'schemas/**',
          'github/**',
          'azure-devops-rest-specs/**',
          'ci-env-dumps/**',
          'ctrf/schema/**',
          'ctrf/tests/**',
        ],
      })
    ).sort();
    let validated = 0;
    let totalTests = 0;
    for (const file of files) {
      let tests: readonly TestCase[];
      try {
        tests = (await readResultFile(file)).tests;
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        continue;
      }
      const doc = (await toCtrf(tests)) as { results: { summary: { tests: number }; tests: unknown[] } };
      expect(validate(doc), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      expect(doc.results.tests).toHaveLength(tests.length);
      expect(doc.results.summary.tests).toBe(tests.length);
      // Our own CTRF reader reads it back as the same run: same counts, same ids (durations are whole
      // milliseconds in CTRF, so they are not compared).
      const again = await readResults(bufferInput(`${file}.ctrf.json`, JSON.stringify(doc)));
      expect({ ...summarize(again.tests), durationMs: 0 }, file).toEqual({
        ...summarize(tests),
        durationMs: 0,
      });
      expect(again.tests.map((t) => t.id).sort(), file).toEqual(tests.map((t) => t.id).sort());
      validated++;
      totalTests += tests.length;
    }
    expect(validated).toBeGreaterThan(150);
    expect(totalTests).toBeGreaterThan(1000);
  });

  it('writes a flaky test as passed with flaky, retries and every attempt', async () => {
    const flaky = makeTestCase({
      file: 'e2e/login.spec.ts',
      suite: ['login'],
      name: 'signs in',
      project: 'firefox',
      attempts: [
        {
          status: 'failed',
          durationMs: 120.4,
          failure: { category: 'timeout', message: 'Timed out', trace: 'at login.spec.ts:3' },
        },
        { status: 'passed', durationMs: 80, stdout: 'one\ntwo' },
      ],
    });
    expect(toCtrfTest(flaky)).toEqual({
      name: 'signs in',
      status: 'passed',
      duration: 200,
      testId: flaky.id,
      suite: ['login'],
      filePath: 'e2e/login.spec.ts',
      message: 'Timed out',
      trace: 'at login.spec.ts:3',
      rawStatus: 'flaky',
      flaky: true,
      retries: 1,
      retryAttempts: [
        { attempt: 1, status: 'failed', duration: 120, message: 'Timed out', trace: 'at login.spec.ts:3' },
        { attempt: 2, status: 'passed', duration: 80, stdout: ['one', 'two'] },
      ],
      stdout: ['one', 'two'],
      browser: 'firefox',
    });
    const doc = (await toCtrf([flaky])) as { results: { summary: Record<string, number> } };
    expect(validate(doc)).toBe(true);
    expect(doc.results.summary).toMatchObject({
      tests: 1,
      passed: 1,
      failed: 0,
      flaky: 1,
      start: 1_700_000_000_000,
      stop: 1_700_000_004_000,
      duration: 4000,
    });
  });

  it('gives an unnamed test a name, as the schema requires one', async () => {
    const unnamed = makeTestCase({ suite: [], name: '', attempts: [{ status: 'skipped', durationMs: 0 }] });
    const doc = await toCtrf([unnamed]);
    expect(validate(doc)).toBe(true);
  });
});
