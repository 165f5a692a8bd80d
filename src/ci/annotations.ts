/**
 * The annotations of a finished report: one per failed or flaky test, most important first, as the CI host
 * wants them ({@link CiHost.annotate} sends the first few of each level and counts the rest). Pure.
 *
 * Order: errors for the failures new against the baseline, then those still failing, then any other
 * failure; notices for quarantined failures (reported, but they do not fail the run); warnings for flaky
 * tests last. Within a group: by file, line, title, id, so two runs over the same results annotate alike.
 *
 * Test names and failure messages are untrusted. Annotations are plain text (no markdown), so nothing is
 * escaped here, but every text is cleaned: control characters, ANSI colour codes, bidirectional overrides
 * and line breaks are removed or folded into spaces, and lengths are bounded. A provider escapes what its
 * own command syntax needs on top (GitHub: providers/github/workflow-commands.ts).
 */
import { neutraliseUntrustedLine } from '../render/untrusted-text.js';
import { displayTitle, locateTest, type Failure, type Report, type ReportTest } from '../model/index.js';
import type { TrendAnalysis } from '../trend/analyse.js';
import type { Annotation } from './ci-host.js';

export { lineInTrace } from '../model/index.js';

/** Bounds on the texts of one annotation. */
export interface AnnotationLimits {
  /** Characters of the message (the failure's excerpt with its lead-in), ellipsis included. */
  readonly messageChars: number;
  /** Characters of the title (the test's readable name). */
  readonly titleChars: number;
}

/**
 * GitHub takes up to 64 KiB per annotation but folds long ones; 1,000 characters are read at a glance and
 * still hold a typical assertion message in full. The full text is in the report.
 */
export const DEFAULT_ANNOTATION_LIMITS: AnnotationLimits = { messageChars: 1_000, titleChars: 200 };

/** Why a test is annotated, in the order the groups are listed. */
type Group = 'new' | 'still' | 'failed' | 'quarantined' | 'flaky';

const GROUP_ORDER: readonly Group[] = ['new', 'still', 'failed', 'quarantined', 'flaky'];

const LEVEL_OF: Readonly<Record<Group, Annotation['level']>> = {
  new: 'error',
  still: 'error',
  failed: 'error',
  quarantined: 'notice',
  flaky: 'warning',
};

/** One annotation before sorting, with what it is sorted by. */
interface Draft {
  readonly group: Group;
  readonly id: string;
  readonly annotation: Annotation;
}

/**
 * The annotations for the failed and flaky tests of `report`, most important first (see the module
 * comment). Each test is annotated once: as a failure when it failed, else as flaky (a quarantined flaky
 * test is a notice, like a quarantined failure).
 */
export function failureAnnotations(
  report: Report,
  analysis: TrendAnalysis,
  limits: Partial<AnnotationLimits> = {},
  root?: string,
): Annotation[] {
  const bounds = { ...DEFAULT_ANNOTATION_LIMITS, ...limits };
  const tests = new Map(report.tests.map((t) => [t.id, t]));
  const comparison = analysis.comparison;
  const hasBaseline = comparison.baseline !== null;
  const newIds = new Set(comparison.newFailures.map((t) => t.id));
  const still = new Map(comparison.stillFailing.map((t) => [t.id, t.runsInARow]));
  const quarantined = new Set(analysis.decision.quarantined.map((t) => t.id));
  const drafts: Draft[] = [];
  const done = new Set<string>();

  for (const test of report.tests) {
    if (test.outcome !== 'failed') continue;
    const group: Group = quarantined.has(test.id)
      ? 'quarantined'
      : newIds.has(test.id)
        ? 'new'
        : still.has(test.id)
          ? 'still'
          : 'failed';
    // Without a baseline every failure counts as new, and saying so would claim a comparison never made.
    const leadIn =
      group === 'quarantined'
        ? 'Quarantined, does not fail the run'
        : group === 'new' && hasBaseline
          ? 'New failure since the baseline'
          : group === 'still'
            ? `Still failing (${runs(still.get(test.id) ?? 1)} in a row)`
            : undefined;
    drafts.push(draftOf(group, test, lastFailure(test), leadIn, bounds, root));
    done.add(test.id);
  }

  // The analysis's flaky list, not the outcome alone: it also holds tests flaky by their history.
  for (const flaky of analysis.flaky) {
    const test = tests.get(flaky.id);
    if (!test || done.has(flaky.id)) continue;
    done.add(flaky.id);
    const leadIn =
      flaky.reason === 'retry'
        ? `Flaky: failed ${flaky.failedAttempts} of ${flaky.attempts} attempts, then passed (flake score ${flaky.score})`
        : `Flaky by its recent history (flake score ${flaky.score})`;
    drafts.push(
      draftOf(flaky.quarantined ? 'quarantined' : 'flaky', test, firstFailure(test), leadIn, bounds, root),
    );
  }

  return drafts.sort(compareDrafts).map((d) => d.annotation);
}

