/**
 * The fuzz suite of the hardening issue: generated inputs (mutated corpus files of every format, shard
 * bundles, plans, timings and histories) thrown at the readers, the planner, `parsePlan`, `report --from`
 * and the history decoder. Each may succeed or fail with a typed error, never anything else; each input
 * must finish within its time limit; the CLI exits only with a documented code (0–3; 4 is a bug).
 *
 * `npm test` runs a fast slice (about 1,300 inputs). `npm run fuzz` runs the full suite:
 * TESSERA_FUZZ_SCALE=100, over 100,000 inputs (BENCHMARKS.md has the count and the time). Seeds are fixed
 * per scale, so a failure replays; TESSERA_FUZZ_SEED picks others.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bufferInput, readResults } from '../../src/formats/index.js';
import { decodeHistory } from '../../src/history/index.js';
import { normalizePath, TesseraError } from '../../src/model/index.js';
import { buildPlan } from '../../src/plan/build.js';
import { itemPathProblem } from '../../src/plan/item-path.js';
import { formatPlanJson } from '../../src/plan/outputs.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { samplesFromBundle, samplesFromResults, type TimingSample } from '../../src/plan/timings.js';
import { runReport } from '../../src/report/run-report.js';
import { parseBundle } from '../../src/run/bundle.js';
import { corpusFile } from '../support/corpus.js';
import { applyAll, mutations } from './mutate.js';

const SCALE = Number(process.env.TESSERA_FUZZ_SCALE ?? 1);
const SEED = Number(process.env.TESSERA_FUZZ_SEED ?? 20261204);
/** The time one input may take (generous: the machine may be busy). */
const LIMIT_MS = Number(process.env.TESSERA_FUZZ_LIMIT_MS ?? 5_000);
/** The exit codes the README documents for users; 4 (internal error) is a bug. */
const DOCUMENTED_EXITS = new Set([0, 1, 2, 3]);

/** Inputs thrown at each target, counted for the summary line. */
const counts = new Map<string, number>();

function runs(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

/** Runs `work` on one input, checks its time, counts it. */
async function timed<T>(target: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  counts.set(target, (counts.get(target) ?? 0) + 1);
  const result = await work();
  const ms = performance.now() - started;
  if (ms > LIMIT_MS) throw new Error(`${target}: one input took ${Math.round(ms)} ms (limit ${LIMIT_MS})`);
  return result;
}

/** Anything thrown must be one of Tessera's typed errors. */
function typedOnly(error: unknown): void {
  if (!(error instanceof TesseraError)) throw error;
}

const CORPUS = [
  'generated/jest/jest-junit.xml',
  'generated/vitest/vitest-junit.xml',
  'generated/pytest/pytest-xunit1-logging-all.xml',
  'publish-unit-test-result-action/python/test/files/junit-xml/with-xml-entities.xml',
  'action-junit-report/test_results/junit_flaky_failure/mixed_flaky_and_passed.xml',
  'ctrf/examples/with-retries.json',
  'generated/jest/jest-ctrf.json',
  'test-reporter/__tests__/fixtures/dotnet-xunitv3.trx',
  'generated/node-test/node-test.tap',
  'test-summary-action/test/resources/tap/01-common.tap',
  'generated/playwright/playwright-json.json',
  'generated/jest/jest-json.json',
].map((f) => readFileSync(corpusFile(f)));

const ROOT = join(import.meta.dirname, '../..');
const BUNDLES = ['1', '2', '3', '4'].map((i) =>
  readFileSync(join(ROOT, `examples/suite/timings/tessera-shard-${i}-of-4.bundle.json`)),
);
const READ_OPTIONS = { maxBytes: 4 * 1024 * 1024, maxOutputChars: 2048, maxMessageChars: 2048 };
const discard = (): Writable => new Writable({ write: (_c, _e, done) => done() });

let scratch: string;
let history: Buffer;
let plan: Buffer;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tessera-fuzz-'));
  // A real history (two runs) and a real plan to mutate.
  await writeFile(join(scratch, 'junit.xml'), CORPUS[0] as Buffer);
  for (const minute of [0, 1])
    await runReport({
      inputs: [join(scratch, 'junit.xml')],
      outputs: {},
      failOn: 'never',
      allowUnreadable: true,
      history: { kind: 'file', path: join(scratch, 'h.json.gz') },
      cwd: scratch,
      now: () => new Date(Date.UTC(2026, 0, 1, 0, minute)),
      stdout: discard(),
      stderr: discard(),
      color: false,
    });
  history = await readFile(join(scratch, 'h.json.gz'));
  const samples = BUNDLES.flatMap(
    (b, i) => samplesFromBundle(parseBundle(b.toString(), `b${i}`), `b${i}`).samples,
  );
  const items = [...new Set(samples.map((s) => s.file))];
  plan = Buffer.from(formatPlanJson(buildPlan({ items, timings: { samples, shardRuns: [] }, shards: 4 })));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  // The count BENCHMARKS.md records for `npm run fuzz`.
  console.log(`fuzz: ${total} inputs (${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')})`);
});

