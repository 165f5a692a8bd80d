/**
 * Durations read from result files and bundles are untrusted numbers: `time="1e308"` would make a total
 * infinite (and `null` in JSON), `NaN` or a negative time would make it meaningless, and a plan made from
 * them would be one `run` refuses. Every duration is read as finite, non-negative and at most
 * {@link MAX_DURATION_MS}; a file with any other is named in one warning.
 */
import type { Attempt, SuiteTiming, TestCase } from './test-result.js';
import { makeTestCase } from './outcome.js';

/** The longest duration believed: 7 days, past any CI's job limit (GitHub 6 h, GitLab and Azure 3 days). */
export const MAX_DURATION_MS = 7 * 24 * 60 * 60 * 1000;

/** `ms` as a believable duration: 0 when not finite-or-positive-infinite or negative, capped at the maximum. */
export function saneDuration(ms: number): number {
  if (Number.isNaN(ms) || ms < 0) return 0;
  return ms > MAX_DURATION_MS ? MAX_DURATION_MS : ms;
}

function sane(ms: number): boolean {
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_DURATION_MS;
}

/** Tests and suite timings with every duration made sane, and how many were not. */
export function saneDurations(
  tests: readonly TestCase[],
  suites: readonly SuiteTiming[],
): { tests: TestCase[]; suites: SuiteTiming[]; fixed: number } {
  let fixed = 0;
  const outTests = tests.map((t) => {
    if (t.attempts.every((a) => sane(a.durationMs)) && sane(t.durationMs)) return t;
    const attempts: Attempt[] = t.attempts.map((a) => {
      if (sane(a.durationMs)) return a;
      fixed++;
      return { ...a, durationMs: saneDuration(a.durationMs) };
    });
    // The total is recomputed from the fixed attempts (a sum of capped values can exceed the cap: fine).
    return { ...makeTestCase({ ...t, attempts }, t.id) };
  });
  const outSuites = suites.map((s) => {
    if (sane(s.durationMs)) return s;
    fixed++;
    return { ...s, durationMs: saneDuration(s.durationMs) };
  });
  return { tests: outTests, suites: outSuites, fixed };
}

/** The warning for a file with `fixed` durations made sane. */
export function durationWarning(file: string, fixed: number): string {
  return `${file}: ${fixed} duration${fixed === 1 ? ' was' : 's were'} not a finite, non-negative time of at most 7 days (NaN, negative, 1e308…): read as 0, or capped at 7 days`;
}
