import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileInput, pickReader } from '../../../src/formats/index.js';
import { playwrightJsonReader } from '../../../src/formats/playwright-json/reader.js';
import { corpusFile } from '../../support/corpus.js';
import {
  countsOf,
  generatedGroundTruth,
  parseErrorOf,
  playwrightShardTruth,
  readCorpus,
  readInline,
  fuzzReader,
} from '../reader-helpers.js';

/** A one-spec report; `tests` is the spec's per-project list. */
function doc(tests: object[], rootDir = '/repo/e2e'): string {
  return JSON.stringify({
    config: { rootDir },
    suites: [
      {
        title: 'login.spec.ts',
        file: 'login.spec.ts',
        specs: [],
        suites: [
          {
            title: 'login',
            file: 'login.spec.ts',
            specs: [{ title: 'works', file: 'login.spec.ts', line: 3, tests }],
          },
        ],
      },
    ],
  });
}

describe('Playwright JSON reader: corpus', () => {
  it('matches the ground truth of generated/EXPECTED.md', async () => {
    const results = await readCorpus(playwrightJsonReader, 'generated/playwright/playwright-json.json');
    expect(countsOf(results)).toEqual(generatedGroundTruth());
    expect(results.warnings).toEqual([]);
  });

  it.each(['shard-1', 'shard-2', 'merged'] as const)(
    'playwright-shards/%s matches Playwright’s own stats (EXPECTED.md table)',
    async (shard) => {
      const results = await readCorpus(
        playwrightJsonReader,
        `generated/playwright-shards/${shard}/playwright-json.json`,
      );
      expect(countsOf(results)).toEqual(playwrightShardTruth(shard));
    },
  );

  it('reads a retried test as a failed then a passed attempt', async () => {
    const results = await readCorpus(
      playwrightJsonReader,
      'generated/playwright-shards/shard-2/playwright-json.json',
    );
    const flaky = results.tests.find((t) => t.name === 'passes on retry');
    expect(flaky).toMatchObject({ outcome: 'flaky', suite: ['flaky'], file: 'flaky.spec.js', line: 3 });
    expect(flaky?.attempts.map((a) => a.status)).toEqual(['failed', 'passed']);
    expect(flaky?.attempts[0]?.failure?.category).toBe('assertion');
    // Playwright colours its messages; the colour codes are noise in a report.
    expect(flaky?.attempts[0]?.failure?.message).not.toContain('\u001b');
  });

  it('gives the same ids in the shards as in the merged report', async () => {
    const ids = async (p: string): Promise<string[]> =>
      (
        await readCorpus(playwrightJsonReader, `generated/playwright-shards/${p}/playwright-json.json`)
      ).tests.map((t) => t.id);
    const shards = [...(await ids('shard-1')), ...(await ids('shard-2'))];
    expect(new Set(shards)).toEqual(new Set(await ids('merged')));
  });

  it('keeps stdout and the thrown error of the first attempt', async () => {
    const results = await readCorpus(playwrightJsonReader, 'generated/playwright/playwright-json.json');
    const byName = new Map(results.tests.map((t) => [t.name, t.attempts[0]]));
    expect(byName.get('adds two numbers')?.stdout).toBe('log line from adds\n');
    expect(byName.get('throws an unexpected error')?.failure).toMatchObject({
      category: 'error',
      message: 'Error: boom',
    });
  });
});

describe('Playwright JSON reader: edge cases', () => {
  it('makes one test per project and maps timedOut and interrupted', async () => {
    const results = await readInline(
      playwrightJsonReader,
      doc([
        {
          projectName: 'chromium',
          expectedStatus: 'passed',
          results: [
            {
              status: 'timedOut',
              duration: 30000,
              retry: 0,
              errors: [{ message: 'Test timeout of 30000ms exceeded.' }],
            },
          ],
        },
        {
          projectName: 'firefox',
          expectedStatus: 'passed',
          results: [{ status: 'interrupted', duration: 5, retry: 0 }],
        },
        { projectName: 'webkit', expectedStatus: 'passed', results: [] },
      ]),
    );
    expect(results.tests.map((t) => [t.project, t.outcome])).toEqual([
      ['chromium', 'failed'],
      ['firefox', 'failed'],
      ['webkit', 'skipped'],
    ]);
    expect(new Set(results.tests.map((t) => t.id)).size).toBe(3);
    expect(results.tests[0]?.attempts[0]?.failure).toMatchObject({
      category: 'timeout',
      message: 'Test timeout of 30000ms exceeded.',
    });
    expect(results.tests[1]?.attempts[0]?.failure?.category).toBe('crash');
  });

  it('honours test.fail(): a failure is expected, a pass is not', async () => {
    const results = await readInline(
      playwrightJsonReader,
      doc([
        { projectName: 'a', expectedStatus: 'failed', results: [{ status: 'failed', retry: 0 }] },
        { projectName: 'b', expectedStatus: 'failed', results: [{ status: 'passed', retry: 0 }] },
      ]),
    );
    expect(results.tests.map((t) => t.outcome)).toEqual(['passed', 'failed']);
  });

  it('makes file paths repo-relative through the config rootDir', async () => {
    const one = [
      { projectName: '', expectedStatus: 'passed', results: [{ status: 'passed', retry: 0, duration: 1 }] },
    ];
    expect((await readInline(playwrightJsonReader, doc(one), { root: '/repo' })).tests[0]?.file).toBe(
      'e2e/login.spec.ts',
    );
    // Read on another machine: the rootDir is not under the root, so Playwright's own relative path stays.
    expect((await readInline(playwrightJsonReader, doc(one), { root: '/elsewhere' })).tests[0]?.file).toBe(
      'login.spec.ts',
    );
  });

  it('decodes base64 output and bounds it', async () => {
    const results = await readInline(
      playwrightJsonReader,
      doc([
        {
          projectName: '',
          expectedStatus: 'passed',
          results: [
            {
              status: 'passed',
              retry: 0,
              stdout: [{ buffer: Buffer.from('bytes out\n').toString('base64') }],
              stderr: [{ text: 'e'.repeat(50) }],
            },
          ],
        },
      ]),
      { maxOutputChars: 20 },
    );
    const attempt = results.tests[0]?.attempts[0];
    expect(attempt?.stdout).toBe('bytes out\n');
    expect(attempt?.stderr?.startsWith('e'.repeat(20))).toBe(true);
    expect(attempt?.stderr).toContain('30 more characters cut');
  });
});

