/**
 * The report as markdown: a plain first version for `--markdown`, a job summary or a PR comment. Headline
 * counts, the failed tests with location and message, the flaky tests, and the inputs that could not be read.
 * Every piece of untrusted text goes through escape-markdown.
 */
import { displayTitle } from '../model/index.js';
import type { Report, ReportTest } from '../model/index.js';
import { escapeMarkdown, excerpt } from './escape-markdown.js';
import { formatDuration, location, plural } from './format.js';

/** Limits that keep the markdown readable (and under a PR comment's size). */
export interface MarkdownOptions {
  /** Most failed tests listed in the table; the rest are counted. */
  readonly maxFailures?: number;
  /** Most flaky tests listed. */
  readonly maxFlaky?: number;
  /** Longest message excerpt in a table cell, in characters. */
  readonly maxMessageChars?: number;
}

const DEFAULTS: Required<MarkdownOptions> = { maxFailures: 50, maxFlaky: 30, maxMessageChars: 200 };

/** The one-line verdict with counts, e.g. `❌ 2 failed, 1 flaky, 17 passed, 1 skipped (21 tests, 4.2 s)`. */
export function renderHeadline(report: Report): string {
  const s = report.summary;
  const unreadable = report.inputs.unreadable.length;
  const notRun = report.notRun?.length ?? 0;
  const icon = s.failed > 0 || notRun > 0 ? '❌' : unreadable > 0 ? '⚠️' : '✅';
  const parts = [
    s.failed > 0 ? `**${s.failed} failed**` : '0 failed',
    ...(s.flaky > 0 ? [`${s.flaky} flaky`] : []),
    `${s.passed} passed`,
    ...(s.skipped > 0 ? [`${s.skipped} skipped`] : []),
    ...(notRun > 0 ? [`**${plural(notRun, 'file')} not run**`] : []),
  ];
  const time = formatDuration(s.wallMs ?? s.durationMs);
  const unread = unreadable > 0 ? `, **${plural(unreadable, 'unreadable input')}**` : '';
  return `${icon} ${parts.join(', ')} (${plural(s.tests, 'test')}, ${time})${unread}`;
}

function testLabel(t: ReportTest): string {
  return escapeMarkdown(displayTitle(t));
}

function firstFailure(t: ReportTest): string {
  const failure = t.attempts.find((a) => a.failure)?.failure;
  return failure?.message ?? failure?.trace ?? '';
}

function renderFailures(failed: readonly ReportTest[], o: Required<MarkdownOptions>): string[] {
  const rows = failed.slice(0, o.maxFailures).map((t) => {
    const where = escapeMarkdown(location(t.file, t.line));
    const message = escapeMarkdown(excerpt(firstFailure(t), o.maxMessageChars, true));
    const retried = t.attempts.length > 1 ? ` (${plural(t.attempts.length, 'attempt')})` : '';
    return `| ${testLabel(t)}${retried} | ${where} | ${message} |`;
  });
  const more = failed.length - rows.length;
  return [
    `### Failed tests (${failed.length})`,
    '',
    '| Test | Location | Message |',
    '| --- | --- | --- |',
    ...rows,
    ...(more > 0 ? ['', `…and ${plural(more, 'more failed test')}.`] : []),
  ];
}

function renderFlaky(flaky: readonly ReportTest[], o: Required<MarkdownOptions>): string[] {
  const items = flaky.slice(0, o.maxFlaky).map((t) => {
    const failed = t.attempts.filter((a) => a.status === 'failed').length;
    const where = t.file !== undefined ? ` (${escapeMarkdown(location(t.file, t.line))})` : '';
    return `- ${testLabel(t)}${where}: failed ${failed} of ${plural(t.attempts.length, 'attempt')}`;
  });
  const more = flaky.length - items.length;
  return [`### Flaky tests (${flaky.length})`, '', ...items, ...(more > 0 ? [`- …and ${more} more`] : [])];
}

/** The files not run because the run bailed (`--bail`): neither skipped nor passed. */
function renderNotRun(notRun: NonNullable<Report['notRun']>, o: Required<MarkdownOptions>): string[] {
  const items = notRun
    .slice(0, o.maxFailures)
    .map((n) => `- ${escapeMarkdown(n.file)}: not run (bailed after ${escapeMarkdown(n.after)})`);
  const more = notRun.length - items.length;
  return [
    `### Not run (${plural(notRun.length, 'file')})`,
    '',
    ...items,
    ...(more > 0 ? [`- …and ${more} more`] : []),
  ];
}

function renderUnreadable(report: Report): string[] {
  const items = report.inputs.unreadable.map(
    (u) => `- ${escapeMarkdown(location(u.file, u.line, u.column))}: ${escapeMarkdown(u.message)}`,
  );
  return [`### Unreadable inputs (${items.length})`, '', ...items];
}

/** Renders the report as markdown. Pure; the result ends with a newline. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const o = { ...DEFAULTS, ...options };
  const failed = report.tests.filter((t) => t.outcome === 'failed');
  const flaky = report.tests.filter((t) => t.outcome === 'flaky');
  const sections: string[][] = [['## Test report', '', renderHeadline(report)]];
  if (failed.length > 0) sections.push(renderFailures(failed, o));
  if (flaky.length > 0) sections.push(renderFlaky(flaky, o));
  if (report.notRun && report.notRun.length > 0) sections.push(renderNotRun(report.notRun, o));
  if (report.inputs.unreadable.length > 0) sections.push(renderUnreadable(report));
  const read = report.inputs.read.length;
  sections.push([`<sub>${plural(read, 'result file')} read by Tessera.</sub>`]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
