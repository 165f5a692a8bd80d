export const id = 438;
export const ids = [438];
export const modules = {

/***/ 82438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JENKINS_DIR: () => (/* binding */ JENKINS_DIR),
  createJenkinsCiHost: () => (/* binding */ createJenkinsCiHost)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/ci/index.js + 6 modules
var ci = __webpack_require__(647);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
;// CONCATENATED MODULE: ./providers/jenkins/artifact-store.js
/**
 * Artifacts on Jenkins are folders in the workspace that the pipeline moves by declaration: each job's
 * `tessera` CLI stages them in `.tessera/artifacts/<name>/` (a {@link StagedArtifactStore}), and the
 * shared-library step moves them between the nodes of one build with `stash`/`unstash`:
 *
 * | artifact | staged by | stash |
 * | --- | --- | --- |
 * | `tessera-plan` | `tessera plan --ci` (tesseraPlan) | `tessera-plan`, unstashed by every shard and the report |
 * | `tessera-shard-<i>-of-<N>` | `tessera run --ci --shard i/N` (tesseraShard) | `tessera-shard-<i>`, unstashed by the report |
 * | `tessera-report` | `tessera report --ci --html …` (tesseraReport) | archived with `archiveArtifacts` |
 *
 * Nothing is uploaded from the Node process; what arrives by `unstash` is checked by `get` like any
 * downloaded artifact (no links, bounded size).
 */


/** The staging folder, relative to the workspace: what the step stashes and unstashes. */
const JENKINS_ARTIFACTS_DIR = '.tessera/artifacts';
/** The staged store of a Jenkins workspace. */
function jenkinsArtifactStore(workspace) {
    return new ci/* StagedArtifactStore */.yB((0,external_node_path_.join)(workspace, JENKINS_ARTIFACTS_DIR));
}

;// CONCATENATED MODULE: ./providers/jenkins/code-host.js
const GITHUB_PULL = /^\/([^/]+)\/([^/]+)\/pull\/(\d+)\/?$/;
const GITLAB_MR = /^\/(.+?)(?:\/-)?\/merge_requests\/(\d+)\/?$/;
const BITBUCKET_PR = /\/pull-requests\/\d+\/?/;
/** The code host of a change URL; `env` may override the API base. */
function codeHostOfChangeUrl(changeUrl, env) {
    let url;
    try {
        url = new URL(changeUrl);
    }
    catch {
        return { unsupported: `CHANGE_URL is not a URL: ${JSON.stringify(changeUrl.slice(0, 200))}` };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return { unsupported: `CHANGE_URL is not an http(s) URL: ${url.protocol}` };
    const override = env.TESSERA_CODE_HOST_API_URL?.trim().replace(/\/+$/, '') || undefined;
    const web = url.origin;
    const github = GITHUB_PULL.exec(url.pathname);
    if (github) {
        const api = url.hostname === 'github.com' ? 'https://api.github.com' : `${web}/api/v3`;
        return {
            ref: {
                kind: 'github',
                apiUrl: override ?? api,
                webUrl: web,
                repo: `${decodeURIComponent(github[1] ?? '')}/${decodeURIComponent(github[2] ?? '')}`,
            },
        };
    }
    const gitlab = GITLAB_MR.exec(url.pathname);
    if (gitlab)
        return {
            ref: {
                kind: 'gitlab',
                apiUrl: override ?? `${web}/api/v4`,
                webUrl: web,
                repo: decodeURIComponent(gitlab[1] ?? ''),
            },
        };
    if (BITBUCKET_PR.test(url.pathname) || /bitbucket/i.test(url.hostname))
        return {
            unsupported: 'the pull request is on Bitbucket, where Tessera does not post comments yet (GitHub and GitLab only); the report is in the build’s artifacts',
        };
    return {
        unsupported: `CHANGE_URL ${url.origin}${url.pathname} is not a GitHub pull request or a GitLab merge request`,
    };
}
/**
 * `owner/name` (or a GitLab project path) from a Git remote URL: `https://host/o/r.git`,
 * `ssh://git@host:7999/project/repo.git`, `git@host:o/r.git`. Undefined when it has no path.
 */
function repoOfGitUrl(gitUrl) {
    const value = gitUrl?.trim();
    if (!value)
        return undefined;
    const scp = /^[^@/:]+@[^:/]+:(.+)$/.exec(value);
    let path = scp?.[1];
    if (path === undefined) {
        try {
            path = new URL(value).pathname;
        }
        catch {
            return undefined;
        }
    }
    const repo = path
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
    return repo.includes('/') ? repo : undefined;
}

;// CONCATENATED MODULE: ./providers/jenkins/context.js

const positiveInt = (value) => {
    const n = Number(value);
    return value && Number.isInteger(n) && n > 0 ? n : undefined;
};
const nonEmpty = (value) => value?.trim() || undefined;
/**
 * The branch a Git plugin `GIT_BRANCH` names: `origin/main` → `main`, `refs/heads/main` → `main`. Only the
 * `origin` remote is stripped: a branch called `feature/x` must stay `feature/x`.
 */
function branchOfGitBranch(value) {
    const branch = nonEmpty(value);
    if (!branch)
        return undefined;
    for (const prefix of ['refs/heads/', 'refs/remotes/origin/', 'origin/'])
        if (branch.startsWith(prefix))
            return branch.slice(prefix.length) || undefined;
    return branch;
}
/** The pull request of a multibranch change build (`CHANGE_ID`), or undefined for a branch or tag build. */
function pullRequestOf(env) {
    const number = positiveInt(env.CHANGE_ID);
    if (number === undefined)
        return undefined;
    return {
        number,
        baseBranch: nonEmpty(env.CHANGE_TARGET),
        headBranch: nonEmpty(env.CHANGE_BRANCH),
        // The branch source sets CHANGE_FORK to the fork's owner (GitHub) or project (GitLab), empty otherwise.
        fork: nonEmpty(env.CHANGE_FORK) !== undefined,
        url: nonEmpty(env.CHANGE_URL),
    };
}
/** What a Jenkins build is: a change request, a tag, a branch, or a plain job (no multibranch). */
function eventOf(env) {
    if (positiveInt(env.CHANGE_ID) !== undefined)
        return 'change-request';
    if (nonEmpty(env.TAG_NAME))
        return 'tag';
    if (nonEmpty(env.BRANCH_NAME))
        return 'branch';
    return undefined;
}
/**
 * The context of a Jenkins build.
 *
 * @param env the build's environment (`sh` steps inherit it from the pipeline)
 * @param workspace the working directory, used when `WORKSPACE` is unset
 */
function parseJenkinsContext(env, workspace) {
    const pr = pullRequestOf(env);
    const builtSha = nonEmpty(env.GIT_COMMIT);
    // No variable holds a PR's head commit when the branch source merges it with its target: GIT_COMMIT may
    // then be the merge. TESSERA_SHA lets a pipeline that knows better say so.
    const headSha = nonEmpty(env.TESSERA_SHA) ?? builtSha;
    const fork = nonEmpty(env.CHANGE_FORK);
    // As on GitHub: a fork's branch is recorded as `owner:branch`, so a fork's `main` never names this one's.
    const prBranch = pr?.headBranch !== undefined && fork ? `${fork}:${pr.headBranch}` : pr?.headBranch;
    const branch = pr
        ? prBranch
        : nonEmpty(env.TAG_NAME)
            ? undefined
            : (nonEmpty(env.BRANCH_NAME) ?? branchOfGitBranch(env.GIT_BRANCH));
    const codeHost = pr?.url !== undefined ? codeHostOfChangeUrl(pr.url, env) : undefined;
    return {
        provider: 'jenkins',
        event: eventOf(env),
        repo: codeHost?.ref?.repo ?? repoOfGitUrl(env.GIT_URL ?? env.GIT_URL_1),
        headSha,
        builtSha: builtSha !== headSha ? builtSha : undefined,
        branch,
        baseBranch: pr?.baseBranch,
        pr,
        run: {
            id: nonEmpty(env.BUILD_NUMBER) ?? nonEmpty(env.BUILD_ID),
            // A rebuild or replay is a new build number: Jenkins has no attempts.
            attempt: 1,
            url: nonEmpty(env.BUILD_URL),
        },
        job: nonEmpty(env.STAGE_NAME) ?? nonEmpty(env.JOB_BASE_NAME) ?? nonEmpty(env.JOB_NAME),
        codeHost: codeHost?.ref,
        workspace: nonEmpty(env.WORKSPACE) ?? workspace,
    };
}

// EXTERNAL MODULE: ./src/history/index.js + 2 modules
var src_history = __webpack_require__(6041);
;// CONCATENATED MODULE: ./providers/jenkins/history-store.js
/**
 * Branch histories on Jenkins, kept as build artifacts: the report writes the branch's history to
 * `.tessera/history/<branch file>` in the workspace and the shared-library step archives it
 * (`archiveArtifacts`). The baseline of a build is the history archived by the **last successful build**
 * (Jenkins counts UNSTABLE as successful) of the branch's job, read through Jenkins' remote API with the
 * `jenkins` client in two GET requests:
 *
 * 1. `GET <job>/lastSuccessfulBuild/api/json?tree=number,artifacts[relativePath]` (`build.get`), which says
 *    whether that build archived the history file, and its number;
 * 2. `GET <job>/<number>/artifact/<relativePath>`, the file itself (the client has no download helper).
 *
 * Which job holds a branch: a multibranch project has one job per branch beside this build's job
 * (`org/repo/PR-12` builds a PR; `org/repo/main` is `main`), so a branch's job is this job's sibling named
 * after the branch, and this build's own branch is this job. `TESSERA_JENKINS_BASELINE_JOB` names the
 * baseline's job outright (a freestyle or single-branch pipeline that keeps `main` in another job).
 *
 * Credentials: a Jenkins user and API token (`TESSERA_JENKINS_USER`, `TESSERA_JENKINS_TOKEN`, bound with
 * `withCredentials`), sent as Basic auth. GET requests need no CSRF crumb; the client fetches one
 * (`/crumbIssuer/api/json`) for any POST. Without a credential there is no baseline, with one warning; a
 * refused credential (401, 403) is a warning too: the history is worth a comparison, not a failed build.
 */




/** Where the report leaves the history for the step to archive, relative to the workspace. */
const JENKINS_HISTORY_DIR = '.tessera/history';
/** The largest history file downloaded (histories are bounded far below this). */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;
/** Requests wait at most this long: a Jenkins that hangs must not hold the report. */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * A multibranch item name for a branch: the branch API plugin escapes `%` and `/` (`feature/x` is the job
 * `feature%2Fx`, addressed as `feature%252Fx` in URLs, which the client's own encoding produces).
 */
function branchJobName(branch) {
    return branch.replace(/%/g, '%25').replace(/\//g, '%2F');
}
/** The HTTP status of a client or fetch failure, when it had one. */
function statusOf(error) {
    const e = error;
    const status = e?.statusCode ?? e?.res?.statusCode;
    return typeof status === 'number' ? status : undefined;
}
/** Histories archived by Jenkins builds; saved into the workspace for the step to archive. */
class JenkinsHistoryStore {
    options;
    client;
    warnedNoCredential = false;
    /** Histories saved by this process: a load after a save reads its own write, as every store does. */
    saved = new Map();
    constructor(options) {
        this.options = options;
    }
    /** The job (folder segments) whose builds hold `branch`'s history; undefined when it cannot be known. */
    jobFor(branch) {
        const own = this.options.jobName?.split('/').filter(Boolean);
        if (!own || own.length === 0)
            return undefined;
        if (branch === this.options.ownBranch)
            return own;
        if (this.options.baselineJob)
            return this.options.baselineJob.split('/').filter(Boolean);
        return [...own.slice(0, -1), branchJobName(branch)];
    }
    async load(branch) {
        const own = this.saved.get(branch);
        if (own)
            return { doc: own, warnings: [] };
        const { credential, jenkinsUrl } = this.options;
        const job = this.jobFor(branch);
        if (!jenkinsUrl || !job)
            return { warnings: [] };
        if (!credential) {
            // Once per build, however many branches the report asks for.
            if (this.warnedNoCredential)
                return { warnings: [] };
            this.warnedNoCredential = true;
            return {
                warnings: [
                    'no Jenkins credential to read earlier builds with (TESSERA_JENKINS_USER and TESSERA_JENKINS_TOKEN): no baseline to compare with. Pass `jenkinsCredentials:` to the tessera step',
                ],
            };
        }
        const where = `the last successful build of ${job.join('/')}`;
        let build;
        try {
            build = (await (await this.jenkins()).build.get({
                name: job,
                number: 'lastSuccessfulBuild',
                tree: 'number,artifacts[relativePath]',
            }));
        }
        catch (error) {
            return this.failure(error, where);
        }
        const relativePath = `${JENKINS_HISTORY_DIR}/${(0,src_history/* historyFileName */.cI)(branch)}`;
        const archived = build.artifacts?.some((a) => a.relativePath === relativePath) === true;
        if (!archived || typeof build.number !== 'number') {
            this.options.log.info(`${where} (#${build.number}) archived no history of branch ${branch}`);
            return { warnings: [] };
        }
        const from = `${relativePath} of build #${build.number} of ${job.join('/')}`;
        let bytes;
        try {
            bytes = await this.download(job, build.number, relativePath);
        }
        catch (error) {
            return this.failure(error, from);
        }
        const read = await (0,src_history/* decodeHistoryAsync */.B5)(bytes);
        if (read.ok) {
            this.options.log.info(`history of ${branch}: ${from}`);
            return { doc: read.doc, warnings: [] };
        }
        return { warnings: [`${from}: ${read.problem.message}; starting a fresh history`] };
    }
    /** Writes the history where the step archives it from, atomically. */
    async save(branch, doc) {
        const dir = (0,external_node_path_.resolve)(this.options.workspace, JENKINS_HISTORY_DIR);
        const path = (0,external_node_path_.join)(dir, (0,src_history/* historyFileName */.cI)(branch));
        await (0,promises_.mkdir)(dir, { recursive: true });
        const temp = `${path}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(temp, (0,src_history/* encodeHistory */.N2)(doc));
        await (0,promises_.rename)(temp, path);
        this.saved.set(branch, doc);
    }
    /** A refused or missing build is no baseline with a warning (or none, for a first build); the rest rejects. */
    failure(error, where) {
        const status = statusOf(error);
        if (status === 404 || error.notFound === true)
            return { warnings: [] };
        if (status === 401 || status === 403)
            return {
                warnings: [
                    `Jenkins refused to show ${where} (HTTP ${status}): check the user and API token in TESSERA_JENKINS_USER/TESSERA_JENKINS_TOKEN and that the user may read the job; no baseline to compare with`,
                ],
            };
        throw new model/* TesseraError */.Wc(`cannot read ${where} from Jenkins: ${error.message}`, 'Check that JENKINS_URL is reachable from the agent.', { cause: error });
    }
    authorization() {
        const { user, token } = this.options.credential ?? { user: '', token: '' };
        return `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
    }
    async jenkins() {
        if (!this.client) {
            // CommonJS, loaded only when a history is read; a static specifier, so the CLI bundle includes it.
            const { default: Jenkins } = (await __webpack_require__.e(/* import() */ 178).then(__webpack_require__.t.bind(__webpack_require__, 24178, 19)));
            this.client = new Jenkins({
                baseUrl: (this.options.jenkinsUrl ?? '').replace(/\/+$/, ''),
                headers: { authorization: this.authorization() },
                crumbIssuer: true,
                timeout: REQUEST_TIMEOUT_MS,
            });
        }
        return this.client;
    }
    /**
     * One archived file. The URL is built from `JENKINS_URL` (never from a URL in an answer), so the
     * credential only ever goes to the Jenkins the build runs on.
     */
    async download(job, build, relativePath) {
        const base = (this.options.jenkinsUrl ?? '').replace(/\/+$/, '');
        const jobPath = job.map((segment) => `/job/${encodeURIComponent(segment)}`).join('');
        const file = relativePath.split('/').map(encodeURIComponent).join('/');
        const response = await fetch(`${base}${jobPath}/${build}/artifact/${file}`, {
            headers: { authorization: this.authorization() },
            redirect: 'error',
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        if (!response.ok)
            throw Object.assign(new Error(`HTTP ${response.status} ${response.statusText}`), {
                statusCode: response.status,
            });
        const length = Number(response.headers.get('content-length') ?? 0);
        if (length > MAX_HISTORY_BYTES)
            throw new Error(`the file is ${length} bytes, over the 64 MiB allowed`);
        const bytes = Buffer.from(await response.arrayBuffer());
        if (bytes.length > MAX_HISTORY_BYTES)
            throw new Error(`the file is ${bytes.length} bytes, over the 64 MiB allowed`);
        return bytes;
    }
}

;// CONCATENATED MODULE: ./providers/jenkins/warnings-ng.js
/** Where the Jenkins host writes the file the `recordIssues` step reads, relative to the workspace. */
const WARNINGS_NG_FILE = '.tessera/warnings-ng.json';
/** The analysis model's severities (`Severity.valueOf` names). */
const SEVERITY = {
    error: 'ERROR',
    warning: 'WARNING_NORMAL',
    notice: 'WARNING_LOW',
};
/** The longest message kept: the plugin stores every issue with the build. */
const MAX_MESSAGE_CHARS = 4000;
/** The Warnings NG report for a list of annotations. Issues need a file: those without one are left out. */
function warningsNgReport(annotations) {
    const issues = annotations.flatMap((a) => a.file === undefined
        ? []
        : [
            {
                fileName: a.file,
                ...(a.line !== undefined ? { lineStart: a.line } : {}),
                severity: SEVERITY[a.level],
                message: (a.title ? `${a.title}: ${a.message}` : a.message).slice(0, MAX_MESSAGE_CHARS),
                category: 'Tests',
                type: a.level === 'error' ? 'failed test' : 'flaky test',
            },
        ]);
    return { _class: 'io.jenkins.plugins.analysis.core.restapi.ReportApi', issues, size: issues.length };
}

;// CONCATENATED MODULE: ./providers/jenkins/ci-host.js
/**
 * The Jenkins CI host. Jenkins moves files by what the pipeline declares, so everything lands in the
 * workspace's `.tessera/` for the shared-library step (vars/tessera*.groovy) to `stash`, `unstash` and
 * `archiveArtifacts`:
 *
 * - artifacts (the plan, shard bundles, the HTML report) in `.tessera/artifacts/<name>/` (a staged store);
 * - the history saved to `.tessera/history/` (archived by the step), the baseline read from earlier builds
 *   over Jenkins' remote API (history-store.ts);
 * - the job summary appended to `.tessera/summary.md` (archived);
 * - annotations as log lines and as a Warnings NG report, `.tessera/warnings-ng.json` (warnings-ng.ts);
 * - outputs as one file each, `.tessera/outputs/<name>`, which a pipeline reads with `readFile` alone (no
 *   JSON parsing, which a sandboxed library would need script approval for).
 *
 * Secrets (the Jenkins API token, code-host tokens) are masked in everything Tessera prints; Jenkins masks
 * `withCredentials` values in the console too, but not in files.
 */









/** The folder everything is staged in, relative to the workspace. */
const JENKINS_DIR = '.tessera';
/** Jenkins has no summary of its own; the archived file is bounded like GitHub's. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const OUTPUT_NAME = /^[A-Za-z0-9_-]+$/;
/** Variables that may hold a secret in a Jenkins build. */
const SECRET_VARIABLES = ['TESSERA_JENKINS_TOKEN', 'TESSERA_TOKEN', 'GITHUB_TOKEN', 'GITLAB_TOKEN'];
/** The CI host of a Jenkins build (a `sh` step of the pipeline). */
async function createJenkinsCiHost(env, deps) {
    const masker = new ci/* SecretMasker */.M2();
    const log = (0,ci/* createLogger */.h)(deps.write, ci/* PLAIN_DIALECT */.UW, {
        debug: env.TESSERA_DEBUG === '1',
        secrets: SECRET_VARIABLES.map((name) => env[name]),
        masker,
    });
    const cwd = (0,external_node_path_.resolve)(deps.cwd);
    const context = parseJenkinsContext(env, cwd);
    const root = (0,external_node_path_.join)(cwd, JENKINS_DIR);
    if (context.pr?.url !== undefined && context.codeHost === undefined) {
        const why = codeHostOfChangeUrl(context.pr.url, env).unsupported;
        if (why !== undefined)
            log.warn(`no PR comment on #${context.pr.number}: ${why}`);
    }
    const user = env.TESSERA_JENKINS_USER?.trim();
    const token = env.TESSERA_JENKINS_TOKEN?.trim();
    const history = new JenkinsHistoryStore({
        jenkinsUrl: env.JENKINS_URL?.trim() || undefined,
        jobName: env.JOB_NAME?.trim() || undefined,
        ownBranch: context.branch,
        baselineJob: env.TESSERA_JENKINS_BASELINE_JOB?.trim() || undefined,
        ...(user && token ? { credential: { user, token } } : {}),
        workspace: cwd,
        log,
    });
    const summary = new ci/* FileSummarySink */.GT((0,external_node_path_.join)(root, 'summary.md'), SUMMARY_LIMIT_BYTES);
    return {
        id: 'jenkins',
        context: () => context,
        artifacts: jenkinsArtifactStore(cwd),
        history,
        // Archived as a file, where Jenkins' console masking does not reach: masked here.
        summary: {
            limitBytes: summary.limitBytes,
            append: (markdown) => summary.append(masker.scrub(markdown)),
        },
        limits: { annotationsPerLevel: Number.POSITIVE_INFINITY },
        log,
        async annotate(annotations) {
            for (const a of annotations) {
                const where = a.file ? `${a.file}${a.line !== undefined ? `:${a.line}` : ''}: ` : '';
                const text = `${where}${a.title ? `${a.title}: ` : ''}${a.message.split('\n')[0] ?? ''}`;
                if (a.level === 'error')
                    log.error(text);
                else if (a.level === 'warning')
                    log.warn(text);
                else
                    log.info(text);
            }
            await writeAtomically((0,external_node_path_.join)(cwd, WARNINGS_NG_FILE), masker.scrub(`${JSON.stringify(warningsNgReport(annotations), null, 2)}\n`));
            return { shown: annotations.length, omitted: 0 };
        },
        async setOutput(name, value) {
            if (!OUTPUT_NAME.test(name))
                throw new model/* UsageError */.eb(`invalid output name ${JSON.stringify(name)}`, 'Use letters, digits, "_" and "-".');
            await writeAtomically((0,external_node_path_.join)(root, 'outputs', name), masker.scrub(value));
        },
    };
}
async function writeAtomically(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.join)(path, '..'), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, text);
    await (0,promises_.rename)(temp, path);
}


/***/ }),

/***/ 6041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vn: () => (/* reexport */ local_store/* LocalHistoryStore */.vn),
  FU: () => (/* reexport */ codec/* decodeHistory */.FU),
  B5: () => (/* reexport */ codec/* decodeHistoryAsync */.B5),
  N2: () => (/* reexport */ codec/* encodeHistory */.N2),
  cI: () => (/* reexport */ local_store/* historyFileName */.cI),
  Cw: () => (/* reexport */ historyTimingSamples)
});

