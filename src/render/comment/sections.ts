/**
 * The budgeted sections of the PR comment, in priority order: new failures (grouped by cluster), still
 * failing, flaky, slower, fixed, then the charts. Each section is a head and a list of atomic items (a whole
 * cluster block, a table row, a list item, a whole chart), so the budget can only cut between items. Every
 * piece of untrusted text goes through escapeMarkdown or into a fenced block.
 */
import { escapeMarkdown, excerpt, fencedBlock } from '../escape-markdown.js';
import { failureExcerpt, failureHeadline } from '../failure-text.js';
import { formatDuration, location, plural } from '../format.js';
import { renderDurationChart, renderPassRateChart, renderShardTimeline } from '../mermaid.js';
import { safeHttpsUrl, withAnchor } from '../safe-url.js';
import {
  failureAnchor,
  type ReportView,
  type ViewFailure,
  type ViewFailureGroup,
  type ViewFlaky,
  type ViewShardRef,
  type ViewSlowdown,
  type ViewStillFailing,
  type ViewTestRef,
} from '../view.js';
import type { BudgetSection } from './budget.js';
import { count } from './headline.js';
import { reusedFrom, reuseLine } from '../reuse-text.js';

/** Limits on single items, so one huge message cannot take a whole comment. */
export interface SectionLimits {
  /** Tests listed per failure cluster; the rest of the cluster is counted. */
  readonly testsPerGroup: number;
  /** Lines of the example message shown per cluster. */
  readonly messageLines: number;
  /** Characters of the example message shown per cluster. */
  readonly messageChars: number;
  /** Characters of a message excerpt in a table cell. */
  readonly cellChars: number;
  /** Characters of a test title. */
  readonly titleChars: number;
}

/** Limits for a PR comment. */
export const COMMENT_LIMITS: SectionLimits = {
  testsPerGroup: 10,
  messageLines: 6,
  messageChars: 600,
  cellChars: 140,
  titleChars: 200,
};

/** Limits for a job summary, which has room for more per item. */
export const SUMMARY_LIMITS: SectionLimits = {
  testsPerGroup: 50,
  messageLines: 12,
  messageChars: 1500,
  cellChars: 240,
  titleChars: 300,
};

/** The words (and link, when a safe one is known) that every "N more" line points to. */
export type FullReportLink = string;

/** A markdown link when `url` is a safe https URL, else the text alone. `text` is already escaped. */
function linked(text: string, url: string | undefined): string {
  const safe = safeHttpsUrl(url);
  return safe !== undefined && text.length > 0 ? `[${text}](${safe})` : text;
}

/**
 * A test's title; a failure's links to its anchor in the HTML report when the report's page is known
 * (`htmlReport`: the page, not an archive to download).
 */
function title(ref: ViewTestRef, limits: SectionLimits, htmlReport?: string): string {
  const text = escapeMarkdown(excerpt(ref.title, limits.titleChars));
  return htmlReport !== undefined ? linked(text, withAnchor(htmlReport, failureAnchor(ref.id))) : text;
}

/** A test's `file:line`, linked to the code host at the head commit when the file is in the repository. */
function where(ref: ViewTestRef): string {
  return ref.file !== undefined ? linked(escapeMarkdown(location(ref.file, ref.line)), ref.fileUrl) : '';
}

/** The shard that ran a failure, `2/4`, linked to its job's log. */
function shardCell(shard: ViewShardRef | undefined): string {
  return shard ? linked(`${shard.index}/${shard.total}`, shard.url) : '';
}

/** Whether any of the failures ran in a known shard: only then do their tables get a Shard column. */
function anyShard(failures: readonly ViewFailure[]): boolean {
  return failures.some((f) => f.shard !== undefined);
}

/** The collapsible block with the commands that re-run a group's tests locally. */
function reproduceBlock(lines: readonly string[] | undefined): string[] {
  if (!lines || lines.length === 0) return [];
  return [
    '',
    '<details><summary>Reproduce locally (from the repository root)</summary>',
    '',
    fencedBlock(lines.join('\n'), 'sh'),
    '',
    '</details>',
  ];
}

