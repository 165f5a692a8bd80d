import type { Attempt, Outcome, TestCase } from './test-result.js';
import { testId, type TestIdParts } from './test-id.js';
import { appendAll } from './arrays.js';

/**
 * Derives a test's outcome from its attempts. A test with both a failed and a passed attempt is `flaky`
 * whatever their order: a pass followed by a failure of the same test on the same commit is just as
 * non-deterministic as the usual retry case.
 */
export function outcomeOf(attempts: readonly Attempt[]): Outcome {
  let passed = false;
  let failed = false;
  for (const a of attempts) {
    if (a.status === 'passed') passed = true;
    else if (a.status === 'failed') failed = true;
  }
  if (failed) return passed ? 'flaky' : 'failed';
  return passed ? 'passed' : 'skipped';
}

/** A test as a reader first sees it: identity parts plus the attempts found at that place. */
export interface TestCaseDraft extends TestIdParts {
  readonly line?: number;
  readonly attempts: readonly Attempt[];
}

/** Builds a {@link TestCase} from a draft: computes id, outcome and total duration. */
export function makeTestCase(draft: TestCaseDraft, knownId?: string): TestCase {
  let durationMs = 0;
  for (const a of draft.attempts) durationMs += a.durationMs;
  return {
    // Callers that already hashed the identity pass the id: hashing is the costliest step for 100k tests.
    id: knownId ?? testId(draft),
    ...(draft.file !== undefined ? { file: draft.file } : {}),
    ...(draft.line !== undefined ? { line: draft.line } : {}),
    suite: draft.suite,
    name: draft.name,
    ...(draft.project !== undefined ? { project: draft.project } : {}),
    attempts: draft.attempts,
    outcome: outcomeOf(draft.attempts),
    durationMs,
  };
}

/**
 * Folds cases with the same id into one test whose attempts are the concatenation, in first-seen order.
 * Readers use it for a case repeated inside one file; the report uses it across files and shards.
 */
export function foldTests(cases: Iterable<TestCase | TestCaseDraft>): TestCase[] {
  const byId = new Map<string, { first: TestCase | TestCaseDraft; attempts: Attempt[] }>();
  for (const c of cases) {
    const id = 'id' in c ? c.id : testId(c);
    const seen = byId.get(id);
    if (seen) appendAll(seen.attempts, c.attempts);
    else byId.set(id, { first: c, attempts: [...c.attempts] });
  }
  return [...byId].map(([id, { first, attempts }]) =>
    makeTestCase(
      {
        file: first.file,
        line: first.line,
        suite: first.suite,
        name: first.name,
        project: first.project,
        attempts,
      } as TestCaseDraft,
      id,
    ),
  );
}

/** A test's identity fields (id, file, line, suite, name, project), without absent optional keys. */
export function identityOf(
  t: TestCase,
): Pick<TestCase, 'id' | 'file' | 'line' | 'suite' | 'name' | 'project'> {
  return {
    id: t.id,
    ...(t.file !== undefined ? { file: t.file } : {}),
    ...(t.line !== undefined ? { line: t.line } : {}),
    suite: t.suite,
    name: t.name,
    ...(t.project !== undefined ? { project: t.project } : {}),
  };
}
