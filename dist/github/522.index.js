export const id = 522;
export const ids = [522];
export const modules = {

/***/ 43522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: ./src/formats/reader.ts
var reader = __webpack_require__(18021);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/report/bundle-report.ts + 1 modules
var bundle_report = __webpack_require__(63016);
// EXTERNAL MODULE: ./src/report/run-report.ts + 2 modules
var run_report = __webpack_require__(46030);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/index.ts + 3 modules
var model = __webpack_require__(44865);
// EXTERNAL MODULE: ./src/render/comment/budget.ts
var comment_budget = __webpack_require__(90565);
// EXTERNAL MODULE: ./src/render/comment/headline.ts
var headline = __webpack_require__(82860);
// EXTERNAL MODULE: ./src/render/comment/render-comment.ts
var render_comment = __webpack_require__(2984);
// EXTERNAL MODULE: ./src/formats/common/bounded-text.ts
var bounded_text = __webpack_require__(36733);
;// CONCATENATED MODULE: ./src/ci/annotations.ts
/**
 * The annotations of a finished report: one per failed or flaky test, most important first, as the CI host
 * wants them ({@link CiHost.annotate} sends the first few of each level and counts the rest). Pure.
 *
 * Order: errors for the failures new against the baseline, then those still failing, then any other
 * failure; notices for quarantined failures (reported, but they do not fail the run); warnings for flaky
 * tests last. Within a group: by file, line, title, id, so two runs over the same results annotate alike.
 *
 * Test names and failure messages are untrusted. Annotations are plain text (no markdown), so nothing is
 * escaped here, but every text is cleaned: control characters, ANSI colour codes, bidirectional overrides
 * and line breaks are removed or folded into spaces, and lengths are bounded. A provider escapes what its
 * own command syntax needs on top (GitHub: providers/github/workflow-commands.ts).
 */


/**
 * GitHub takes up to 64 KiB per annotation but folds long ones; 1,000 characters are read at a glance and
 * still hold a typical assertion message in full. The full text is in the report.
 */
const DEFAULT_ANNOTATION_LIMITS = { messageChars: 1_000, titleChars: 200 };
const GROUP_ORDER = ['new', 'still', 'failed', 'quarantined', 'flaky'];
const LEVEL_OF = {
    new: 'error',
    still: 'error',
    failed: 'error',
    quarantined: 'notice',
    flaky: 'warning',
};
/**
 * The annotations for the failed and flaky tests of `report`, most important first (see the module
 * comment). Each test is annotated once: as a failure when it failed, else as flaky (a quarantined flaky
 * test is a notice, like a quarantined failure).
 */
function failureAnnotations(report, analysis, limits = {}) {
    const bounds = { ...DEFAULT_ANNOTATION_LIMITS, ...limits };
    const tests = new Map(report.tests.map((t) => [t.id, t]));
    const comparison = analysis.comparison;
    const hasBaseline = comparison.baseline !== null;
    const newIds = new Set(comparison.newFailures.map((t) => t.id));
    const still = new Map(comparison.stillFailing.map((t) => [t.id, t.runsInARow]));
    const quarantined = new Set(analysis.decision.quarantined.map((t) => t.id));
    const drafts = [];
    const done = new Set();
    for (const test of report.tests) {
        if (test.outcome !== 'failed')
            continue;
        const group = quarantined.has(test.id)
            ? 'quarantined'
            : newIds.has(test.id)
                ? 'new'
                : still.has(test.id)
                    ? 'still'
                    : 'failed';
        // Without a baseline every failure counts as new, and saying so would claim a comparison never made.
        const leadIn = group === 'quarantined'
            ? 'Quarantined, does not fail the run'
            : group === 'new' && hasBaseline
                ? 'New failure since the baseline'
                : group === 'still'
                    ? `Still failing (${runs(still.get(test.id) ?? 1)} in a row)`
                    : undefined;
        drafts.push(draftOf(group, test, lastFailure(test), leadIn, bounds));
        done.add(test.id);
    }
    // The analysis's flaky list, not the outcome alone: it also holds tests flaky by their history.
    for (const flaky of analysis.flaky) {
        const test = tests.get(flaky.id);
        if (!test || done.has(flaky.id))
            continue;
        done.add(flaky.id);
        const leadIn = flaky.reason === 'retry'
            ? `Flaky: failed ${flaky.failedAttempts} of ${flaky.attempts} attempts, then passed (flake score ${flaky.score})`
            : `Flaky by its recent history (flake score ${flaky.score})`;
        drafts.push(draftOf(flaky.quarantined ? 'quarantined' : 'flaky', test, firstFailure(test), leadIn, bounds));
    }
    return drafts.sort(compareDrafts).map((d) => d.annotation);
}
function runs(n) {
    return `${n} ${n === 1 ? 'run' : 'runs'}`;
}
/** The failure that ended a failed test: its last failed attempt's. */
function lastFailure(test) {
    for (let i = test.attempts.length - 1; i >= 0; i--) {
        const attempt = test.attempts[i];
        if (attempt?.status === 'failed')
            return attempt.failure;
    }
    return undefined;
}
/** The failure a flaky test recovered from: its first failed attempt's. */
function firstFailure(test) {
    return test.attempts.find((a) => a.status === 'failed')?.failure;
}
function draftOf(group, test, failure, leadIn, bounds) {
    const file = test.file !== undefined ? cleanPath(test.file) : undefined;
    // Where the assertion failed beats where the test is declared: that is the line to look at.
    const line = file !== undefined ? (lineInTrace(failure?.trace, file) ?? test.line) : undefined;
    const title = bound(clean((0,model/* testTitle */.XF)(test)), bounds.titleChars);
    const detail = failureText(failure, group);
    const message = bound(leadIn ? `${leadIn}: ${detail}` : detail, bounds.messageChars);
    return {
        group,
        id: test.id,
        annotation: {
            level: LEVEL_OF[group],
            message,
            ...(title.length > 0 ? { title } : {}),
            ...(file !== undefined ? { file } : {}),
            ...(line !== undefined ? { line } : {}),
        },
    };
}
/** The failure as one paragraph: its message, else its trace, else its type, else its category. */
function failureText(failure, group) {
    if (!failure)
        return group === 'flaky' ? 'passed in this run' : 'failed without a message';
    const text = clean(failure.message ?? '') || clean(failure.trace ?? '') || clean(failure.type ?? '');
    return text.length > 0 ? text : `${failure.category} failure without a message`;
}
// C0 and C1 controls (whitespace among them is folded into spaces first), DEL, and the bidirectional
// marks, embeddings, overrides and isolates that make text read differently from what it is ("Trojan
// Source"): none of them belongs in a one-line annotation.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/**
 * `text` as one plain paragraph: no colour codes, no control characters, and every run of whitespace (line
 * breaks, tabs, the Unicode line and paragraph separators) as one space.
 */
function clean(text) {
    return (0,bounded_text/* stripAnsi */.aJ)(text)
        .replace(/[\s\u0085]+/g, ' ')
        .replace(CONTROL, '')
        .trim();
}
/** A file path without control characters or line breaks; undefined when nothing is left. */
function cleanPath(path) {
    const cleaned = path
        .replace(/[\r\n\u0085\u2028\u2029]/g, '')
        .replace(CONTROL, '')
        .trim();
    return cleaned.length > 0 ? cleaned : undefined;
}
/** At most `max` characters, with an ellipsis when cut, never splitting a surrogate pair. */
function bound(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end).trimEnd()}…`;
}
// A stack frame's place: a path, `:line`, and optionally `:column`, ended by a space, a bracket or the end
// of the line. Node runners print `at fn (/abs/test/a.test.ts:3:9)` (Jest, node:test) and
// `❯ test/a.test.ts:3:9` (Vitest, relative to the root).
const FRAME = /([^\s()[\]'"`<>]+?):(\d{1,7})(?::\d{1,7})?(?=$|[\s)\]'"`<>,])/gm;
/**
 * The line of the first frame of `trace` that lies in `file` (the test's repo-relative path): where the
 * test failed. A frame counts when its path is `file` itself, or an absolute path (POSIX, Windows, or a
 * `file://` URL) ending in `/<file>`; a relative path ending in it is another file. Undefined when no frame
 * is in the file.
 */