function messageCell(failure: ViewFailure, limits: SectionLimits): string {
  return escapeMarkdown(excerpt(failure.message ?? failure.trace ?? '', limits.cellChars, true));
}

/** The lines of a message that say most (the headline, then an assertion diff), for a fenced block. */
function messageBlock(text: string, limits: SectionLimits): string {
  return fencedBlock(excerpt(failureExcerpt(text, limits.messageLines), limits.messageChars), 'text');
}

/**
 * The text to show for a failure: its trace when the trace repeats the message (JUnit's element text holds
 * message and stack), else the message, else the trace.
 */
function fullMessage(failure: ViewFailure | undefined): string | undefined {
  if (!failure) return undefined;
  const headline = failure.message?.split('\n')[0]?.trim();
  if (failure.trace !== undefined && headline !== undefined && failure.trace.includes(headline))
    return failure.trace;
  return failure.message ?? failure.trace;
}

function groupBlock(
  group: ViewFailureGroup,
  limits: SectionLimits,
  full: FullReportLink,
  htmlReport: string | undefined,
): string {
  const shown = group.tests.slice(0, limits.testsPerGroup);
  const first = group.tests[0];
  const example = fullMessage(first) ?? group.example;
  const sharded = anyShard(group.tests);
  const rows = shown.map(
    (t) => `| ${title(t, limits, htmlReport)} | ${where(t)} |${sharded ? ` ${shardCell(t.shard)} |` : ''}`,
  );
  const rest = group.tests.length - shown.length;
  return [
    // The real message of the first test, not the cluster's normalised signature (`expected <n> …`).
    `**${plural(group.tests.length, 'test')}** failed with: ${escapeMarkdown(excerpt(failureHeadline(first?.message ?? example) || group.signature, 200))} _(${group.category})_`,
    '',
    messageBlock(example, limits),
    '',
    sharded ? '| Test | Location | Shard |' : '| Test | Location |',
    sharded ? '| --- | --- | --- |' : '| --- | --- |',
    ...rows,
    ...(rest > 0 ? ['', `…and ${count(rest)} more in this group — ${full}.`] : []),
    ...reproduceBlock(group.reproduce),
  ].join('\n');
}

function newFailures(view: ReportView, limits: SectionLimits, full: FullReportLink): BudgetSection {
  const total = view.newFailures.reduce((n, g) => n + g.tests.length, 0);
  const heading = view.delta ? 'New failures' : 'Failures';
  return {
    id: 'newFailures',
    head: `#### ❌ ${heading} (${count(total)})`,
    items: view.newFailures.map((g) => groupBlock(g, limits, full, view.links.htmlReport)),
    weights: view.newFailures.map((g) => g.tests.length),
    separator: '\n\n',
    more: (n) => `**${count(n)} more ${n === 1 ? 'failure' : 'failures'}** — ${full}.`,
    collapsed: (n) => `#### ❌ ${heading} (${count(n)}) — ${full}.`,
  };
}

/** A table section: rows are items, the head carries the heading and the table header. */
function tableSection(
  id: string,
  heading: string,
  header: readonly string[],
  rows: readonly string[],
  full: FullReportLink,
): BudgetSection {
  return {
    id,
    head: [
      `#### ${heading} (${count(rows.length)})`,
      '',
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
    ].join('\n'),
    items: rows,
    separator: '\n',
    more: (n) => `${count(n)} more — ${full}.`,
    collapsed: (n) => `#### ${heading} (${count(n)}) — ${full}.`,
  };
}

function stillFailingRow(
  t: ViewStillFailing,
  limits: SectionLimits,
  sharded: boolean,
  htmlReport: string | undefined,
): string {
  const shard = sharded ? ` ${shardCell(t.shard)} |` : '';
  return `| ${title(t, limits, htmlReport)} | ${where(t)} |${shard} ${plural(t.runsInARow, 'run')} | ${messageCell(t, limits)} |`;
}

