/**
 * failureAnnotations over reports made by the real pipeline (generated JUnit → reader → Report → trend
 * analysis against a history built by an earlier run), and lineInTrace over the stack-frame styles of real
 * runners (test/../corpus: Vitest, Jest, Playwright).
 */
import { describe, expect, it } from 'vitest';
import { failureAnnotations, lineInTrace } from '../../src/ci/annotations.js';
import type { Annotation } from '../../src/ci/index.js';
import { MemoryHistoryStore } from '../../src/history/index.js';
import type { PublishableReport } from '../../src/report/complete-report.js';
import { annotationCommand } from '../../providers/github/workflow-commands.js';
import { generatedReport, type GenTest } from '../fakes/generated-report.js';

const API = 'test/api.test.ts';
const CART = 'test/cart.test.ts';
const LEGACY = 'test/legacy/old.test.ts';
const UTIL = 'test/util.test.ts';

const BASELINE: readonly GenTest[] = [
  { file: API, name: 'users', line: 10, outcome: 'passed' },
  { file: API, name: 'orders', line: 20, outcome: 'passed' },
  { file: API, name: 'items', line: 5, outcome: 'passed' },
  { file: CART, name: 'totals', line: 8, outcome: 'failed', message: 'expected 4050 to be 4500' },
  { file: LEGACY, name: 'legacy', outcome: 'passed' },
  { file: UTIL, name: 'checkout', outcome: 'passed' },
  { file: UTIL, name: 'parse', outcome: 'passed' },
];

const CURRENT: readonly GenTest[] = [
  { file: UTIL, name: 'parse', outcome: 'passed' },
  { file: UTIL, name: 'checkout', line: 3, outcome: 'flaky', message: 'socket hang up' },
  { file: LEGACY, name: 'legacy', line: 4, outcome: 'failed', message: 'legacy is broken' },
  {
    file: CART,
    name: 'totals',
    line: 8,
    outcome: 'failed',
    message: 'expected 4050 to be 4500',
  },
  {
    file: API,
    name: 'users',
    line: 10,
    outcome: 'failed',
    message: 'expected 2 to be 3\n\n- Expected\n+ Received',
    // Vitest: the frame is relative to the root; a helper's frame comes first and is not the test file.
    trace: 'AssertionError: expected 2 to be 3\n ❯ test/helpers/expect.ts:2:3\n ❯ test/api.test.ts:14:17',
  },
  {
    file: API,
    name: 'orders',
    line: 20,
    outcome: 'failed',
    message: 'connect ECONNREFUSED',
    // Jest and node:test: absolute paths in `at` frames.
    trace:
      'Error: connect ECONNREFUSED\n    at Object.<anonymous> (/home/runner/work/app/app/test/api.test.ts:22:9)\n    at new Promise (<anonymous>)',
  },
  { file: API, name: 'items', line: 5, outcome: 'failed', message: 'Timeout of 5000ms exceeded' },
];

/** Two runs on one branch: BASELINE, then `current` compared with it. */
async function secondRun(
  current: readonly GenTest[],
  quarantine: readonly string[] = [LEGACY],
): Promise<PublishableReport> {
  const store = new MemoryHistoryStore();
  await generatedReport(BASELINE, { store, sha: 'a'.repeat(40), at: new Date('2026-11-01T10:00:00Z') });
  return generatedReport(current, {
    store,
    sha: 'b'.repeat(40),
    at: new Date('2026-11-02T10:00:00Z'),
    quarantine,
  });
}

const brief = (a: Annotation): string => `${a.level} ${a.file}:${a.line ?? '-'} ${a.title}`;

