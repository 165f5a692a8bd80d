/**
 * ReportViews for the renderer tests, built directly (renderers depend on the view only) and sized by the
 * caller. Deterministic: no clock, no randomness.
 */
import type {
  ReportView,
  ViewFailure,
  ViewFailureGroup,
  ViewFlaky,
  ViewShard,
  ViewSlowdown,
  ViewStillFailing,
  ViewTestRef,
  ViewTestRow,
  ViewTrendPoint,
} from '../../src/render/view.js';

/** How big each part of the view is. */
export interface ViewSize {
  /** New failures, spread over `groups` clusters (round robin). */
  readonly newFailures?: number;
  readonly groups?: number;
  readonly stillFailing?: number;
  readonly flaky?: number;
  readonly slower?: number;
  readonly fixed?: number;
  readonly passed?: number;
  readonly shards?: number;
  readonly trendRuns?: number;
  /** Override the title of test `i` (e.g. to inject hostile names). */
  readonly title?: (i: number, kind: string) => string;
  /** Override the message of failure `i`. */
  readonly message?: (i: number) => string;
}

function ref(i: number, kind: string, size: ViewSize): ViewTestRef {
  return {
    id: `${kind}-${i}`,
    title: size.title?.(i, kind) ?? `${kind} suite › case number ${i}`,
    file: `tests/${kind}/file-${i % 17}.test.ts`,
    line: 10 + (i % 90),
  };
}

function failure(i: number, kind: string, size: ViewSize): ViewFailure {
  const message =
    size.message?.(i) ??
    `connect ECONNREFUSED 127.0.0.1:${5000 + (i % 7)} (group ${i % Math.max(1, size.groups ?? 1)})\n    at Socket.connect (net.js:${i})\n    at tests/${kind}/file.test.ts:${i}`;
  return { ...ref(i, kind, size), category: 'error', message, trace: `Error: ${message}`, attempts: 1 };
}

/** A view with the given numbers of entries in each list. */
export function makeView(size: ViewSize = {}): ReportView {
  const groupCount = Math.max(1, size.groups ?? 1);
  const failures = Array.from({ length: size.newFailures ?? 0 }, (_, i) => failure(i, 'new', size));
  const groups: ViewFailureGroup[] = Array.from({ length: groupCount }, (_, g) => ({
    signature: `connect ECONNREFUSED 127.0.0.1:<n> (group ${g})`,
    example: `connect ECONNREFUSED 127.0.0.1:5000 (group ${g})`,
    category: 'error' as const,
    tests: failures.filter((_, i) => i % groupCount === g),
  })).filter((g) => g.tests.length > 0);
  const stillFailing: ViewStillFailing[] = Array.from({ length: size.stillFailing ?? 0 }, (_, i) => ({
    ...failure(i, 'still', size),
    runsInARow: 2 + (i % 5),
  }));
  const flaky: ViewFlaky[] = Array.from({ length: size.flaky ?? 0 }, (_, i) => ({
    ...ref(i, 'flaky', size),
    score: 0.5 + (i % 5) / 10,
    failedAttempts: 1,
    attempts: 2,
    evidence: 'retried in this run · 3 pass/fail flips in 12 runs',
    quarantined: i % 4 === 0,
  }));
  const slower: ViewSlowdown[] = Array.from({ length: size.slower ?? 0 }, (_, i) => ({
    ...ref(i, 'slow', size),
    baselineMs: 200 + i,
    currentMs: 600 + 3 * i,
    ratio: 3,
  }));
  const fixed = Array.from({ length: size.fixed ?? 0 }, (_, i) => ref(i, 'fixed', size));
  const passed = size.passed ?? 20;
  const failedCount = failures.length + stillFailing.length;
  const tests: ViewTestRow[] = [
    ...[...failures, ...stillFailing].map((f, i): ViewTestRow => ({
      id: f.id,
      title: f.title,
      ...(f.file !== undefined ? { file: f.file } : {}),
      ...(f.line !== undefined ? { line: f.line } : {}),
      outcome: 'failed',
      durationMs: 100 + i,
      attempts: 1,
      history: 'PPPPKPPPF',
      category: 'error',
      ...(f.message !== undefined ? { message: f.message } : {}),
      ...(f.trace !== undefined ? { trace: f.trace } : {}),
    })),
    ...flaky.map((f, i): ViewTestRow => ({
      id: f.id,
      title: f.title,
      outcome: 'flaky',
      durationMs: 300 + i,
      attempts: 2,
      history: 'PPFPPKPPK',
      message: 'timed out after 5000 ms',
      category: 'timeout',
    })),
    ...Array.from({ length: passed }, (_, i): ViewTestRow => ({
      id: `pass-${i}`,
      title: size.title?.(i, 'pass') ?? `pass suite › works case ${i}`,
      file: `tests/pass/file-${i % 23}.test.ts`,
      outcome: i % 10 === 9 ? 'skipped' : 'passed',
      durationMs: (i * 37) % 2000,
      attempts: 1,
      history: i % 10 === 9 ? 'SSSSSSSSS' : '--PPPPPPP',
    })),
  ];
  const skipped = tests.filter((t) => t.outcome === 'skipped').length;
  const shardCount = size.shards ?? 4;
  const shards: ViewShard[] = Array.from({ length: shardCount }, (_, i) => ({
    index: i + 1,
    predictedMs: 120_000 + i * 1000,
    actualMs: 115_000 + ((i * 7919) % 20_000),
    setupMs: 20_000 + i * 500,
  }));
  const actual = shards.map((s) => s.actualMs ?? 0);
  const runs = size.trendRuns ?? 10;
  const trend: ViewTrendPoint[] = Array.from({ length: runs }, (_, i) => ({
    label: `#${40 + i}`,
    tests: tests.length,
    failed: i === runs - 1 ? failedCount : i % 3,
    passRate: i === runs - 1 ? 1 - failedCount / Math.max(1, tests.length) : 0.97 + (i % 3) / 100,
    wallMs: 140_000 + ((i * 3571) % 30_000),
    current: i === runs - 1,
  }));
  return {
    generatedAt: '2026-11-21T14:00:00.000Z',
    status: failedCount > 0 ? 'failed' : 'passed',
    summary: {
      tests: tests.length,
      passed: passed - skipped,
      failed: failedCount,
      skipped,
      flaky: flaky.length,
      durationMs: 480_000,
      wallMs: 145_000,
    },
    delta: {
      branch: 'main',
      sha: '0123456789abcdef',
      tests: 3,
      passed: -2,
      failed: failures.length,
      skipped: 0,
      flaky: flaky.length,
      wallMs: 12_000,
      added: 3,
      removed: 1,
    },
    shards:
      shardCount > 0
        ? {
            expected: shardCount,
            present: shardCount,
            missing: [],
            duplicated: [],
            shards,
            makespanMs: Math.max(...actual),
            predictedMakespanMs: 120_000 + (shardCount - 1) * 1000,
            lowerBoundMs: 110_000,
            balance: actual.reduce((a, b) => a + b, 0) / actual.length / Math.max(...actual),
          }
        : null,
    newFailures: groups,
    stillFailing,
    flaky,
    slower,
    fixed,
    trend,
    tests,
    unreadable: [],
    links: { fullReport: 'https://ci.example.com/runs/42/artifacts/report.html' },
  };
}