// UNUSED EXPORTS: DEFAULT_HISTORY_DIR, DEFAULT_HISTORY_LIMITS, HISTORY_GZIP_LEVEL, HISTORY_VERSION, MAX_DECODED_BYTES, MAX_DURATION_CODE, MemoryHistoryStore, PASSED_KEYS_PER_FILE, STATUS, STATUS_BYTE_OF_OUTCOME, STATUS_OF_OUTCOME, TestTable, TextColumn, applySizeCap, applySizeCapAsync, byCodeUnit, codeAt, durationCode, durationOfCode, durationTable, emptyHistory, executionMs, fileTimingSamples, gzipHistory, gzipHistoryAsync, gzipSize, historyRunSchema, joinRows, latestRun, observationsOf, passingDurations, roundDuration, summarizeTests, tableOfWindows, testCount, testTimingSamples, testWindow, testWindows, updateHistory, updateHistoryDetailed, updateHistoryDetailedAsync

// EXTERNAL MODULE: ./src/history/history-document.js
var history_document = __webpack_require__(14722);
// EXTERNAL MODULE: ./src/history/join.js
var join = __webpack_require__(76472);
// EXTERNAL MODULE: ./src/history/table-of-windows.js
var table_of_windows = __webpack_require__(62162);
// EXTERNAL MODULE: ./src/history/text-column.js
var text_column = __webpack_require__(71274);
// EXTERNAL MODULE: ./src/history/codec.js + 1 modules
var codec = __webpack_require__(20738);
// EXTERNAL MODULE: ./src/history/update.js
var update = __webpack_require__(32053);
// EXTERNAL MODULE: ./src/history/size-cap.js
var size_cap = __webpack_require__(19592);
// EXTERNAL MODULE: ./src/history/local-store.js
var local_store = __webpack_require__(71233);
;// CONCATENATED MODULE: ./src/history/timings.js

