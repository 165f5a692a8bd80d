/**
 * Generated JUnit XML for end-to-end report tests: each test is named, placed in a file and given an outcome,
 * a duration and (when it fails) a message, so a scenario can say exactly which tests are new failures,
 * fixed, flaky or slower.
 */

/** One generated test case. */
export interface GenCase {
  readonly file: string;
  readonly name: string;
  readonly outcome: 'passed' | 'failed' | 'flaky';
  readonly ms: number;
  /** Failure message (failed, or the failed first attempt of a flaky test). */
  readonly message?: string;
}

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The suite name of a file: its base name without `.test.ts`. */
export function suiteOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.test\.ts$/, '');
}

function testcase(c: GenCase): string {
  const head = `<testcase classname="${attr(suiteOf(c.file))}" name="${attr(c.name)}" time="${c.ms / 1000}"`;
  const message = attr(c.message ?? 'expected true to be false');
  if (c.outcome === 'passed') return `${head}/>`;
  if (c.outcome === 'failed') return `${head}><failure message="${message}">${message}</failure></testcase>`;
  return `${head}><flakyFailure message="${message}">${message}</flakyFailure></testcase>`;
}

/** A JUnit document with one `<testsuite file=…>` per file, in first-seen order. */
export function junitXml(cases: readonly GenCase[]): string {
  const byFile = new Map<string, GenCase[]>();
  for (const c of cases) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  const suites = [...byFile].map(
    ([file, list]) =>
      `<testsuite name="${attr(suiteOf(file))}" file="${attr(file)}" tests="${list.length}">\n` +
      list.map((c) => `  ${testcase(c)}\n`).join('') +
      '</testsuite>\n',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('')}</testsuites>\n`;
}
