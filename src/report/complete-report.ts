/**
 * The part of `tessera report` after the Report is built, shared by result files and shard bundles: load the
 * baseline history, compare the run with it (src/trend), fill the Report's comparison and flaky fields, write
 * every output, then append the run to the history. The history is saved last, so a history problem can
 * never cost the report.
 */
import type { Writable } from 'node:stream';
import { runColumns } from '../history/run-columns.js';
import { updateHistoryDetailedAsync, type HistoryUpdate } from '../history/update.js';
import { buildReportView, type SourceContext } from '../render/build-view.js';
import type { ReportView, ViewShard } from '../render/view.js';
import { analyseRun, type TrendAnalysis } from '../trend/analyse.js';
import type { FailOn } from '../trend/fail-policy.js';
import type { RegressionOptions } from '../trend/regressions.js';
import { withTrend } from './apply-trend.js';
import {
  loadHistories,
  saveHistoryMerged,
  type HistoryTarget,
  type LoadedHistories,
} from './history-target.js';
import type { RunRecord } from '../history/run-record.js';
import type { Report } from './report-document.js';
import { recordFiles, runRecordOf, type RunFacts } from './run-record-of.js';
import { OUTPUT_LABELS, writeOutputs, type OutputTargets } from './write-outputs.js';
import {
  RENDERED_LABELS,
  writeRendered,
  type RenderedTargets,
  type RenderOptions,
} from './write-rendered.js';
import { appendAll } from '../model/arrays.js';

/** How the run is judged and compared. All optional: without them, every failure fails the run. */
export interface TrendOptions {
  /** Where the history is read and written; without it there is no baseline and nothing is saved. */
  readonly history?: HistoryTarget;
  /**
   * `loadHistories(history)`, when the caller started it early (before reading the result files), so the
   * history's read and gunzip overlap the parsing. Without it the history is loaded here.
   */
  readonly historyLoad?: Promise<LoadedHistories>;
  readonly failOn?: FailOn;
  /** Quarantine entries: ids, file globs, `fileGlob::titleGlob`. */
  readonly quarantine?: readonly string[];
  readonly regression?: Partial<RegressionOptions>;
}

/** What the rendered outputs link to beyond the report itself: the code, and the HTML report's page. */
export interface LinkOptions {
  /** The checkout root (absolute paths under it are shown repo-relative) and the code host's file links. */
  readonly source?: SourceContext;
  /** Where the HTML report opens as a page: the comment's failures link to their anchors in it. */
  readonly htmlReportUrl?: string;
}

/** What a {@link ReportPublisher} gets: the finished Report, its analysis, and the view people read. */
export interface PublishableReport {
  readonly report: Report;
  readonly analysis: TrendAnalysis;
  /** Built with the baseline as loaded, before this run was added to the history. */
  readonly view: ReportView;
}

/**
 * Publishes a finished report somewhere beyond the output files (the CI job summary, annotations, step
 * outputs, the PR comment: src/ci/publish-report.ts) and says what it wrote, for the console summary.
 * Called after every output file is written and before the history is saved.
 */
export type ReportPublisher = (
  published: PublishableReport,
) => Promise<readonly { readonly label: string; readonly path: string }[]>;

/** Everything {@link completeReport} needs besides the Report. */
export interface CompleteOptions extends TrendOptions, LinkOptions {
  /** Machine outputs (JSON, JUnit, CTRF); a `markdown` entry is rendered as the PR comment. */
  readonly outputs: OutputTargets;
  /** Outputs people read: PR comment markdown, job summary, HTML. */
  readonly rendered?: RenderedTargets;
  readonly render?: RenderOptions;
  /** Per-shard predicted and actual times for the charts. */
  readonly viewShards?: readonly ViewShard[];
  readonly stdout: Writable;
  /** Where warnings go. */
  readonly stderr: Writable;
  /** Publishes the report through the CI (`--ci`); absent outside CI mode. */
  readonly publish?: ReportPublisher;
}

/** What was produced. */
export interface CompletedReport {
  /** The Report with comparison and flaky filled in. */
  readonly report: Report;
  readonly analysis: TrendAnalysis;
  /** Every file written (not stdout), labelled for the console summary; the history last. */
  readonly written: readonly { readonly label: string; readonly path: string }[];
}