function flakyRow(t: ViewFlaky, limits: SectionLimits): string {
  // A test flagged by its history alone may have passed cleanly this time.
  const attempts = t.failedAttempts > 0 ? `${t.failedAttempts}/${t.attempts} failed` : 'passed';
  const tag = t.quarantined ? ' (quarantined)' : '';
  return `| ${title(t, limits)}${tag} | ${where(t)} | ${t.score.toFixed(2)} | ${attempts} | ${escapeMarkdown(t.evidence)} |`;
}

function slowerRow(t: ViewSlowdown, limits: SectionLimits): string {
  const ratio = Number.isFinite(t.ratio) ? `×${t.ratio.toFixed(1)}` : 'new time';
  return `| ${title(t, limits)} | ${where(t)} | ${formatDuration(t.baselineMs)} | ${formatDuration(t.currentMs)} | ${ratio} |`;
}

function fixedSection(view: ReportView, limits: SectionLimits, full: FullReportLink): BudgetSection {
  return {
    id: 'fixed',
    head: `#### ✅ Fixed (${count(view.fixed.length)})\n`,
    items: view.fixed.map((t) => `- ${title(t, limits)}${t.file !== undefined ? ` (${where(t)})` : ''}`),
    separator: '\n',
    more: (n) => `${count(n)} more — ${full}.`,
    collapsed: (n) => `#### ✅ Fixed (${count(n)}) — ${full}.`,
  };
}

/** `--skip-unchanged`: the hit-rate line, then each reused file and the commit its result passed on. */
function reusedSection(view: ReportView, full: FullReportLink): BudgetSection {
  const reuse = view.reuse;
  const files = reuse?.files ?? [];
  const head = reuse ? `#### ♻️ Reused: ${escapeMarkdown(reuseLine(reuse))}` : '';
  return {
    id: 'reused',
    head,
    items: files.map(
      (f) =>
        `- ${escapeMarkdown(f.file)}: reused from ${escapeMarkdown(reusedFrom(f))} (${plural(f.tests, 'test')})`,
    ),
    separator: '\n',
    more: (n) => `${count(n)} more — ${full}.`,
    collapsed: () => `${head} — ${full}.`,
  };
}

function mermaidBlock(source: string | undefined): string | undefined {
  return source === undefined ? undefined : fencedBlock(source, 'mermaid');
}

function chartsSection(view: ReportView, full: FullReportLink): BudgetSection {
  const charts = [
    mermaidBlock(renderPassRateChart(view.trend)),
    mermaidBlock(renderDurationChart(view.trend)),
    view.shards ? mermaidBlock(renderShardTimeline(view.shards)) : undefined,
  ].filter((c): c is string => c !== undefined);
  return {
    id: 'charts',
    head: '#### 📈 Trend and shards',
    items: charts,
    separator: '\n\n',
    more: (n) => `${plural(n, 'chart')} left out — ${full}.`,
    collapsed: (n) => `#### 📈 Trend and shards: ${plural(n, 'chart')} — ${full}.`,
  };
}

/** All budgeted sections of the comment, highest priority first. */
export function commentSections(
  view: ReportView,
  limits: SectionLimits,
  full: FullReportLink,
): BudgetSection[] {
  const sharded = anyShard(view.stillFailing);
  return [
    newFailures(view, limits, full),
    tableSection(
      'stillFailing',
      '🔁 Still failing',
      sharded
        ? ['Test', 'Location', 'Shard', 'Failing for', 'Message']
        : ['Test', 'Location', 'Failing for', 'Message'],
      view.stillFailing.map((t) => stillFailingRow(t, limits, sharded, view.links.htmlReport)),
      full,
    ),
    tableSection(
      'flaky',
      '🎲 Flaky',
      ['Test', 'Location', 'Score', 'This run', 'Evidence'],
      view.flaky.map((t) => flakyRow(t, limits)),
      full,
    ),
    tableSection(
      'slower',
      '🐢 Slower',
      ['Test', 'Location', 'Usual', 'Now', 'Change'],
      view.slower.map((t) => slowerRow(t, limits)),
      full,
    ),
    fixedSection(view, limits, full),
    // Only in a run that skipped: the other runs' comments keep their sections exactly.
    ...(view.reuse ? [reusedSection(view, full)] : []),
    chartsSection(view, full),
  ];
}
