/**
 * Deterministic generators of runs for history tests: a seeded PRNG, so every run of the tests builds the
 * same documents.
 */
import {
  makeTestCase,
  testId,
  testTitle,
  type Attempt,
  type Outcome,
  type TestCase,
} from '../../src/model/index.js';
import type { FileHistory, HistoryDocument, HistoryRun } from '../../src/history/history-document.js';
import type { TestWindow } from '../../src/history/history-document.js';
import { tableOfWindows } from '../../src/history/table-of-windows.js';
import { roundDuration, updateHistory } from '../../src/history/update.js';
import type { RunRecord } from '../../src/history/run-record.js';
import { summarizeTests } from '../../src/history/run-record.js';

/** mulberry32: a small seeded PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Attempts that produce an outcome, with a failure message for failed attempts. */
export function attemptsFor(
  outcome: Outcome,
  durationMs: number,
  message = 'expected true to be false',
): Attempt[] {
  const failed: Attempt = { status: 'failed', durationMs, failure: { category: 'assertion', message } };
  switch (outcome) {
    case 'passed':
      return [{ status: 'passed', durationMs }];
    case 'failed':
      return [failed];
    case 'flaky':
      return [failed, { status: 'passed', durationMs }];
    case 'skipped':
      return [{ status: 'skipped', durationMs: 0 }];
  }
}

/** A test case in file `file` named `name`. */
export function testCase(
  file: string,
  name: string,
  outcome: Outcome,
  durationMs = 50,
  message?: string,
): TestCase {
  return makeTestCase({ file, suite: ['suite'], name, attempts: attemptsFor(outcome, durationMs, message) });
}

/** A run record around some tests; files get the sum of their tests' durations. */
export function runRecord(
  tests: readonly TestCase[],
  options: { sha?: string; runId?: string; attempt?: number; at?: string; branch?: string } = {},
): RunRecord {
  const files = new Map<string, number>();
  for (const t of tests) if (t.file) files.set(t.file, (files.get(t.file) ?? 0) + t.durationMs);
  return {
    run: {
      provider: 'local',
      branch: options.branch ?? 'main',
      ...(options.sha ? { sha: options.sha } : {}),
      ...(options.runId ? { runId: options.runId } : {}),
      ...(options.attempt ? { attempt: options.attempt } : {}),
    },
    at: options.at ?? '2026-01-01T00:00:00.000Z',
    summary: summarizeTests(tests),
    wallMs: 1000,
    shards: [{ index: 1, setupMs: 100, wallMs: 1000 }],
    files: [...files].map(([path, wallMs]) => ({ path, wallMs })),
    tests,
  };
}

/**
 * A large suite: `count` tests over `count / 50` files, each with a base duration; run `runIndex` draws
 * each test's duration within ±20% of its base and a 1% chance of failure. Names look like real ones.
 */
export function largeRun(count: number, runIndex: number, random = seededRandom(1000 + runIndex)): RunRecord {
  const base = seededRandom(7);
  const tests: TestCase[] = [];
  for (let i = 0; i < count; i++) {
    const file = `packages/pkg-${i % 40}/src/module-${Math.floor(i / 50)}.test.ts`;
    const baseMs = baseDuration(base);
    const durationMs = Math.round(baseMs * (0.8 + random() * 0.4));
    const outcome: Outcome = random() < 0.01 ? 'failed' : 'passed';
    tests.push(
      makeTestCase({
        file,
        suite: [`Module ${Math.floor(i / 50)}`, `feature ${i % 7}`],
        name: `handles case number ${i} with input variant ${i % 13}`,
        attempts: attemptsFor(outcome, durationMs),
      }),
    );
  }
  return runRecord(tests, {
    sha: `sha${runIndex}`,
    runId: String(runIndex),
    at: `2026-01-${String(1 + (runIndex % 28)).padStart(2, '0')}T00:00:00.000Z`,
  });
}

/**
 * A history document with `runs` runs of a suite of `count` tests (the shape of {@link largeRun}), built
 * directly rather than by `runs` updates so a 100k-test document takes a fraction of a second. Statuses: 1%
 * failures, drawn per run; durations within ±20% of each test's base.
 */
/**
 * A test's typical duration: log-normal around 40 ms with a long tail (1 ms … 2 min), the usual shape of a
 * unit/integration suite where most tests are fast and a few dominate.
 */
