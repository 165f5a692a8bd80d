/**
 * The history `npm run bench:report` gives `tessera report --history`: a full-window history of the same tests
 * the generated JUnit files hold, as a branch would have after 20 earlier runs. It is built with the real code
 * paths, so the ids, titles and the document's shape are exactly what the report will meet: the JUnit files are
 * read and merged by src/report (as `tessera report` does), then 20 varied earlier runs of those tests are
 * appended one by one with src/history's `updateHistory`. Seeded: the same seed and files give the same bytes.
 *
 * Running the CLI 20 times over varied JUnit files would build the same kind of document, but takes about a
 * minute; this takes seconds.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { encodeBinary } from '../src/history/binary-format.js';
import { encodeHistory } from '../src/history/codec.js';
import type { HistoryDocument } from '../src/history/history-document.js';
import { summarizeTests, type RunRecord } from '../src/history/run-record.js';
import { updateHistory } from '../src/history/update.js';
import type { Attempt, Outcome, TestCase } from '../src/model/index.js';
import { DEFAULT_READ_OPTIONS } from '../src/formats/index.js';
import { mergeResults } from '../src/report/merge.js';
import { readInputs } from '../src/report/read-inputs.js';
import { resolveInputs } from '../src/report/resolve-inputs.js';
import { filesFromTests } from '../src/report/run-record-of.js';
import { createPrng, type Prng } from './prng.js';

/** Earlier runs in the generated history: the per-test window (20) is full. */
export const EARLIER_RUNS = 20;

/** What was written. */
export interface GeneratedHistory {
  readonly path: string;
  readonly runs: number;
  readonly tests: number;
  /** Size of the stored form before gzip (src/history/binary-format.ts). */
  readonly rawBytes: number;
  /** Size of the gzipped file (what a store writes). */
  readonly gzipBytes: number;
}

/** How one test behaved over the earlier runs, drawn once per test. */
interface Profile {
  /** First earlier run (1-based) the test was in: 1 for most, later for tests added recently. */
  readonly since: number;
  /** Chance per run of a failure, or of a pass on retry (a flaky test). */
  readonly flakeRate: number;
  /** Failing now, and already for this many of the last runs (0: a new failure). */
  readonly failingFor: number;
  /** Duration factor of the earlier runs against now (< 1: the test got slower now). */
  readonly speed: number;
}

function profileOf(test: TestCase, prng: Prng): Profile {
  const since = prng.chance(0.01) ? prng.int(2, EARLIER_RUNS) : 1;
  const flakeRate = prng.chance(0.01) ? 0.15 : 0.001;
  const failingFor = test.outcome === 'failed' && prng.chance(0.6) ? prng.int(1, 8) : 0;
  const speed = prng.chance(0.005) ? 0.4 : 1;
  return { since, flakeRate, failingFor, speed };
}

function attempts(outcome: Outcome, durationMs: number): Attempt[] {
  const failed: Attempt = {
    status: 'failed',
    durationMs,
    failure: { category: 'assertion', message: 'expected 200, received 500' },
  };
  if (outcome === 'failed') return [failed];
  if (outcome === 'flaky') return [failed, { status: 'passed', durationMs }];
  if (outcome === 'skipped') return [{ status: 'skipped', durationMs: 0 }];
  return [{ status: 'passed', durationMs }];
}

/** The test as it ran in earlier run `run` (1…20), or undefined when it was not in that run. */
function earlierTest(test: TestCase, profile: Profile, run: number, prng: Prng): TestCase | undefined {
  if (run < profile.since) return undefined;
  const now = test.attempts[test.attempts.length - 1]?.durationMs ?? test.durationMs;
  const durationMs = Math.round(now * profile.speed * (0.85 + 0.3 * prng.next()));
  let outcome: Outcome;
  if (test.outcome === 'skipped') outcome = 'skipped';
  else if (profile.failingFor > EARLIER_RUNS - run) outcome = 'failed';
  else if (prng.chance(profile.flakeRate)) outcome = prng.chance(0.5) ? 'failed' : 'flaky';
  else outcome = 'passed';
  const tries = attempts(outcome, durationMs);
  return {
    ...test,
    attempts: tries,
    outcome,
    durationMs: tries.reduce((sum, a) => sum + a.durationMs, 0),
  };
}

/**
 * Reads the JUnit files in `dataDir` as `tessera report` does, builds the history of 20 earlier runs of their
 * tests and writes it, gzipped, to `outPath`.
 */
export async function generateHistory(options: {
  readonly dataDir: string;
  readonly files: readonly string[];
  readonly outPath: string;
  readonly seed: number;
}): Promise<GeneratedHistory> {
  // Absolute paths: the readers open them relative to the process's directory, not `dataDir`.
  const sources = await resolveInputs(
    options.files.map((file) => resolve(options.dataDir, file)),
    options.dataDir,
  );
  const merged = mergeResults(await readInputs(sources, { ...DEFAULT_READ_OPTIONS, root: options.dataDir }));
  const prng = createPrng(options.seed);
  const profiles = merged.tests.map((test) => profileOf(test, prng));
  let doc: HistoryDocument | undefined;
  for (let run = 1; run <= EARLIER_RUNS; run++) {
    const tests: TestCase[] = [];
    merged.tests.forEach((test, i) => {
      const earlier = earlierTest(test, profiles[i] as Profile, run, prng);
      if (earlier) tests.push(earlier);
    });
    const record: RunRecord = {
      run: { provider: 'local', sha: `${(run * 0x9e3779b1) >>> 0}`.padStart(10, '0') },
      at: new Date(Date.UTC(2026, 10, 1, 12) + run * 3_600_000).toISOString(),
      summary: summarizeTests(tests),
      wallMs: 600_000 + prng.int(0, 60_000),
      shards: [],
      files: filesFromTests(tests),
      tests,
    };
    doc = updateHistory(doc, record);
  }
  const history = doc as HistoryDocument;
  const bytes = encodeHistory(history);
  await mkdir(dirname(options.outPath), { recursive: true });
  await writeFile(options.outPath, bytes);
  return {
    path: options.outPath,
    runs: history.runs.length,
    tests: history.tests.size,
    rawBytes: encodeBinary(history).length,
    gzipBytes: bytes.length,
  };
}