function runs(n: number): string {
  return `${n} ${n === 1 ? 'run' : 'runs'}`;
}

/** The failure that ended a failed test: its last failed attempt's. */
function lastFailure(test: ReportTest): Failure | undefined {
  for (let i = test.attempts.length - 1; i >= 0; i--) {
    const attempt = test.attempts[i];
    if (attempt?.status === 'failed') return attempt.failure;
  }
  return undefined;
}

/** The failure a flaky test recovered from: its first failed attempt's. */
function firstFailure(test: ReportTest): Failure | undefined {
  return test.attempts.find((a) => a.status === 'failed')?.failure;
}

function draftOf(
  group: Group,
  test: ReportTest,
  failure: Failure | undefined,
  leadIn: string | undefined,
  bounds: AnnotationLimits,
  root: string | undefined,
): Draft {
  // Repo-relative (the CI shows an annotation only on a file of the repository), and where the assertion
  // failed beats where the test is declared: that is the line to look at.
  const located = locateTest(
    test.file !== undefined ? { ...test, file: cleanPath(test.file) ?? '' } : test,
    failure?.trace,
    root,
  );
  const file = located !== undefined ? cleanPath(located.file) : undefined;
  const line = file !== undefined ? located?.line : undefined;
  const title = bound(clean(displayTitle(test)), bounds.titleChars);
  const detail = failureText(failure, group);
  const message = bound(leadIn ? `${leadIn}: ${detail}` : detail, bounds.messageChars);
  return {
    group,
    id: test.id,
    annotation: {
      level: LEVEL_OF[group],
      message,
      ...(title.length > 0 ? { title } : {}),
      ...(file !== undefined ? { file } : {}),
      ...(line !== undefined ? { line } : {}),
    },
  };
}

/** The failure as one paragraph: its message, else its trace, else its type, else its category. */
function failureText(failure: Failure | undefined, group: Group): string {
  if (!failure) return group === 'flaky' ? 'passed in this run' : 'failed without a message';
  const text = clean(failure.message ?? '') || clean(failure.trace ?? '') || clean(failure.type ?? '');
  return text.length > 0 ? text : `${failure.category} failure without a message`;
}

/**
 * `text` as one plain paragraph, neutralised (no runner command, colour code, control or bidirectional
 * character: see render/untrusted-text.ts), every run of whitespace as one space.
 */
function clean(text: string): string {
  return neutraliseUntrustedLine(text).replace(/\s+/g, ' ').trim();
}

/** A file path, neutralised, without line breaks; undefined when nothing is left. */
function cleanPath(path: string): string | undefined {
  const cleaned = neutraliseUntrustedLine(path.replace(/[\r\n\u0085\u2028\u2029]/g, '')).trim();
  return cleaned.length > 0 ? cleaned : undefined;
}

/** At most `max` characters, with an ellipsis when cut, never splitting a surrogate pair. */
function bound(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

function compareDrafts(a: Draft, b: Draft): number {
  return (
    GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
    cmp(a.annotation.file ?? '', b.annotation.file ?? '') ||
    (a.annotation.line ?? 0) - (b.annotation.line ?? 0) ||
    cmp(a.annotation.title ?? '', b.annotation.title ?? '') ||
    cmp(a.id, b.id)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