describe('fuzz: hostile inputs get typed errors, in time', () => {
  it('readers: mutated corpus files of every format', { timeout: 0 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: CORPUS.length - 1 }), mutations, async (i, ms) => {
        const bytes = applyAll(CORPUS[i] as Buffer, ms);
        await timed('readers', async () => {
          try {
            const parsed = await readResults(bufferInput('fuzzed', bytes), READ_OPTIONS);
            for (const t of parsed.tests)
              expect(Number.isFinite(t.durationMs) && t.durationMs >= 0).toBe(true);
            samplesFromResults(parsed); // timings from results
          } catch (error) {
            typedOnly(error);
          }
        });
      }),
      { numRuns: runs(600), seed: SEED },
    );
  });

  it('history decoder: mutated histories, gzipped and raw', { timeout: 0 }, async () => {
    const { gunzipSync } = await import('node:zlib');
    const raw = gunzipSync(history);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), mutations, async (gz, ms) => {
        const bytes = applyAll(gz ? history : raw, ms);
        const read = await timed('history', () => decodeHistory(bytes));
        expect(typeof read.ok).toBe('boolean');
      }),
      { numRuns: runs(300), seed: SEED },
    );
  });

  it('bundles and timings: mutated shard bundles', { timeout: 0 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: BUNDLES.length - 1 }), mutations, async (i, ms) => {
        const text = applyAll(BUNDLES[i] as Buffer, ms).toString('utf8');
        await timed('bundles', () => {
          try {
            samplesFromBundle(parseBundle(text, 'fuzzed.json'), 'fuzzed');
          } catch (error) {
            typedOnly(error);
          }
        });
      }),
      { numRuns: runs(200), seed: SEED },
    );
  });

  it('plans: mutated plan files', { timeout: 0 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const text = applyAll(plan, ms).toString('utf8');
        await timed('plans', () => {
          try {
            parsePlan(text, 'fuzzed.json');
          } catch (error) {
            typedOnly(error);
          }
        });
      }),
      { numRuns: runs(200), seed: SEED },
    );
  });

  it(
    'plan: any items and timings give a typed error or a plan that run accepts',
    { timeout: 0 },
    async () => {
      const sample = fc.record({
        file: fc.string({ maxLength: 12 }),
        ms: fc.oneof(fc.double(), fc.constantFrom(1e308, -1, Number.NaN, Infinity, 0)),
        kind: fc.constantFrom('wall' as const, 'suite' as const, 'tests' as const),
        source: fc.constantFrom('a', 'b'),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.string({ maxLength: 12 }), { maxLength: 12 }),
          fc.array(sample, { maxLength: 12 }),
          fc.integer({ min: -1, max: 6 }),
          async (rawItems, samples, shards) => {
            // Items reach the planner through collectItems, which normalises them and refuses bad paths.
            const items = rawItems.filter((i) => itemPathProblem(normalizePath(i)) === undefined);
            await timed('planner', () => {
              let text: string;
              try {
                text = formatPlanJson(
                  buildPlan({
                    items,
                    timings: { samples: samples as TimingSample[], shardRuns: [] },
                    shards,
                  }),
                );
              } catch (error) {
                typedOnly(error);
                return;
              }
              expect(() => parsePlan(text, 'made.json')).not.toThrow();
            });
          },
        ),
        { numRuns: runs(150), seed: SEED },
      );
    },
  );

  it('report --from: mutated bundles exit with a documented code', { timeout: 0 }, async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: BUNDLES.length - 1 }), mutations, async (i, ms) => {
          const dir = join(scratch, `from-${n++}`);
          await mkdir(join(dir, 'tessera-shard-1-of-4'), { recursive: true });
          await writeFile(join(dir, 'tessera-shard-1-of-4/bundle.json'), applyAll(BUNDLES[i] as Buffer, ms));
          const code = await timed('report --from', () =>
            main(['report', '--from', dir, '--fail-on', 'never']),
          );
          expect(DOCUMENTED_EXITS.has(code), `exit ${code}`).toBe(true);
          await rm(dir, { recursive: true, force: true });
        }),
        { numRuns: runs(30), seed: SEED },
      );
    } finally {
      vi.restoreAllMocks();
    }
  });
});
