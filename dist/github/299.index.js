export const id = 299;
export const ids = [299];
export const modules = {

/***/ 90744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readGitHead)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/**
 * The branch and commit of a local checkout, read from `.git` directly (no `git` process: it may not be
 * installed, and spawning it would cost more than the whole lookup). Anything unusual (a worktree file, a
 * missing ref) gives undefined, never an error: a local run works without git.
 */


const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** Reads `<cwd>/.git/HEAD` and the ref it names (loose or packed). */
async function readGitHead(cwd) {
    const gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, '.git');
    const head = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'HEAD'), 'utf8').catch(() => '')).trim();
    if (SHA.test(head))
        return { sha: head };
    const ref = /^ref: (refs\/heads\/.+)$/.exec(head)?.[1];
    if (!ref)
        return {};
    const branch = ref.slice('refs/heads/'.length);
    const loose = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, ref), 'utf8').catch(() => '')).trim();
    if (SHA.test(loose))
        return { branch, sha: loose };
    const packed = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'packed-refs'), 'utf8').catch(() => '');
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    const sha = line?.split(' ')[0];
    return sha && SHA.test(sha) ? { branch, sha } : { branch };
}


/***/ }),

/***/ 67299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: ./src/formats/reader.js
var reader = __webpack_require__(99055);
// EXTERNAL MODULE: ./src/model/errors.js
var errors = __webpack_require__(29760);
// EXTERNAL MODULE: ./src/report/bundle-report.js
var bundle_report = __webpack_require__(7721);
// EXTERNAL MODULE: ./src/report/run-report.js + 3 modules
var run_report = __webpack_require__(17988);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/render/comment/budget.js
var comment_budget = __webpack_require__(43999);
// EXTERNAL MODULE: ./src/render/comment/headline.js
var headline = __webpack_require__(17834);
// EXTERNAL MODULE: ./src/render/comment/render-comment.js
var render_comment = __webpack_require__(43982);
// EXTERNAL MODULE: ./src/render/untrusted-text.js
var untrusted_text = __webpack_require__(81250);
;// CONCATENATED MODULE: ./src/ci/annotations.js
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
function failureAnnotations(report, analysis, limits = {}, root) {
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
        drafts.push(draftOf(group, test, lastFailure(test), leadIn, bounds, root));
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
        drafts.push(draftOf(flaky.quarantined ? 'quarantined' : 'flaky', test, firstFailure(test), leadIn, bounds, root));
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
function draftOf(group, test, failure, leadIn, bounds, root) {
    // Repo-relative (the CI shows an annotation only on a file of the repository), and where the assertion
    // failed beats where the test is declared: that is the line to look at.
    const located = (0,model/* locateTest */.JT)(test.file !== undefined ? { ...test, file: cleanPath(test.file) ?? '' } : test, failure?.trace, root);
    const file = located !== undefined ? cleanPath(located.file) : undefined;
    const line = file !== undefined ? located?.line : undefined;
    const title = bound(clean((0,model/* displayTitle */.xU)(test)), bounds.titleChars);
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
/**
 * `text` as one plain paragraph, neutralised (no runner command, colour code, control or bidirectional
 * character: see render/untrusted-text.ts), every run of whitespace as one space.
 */
function clean(text) {
    return (0,untrusted_text/* neutraliseUntrustedLine */.Jy)(text).replace(/\s+/g, ' ').trim();
}
/** A file path, neutralised, without line breaks; undefined when nothing is left. */
function cleanPath(path) {
    const cleaned = (0,untrusted_text/* neutraliseUntrustedLine */.Jy)(path.replace(/[\r\n\u0085\u2028\u2029]/g, '')).trim();
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

// EXTERNAL MODULE: ./src/ci/artifact-names.js
var artifact_names = __webpack_require__(54019);
// EXTERNAL MODULE: ./src/ci/errors.js
var ci_errors = __webpack_require__(68155);
;// CONCATENATED MODULE: ./src/ci/publish-report.js
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
    const comment = await postComment(context, view, options, published);
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
    const list = failureAnnotations(published.report, published.analysis, {}, host.context().workspace);
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
async function postComment(context, view, options, published) {
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
        const { summary, shards } = published.report;
        const ref = await codeHost.upsertComment(pr.number, marker, body, {
            resolved: summary.failed === 0 && shards.missing.length === 0,
        });
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

// EXTERNAL MODULE: ./src/ci/shard-artifacts.js
var shard_artifacts = __webpack_require__(57244);
// EXTERNAL MODULE: ./src/cli/ci-session.js
var ci_session = __webpack_require__(41503);
// EXTERNAL MODULE: ./src/cli/exit-codes.js
var exit_codes = __webpack_require__(61453);
// EXTERNAL MODULE: ./src/cli/plan-flag.js
var plan_flag = __webpack_require__(30964);
// EXTERNAL MODULE: ./src/cli/queue-options.js
var queue_options = __webpack_require__(27680);
// EXTERNAL MODULE: ./src/cli/report-output-options.js
var report_output_options = __webpack_require__(12755);
// EXTERNAL MODULE: ./src/cli/report-trend-flags.js
var report_trend_flags = __webpack_require__(23056);
// EXTERNAL MODULE: ./src/render/safe-url.js
var safe_url = __webpack_require__(92729);
// EXTERNAL MODULE: ./src/ci/code-host.js
var code_host = __webpack_require__(76352);
;// CONCATENATED MODULE: ./src/ci/code-links.js


/** Each path segment percent-encoded, the slashes between them kept. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
const LINK_OF = {
    github: (base, sha, path, line) => `${base}/blob/${encodeURIComponent(sha)}/${encodePath(path)}${line !== undefined ? `#L${line}` : ''}`,
    gitlab: (base, sha, path, line) => `${base}/-/blob/${encodeURIComponent(sha)}/${encodePath(path)}${line !== undefined ? `#L${line}` : ''}`,
    'azure-repos': (base, sha, path, line) => `${base}?path=${encodeURIComponent(`/${path}`).replace(/%2F/g, '/')}&version=GC${encodeURIComponent(sha)}` +
        (line !== undefined ? `&line=${line}` : ''),
};
/**
 * The code host's page of `path` (repo-relative, forward slashes) at the target's commit, at `line`; undefined
 * when the result would not be a safe https URL or the path leaves the repository.
 */
function codeFileUrl(target, path, line) {
    if (path.length === 0 || path.startsWith('/') || path.split('/').some((s) => s === '..' || s === ''))
        return undefined;
    if (!/^[0-9A-Za-z._-]+$/.test(target.sha))
        return undefined;
    const base = (0,safe_url/* safeHttpsUrl */.Wb)(target.repositoryUrl)?.replace(/\/+$/, '');
    if (base === undefined || new URL(base).search !== '' || new URL(base).hash !== '')
        return undefined;
    const positive = line !== undefined && Number.isInteger(line) && line > 0 ? line : undefined;
    return (0,safe_url/* safeHttpsUrl */.Wb)(LINK_OF[target.kind](base, target.sha, path, positive));
}
/**
 * A repository's web URL from the context's code host: `<web>/<owner>/<name>` on GitHub and GitLab;
 * `<web>/<project>/_git/<repository>` on Azure Repos, whose `repo` is `<project>/<repository>`.
 */
function repositoryWebUrl(ref) {
    if (ref.webUrl === undefined)
        return undefined;
    const web = ref.webUrl.replace(/\/+$/, '');
    if (ref.kind !== 'azure-repos')
        return `${web}/${encodePath(ref.repo)}`;
    const [project, repository] = ref.repo.split('/');
    return project && repository
        ? `${web}/${encodeURIComponent(project)}/_git/${encodeURIComponent(repository)}`
        : undefined;
}
/**
 * The code host of a repository URL given outside CI (`report --code-url`): Azure Repos by its hosts or its
 * `/_git/` path, GitLab by `gitlab` in the host name, else GitHub (github.com and GitHub Enterprise Server).
 * A self-hosted GitLab under another name is named with `--code-host gitlab`.
 */
function codeHostKindOfUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return 'github';
    }
    const host = parsed.hostname.toLowerCase();
    if (host === 'dev.azure.com' || host.endsWith('.visualstudio.com') || parsed.pathname.includes('/_git/'))
        return 'azure-repos';
    if (host.split('.').some((part) => part === 'gitlab' || part.startsWith('gitlab')))
        return 'gitlab';
    return 'github';
}
/** Whether `value` names a code host kind. */
function isCodeHostKind(value) {
    return code_host/* CODE_HOST_KINDS */.v.includes(value);
}
/** The view's source context: the checkout root and, when a target is known, the link to a file. */
function sourceContextOf(root, target) {
    return {
        ...(root !== undefined ? { root } : {}),
        ...(target !== undefined
            ? { fileUrl: (path, line) => codeFileUrl(target, path, line) }
            : {}),
    };
}

// EXTERNAL MODULE: ./providers/local/git-head.js
var git_head = __webpack_require__(90744);
;// CONCATENATED MODULE: ./src/cli/source-links.js
/**
 * The report's link options from `--root`, `--code-url`, `--code-host`, `--sha`, `--report-url` and the CI
 * session (source-link-flags.ts declares the flags). Loaded with the verb, not at start-up.
 */






const SHA = /^[0-9a-f]{7,64}$/i;
/** An https URL flag, checked. */
function httpsFlag(flag, value) {
    const url = (0,safe_url/* safeHttpsUrl */.Wb)(value);
    if (url === undefined)
        throw new errors/* UsageError */.eb(`${flag} must be an https URL, got ${JSON.stringify(value)}`, 'Give the page as https://…');
    return url;
}
/** The code host link target from the flags, else from the CI context. */
async function linkTarget(flags, session, root) {
    if (flags.codeHost !== undefined && !isCodeHostKind(flags.codeHost))
        throw new errors/* UsageError */.eb(`--code-host must be one of ${code_host/* CODE_HOST_KINDS */.v.join(', ')}, got ${JSON.stringify(flags.codeHost)}`);
    if (flags.sha !== undefined && !SHA.test(flags.sha))
        throw new errors/* UsageError */.eb(`--sha must be a commit id (7 to 64 hex digits), got ${JSON.stringify(flags.sha)}`);
    const context = session?.context;
    if (flags.codeUrl !== undefined) {
        const repositoryUrl = httpsFlag('--code-url', flags.codeUrl);
        const sha = flags.sha ?? context?.headSha ?? (await (0,git_head/* readGitHead */.l)(root)).sha;
        if (sha === undefined)
            throw new errors/* UsageError */.eb('--code-url needs the commit to link to: give --sha <commit>', `No git checkout was found at ${root} to read HEAD from.`);
        const kind = flags.codeHost !== undefined && isCodeHostKind(flags.codeHost)
            ? flags.codeHost
            : codeHostKindOfUrl(repositoryUrl);
        return { kind, repositoryUrl, sha };
    }
    const ref = context?.codeHost;
    const sha = flags.sha ?? context?.headSha;
    const repositoryUrl = ref ? repositoryWebUrl(ref) : undefined;
    return ref && sha !== undefined && repositoryUrl !== undefined
        ? { kind: ref.kind, repositoryUrl, sha }
        : undefined;
}
/**
 * The report's link options from the flags and the CI session.
 *
 * @throws UsageError for a URL that is not https, a bad commit id or code host, or `--code-url` without a
 *   commit to link to
 */
async function linkOptions(flags, session) {
    const root = (0,external_node_path_.resolve)(flags.root ?? session?.context.workspace ?? session?.cwd ?? process.cwd());
    const target = await linkTarget(flags, session, root);
    return {
        source: sourceContextOf(root, target),
        ...(flags.reportUrl !== undefined ? { htmlReportUrl: httpsFlag('--report-url', flags.reportUrl) } : {}),
    };
}

// EXTERNAL MODULE: ./src/plan/plan-document.js
var plan_document = __webpack_require__(24466);
;// CONCATENATED MODULE: ./src/cli/verbs/report.js
/**
 * What `tessera report` does (declared in ../commands/report.ts): `report <files|globs…>` merges result
 * files into one report; `report --from <dir>` does the same over the shard bundles of a matrix, checking it
 * is complete; with `--ci` and no inputs, over the run's shard artifacts, and publishes through the CI.
 */














/**
 * With `--queue` (or $TESSERA_QUEUE_URL), waits until the run's queue drained or `--queue-timeout` passed;
 * returns what it left undone, as report problems. Undefined without a queue.
 */
async function waitForQueue(flags, session) {
    const settings = (0,queue_options/* queueSettings */.TJ)(flags, session ? (0,ci_session/* sessionRunInfo */.u)(session) : undefined);
    if (!settings)
        return undefined;
    if (flags.from === undefined && !session)
        throw new errors/* UsageError */.eb('--queue is for a report over bundles', 'Add --from <dir> (or --ci in the report job).');
    const { RedisWorkQueue } = await Promise.all(/* import() */[__webpack_require__.e(268), __webpack_require__.e(251), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 58632));
    const { describeUndrained, waitUntilDrained } = await __webpack_require__.e(/* import() */ 102).then(__webpack_require__.bind(__webpack_require__, 68102));
    const queue = await RedisWorkQueue.connect({ url: settings.url, queueId: settings.queueId, workers: 1 });
    try {
        process.stderr.write(`tessera report: waiting for queue ${settings.queueId} to drain\n`);
        const result = await waitUntilDrained(() => queue.state(), settings.timeoutMs);
        return result.drained ? [] : [describeUndrained(result, settings.queueId)];
    }
    finally {
        await queue.close();
    }
}
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
    (0,report_output_options/* checkDistinctTargets */.tB)({
        '--json': flags.json,
        '--junit': flags.junit,
        '--ctrf': flags.ctrf,
        '--markdown': flags.markdown,
        '--summary': flags.summary,
        '--html': flags.html,
        '--history': flags.historyOut ?? flags.history,
    });
    return outputs;
}
/**
 * The shard bundles of this CI run, downloaded into a scratch folder: the latest attempt of each shard. None
 * at all is right only when the run's plan gave no shard anything to run (every file reused): the CI then
 * ran no shard job, and the report accounts for every shard from the plan.
 *
 * @throws TesseraError when the run has no shard bundle but planned files, or a download fails for good
 */
async function downloadBundles(session, plan) {
    const into = await (0,ci_session/* scratchFolder */.$B)(session, 'bundles');
    const fetched = await (0,shard_artifacts/* fetchShardBundles */.kU)(session.host.artifacts, into);
    if (fetched.folders.length === 0 && plan !== undefined && (0,plan_document/* plansNothing */.KC)(plan)) {
        session.host.log.info('no shard bundle to download: the plan gave no shard a file to run');
        return into;
    }
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
    const links = await linkOptions(flags, session);
    const common = {
        ...trend,
        ...links,
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
    // With a run-time queue, wait until it drained: before that the bundles are not all written.
    const queueProblems = await waitForQueue(flags, session);
    // CI mode without inputs reports the run's shard bundles, fetched from its artifacts.
    const ownBundles = flags.from === undefined && session !== undefined && inputs.length === 0;
    if (flags.from !== undefined || ownBundles) {
        if (inputs.length > 0) {
            throw new errors/* UsageError */.eb('give result files or --from <dir>, not both', "The bundles under --from already hold their shards' result files.");
        }
        const expectShards = shardCount(flags.expectShards);
        // `--plan`, else in CI mode the run's own plan artifact (not with --from: those bundles are not this run's).
        // It is read first: it says which shards had nothing to run, and so needed no job and left no bundle.
        const plan = flags.plan !== undefined
            ? await (0,plan_flag/* readPlanFlag */.i)(flags.plan)
            : flags.from !== undefined
                ? undefined
                : await (0,ci_session/* sessionPlan */.kH)(session, undefined);
        const from = flags.from ?? (await downloadBundles(session, plan));
        const { verdict } = await (0,bundle_report/* runBundleReport */.WC)({
            ...common,
            ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
            // Who ran, when no bundle says it (every shard empty by plan): this CI run.
            ...(session ? { run: (0,ci_session/* sessionRunInfo */.u)(session) } : {}),
            from,
            ...(expectShards !== undefined ? { expectShards } : {}),
            ...(plan !== undefined ? { plan } : {}),
            ...(queueProblems ? { queueProblems } : {}),
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