describe('failureAnnotations', () => {
  it('lists new failures, then still failing, then quarantined notices, then flaky warnings', async () => {
    const { report, analysis } = await secondRun(CURRENT);
    const annotations = failureAnnotations(report, analysis);
    expect(annotations.map(brief)).toEqual([
      // New failures, by file then line: the line is where the trace says the test failed.
      'error test/api.test.ts:5 api › items',
      'error test/api.test.ts:14 api › users',
      'error test/api.test.ts:22 api › orders',
      'error test/cart.test.ts:8 cart › totals',
      'notice test/legacy/old.test.ts:4 old › legacy',
      'warning test/util.test.ts:3 util › checkout',
    ]);
    const byTitle = new Map(annotations.map((a) => [a.title, a.message]));
    expect(byTitle.get('api › items')).toBe('New failure since the baseline: Timeout of 5000ms exceeded');
    // One paragraph: the message's line breaks and blank line are folded into spaces.
    expect(byTitle.get('api › users')).toBe(
      'New failure since the baseline: expected 2 to be 3 - Expected + Received',
    );
    expect(byTitle.get('cart › totals')).toBe('Still failing (2 runs in a row): expected 4050 to be 4500');
    expect(byTitle.get('old › legacy')).toBe('Quarantined, does not fail the run: legacy is broken');
    expect(byTitle.get('util › checkout')).toBe(
      'Flaky: failed 1 of 2 attempts, then passed (flake score 0.5): socket hang up',
    );
  });

  it('gives the same list whatever order the results came in', async () => {
    const forward = await secondRun(CURRENT);
    const reversed = await secondRun([...CURRENT].reverse());
    expect(failureAnnotations(reversed.report, reversed.analysis)).toEqual(
      failureAnnotations(forward.report, forward.analysis),
    );
  });

  it('makes no claim of newness without a baseline, and annotates nothing for a green run', async () => {
    const store = new MemoryHistoryStore();
    const first = await generatedReport(CURRENT, { store });
    const annotations = failureAnnotations(first.report, first.analysis);
    expect(annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'Timeout of 5000ms exceeded',
      'expected 2 to be 3 - Expected + Received',
      'connect ECONNREFUSED',
      'expected 4050 to be 4500',
      'legacy is broken',
    ]);
    const green = await generatedReport(
      BASELINE.map((t) => ({ file: t.file, name: t.name, outcome: 'passed' as const })),
      { store: new MemoryHistoryStore() },
    );
    expect(failureAnnotations(green.report, green.analysis)).toEqual([]);
  });

  it('puts failures the comparison does not classify after the still failing ones', async () => {
    const { report, analysis } = await secondRun(CURRENT, []);
    const items = report.tests.find((t) => t.name === 'items');
    if (!items) throw new Error('no items test');
    // An analysis that knows nothing of `items` (as one from an older history format might).
    const partial = {
      ...analysis,
      comparison: {
        ...analysis.comparison,
        newFailures: analysis.comparison.newFailures.filter((t) => t.id !== items.id),
      },
    };
    const errors = failureAnnotations(report, partial).filter((a) => a.level === 'error');
    expect(errors.map((a) => a.title)).toEqual([
      'api › users',
      'api › orders',
      'old › legacy',
      'cart › totals',
      'api › items',
    ]);
    expect(errors.at(-1)?.message).toBe('Timeout of 5000ms exceeded');
  });

  it('bounds messages and titles, and falls back to the test line without a matching frame', async () => {
    const long = `${'x'.repeat(3000)} end`;
    const store = new MemoryHistoryStore();
    const { report, analysis } = await generatedReport(
      [
        {
          file: API,
          name: 'y'.repeat(500),
          line: 7,
          outcome: 'failed',
          message: long,
          trace: 'at other.ts:1:1',
        },
      ],
      { store },
    );
    const [annotation] = failureAnnotations(report, analysis);
    expect(annotation?.message).toHaveLength(1000);
    expect(annotation?.message.endsWith('…')).toBe(true);
    expect(annotation?.title).toHaveLength(200);
    expect(annotation?.line).toBe(7);
    const [short] = failureAnnotations(report, analysis, { messageChars: 40, titleChars: 10 });
    expect(short?.message).toBe(`${'x'.repeat(39)}…`);
    expect(short?.title).toBe(`api › ${'y'.repeat(3)}…`);
  });
});