function lineInTrace(trace, file) {
    // Cheap test first: most traces never mention the test file at all (a crash, a timeout).
    if (trace === undefined || !trace.includes(file.slice(file.lastIndexOf('/') + 1)))
        return undefined;
    for (const match of trace.matchAll(FRAME)) {
        const path = (match[1] ?? '').replace(/\\/g, '/').replace(/^file:\/\//, '');
        const absolute = path.startsWith('/') || /^[A-Za-z]:\//.test(path);
        if (path === file || (absolute && path.endsWith(`/${file}`))) {
            const line = Number(match[2]);
            if (line > 0)
                return line;
        }
    }
    return undefined;
}
function compareDrafts(a, b) {
    return (GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
        cmp(a.annotation.file ?? '', b.annotation.file ?? '') ||
        (a.annotation.line ?? 0) - (b.annotation.line ?? 0) ||
        cmp(a.annotation.title ?? '', b.annotation.title ?? '') ||
        cmp(a.id, b.id));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/ci/artifact-names.ts
var artifact_names = __webpack_require__(31825);
// EXTERNAL MODULE: ./src/ci/errors.ts
var ci_errors = __webpack_require__(19497);
;// CONCATENATED MODULE: ./src/ci/publish-report.ts
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










/** Publishes a finished report through the CI host (and the code host, for a PR). Never rejects for a step. */
async function publishReport(published, options) {
    const { host } = options;
    const context = host.context();
    const written = [];
    const artifact = options.htmlPath !== undefined ? await storeHtml(host, options.htmlPath) : undefined;
    if (artifact)
        written.push({ label: 'HTML report artifact', path: artifact.url ?? artifact.name });
    const reportUrl = artifact?.url ?? context.run.url;
    // The view was built before these links existed; the comment and the summary link to them.
    const view = {
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
    const comment = await postComment(context, view, options);
    if (comment)
        written.push({ label: 'PR comment', path: comment.url ?? `#${comment.pr}` });
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
function omittedAnnotationsLine(omitted, perLevel) {
    const tests = omitted === 1 ? '1 more failed or flaky test is' : `${omitted} more failed or flaky tests are`;
    const shows = Number.isFinite(perLevel)
        ? `the CI shows ${perLevel} per level and step`
        : 'the CI dropped them';
    return `${tests} not annotated: ${shows}. See the report above for all of them.\n`;
}
function describeError(error) {
    if (error instanceof model/* TesseraError */.Wc)
        return error.describe();
    return error instanceof Error ? error.message : String(error);
}
/**
 * Copies the HTML file alone into a fresh folder and stores that (the report's folder may hold the JSON,
 * the JUnit and more, which are not the HTML report). A failure is a warning: the file is still on disk.
 */
async function storeHtml(host, htmlPath) {
    const name = (0,artifact_names/* reportArtifactName */.m5)(host.context().run.attempt);
    let folder;
    try {
        folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tessera-report-'));
        await (0,promises_.copyFile)(htmlPath, (0,external_node_path_.join)(folder, (0,external_node_path_.basename)(htmlPath)));
        const entry = await host.artifacts.put(name, folder);
        host.log.info(`stored the HTML report as artifact ${name}${entry.url ? `: ${entry.url}` : ''}`);
        return entry;
    }
    catch (error) {
        host.log.warn(`the HTML report was not stored as artifact ${name}: ${describeError(error)}`);
        return undefined;
    }
    finally {
        if (folder !== undefined)
            await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
async function annotate(host, published) {
    const list = failureAnnotations(published.report, published.analysis);
    if (list.length === 0)
        return { shown: 0, omitted: 0 };
    try {
        return await host.annotate(list);
    }
    catch (error) {
        host.log.warn(`the failed tests were not annotated: ${describeError(error)}`);
        return { shown: 0, omitted: 0 };
    }
}
/**
 * Renders the job summary under the sink's byte limit, less the room of the "not annotated" line when one
 * follows, and appends both in one write (so neither appears without the other). Whether it was written.
 */
async function appendSummary(host, view, annotations, markerKey) {
    const more = annotations.omitted > 0
        ? omittedAnnotationsLine(annotations.omitted, host.limits.annotationsPerLevel)
        : '';
    // A blank line parts it from the report's last section.
    const tail = more.length > 0 ? `\n${more}` : '';
    const budget = { limit: host.summary.limitBytes - (0,comment_budget/* measure */.xP)(tail, 'bytes'), unit: 'bytes' };
    let markdown;
    try {
        markdown = (0,render_comment/* renderJobSummary */.q)(view, { budget, ...(markerKey !== undefined ? { markerKey } : {}) }).markdown;
    }
    catch (error) {
        // fitSections refuses when even the headline does not fit: a limit this small leaves nothing honest.
        if (!(error instanceof RangeError))
            throw error;
        host.log.warn(`the job summary was not written: its limit (${host.summary.limitBytes} bytes) is too small for the report's headline`);
        return false;
    }
    try {
        const result = await host.summary.append(markdown + tail);
        if (!result.written)
            host.log.warn(`the job summary was not written: it would have taken the summary past its ${host.summary.limitBytes} bytes ` +
                `(it holds ${result.totalBytes} bytes already, e.g. from an earlier step)`);
        return result.written;
    }
    catch (error) {
        host.log.warn(`the job summary was not written: ${describeError(error)}`);
        return false;
    }
}
/** Posts or edits the PR comment; undefined when none was posted (the log says why). Never rejects. */
async function postComment(context, view, options) {
    const { host, codeHost } = options;
    const pr = context.pr;
    if (!pr)
        return undefined;
    if (options.comment === false) {
        host.log.info(`no PR comment on #${pr.number}: the comment is turned off`);
        return undefined;
    }
    if (!codeHost) {
        host.log.info(`no PR comment on #${pr.number}: ${options.noCommentReason ?? 'no code host to post it to was given'}`);
        return undefined;
    }
    const marker = (0,headline/* commentMarker */.Ql)(options.markerKey);
    try {
        const body = (0,render_comment/* renderComment */.w)(view, {
            budget: { limit: codeHost.limits.commentChars, unit: 'chars' },
            ...(options.markerKey !== undefined ? { markerKey: options.markerKey } : {}),
        }).markdown;
        const ref = await codeHost.upsertComment(pr.number, marker, body);
        host.log.info(`PR comment ${ref.action} on #${pr.number}${ref.url ? `: ${ref.url}` : ''}`);
        return { pr: pr.number, ...(ref.url !== undefined ? { url: ref.url } : {}) };
    }
    catch (error) {
        host.log.warn(commentFailure(pr.number, pr.fork, error));
        return undefined;
    }
}
/** The warning for a comment that could not be posted, with what to do about it. */
function commentFailure(pr, fork, error) {
    const head = `the PR comment on #${pr} was not posted (the report is in the job summary)`;
    if (error instanceof ci_errors/* CodeHostPermissionError */.tU) {
        const todo = fork
            ? 'fork pull requests get a read-only token; report from a workflow_run workflow — see examples/github/'
            : (error.hint ??
                'give the token permission to comment on pull requests (GitHub: `permissions: pull-requests: write`), or pass one in TESSERA_TOKEN');
        return `${head}: ${error.message}. ${todo}`;
    }
    return `${head}: ${describeError(error)}`;
}
async function setOutputs(host, outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        try {
            await host.setOutput(name, value);
        }
        catch (error) {
            host.log.warn(`step output ${name} was not set: ${describeError(error)}`);
        }
    }
}

// EXTERNAL MODULE: ./src/ci/shard-artifacts.ts
var shard_artifacts = __webpack_require__(15658);
// EXTERNAL MODULE: ./src/cli/ci-session.ts + 7 modules
var ci_session = __webpack_require__(13197);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(28551);
// EXTERNAL MODULE: ./src/cli/plan-flag.ts
var plan_flag = __webpack_require__(20002);
// EXTERNAL MODULE: ./src/cli/report-output-options.ts
var report_output_options = __webpack_require__(10449);
// EXTERNAL MODULE: ./src/cli/report-trend-flags.ts
var report_trend_flags = __webpack_require__(13190);
;// CONCATENATED MODULE: ./src/cli/verbs/report.ts
/**
 * What `tessera report` does (declared in ../commands/report.ts): `report <files|globs…>` merges result
 * files into one report; `report --from <dir>` does the same over the shard bundles of a matrix, checking it
 * is complete; with `--ci` and no inputs, over the run's shard artifacts, and publishes through the CI.
 */











function shardCount(value) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
        throw new errors/* UsageError */.eb(`--expect-shards must be a whole number of shards (1 or more), got '${value}'`);
    }
    return n;
}
function maxBytes(value) {
    if (value === undefined)
        return reader/* DEFAULT_READ_OPTIONS */.O$.maxBytes;
    const mib = Number(value);
    if (!Number.isFinite(mib) || mib <= 0) {
        throw new errors/* UsageError */.eb(`--max-file-size must be a positive number of MiB, got '${value}'`);
    }
    return Math.round(mib * 1024 * 1024);
}
function targets(flags) {
    const outputs = (0,report_output_options/* machineTargets */.sF)(flags);
    (0,report_output_options/* checkStdoutTargets */.sG)([...Object.values(outputs), flags.markdown, flags.summary, flags.html]);
    return outputs;
}
/**
 * The shard bundles of this CI run, downloaded into a scratch folder: the latest attempt of each shard.
 *
 * @throws TesseraError when the run has no shard bundle at all, or a download fails for good (naming it)
 */
async function downloadBundles(session) {
    const into = await (0,ci_session/* scratchFolder */.$B)(session, 'bundles');
    const fetched = await (0,shard_artifacts/* fetchShardBundles */.kU)(session.host.artifacts, into);
    if (fetched.folders.length === 0)
        throw new errors/* TesseraError */.Wc('this run has no shard bundles to report (no tessera-shard-* artifact)', 'Run the shard jobs with `tessera run --ci` (or `collect --ci`) before the report job, and make it depend on them.');
    session.host.log.info(`downloaded ${fetched.folders.length} shard bundle${fetched.folders.length === 1 ? '' : 's'}: ${fetched.chosen.map((c) => c.entry.name).join(', ')}`);
    return into;
}
/** CI mode's additions to the trend options: the host's history (unless a history flag names one). */
function ciTrend(session, trend) {
    if (trend.history)
        return trend;
    const history = (0,ci_session/* sessionHistoryTarget */.sR)(session);
    return history ? { ...trend, history } : trend;
}
/** The publisher of CI mode: job summary, annotations, outputs, HTML artifact and PR comment. */
function ciPublisher(session, flags) {
    const target = (0,ci_session/* commentTarget */.lt)(session, flags.comment !== false);
    return async (published) => (await publishReport(published, {
        host: session.host,
        ...(target.codeHost ? { codeHost: target.codeHost } : {}),
        ...(target.reason !== undefined ? { noCommentReason: target.reason } : {}),
        ...(flags.html !== undefined && flags.html !== '-' ? { htmlPath: flags.html } : {}),
    })).written;
}
/** Runs `tessera report` with its parsed arguments; sets `process.exitCode`. */
async function reportCommand(inputs, flags) {
    const outputs = targets(flags);
    const { rendered, render } = (0,report_trend_flags/* renderedTargets */.IY)(flags);
    const session = await (0,ci_session/* openCiSession */.zA)(flags);
    const baseTrend = await (0,report_trend_flags/* trendOptions */.IK)(flags);
    const trend = session ? ciTrend(session, baseTrend) : baseTrend;
    // The summary goes to stderr when an output takes stdout; colour follows the stream it goes to.
    const toStdout = [...Object.values(outputs), ...Object.values(rendered)].includes('-');
    const summaryStream = toStdout ? process.stderr : process.stdout;
    const common = {
        ...trend,
        outputs,
        rendered,
        render,
        failOn: flags.failOn,
        allowUnreadable: flags.allowUnreadable === true,
        stdout: process.stdout,
        stderr: process.stderr,
        color: flags.color !== false && summaryStream.isTTY === true && !process.env.NO_COLOR,
        ...(session ? { publish: ciPublisher(session, flags) } : {}),
    };
    // CI mode without inputs reports the run's shard bundles, fetched from its artifacts.
    const from = flags.from ?? (session && inputs.length === 0 ? await downloadBundles(session) : undefined);
    if (from !== undefined) {
        if (inputs.length > 0) {
            throw new errors/* UsageError */.eb('give result files or --from <dir>, not both', "The bundles under --from already hold their shards' result files.");
        }
        const expectShards = shardCount(flags.expectShards);
        // `--plan`, else in CI mode the run's own plan artifact (not with --from: those bundles are not this run's).
        const plan = flags.plan !== undefined
            ? await (0,plan_flag/* readPlanFlag */.i)(flags.plan)
            : flags.from !== undefined
                ? undefined
                : await (0,ci_session/* sessionPlan */.kH)(session, undefined);
        const { verdict } = await (0,bundle_report/* runBundleReport */.WC)({
            ...common,
            ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
            from,
            ...(expectShards !== undefined ? { expectShards } : {}),
            ...(plan !== undefined ? { plan } : {}),
        });
        process.exitCode = exit_codes/* ExitCode */.y[verdict];
        return;
    }
    if (flags.expectShards !== undefined || flags.plan !== undefined) {
        throw new errors/* UsageError */.eb('--expect-shards and --plan check a sharded run: they need --from <dir>');
    }
    const runInfo = session
        ? { ...(0,ci_session/* sessionRunInfo */.u)(session), ...(flags.branch !== undefined ? { branch: flags.branch } : {}) }
        : flags.branch !== undefined
            ? { provider: 'local', branch: flags.branch }
            : undefined;
    const { verdict } = await (0,run_report/* runReport */.qi)({
        ...common,
        ...(runInfo ? { run: runInfo } : {}),
        inputs,
        readOptions: { ...reader/* DEFAULT_READ_OPTIONS */.O$, maxBytes: maxBytes(flags.maxFileSize) },
    });
    process.exitCode = exit_codes/* ExitCode */.y[verdict];
}


/***/ })

};