export function baseDuration(random: () => number): number {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.min(120_000, Math.max(1, Math.round(Math.exp(Math.log(40) + 1.6 * z))));
}

export function syntheticHistory(count: number, runs: number, window = 20): HistoryDocument {
  const random = seededRandom(42);
  const base = seededRandom(7);
  const runList: HistoryRun[] = Array.from({ length: runs }, (_, i) => ({
    seq: i + 1,
    at: `2026-01-01T00:${String(i % 60).padStart(2, '0')}:00.000Z`,
    provider: 'github',
    runId: String(1000 + i),
    attempt: 1,
    sha: `${(i * 2654435761).toString(16).padStart(8, '0')}${'0'.repeat(32)}`,
    summary: { tests: count, passed: count, failed: 0, skipped: 0, flaky: 0 },
    durationMs: count * 1000,
    wallMs: 600_000,
    shards: Array.from({ length: 8 }, (_, s) => ({ index: s + 1, setupMs: 30_000, wallMs: 570_000 })),
  }));
  const entries: TestWindow[] = [];
  const depth = Math.min(window, runs);
  for (let i = 0; i < count; i++) {
    const file = `packages/pkg-${i % 40}/src/module-${Math.floor(i / 50)}.test.ts`;
    const baseMs = baseDuration(base);
    let s = '';
    const d: number[] = [];
    for (let r = 0; r < depth; r++) {
      s += random() < 0.01 ? 'F' : 'P';
      d.push(roundDuration(baseMs * (0.8 + random() * 0.4)));
    }
    const parts = {
      file,
      suite: [`Module ${Math.floor(i / 50)}`, `feature ${i % 7}`],
      name: `handles case number ${i} with input variant ${i % 13}`,
    };
    entries.push({ id: testId(parts), title: testTitle(parts), file, statuses: s, durations: d, seen: runs });
  }
  const files: Record<string, FileHistory> = {};
  for (let f = 0; f < count / 50; f++) {
    const path = `packages/pkg-${(f * 50) % 40}/src/module-${f}.test.ts`;
    files[path] = {
      w: Array.from({ length: Math.min(10, runs) }, () => roundDuration(20_000 + random() * 20_000)),
      seen: runs,
    };
  }
  return { version: 2, branch: 'main', runs: runList, tests: tableOfWindows(entries, depth), files };
}

/** The file hand-built tests live in unless their spec names one (`file::name`). */
export const DEFAULT_FILE = 'test/app.test.ts';

/** A hand-built run: test name (or `file::name`) → outcome, or [outcome, duration ms, failure message]. */
export type RunSpec = Record<
  string,
  Outcome | readonly [Outcome, number] | readonly [Outcome, number, string]
>;

function splitName(key: string): { file: string; name: string } {
  const at = key.indexOf('::');
  return at < 0 ? { file: DEFAULT_FILE, name: key } : { file: key.slice(0, at), name: key.slice(at + 2) };
}

/** The id of a hand-built test. */
export function idOf(key: string): string {
  const { file, name } = splitName(key);
  return testId({ file, suite: ['suite'], name });
}

/** The tests of a hand-built run. */
export function specTests(spec: RunSpec): TestCase[] {
  return Object.entries(spec).map(([key, value]) => {
    const { file, name } = splitName(key);
    const [outcome, ms, message] = typeof value === 'string' ? [value, 50, undefined] : value;
    return testCase(file, name, outcome, ms, message);
  });
}

/** A hand-built run as a record. */
export function specRun(spec: RunSpec, options: Parameters<typeof runRecord>[1] = {}): RunRecord {
  return runRecord(specTests(spec), options);
}

/** A history built by real updates from hand-built runs, oldest first; run i gets sha `sha<i>` unless given. */
export function historyFrom(
  specs: readonly RunSpec[],
  options: (i: number) => Parameters<typeof runRecord>[1] = (i) => ({ sha: `sha${i}`, runId: String(i) }),
): HistoryDocument {
  let doc: HistoryDocument | undefined;
  specs.forEach((spec, i) => {
    doc = updateHistory(doc, specRun(spec, options(i)));
  });
  if (!doc) throw new Error('historyFrom needs at least one run');
  return doc;
}

/** Element `index` of a list, failing the test (not a type assertion) when it is absent. */
export function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`no element ${index} in a list of ${list.length}`);
  return value;
}