/** Per file, its last wall times (up to the file window), sorted by path. Files with no sample are left out. */
function fileTimingSamples(doc) {
    return Object.entries(doc.files)
        .filter(([, f]) => f.w.length > 0)
        .map(([path, f]) => ({ path, samples: [...f.w] }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * Per test, the durations of its passing executions in the window, sorted by id: for planning by test
 * (`unit: "test"`). Failed runs are left out because a timeout or crash says nothing about a normal run.
 */
function testTimingSamples(doc) {
    const out = [];
    const { tests } = doc;
    for (let row = 0; row < tests.size; row++) {
        const samples = passingDurations(doc, row);
        const file = tests.file(row);
        if (samples.length > 0)
            out.push({ id: tests.id(row), ...(file !== undefined ? { file } : {}), samples });
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/**
 * The history's file wall times as the planner's {@link TimingSample}s (`kind: "wall"`). The k-th newest
 * sample of every file gets the source `history:<branch>#-k`, so samples from one source still mean "one
 * run" to the estimator.
 */
function historyTimingSamples(doc) {
    const out = [];
    for (const { path, samples } of fileTimingSamples(doc)) {
        samples.forEach((ms, i) => {
            out.push({ file: path, ms, kind: 'wall', source: `history:${doc.branch}#-${samples.length - i}` });
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/history/memory-store.js
/**
 * An in-memory {@link HistoryStore}: the fake that tests of `report` and `plan` use, held to the same
 * contract suite as every real store (test/history/store-contract.ts). It keeps encoded bytes, not objects,
 * so a test sees exactly what a real store would give back, corruption included.
 */

/** A {@link HistoryStore} over a Map of branch → gzipped bytes. */
class MemoryHistoryStore {
    /** The stored bytes per branch; tests may put damaged bytes here. */
    files = new Map();
    /** Reads the branch's history; absent is no baseline, damaged is a warning and no baseline. */
    async load(branch) {
        const bytes = this.files.get(branch);
        if (bytes === undefined)
            return { warnings: [] };
        const result = decodeHistory(bytes);
        if (result.ok)
            return { doc: result.doc, warnings: [] };
        return {
            warnings: [
                `history of branch ${JSON.stringify(branch)}: ${result.problem.message}; starting a fresh history`,
            ],
        };
    }
    /** Stores the branch's history, replacing the old one. */
    async save(branch, doc) {
        this.files.set(branch, encodeHistory(doc));
    }
}

;// CONCATENATED MODULE: ./src/history/index.js















/***/ }),

/***/ 71233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ historyFileName),
/* harmony export */   vn: () => (/* binding */ LocalHistoryStore)
/* harmony export */ });
/* unused harmony export DEFAULT_HISTORY_DIR */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74060);
/* harmony import */ var _codec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20738);
/* harmony import */ var _model_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91636);
/**
 * The local-file history store, the embedded default: `.tessera/history/<branch>.json.gz` under the working
 * directory (the name is kept from version 1 of the format, so existing caches and docs still point at it;
 * the content is the gzipped binary form of binary-format.ts). Providers without a store of their own (GitLab, Jenkins staged files) can reuse it on a folder
 * that their template caches or stashes.
 */






/** The default folder, relative to the working directory. */
const DEFAULT_HISTORY_DIR = '.tessera/history';
/** Longest readable part of a file name; the rest of a long branch name is represented by the hash. */
const MAX_NAME_LENGTH = 80;
/**
 * The file name (without folder) a branch's history is stored under. Branch names are untrusted: every
 * character outside `[A-Za-z0-9._-]` becomes `_`, leading dots are removed (no `.`, `..` or hidden files),
 * and the result is cut to 80 characters. When that changed the name, 8 hex digits of the name's SHA-256
 * are appended so that `feature/x` and `feature_x` never share a file. The result is one path segment.
 */
function historyFileName(branch) {
    let safe = branch.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
    if (safe.length > MAX_NAME_LENGTH)
        safe = safe.slice(0, MAX_NAME_LENGTH);
    if (safe !== branch || safe.length === 0) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(branch).digest('hex').slice(0, 8);
        safe = `${safe || 'branch'}-${hash}`;
    }
    return `${safe}.json.gz`;
}
/** A {@link HistoryStore} over a local folder. */
class LocalHistoryStore {
    dir;
    /** @param dir the folder holding the histories; created on the first save. */
    constructor(dir = DEFAULT_HISTORY_DIR) {
        this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    }
    /** Absolute path of a branch's history file; always inside {@link dir}. */
    pathFor(branch) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, historyFileName(branch));
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.dir, path);
        // historyFileName yields one safe segment; this guard keeps it so if that function ever changes.
        if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel) || rel.includes('/') || rel.includes('\\'))
            throw new _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .TesseraError */ .Wc(`history file for branch ${JSON.stringify(branch)} would leave ${this.dir}`);
        return path;
    }
    /** Reads the branch's history; a missing file is no baseline, a damaged one a warning and no baseline. */
    async load(branch) {
        const path = this.pathFor(branch);
        let bytes;
        try {
            // Read synchronously (a few MB, a few ms): the gunzip below then starts on the thread pool before this
            // returns its promise, so the caller's work until it awaits overlaps the decompression.
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return { warnings: [] };
            return {
                warnings: [
                    `${path}: the history cannot be read (${error.message}); starting a fresh history`,
                ],
            };
        }
        const result = await (0,_codec_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeHistoryAsync */ .B5)(bytes);
        if (result.ok)
            return { doc: result.doc, warnings: [] };
        return { warnings: [`${path}: ${result.problem.message}; starting a fresh history`] };
    }
    /** Writes the branch's history atomically: to a temporary file beside it, then renamed over it. */
    async save(branch, doc) {
        const path = this.pathFor(branch);
        await (0,_model_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(path, (0,_codec_js__WEBPACK_IMPORTED_MODULE_4__/* .encodeHistory */ .N2)(doc));
    }
}


/***/ })

};
