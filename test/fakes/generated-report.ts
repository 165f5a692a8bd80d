/**
 * Finished reports for tests of what comes after `report` (publishing, annotations): generated JUnit XML
 * goes through the real pipeline (reader, merge, Report, trend analysis against a history, view) and the
 * {@link PublishableReport} that completeReport hands to its publisher is captured. Successive runs share a
 * history store, so a scenario can make failures new, still failing, flaky or quarantined for real.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { HistoryStore } from '../../src/history/store.js';
import type { PublishableReport, ReportPublisher } from '../../src/report/complete-report.js';
import { runReport } from '../../src/report/run-report.js';

/** One generated test case. */
export interface GenTest {
  readonly file: string;
  /** The suite (JUnit classname); default the file's base name. */
  readonly suite?: string;
  readonly name: string;
  /** The JUnit `line` attribute. */
  readonly line?: number;
  readonly outcome: 'passed' | 'failed' | 'flaky';
  /** The failure's message attribute (failed, or the failed first attempt of a flaky test). */
  readonly message?: string;
  /** The failure element's text: the stack trace. */
  readonly trace?: string;
}

function attr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function body(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.(test|spec)\.[jt]sx?$/, '');
}

function testcase(t: GenTest): string {
  const line = t.line !== undefined ? ` line="${t.line}"` : '';
  const head = `<testcase classname="${attr(t.suite ?? baseName(t.file))}" name="${attr(t.name)}" time="0.01"${line}`;
  if (t.outcome === 'passed') return `${head}/>`;
  const message = attr(t.message ?? 'expected true to be false');
  const element = t.outcome === 'failed' ? 'failure' : 'flakyFailure';
  return `${head}><${element} message="${message}">${body(t.trace ?? '')}</${element}></testcase>`;
}

/** A JUnit document with one `<testsuite file=…>` per file, in first-seen order. */
export function junitOf(tests: readonly GenTest[]): string {
  const byFile = new Map<string, GenTest[]>();
  for (const t of tests) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t]);
  const suites = [...byFile].map(
    ([file, list]) =>
      `<testsuite name="${attr(baseName(file))}" file="${attr(file)}" tests="${list.length}">\n` +
      list.map((t) => `  ${testcase(t)}\n`).join('') +
      '</testsuite>\n',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('')}</testsuites>\n`;
}

/**
 * A CTRF document of the same tests. JSON can carry what XML 1.0 cannot (control characters such as ESC
 * and BEL), so hostile-text tests use it.
 */
export function ctrfOf(tests: readonly GenTest[]): string {
  const entries = tests.map((t) => ({
    name: t.name,
    status: t.outcome === 'failed' ? 'failed' : 'passed',
    duration: 10,
    filePath: t.file,
    suite: [t.suite ?? baseName(t.file)],
    ...(t.line !== undefined ? { line: t.line } : {}),
    ...(t.outcome === 'failed'
      ? { message: t.message ?? 'expected true to be false', ...(t.trace ? { trace: t.trace } : {}) }
      : {}),
    ...(t.outcome === 'flaky'
      ? {
          flaky: true,
          retries: 1,
          retryAttempts: [
            { attempt: 1, status: 'failed', message: t.message ?? 'expected true to be false' },
            { attempt: 2, status: 'passed' },
          ],
        }
      : {}),
  }));
  return JSON.stringify({ results: { tool: { name: 'generated' }, tests: entries } });
}

/** Options of {@link generatedReport}. */
export interface GeneratedRunOptions {
  /** The result format written (default JUnit XML). */
  readonly format?: 'junit' | 'ctrf';
  /** The history shared by a scenario's runs (a MemoryCiHost's `history`, say). */
  readonly store: HistoryStore;
  readonly branch?: string;
  readonly sha?: string;
  readonly quarantine?: readonly string[];
  /** The run's clock: successive runs of a scenario need increasing times. */
  readonly at?: Date;
  /** `--html` for the run: the HTML report is written here before the publisher runs. */
  readonly htmlPath?: string;
  /** Runs inside completeReport, after the captured one, as the CLI's publisher would. */
  readonly publish?: ReportPublisher;
}

const discard = (): Writable =>
  new Writable({
    write: (_chunk, _encoding, done) => done(),
  });

/**
 * Reports `tests` through the real pipeline, against and into the history of `options.store`, and
 * resolves with what the publisher is given.
 */
export async function generatedReport(
  tests: readonly GenTest[],
  options: GeneratedRunOptions,
): Promise<PublishableReport> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-generated-'));
  const ctrf = options.format === 'ctrf';
  const results = join(dir, ctrf ? 'ctrf.json' : 'junit.xml');
  await writeFile(results, ctrf ? ctrfOf(tests) : junitOf(tests));
  let captured: PublishableReport | undefined;
  const branch = options.branch ?? 'main';
  await runReport({
    inputs: [results],
    outputs: {},
    ...(options.htmlPath !== undefined ? { rendered: { html: options.htmlPath } } : {}),
    failOn: 'failures',
    allowUnreadable: false,
    history: { kind: 'store', store: options.store, branch },
    ...(options.quarantine ? { quarantine: options.quarantine } : {}),
    run: { provider: 'local', branch, ...(options.sha !== undefined ? { sha: options.sha } : {}) },
    ...(options.at ? { now: () => options.at as Date } : {}),
    cwd: dir,
    publish: async (published) => {
      captured = published;
      return options.publish ? options.publish(published) : [];
    },
    stdout: discard(),
    stderr: discard(),
    color: false,
  });
  if (!captured) throw new Error('completeReport did not call its publisher');
  if (captured.report.inputs.unreadable.length > 0)
    throw new Error(`generated results unreadable: ${captured.report.inputs.unreadable[0]?.message}`);
  return captured;
}
