/**
 * The one-screen summary `tessera report` prints: counts, duration, the first failures, unreadable inputs,
 * and where the outputs went. Colour only when asked (the caller decides from the TTY and NO_COLOR).
 */
import { displayTitle } from '../model/index.js';
import type { Report, ReportTest } from '../model/index.js';
import { excerpt } from './escape-markdown.js';
import { formatDuration, location, plural } from './format.js';
import { neutraliseUntrustedLine } from './untrusted-text.js';
import { reuseLine } from './reuse-text.js';

/** An output file the command wrote, e.g. `{ label: 'JSON', path: '.tessera/report/report.json' }`. */
export interface WrittenOutput {
  readonly label: string;
  readonly path: string;
}

/** How the summary is drawn. */
export interface ConsoleSummaryOptions {
  /** ANSI colours; false when stdout is not a terminal. */
  readonly color: boolean;
  /** Outputs written, listed at the end. */
  readonly outputs?: readonly WrittenOutput[];
  /** Most failures listed by name. */
  readonly maxFailures?: number;
}

type Paint = (text: string) => string;

function painter(color: boolean, code: string): Paint {
  return color ? (text) => `\u001b[${code}m${text}\u001b[0m` : (text) => text;
}

// Test names, messages and paths are untrusted: in a CI log a line break followed by `::set-output` or a
// `##vso[` would be obeyed by the runner, and a control character could restyle the terminal.
const clean = neutraliseUntrustedLine;

function failureLine(t: ReportTest): string {
  const failure = t.attempts.find((a) => a.failure)?.failure;
  return clean(excerpt(failure?.message ?? failure?.trace ?? '', 160, true));
}

/** Renders the summary as lines of text ending in a newline. Pure. */
export function renderConsoleSummary(report: Report, options: ConsoleSummaryOptions): string {
  const red = painter(options.color, '31');
  const green = painter(options.color, '32');
  const yellow = painter(options.color, '33');
  const dim = painter(options.color, '2');
  const bold = painter(options.color, '1');
  const s = report.summary;
  const maxFailures = options.maxFailures ?? 5;

  const counts = [
    s.failed > 0 ? red(bold(`${s.failed} failed`)) : `${s.failed} failed`,
    s.flaky > 0 ? yellow(`${s.flaky} flaky`) : `${s.flaky} flaky`,
    green(`${s.passed} passed`),
    `${s.skipped} skipped`,
  ];
  const time =
    s.wallMs !== null
      ? `${formatDuration(s.wallMs)} wall, ${formatDuration(s.durationMs)} of tests`
      : `${formatDuration(s.durationMs)} of tests`;
  const lines = [
    `${bold('Tessera report')}: ${plural(s.tests, 'test')} from ${plural(report.inputs.read.length, 'result file')}`,
    `  ${counts.join(', ')}`,
    `  ${dim(time)}`,
  ];

  if (report.reuse) lines.push(`  ${dim(`skip-unchanged: ${clean(reuseLine(report.reuse))}`)}`);

  const failed = report.tests.filter((t) => t.outcome === 'failed');
  if (failed.length > 0) {
    lines.push('', red(`Failed (${failed.length}):`));
    for (const t of failed.slice(0, maxFailures)) {
      const where = location(t.file, t.line);
      lines.push(`  ${red('✗')} ${clean(displayTitle(t))}${where ? dim(`  ${clean(where)}`) : ''}`);
      const message = failureLine(t);
      if (message) lines.push(`      ${dim(message)}`);
    }
    if (failed.length > maxFailures) lines.push(dim(`  …and ${failed.length - maxFailures} more`));
  }

  const flaky = report.tests.filter((t) => t.outcome === 'flaky');
  if (flaky.length > 0) {
    lines.push('', yellow(`Flaky (${flaky.length}):`));
    for (const t of flaky.slice(0, maxFailures)) lines.push(`  ${yellow('~')} ${clean(displayTitle(t))}`);
    if (flaky.length > maxFailures) lines.push(dim(`  …and ${flaky.length - maxFailures} more`));
  }

  const notRun = report.notRun ?? [];
  if (notRun.length > 0) {
    lines.push(
      '',
      red(`Not run (${plural(notRun.length, 'file')}, bailed after ${clean(notRun[0]?.after ?? '')}):`),
    );
    for (const n of notRun.slice(0, maxFailures)) lines.push(`  ${dim('-')} ${clean(n.file)}`);
    if (notRun.length > maxFailures) lines.push(dim(`  …and ${notRun.length - maxFailures} more`));
  }

  const unreadable = report.inputs.unreadable;
  if (unreadable.length > 0) {
    lines.push('', yellow(`Unreadable inputs (${unreadable.length}):`));
    for (const u of unreadable) {
      lines.push(`  ${yellow('!')} ${clean(location(u.file, u.line, u.column))}: ${clean(u.message)}`);
    }
  }

  if (options.outputs && options.outputs.length > 0) {
    lines.push('', 'Wrote:');
    const width = options.outputs.reduce((w, o) => Math.max(w, o.label.length), 0);
    for (const o of options.outputs) lines.push(`  ${o.label.padEnd(width)}  ${clean(o.path)}`);
  }
  return `${lines.join('\n')}\n`;
}
