/**
 * The publishing step of `tessera report --ci` (the ReportPublisher of src/report/complete-report.ts): the
 * finished report goes to the CI job's own surfaces through the ports, whatever the provider:
 *
 * 1. the HTML report, when one was written, as artifact `tessera-report` (its link is the `report-url`);
 * 2. annotations for the failed and flaky tests, most important first (annotations.ts);
 * 3. the job summary, rendered under the sink's byte limit, with a line for the annotations the CI dropped;
 * 4. the PR comment, rendered under the code host's limit and upserted by its hidden marker;
 * 5. the step outputs: counts, `report-url`, `comment-url`.
 *
 * Every step is best effort: a step that fails is a warning in the job log and the next one still runs, so
 * publishing never changes the exit code, which follows the tests only (DESIGN.md, "CI mode"). A permission
 * error on the comment (a fork PR's read-only token) gets a warning that says what to do instead.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { TesseraError } from '../model/index.js';
import { measure, type SizeBudget } from '../render/comment/budget.js';
import { commentMarker } from '../render/comment/headline.js';
import { renderComment, renderJobSummary } from '../render/comment/render-comment.js';
import type { ReportView } from '../render/view.js';
import type { PublishableReport } from '../report/complete-report.js';
import { failureAnnotations } from './annotations.js';
import type { ArtifactEntry } from './artifact-store.js';
import type { AnnotationResult, CiHost } from './ci-host.js';
import type { CodeHost } from './code-host.js';
import type { CiContext } from './context.js';
import { reportArtifactName } from './artifact-names.js';
import { CodeHostPermissionError } from './errors.js';

/** What {@link publishReport} publishes to, and how. */
export interface PublishOptions {
  /** The CI job: summary, annotations, outputs, artifacts, log. */
  readonly host: CiHost;
  /** Where the PR lives, with a token that may comment; without it no comment is posted. */
  readonly codeHost?: CodeHost;
  /**
   * Why there is no {@link codeHost} although the run builds a PR (no token, no known code host, the
   * comment turned off), for the log line that says why no comment was posted.
   */
  readonly noCommentReason?: string;
  /** Whether to post the PR comment (default true). */
  readonly comment?: boolean;
  /** The HTML report written by `--html`, stored as the `tessera-report` artifact (artifact-names.ts). */
  readonly htmlPath?: string;
  /** The comment's marker key: one comment per key and PR (default: the one `report` comment). */
  readonly markerKey?: string;
}

/** What was published. */
export interface PublishResult {
  /** A link to the PR comment, when one was posted and the code host gave a link. */
  readonly commentUrl?: string;
  /** Where the full report is: the HTML artifact's link, else the run's page; absent when neither is known. */
  readonly reportUrl?: string;
  /** What the CI did with the annotations ({ shown: 0, omitted: 0 } when annotating failed). */
  readonly annotations: AnnotationResult;
  /** The places written, labelled for the console summary. */
  readonly written: readonly { readonly label: string; readonly path: string }[];
}

/** Publishes a finished report through the CI host (and the code host, for a PR). Never rejects for a step. */
export async function publishReport(
  published: PublishableReport,
  options: PublishOptions,
): Promise<PublishResult> {
  const { host } = options;
  const context = host.context();
  const written: { label: string; path: string }[] = [];

  const artifact = options.htmlPath !== undefined ? await storeHtml(host, options.htmlPath) : undefined;
  if (artifact) written.push({ label: 'HTML report artifact', path: artifact.url ?? artifact.name });
  const reportUrl = artifact?.url ?? context.run.url;
  // The view was built before these links existed; the comment and the summary link to them.
  const view: ReportView = {
    ...published.view,
    links: {
      ...published.view.links,
      ...(artifact?.url !== undefined ? { fullReport: artifact.url } : {}),
      ...(context.run.url !== undefined && published.view.links.run === undefined
        ? { run: context.run.url }
        : {}),
    },
  };

  const annotations = await annotate(host, published);
  if (await appendSummary(host, view, annotations, options.markerKey))
    written.push({ label: 'Job summary', path: '(CI job summary)' });

  const comment = await postComment(context, view, options, published);
  if (comment) written.push({ label: 'PR comment', path: comment.url ?? `#${comment.pr}` });

  const summary = published.report.summary;
  await setOutputs(host, {
    tests: String(summary.tests),
    passed: String(summary.passed),
    failed: String(summary.failed),
    flaky: String(summary.flaky),
    skipped: String(summary.skipped),
    'report-url': reportUrl ?? '',
    'comment-url': comment?.url ?? '',
  });
  return {
    ...(comment?.url !== undefined ? { commentUrl: comment.url } : {}),
    ...(reportUrl !== undefined ? { reportUrl } : {}),
    annotations,
    written,
  };
}

/** The line the summary gets when the CI dropped some annotations. */
export function omittedAnnotationsLine(omitted: number, perLevel: number): string {
  const tests =
    omitted === 1 ? '1 more failed or flaky test is' : `${omitted} more failed or flaky tests are`;
  const shows = Number.isFinite(perLevel)
    ? `the CI shows ${perLevel} per level and step`
    : 'the CI dropped them';
  return `${tests} not annotated: ${shows}. See the report above for all of them.\n`;
}

function describeError(error: unknown): string {
  if (error instanceof TesseraError) return error.describe();
  return error instanceof Error ? error.message : String(error);
}

