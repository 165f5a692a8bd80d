/**
 * `--fail-on failures|new-failures|never`: whether the run fails, as a pure function of this run's failures,
 * the comparison with the baseline and the quarantine list, with a one-line reason for the log. Quarantined
 * failures are reported elsewhere but never fail the run.
 */
import type { Comparison } from './compare.js';
import type { Quarantine } from './quarantine.js';
import type { TestRef } from './test-ref.js';

/** The `--fail-on` values. */
export type FailOn = 'failures' | 'new-failures' | 'never';

/** Every `--fail-on` value, for flag and config validation. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['failures', 'new-failures', 'never'];

/** The decision. */
export interface FailDecision {
  readonly fail: boolean;
  /** One line, e.g. `2 new failures against the baseline (run 41, abc1234)`. */
  readonly reason: string;
  /** The failures that made (or, with `never`, would have made) the run fail, quarantined ones excluded. */
  readonly failing: readonly TestRef[];
  /** Failures the quarantine list excused. */
  readonly quarantined: readonly TestRef[];
}

/** Inputs of {@link decideFailure}. */
export interface FailPolicyInput {
  readonly failOn: FailOn;
  /**
   * Every test that failed in this run (outcome `failed`; flaky tests passed in the end), with its bare
   * name when known so quarantine title globs can match it.
   */
  readonly failures: readonly (TestRef & { readonly name?: string })[];
  readonly comparison: Comparison;
  readonly quarantine?: Quarantine;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function baselineName(comparison: Comparison): string {
  const b = comparison.baseline;
  if (!b) return 'no baseline, so every failure is new';
  const parts = [b.runId !== undefined ? `run ${b.runId}` : `run #${b.seq}`];
  if (b.sha) parts.push(b.sha.slice(0, 7));
  return `against the baseline (${parts.join(', ')})`;
}

/** Decides whether the run fails under `failOn`. */
export function decideFailure(input: FailPolicyInput): FailDecision {
  const { failOn, comparison, quarantine } = input;
  // Names by id only when a list can match them: a map of every failure's name for nothing otherwise.
  const matching = quarantine?.empty === false ? quarantine : undefined;
  const names = matching ? new Map(input.failures.map((t) => [t.id, t.name])) : undefined;
  const isQuarantined = (t: TestRef): boolean => matching?.matches({ ...t, name: names?.get(t.id) }) ?? false;
  const pool = failOn === 'new-failures' ? comparison.newFailures : input.failures;
  const failing = pool.filter((t) => !isQuarantined(t));
  const quarantined = input.failures.filter(isQuarantined);
  const excused =
    quarantined.length > 0 ? ` (${plural(quarantined.length, 'quarantined failure')} ignored)` : '';

  if (failOn === 'never') {
    return {
      fail: false,
      reason: `--fail-on never: the run passes (${plural(input.failures.length, 'test')} failed)`,
      failing,
      quarantined,
    };
  }
  if (failOn === 'failures') {
    return failing.length > 0
      ? { fail: true, reason: `${plural(failing.length, 'test')} failed${excused}`, failing, quarantined }
      : { fail: false, reason: `no test failed${excused}`, failing, quarantined };
  }
  if (failing.length > 0) {
    return {
      fail: true,
      reason: `${plural(failing.length, 'new failure')} ${baselineName(comparison)}${excused}`,
      failing,
      quarantined,
    };
  }
  const still = input.failures.length - quarantined.length;
  return {
    fail: false,
    reason:
      still > 0
        ? `no new failures; ${plural(still, 'test')} already failing in the baseline${excused}`
        : `no new failures${excused}`,
    failing,
    quarantined,
  };
}
