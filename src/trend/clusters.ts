/**
 * Failure clusters: failures whose messages say the same thing once the incidental details are stripped
 * (numbers, hex, UUIDs, paths, timestamps, quoted temporary names) are grouped, so a report can say
 * "14 tests failed with: connect ECONNREFUSED 127.0.0.1:<n>" instead of listing fourteen messages. Pure.
 */
import type { Failure, FailureCategory, TestCase } from '../model/index.js';
import { compareRefs, refOfTest, type TestRef } from './test-ref.js';

/** A group of failures with one normalised message. */
export interface FailureCluster {
  /** The normalised first line of the message, e.g. `connect ECONNREFUSED 127.0.0.1:<n>`. Untrusted. */
  readonly signature: string;
  /** Number of tests in the cluster. */
  readonly count: number;
  /** The tests, by file, title, id. */
  readonly tests: readonly TestRef[];
  /** The raw first line of the first test's message, as an example. Untrusted. */
  readonly example: string;
  /** The most common failure category in the cluster (ties: the first in category order). */
  readonly category: FailureCategory;
}

/** Longest signature kept; longer first lines are cut (they are usually dumped objects). */
const MAX_SIGNATURE = 240;

// One pass, alternatives in priority order; the callback decides what each becomes. IPv4 addresses are
// kept as they are: 127.0.0.1 and 10.0.0.5 are different problems, while their ports are incidental.
const TOKEN = new RegExp(
  [
    /(?<time>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b)/
      .source,
    /(?<uuid>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)/.source,
    /(?<tmp>(?<q>['"`])[^'"`\s]*(?:tmp|temp)[^'"`\s]*\k<q>)/.source,
    /(?<path>(?:\b[A-Za-z]:)?(?:[\\/][\w.@+~-]+){2,}(?::\d+){0,2}|\b[\w.@+-]+(?:\/[\w.@+-]+)+\.\w+(?::\d+){0,2})/
      .source,
    /(?<ip>\b\d{1,3}(?:\.\d{1,3}){3}\b)/.source,
    /(?<hex>\b0x[0-9a-fA-F]+\b|\b(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\b)/.source,
    /(?<num>\d+(?:\.\d+)?)/.source,
  ].join('|'),
  'g',
);

/**
 * Normalises a failure message for grouping: timestamps → `<time>`, UUIDs → `<uuid>`, quoted temporary
 * names → `'<tmp>'`, paths → `<path>`, hex → `<hex>`, other numbers → `<n>` (IPv4 addresses are kept);
 * whitespace collapsed; cut to 240 characters.
 */
export function normalizeMessage(message: string): string {
  const normalized = message
    .replace(TOKEN, (match: string, ...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      if (groups.time) return '<time>';
      if (groups.uuid) return '<uuid>';
      if (groups.tmp) return `${match[0]}<tmp>${match[0]}`;
      if (groups.path) return '<path>';
      if (groups.ip) return match;
      if (groups.hex) return '<hex>';
      return '<n>';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return normalized.length > MAX_SIGNATURE ? `${normalized.slice(0, MAX_SIGNATURE - 1)}…` : normalized;
}

/** The line a failure is known by: the first non-empty line of its message, else of its trace, else its type. */
export function failureHeadline(failure: Failure): string {
  for (const text of [failure.message, failure.trace]) {
    const line = text?.split(/\r?\n/).find((l) => l.trim().length > 0);
    if (line !== undefined) return line.trim();
  }
  return failure.type ?? `(${failure.category} with no message)`;
}

/** The failure a test is clustered by: that of its last failed attempt. */
function lastFailure(test: TestCase): Failure | undefined {
  for (const attempt of [...test.attempts].reverse()) {
    if (attempt.status === 'failed') return attempt.failure ?? { category: 'error' };
  }
  return undefined;
}

const CATEGORY_ORDER: readonly FailureCategory[] = ['assertion', 'error', 'timeout', 'crash'];

/**
 * Groups the failed attempts of `tests` (pass the tests to cluster: all failures, or only the new ones) by
 * normalised message. Largest cluster first; ties by signature, compared by code unit.
 */
export function clusterFailures(tests: readonly TestCase[]): FailureCluster[] {
  // Only the example of each group is kept, not every test's headline: at 190,000 failures those were tens
  // of MiB held until the report was written. `first` is the test that sorts first (by compareRefs); on a
  // tie (the same id twice) the later one, as the map of headlines by id this replaced gave.
  type Group = {
    refs: TestRef[];
    first: TestRef;
    example: string;
    categories: Map<FailureCategory, number>;
  };
  const groups = new Map<string, Group>();
  for (const test of tests) {
    const failure = lastFailure(test);
    if (!failure) continue;
    const headline = failureHeadline(failure);
    const signature = normalizeMessage(headline);
    const ref = refOfTest(test);
    let group = groups.get(signature);
    if (group === undefined) {
      group = { refs: [], first: ref, example: headline, categories: new Map() };
      groups.set(signature, group);
    } else if (compareRefs(ref, group.first) <= 0) {
      group.first = ref;
      group.example = headline;
    }
    group.refs.push(ref);
    group.categories.set(failure.category, (group.categories.get(failure.category) ?? 0) + 1);
  }
  const clusters: FailureCluster[] = [];
  for (const [signature, group] of groups) {
    const refs = group.refs.sort(compareRefs);
    let category: FailureCategory = 'error';
    let best = -1;
    for (const c of CATEGORY_ORDER) {
      const n = group.categories.get(c) ?? 0;
      if (n > best) {
        category = c;
        best = n;
      }
    }
    // The example is the first test's message in report order, whatever order the tests came in.
    clusters.push({ signature, count: refs.length, tests: refs, example: group.example, category });
  }
  return clusters.sort(
    (a, b) => b.count - a.count || (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0),
  );
}