/**
 * Copies the HTML file alone into a fresh folder and stores that (the report's folder may hold the JSON,
 * the JUnit and more, which are not the HTML report). A failure is a warning: the file is still on disk.
 */
async function storeHtml(host: CiHost, htmlPath: string): Promise<ArtifactEntry | undefined> {
  const name = reportArtifactName(host.context().run.attempt);
  let folder: string | undefined;
  try {
    folder = await mkdtemp(join(tmpdir(), 'tessera-report-'));
    await copyFile(htmlPath, join(folder, basename(htmlPath)));
    const entry = await host.artifacts.put(name, folder);
    host.log.info(`stored the HTML report as artifact ${name}${entry.url ? `: ${entry.url}` : ''}`);
    return entry;
  } catch (error) {
    host.log.warn(`the HTML report was not stored as artifact ${name}: ${describeError(error)}`);
    return undefined;
  } finally {
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  }
}

async function annotate(host: CiHost, published: PublishableReport): Promise<AnnotationResult> {
  const list = failureAnnotations(published.report, published.analysis, {}, host.context().workspace);
  if (list.length === 0) return { shown: 0, omitted: 0 };
  try {
    return await host.annotate(list);
  } catch (error) {
    host.log.warn(`the failed tests were not annotated: ${describeError(error)}`);
    return { shown: 0, omitted: 0 };
  }
}

/**
 * Renders the job summary under the sink's byte limit, less the room of the "not annotated" line when one
 * follows, and appends both in one write (so neither appears without the other). Whether it was written.
 */
async function appendSummary(
  host: CiHost,
  view: ReportView,
  annotations: AnnotationResult,
  markerKey: string | undefined,
): Promise<boolean> {
  const more =
    annotations.omitted > 0
      ? omittedAnnotationsLine(annotations.omitted, host.limits.annotationsPerLevel)
      : '';
  // A blank line parts it from the report's last section.
  const tail = more.length > 0 ? `\n${more}` : '';
  const budget: SizeBudget = { limit: host.summary.limitBytes - measure(tail, 'bytes'), unit: 'bytes' };
  let markdown: string;
  try {
    markdown = renderJobSummary(view, { budget, ...(markerKey !== undefined ? { markerKey } : {}) }).markdown;
  } catch (error) {
    // fitSections refuses when even the headline does not fit: a limit this small leaves nothing honest.
    if (!(error instanceof RangeError)) throw error;
    host.log.warn(
      `the job summary was not written: its limit (${host.summary.limitBytes} bytes) is too small for the report's headline`,
    );
    return false;
  }
  try {
    const result = await host.summary.append(markdown + tail);
    if (!result.written)
      host.log.warn(
        `the job summary was not written: it would have taken the summary past its ${host.summary.limitBytes} bytes ` +
          `(it holds ${result.totalBytes} bytes already, e.g. from an earlier step)`,
      );
    return result.written;
  } catch (error) {
    host.log.warn(`the job summary was not written: ${describeError(error)}`);
    return false;
  }
}

/** Posts or edits the PR comment; undefined when none was posted (the log says why). Never rejects. */
async function postComment(
  context: CiContext,
  view: ReportView,
  options: PublishOptions,
  published: PublishableReport,
): Promise<{ readonly pr: number; readonly url?: string } | undefined> {
  const { host, codeHost } = options;
  const pr = context.pr;
  if (!pr) return undefined;
  if (options.comment === false) {
    host.log.info(`no PR comment on #${pr.number}: the comment is turned off`);
    return undefined;
  }
  if (!codeHost) {
    host.log.info(
      `no PR comment on #${pr.number}: ${options.noCommentReason ?? 'no code host to post it to was given'}`,
    );
    return undefined;
  }
  const marker = commentMarker(options.markerKey);
  try {
    const body = renderComment(view, {
      budget: { limit: codeHost.limits.commentChars, unit: 'chars' },
      ...(options.markerKey !== undefined ? { markerKey: options.markerKey } : {}),
    }).markdown;
    const { summary, shards } = published.report;
    const ref = await codeHost.upsertComment(pr.number, marker, body, {
      resolved: summary.failed === 0 && shards.missing.length === 0,
    });
    host.log.info(`PR comment ${ref.action} on #${pr.number}${ref.url ? `: ${ref.url}` : ''}`);
    return { pr: pr.number, ...(ref.url !== undefined ? { url: ref.url } : {}) };
  } catch (error) {
    host.log.warn(commentFailure(pr.number, pr.fork, error));
    return undefined;
  }
}

/** The warning for a comment that could not be posted, with what to do about it. */
function commentFailure(pr: number, fork: boolean, error: unknown): string {
  const head = `the PR comment on #${pr} was not posted (the report is in the job summary)`;
  if (error instanceof CodeHostPermissionError) {
    const todo = fork
      ? 'fork pull requests get a read-only token; report from a workflow_run workflow — see examples/github/'
      : (error.hint ??
        'give the token permission to comment on pull requests (GitHub: `permissions: pull-requests: write`), or pass one in TESSERA_TOKEN');
    return `${head}: ${error.message}. ${todo}`;
  }
  return `${head}: ${describeError(error)}`;
}

async function setOutputs(host: CiHost, outputs: Readonly<Record<string, string>>): Promise<void> {
  for (const [name, value] of Object.entries(outputs)) {
    try {
      await host.setOutput(name, value);
    } catch (error) {
      host.log.warn(`step output ${name} was not set: ${describeError(error)}`);
    }
  }
}