describe('Playwright JSON reader: sniffing', () => {
  it('recognises Playwright reports and leaves Jest and CTRF reports alone', () => {
    const head = (p: string): string => readFileSync(corpusFile(p), 'utf8').slice(0, 8192);
    expect(playwrightJsonReader.sniff(head('generated/playwright/playwright-json.json'), 'x.json')).toBe(
      true,
    );
    expect(
      playwrightJsonReader.sniff(head('generated/playwright-shards/merged/playwright-json.json'), 'x.json'),
    ).toBe(true);
    expect(playwrightJsonReader.sniff(head('generated/jest/jest-json.json'), 'x.json')).toBe(false);
    expect(playwrightJsonReader.sniff(head('generated/playwright/playwright-ctrf.json'), 'x.json')).toBe(
      false,
    );
  });

  it('recognises a report whose config is longer than the sniffed head', () => {
    const head =
      `{"config": {"configFile": "/r/playwright.config.ts", "metadata": {"x": "${'y'.repeat(9000)}`.slice(
        0,
        8192,
      );
    expect(playwrightJsonReader.sniff(head, 'report.json')).toBe(true);
  });
});

describe('Playwright JSON reader: bad input throws only ParseError', () => {
  it('rejects truncated, wrong-shape, empty and oversized input', async () => {
    const full = readFileSync(corpusFile('generated/playwright/playwright-json.json'), 'utf8');
    const truncated = await parseErrorOf(readInline(playwrightJsonReader, full.slice(0, 5000)));
    expect(truncated.line).toBeGreaterThan(1);
    const shape = await parseErrorOf(
      readInline(playwrightJsonReader, '{"config": {}, "suites": [{"specs": [{"tests": []}]}]}'),
    );
    expect(shape.message).toContain('no spec could be read');
    await parseErrorOf(readInline(playwrightJsonReader, ''));
    await parseErrorOf(readInline(playwrightJsonReader, full, { maxBytes: 1024 }));
  });

  it('reads invalid UTF-8 with a replacement character and a warning', async () => {
    const text = doc([
      { projectName: '', expectedStatus: 'passed', results: [{ status: 'passed', retry: 0 }] },
    ]);
    const bytes = Buffer.from(text.replace('works', 'w\u0000rks'));
    bytes[bytes.indexOf(0)] = 0xc3; // a lone lead byte
    const results = await readInline(playwrightJsonReader, bytes);
    expect(results.tests[0]?.name).toBe('w\uFFFDrks');
    expect(results.warnings).toHaveLength(1);
  });
});

describe('playwrightJsonReader: among all readers', () => {
  it('is the reader content sniffing picks for its corpus files', async () => {
    for (const path of [
      'generated/playwright/playwright-json.json',
      'generated/playwright-shards/shard-2/playwright-json.json',
    ])
      expect((await pickReader(await fileInput(corpusFile(path)))).format).toBe('playwright-json');
  });

  it('returns results or throws ParseError for mutated corpus files (fast-check)', async () => {
    await fuzzReader(playwrightJsonReader, [
      'generated/playwright/playwright-json.json',
      'generated/playwright-shards/shard-2/playwright-json.json',
    ]);
  });
});

describe('Playwright JSON reader: one unreadable element never costs the file', () => {
  it('keeps the other specs and warns about a spec it cannot read', async () => {
    const doc = {
      config: { rootDir: '/repo' },
      suites: [
        {
          title: 'a.spec.ts',
          file: 'a.spec.ts',
          specs: [
            { title: 7, tests: [] },
            { title: 'works', file: 'a.spec.ts', tests: [{ results: [{ status: 'passed', retry: 0 }] }] },
          ],
          suites: [],
        },
      ],
    };
    const results = await readInline(playwrightJsonReader, JSON.stringify(doc), { root: '/repo' });
    expect(results.tests.map((t) => [t.name, t.outcome])).toEqual([['works', 'passed']]);
    expect(results.warnings).toHaveLength(1);
    expect(results.warnings[0]).toContain('a.spec.ts');
  });
});