/** Compares, renders, writes and records one run. */
export async function completeReport(
  built: Report,
  facts: RunFacts,
  options: CompleteOptions,
): Promise<CompletedReport> {
  const loading = options.history ? (options.historyLoad ?? loadHistories(options.history)) : undefined;
  if (loading) {
    // While the history is gunzipped on the thread pool: what the comparison and the update will read off
    // the run's 100,000 tests (both are computed once and remembered, so this only moves the work here).
    runColumns(facts.tests);
    recordFiles(facts);
  }
  const loaded: LoadedHistories = loading ? await loading : { warnings: [] };
  for (const warning of loaded.warnings) options.stderr.write(`tessera: warning: ${warning}\n`);
  // The updated history depends on the run alone (the trend fields are not recorded; `withTrend` keeps the
  // summary), so it is computed first and gzipped on the thread pool while the comparison and the outputs
  // below run: at 100,000 tests the gzip alone takes about a quarter of a second. It is still saved last, and
  // a failure here is only raised there, after every output is written.
  const record = options.history ? runRecordOf(built, facts) : undefined;
  const pendingUpdate: Promise<HistoryUpdate> | undefined =
    options.history && record ? updateHistoryDetailedAsync(loaded.own, record) : undefined;
  // Awaited below; without this, an output that fails to write would leave the rejection unhandled.
  pendingUpdate?.catch(() => undefined);

  const analysis = analyseRun({
    tests: facts.tests,
    // The same per-file times the history records, so file slow-downs compare like with like.
    files: recordFiles(facts),
    ...(facts.run.sha !== undefined ? { sha: facts.run.sha } : {}),
    ...(loaded.baseline ? { baseline: loaded.baseline } : {}),
    ...(loaded.own ? { ownHistory: loaded.own } : {}),
    failOn: options.failOn ?? 'failures',
    ...(options.quarantine ? { quarantine: options.quarantine } : {}),
    ...(options.regression ? { regression: options.regression } : {}),
  });
  const report = withTrend(built, analysis);

  // The machine outputs never include the plain markdown: `--markdown` is the rich comment now.
  const machine: OutputTargets = { ...options.outputs };
  delete machine.markdown;
  const written = (await writeOutputs(report, machine, { stdout: options.stdout })).map((w) => ({
    label: OUTPUT_LABELS[w.kind],
    path: w.path,
  }));
  // `outputs.markdown` (callers from before the rich comment, e.g. `tessera run --markdown`) is the comment.
  const rendered: RenderedTargets = {
    ...(options.outputs.markdown !== undefined ? { markdown: options.outputs.markdown } : {}),
    ...options.rendered,
  };
  if (Object.keys(rendered).length > 0 || options.publish) {
    // The view takes the baseline as loaded, before this run is added.
    const view = buildReportView(report, analysis, loaded.baseline, {
      ...(options.viewShards ? { shards: options.viewShards } : {}),
      ...(options.source ? { source: options.source } : {}),
      ...(options.htmlReportUrl !== undefined ? { links: { htmlReport: options.htmlReportUrl } } : {}),
    });
    for (const w of await writeRendered(view, rendered, options.stdout, options.render))
      written.push({ label: RENDERED_LABELS[w.kind], path: w.path });
    if (options.publish) appendAll(written, await options.publish({ report, analysis, view }));
  }

  if (options.history && pendingUpdate) {
    const update = await pendingUpdate;
    const cap = update.sizeCap;
    if (cap.droppedAbsent > 0 || cap.droppedCurrent > 0 || cap.windowCutTo !== undefined)
      options.stderr.write(
        `tessera: warning: the history was trimmed to its size cap (${cap.droppedAbsent} absent and ` +
          `${cap.droppedCurrent} current tests dropped${cap.windowCutTo !== undefined ? `, windows cut to ${cap.windowCutTo}` : ''})\n`,
      );
    // Another report may have saved this history since it was loaded: this run is then added to that.
    const { where, doc } = await saveHistoryMerged(
      options.history,
      loaded.own,
      update.doc,
      async (current) => (await updateHistoryDetailedAsync(current, record as RunRecord)).doc,
    );
    written.push({
      label: `History (${doc.runs.length} ${doc.runs.length === 1 ? 'run' : 'runs'})`,
      path: where,
    });
  }
  return { report, analysis, written: written.filter((w) => w.path !== '-') };
}