describe('untrusted test names and messages', () => {
  const HOSTILE: readonly GenTest[] = [
    {
      file: API,
      name: '<script>alert(1)</script>',
      outcome: 'failed',
      message: '<img src=x onerror=alert(1)>',
    },
    { file: API, name: '@octocat please look', outcome: 'failed', message: 'cc @admin #1' },
    { file: API, name: '::error::injected', outcome: 'failed', message: '::add-mask::hidden' },
    {
      file: API,
      name: 'evil\n::add-mask::secret\r\n::set-output name=x::y',
      outcome: 'failed',
      message:
        'first\n::warning file=x.ts,line=1::fake\r::error::second\u2028::notice::third\u001b[31mred\u0007',
    },
    {
      file: 'test/we,ird:name.test.ts',
      name: 'comma, colon: and %0A percent',
      outcome: 'flaky',
      message: 'x%0A::error::y',
    },
  ];

  /**
   * Reads workflow-command output the way the GitHub runner does: line by line, a line starting with `::`
   * is a command `::name key=value,…::message` with `%`-escaped values.
   */
  function runnerCommands(
    output: string,
  ): { command: string; props: Record<string, string>; message: string }[] {
    const unescape = (text: string): string =>
      text
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%25/g, '%');
    return output
      .split(/\r\n|\r|\n/)
      .filter((line) => line.startsWith('::'))
      .map((line) => {
        const end = line.indexOf('::', 2);
        const head = line.slice(2, end);
        const space = head.indexOf(' ');
        const command = space < 0 ? head : head.slice(0, space);
        const props: Record<string, string> = {};
        if (space >= 0)
          for (const pair of head.slice(space + 1).split(',')) {
            const eq = pair.indexOf('=');
            props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
          }
        return { command, props, message: unescape(line.slice(end + 2)) };
      });
  }

  it('keeps every annotation one plain line, free of control characters', async () => {
    const { report, analysis } = await generatedReport(HOSTILE, {
      store: new MemoryHistoryStore(),
      format: 'ctrf',
    });
    const annotations = failureAnnotations(report, analysis);
    expect(annotations).toHaveLength(HOSTILE.length);
    for (const a of annotations) {
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
      expect(a.message).not.toMatch(controls);
      expect(a.title ?? '').not.toMatch(controls);
    }
    // Plain text: shown as written (the CI's UI escapes it), so nothing is mangled into entities.
    expect(annotations.map((a) => a.title)).toContain('api › <script>alert(1)</script>');
    expect(annotations.map((a) => a.title)).toContain('api › @octocat please look');
    expect(annotations.map((a) => a.message)).toContain(
      // The colour code is removed whole; the bell shows as U+FFFD.
      'first ::warning file=x.ts,line=1::fake ::error::second ::notice::thirdred\uFFFD',
    );
  });

  it('cannot start a workflow command of its own through GitHub’s annotation command', async () => {
    const { report, analysis } = await generatedReport(HOSTILE, {
      store: new MemoryHistoryStore(),
      format: 'ctrf',
    });
    const annotations = failureAnnotations(report, analysis);
    const output = annotations.map(annotationCommand).join('');
    const commands = runnerCommands(output);
    expect(commands).toHaveLength(HOSTILE.length);
    // One command per annotation, each of its own level, with only the properties we set.
    expect(commands.map((c) => c.command)).toEqual(annotations.map((a) => a.level));
    commands.forEach((c, i) => {
      const a = annotations[i] as Annotation;
      expect(Object.keys(c.props).sort()).toEqual(['file', 'title']);
      expect(c.props.title).toBe(a.title);
      expect(c.props.file).toBe(a.file);
      expect(c.message).toBe(a.message);
    });
    expect(commands.find((c) => c.props.file === 'test/we,ird:name.test.ts')?.props.title).toBe(
      'we,ird:name › comma, colon: and %0A percent',
    );
  });
});

describe('lineInTrace', () => {
  it('reads the frame of the test file in each runner’s style', () => {
    const file = 'tests/calculator.spec.js';
    // Playwright, absolute.
    expect(lineInTrace('Error: x\n    at /tmp/gen/pw/tests/calculator.spec.js:6:58', file)).toBe(6);
    // Vitest, relative to the root.
    expect(lineInTrace(' ❯ tests/calculator.spec.js:4:75', file)).toBe(4);
    // Jest/node:test, in brackets.
    expect(lineInTrace('    at Object.toBe (/repo/tests/calculator.spec.js:3:69)', file)).toBe(3);
    // Windows paths and file URLs.
    expect(lineInTrace('    at C:\\work\\repo\\tests\\calculator.spec.js:12:5', file)).toBe(12);
    expect(lineInTrace('    at file:///repo/tests/calculator.spec.js:9:1', file)).toBe(9);
  });

  it('ignores frames of other files, relative look-alikes and traces without frames', () => {
    const file = 'tests/calculator.spec.js';
    expect(lineInTrace('    at /repo/src/calculator.js:3:1', file)).toBeUndefined();
    expect(lineInTrace(' ❯ e2e/tests/calculator.spec.js:4:75', file)).toBeUndefined();
    expect(lineInTrace('    at /repo/tests/calculator.spec.js.map:4:75', file)).toBeUndefined();
    expect(lineInTrace('expected calculator.spec.js to pass', file)).toBeUndefined();
    expect(lineInTrace(undefined, file)).toBeUndefined();
    // The first frame in the file wins: the assertion, not the test's caller.
    expect(
      lineInTrace(
        ' ❯ src/calc.js:1:1\n ❯ tests/calculator.spec.js:8:3\n ❯ tests/calculator.spec.js:2:1',
        file,
      ),
    ).toBe(8);
  });
});
