export const id = 552;
export const ids = [552];
export const modules = {

/***/ 9552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITLAB_REPORT_FILES: () => (/* binding */ GITLAB_REPORT_FILES),
  createGitlabCiHost: () => (/* binding */ createGitlabCiHost)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/ci/index.js + 6 modules
var ci = __webpack_require__(647);
// EXTERNAL MODULE: ./src/history/index.js + 2 modules
var src_history = __webpack_require__(6041);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./providers/gitlab/artifact-store.js
/**
 * Artifacts the GitLab way: files move between the jobs of a pipeline because the template declares them
 * (`artifacts: paths:` in the job that writes them, `needs:` in the job that reads them), and GitLab
 * extracts every needed job's artifacts into the same `CI_PROJECT_DIR`. So the store is the staged folder
 * `.tessera/artifacts/` of the workspace (src/ci/staged-artifact-store.ts), one sub-folder per artifact,
 * named per shard (`tessera-shard-<i>-of-<N>`) so that the shards' artifacts never collide.
 *
 * What it adds: the link to a stored artifact in the job's artifact browser
 * (`<job url>/artifacts/file/<path>` for a single file such as the HTML report, `…/artifacts/browse/<path>`
 * otherwise), which the merge request note links to. GitLab serves those pages once the job has finished
 * and uploaded its artifacts.
 */



/** Where the staged artifacts live, relative to `CI_PROJECT_DIR` (the template declares this path). */
const GITLAB_ARTIFACTS_DIR = '.tessera/artifacts';
/** The staged store of a GitLab job, with links into the job's artifact browser. */
class GitlabArtifactStore extends ci/* StagedArtifactStore */.yB {
    workspace;
    jobUrl;
    /**
     * @param workspace `CI_PROJECT_DIR`: artifact paths are relative to it
     * @param jobUrl `CI_JOB_URL`, for links; without it entries have none
     */
    constructor(workspace, jobUrl) {
        super((0,external_node_path_.join)(workspace, GITLAB_ARTIFACTS_DIR));
        this.workspace = workspace;
        this.jobUrl = jobUrl;
    }
    async put(name, folder) {
        const entry = await super.put(name, folder);
        if (!this.jobUrl)
            return entry;
        const stored = (0,external_node_path_.join)(this.root, name);
        const files = await (0,promises_.readdir)(stored, { recursive: true, withFileTypes: true });
        const only = files.filter((f) => f.isFile());
        const path = (absolute) => (0,external_node_path_.relative)(this.workspace, absolute).split(external_node_path_.sep).map(encodeURIComponent).join('/');
        const [single] = only;
        const url = only.length === 1 && single
            ? `${this.jobUrl}/artifacts/file/${path((0,external_node_path_.join)(single.parentPath, single.name))}`
            : `${this.jobUrl}/artifacts/browse/${path(stored)}/`;
        return { ...entry, url };
    }
}

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
;// CONCATENATED MODULE: ./providers/gitlab/child-pipeline.js
/**
 * The dynamic child pipeline of the component's `target` mode. GitLab fixes `parallel:` when a pipeline is
 * created, so a shard count chosen at run time needs a pipeline created later: the plan job writes this
 * file, and the component's trigger job runs it (`trigger: include: - artifact: …, job: tessera-plan`,
 * https://docs.gitlab.com/ci/pipelines/downstream_pipelines/#dynamic-child-pipelines).
 *
 * Its two jobs are the component's `tessera-test` and `tessera-report` (templates/tessera.yml), with the
 * planned `parallel:` and the plan taken from the parent pipeline's plan job (`needs: pipeline:`). Their
 * settings come from the plan job's `TESSERA_INPUT_*` variables, which the component sets from its inputs;
 * a test compares the two files' jobs, so they cannot drift apart.
 */




/** The variable the component's plan job sets, in `target` mode, to where the child pipeline goes. */
const CHILD_PIPELINE_VARIABLE = 'TESSERA_CHILD_PIPELINE';
const input = (env, name, fallback) => {
    const value = env[`TESSERA_INPUT_${name}`];
    return value === undefined || value === '' ? fallback : value;
};
/** The stages a child pipeline must declare: those it uses, except GitLab's built-in `.pre`/`.post`. */
function stagesOf(...stages) {
    return [...new Set(stages)].filter((s) => s !== '.pre' && s !== '.post');
}
/**
 * A shard job's first command, as in templates/tessera.yml: a shard in `TESSERA_EMPTY_SHARDS` (the plan job's
 * `empty-shards` output) stops before the install, since the report accounts for it from the plan; with the
 * queue every job runs. Where the variable does not reach a job, the job runs and keeps an empty bundle.
 */
const STOP_IF_EMPTY_BY_PLAN = [
    'case ",$TESSERA_EMPTY_SHARDS," in',
    '  *",$CI_NODE_INDEX,"*)',
    '    if [ "$TESSERA_INPUT_QUEUE" != "true" ]; then',
    '      echo "tessera: shard $CI_NODE_INDEX/$CI_NODE_TOTAL has nothing to run by plan; no install, no run"',
    '      exit 0',
    '    fi ;;',
    'esac',
    '',
].join('\n');
/** The child pipeline for `shards` shard jobs, as YAML. */
function renderChildPipeline(shards, env) {
    if (!Number.isInteger(shards) || shards < 1 || shards > 200)
        throw new model/* UsageError */.eb(`the plan has ${shards} shards; GitLab's parallel: takes 1 to 200`, 'Lower --max-shards, or raise --target.');
    const cli = input(env, 'CLI', 'npx --yes tessera-ci@1');
    const image = input(env, 'IMAGE', '');
    const testStage = input(env, 'TEST_STAGE', 'test');
    const reportStage = input(env, 'REPORT_STAGE', '.post');
    const fromPlanJob = { pipeline: '$PARENT_PIPELINE_ID', job: 'tessera-plan' };
    const stages = stagesOf(testStage, reportStage);
    // The queue's settings; its URL is the masked variable TESSERA_QUEUE_URL, which child jobs get as well.
    const queueInputs = {
        TESSERA_INPUT_QUEUE: input(env, 'QUEUE', 'false'),
        TESSERA_INPUT_QUEUE_LEASE: input(env, 'QUEUE_LEASE', '60s'),
        TESSERA_INPUT_QUEUE_FALLBACK: input(env, 'QUEUE_FALLBACK', 'static'),
        TESSERA_INPUT_REQUEUE: input(env, 'REQUEUE', '0'),
    };
    const pipeline = {
        ...(stages.length > 0 ? { stages } : {}),
        'tessera-test': {
            stage: testStage,
            ...(image ? { image } : {}),
            parallel: shards,
            needs: [fromPlanJob],
            variables: {
                TESSERA_INPUT_TEST_COMMAND: input(env, 'TEST_COMMAND', ''),
                TESSERA_INPUT_RETRIES: input(env, 'RETRIES', '0'),
                TESSERA_INPUT_BAIL: input(env, 'BAIL', '0'),
                ...queueInputs,
            },
            before_script: [STOP_IF_EMPTY_BY_PLAN, input(env, 'INSTALL', 'true')],
            script: [
                [
                    'set -- --retries "$TESSERA_INPUT_RETRIES"',
                    'if [ "$TESSERA_INPUT_BAIL" != "0" ]; then set -- "$@" --bail "$TESSERA_INPUT_BAIL"; fi',
                    'if [ "$TESSERA_INPUT_QUEUE" = "true" ]; then',
                    '  set -- "$@" --queue --lease "$TESSERA_INPUT_QUEUE_LEASE"',
                    '  if [ "$TESSERA_INPUT_QUEUE_FALLBACK" = "static" ]; then set -- "$@" --queue-fallback static; fi',
                    '  if [ "$TESSERA_INPUT_REQUEUE" != "0" ]; then set -- "$@" --requeue "$TESSERA_INPUT_REQUEUE"; fi',
                    'fi',
                    `${cli} run --provider gitlab --shard "$CI_NODE_INDEX/$CI_NODE_TOTAL" "$@" -- "$TESSERA_INPUT_TEST_COMMAND"`,
                    '',
                ].join('\n'),
            ],
            artifacts: { when: 'always', expire_in: '1 day', paths: ['.tessera/artifacts/tessera-shard-*/'] },
        },
        'tessera-report': {
            stage: reportStage,
            ...(image ? { image } : {}),
            needs: [fromPlanJob, { job: 'tessera-test' }],
            when: 'always',
            variables: {
                TESSERA_REPORT_JOB: 'tessera-report',
                TESSERA_INPUT_FAIL_ON: input(env, 'FAIL_ON', 'failures'),
                TESSERA_INPUT_QUEUE: queueInputs.TESSERA_INPUT_QUEUE,
            },
            script: [
                [
                    'set --',
                    'if [ "$TESSERA_INPUT_QUEUE" = "true" ]; then set -- --queue; fi',
                    `${cli} report --provider gitlab --fail-on "$TESSERA_INPUT_FAIL_ON" --junit .tessera/gitlab/junit.xml --html .tessera/report/report.html "$@"`,
                    '',
                ].join('\n'),
            ],
            artifacts: {
                when: 'always',
                expire_in: input(env, 'HISTORY_EXPIRE_IN', '30 days'),
                expose_as: 'Tessera report',
                paths: ['.tessera/artifacts/tessera-report/', '.tessera/history/', '.tessera/report/'],
                reports: {
                    junit: '.tessera/gitlab/junit.xml',
                    codequality: '.tessera/gitlab/codequality.json',
                    dotenv: '.tessera/gitlab/tessera.env',
                },
            },
        },
    };
    const header = `# Written by \`tessera plan\` in pipeline ${env.CI_PIPELINE_ID ?? '(unknown)'}: ${shards} shard job${shards === 1 ? '' : 's'}.\n`;
    return header + (0,dist/* stringify */.As)(pipeline, { lineWidth: 0 });
}
/** Writes the child pipeline to `path` (the plan job's artifact). */
async function writeChildPipeline(path, shards, env) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, renderChildPipeline(shards, env));
}

;// CONCATENATED MODULE: ./providers/gitlab/context.js
const positiveInt = (value) => {
    const n = Number(value);
    return value && /^\d+$/.test(value.trim()) && n > 0 ? n : undefined;
};
const nonEmpty = (value) => value !== undefined && value.trim() !== '' ? value : undefined;
/** The instance's web root: `CI_SERVER_URL`, else the project URL without the project path. */
function gitlabServerUrl(env) {
    const server = nonEmpty(env.CI_SERVER_URL);
    if (server)
        return server.replace(/\/+$/, '');
    const project = nonEmpty(env.CI_PROJECT_URL);
    const path = nonEmpty(env.CI_PROJECT_PATH);
    return project && path && project.endsWith(`/${path}`) ? project.slice(0, -path.length - 1) : undefined;
}
/** The REST API root: `CI_API_V4_URL`, else `<server>/api/v4`. */
function gitlabApiUrl(env) {
    const api = nonEmpty(env.CI_API_V4_URL);
    if (api)
        return api.replace(/\/+$/, '');
    const server = gitlabServerUrl(env);
    return server ? `${server}/api/v4` : undefined;
}
/** The commit the job checked out (`CI_BUILD_REF` before GitLab 9.0). */
const builtShaOf = (env) => nonEmpty(env.CI_COMMIT_SHA) ?? nonEmpty(env.CI_BUILD_REF);
/** The branch of a branch pipeline; undefined for a tag (`CI_COMMIT_TAG`, `CI_BUILD_TAG` before 9.0). */
function pushedBranch(env) {
    if (nonEmpty(env.CI_COMMIT_TAG) ?? nonEmpty(env.CI_BUILD_TAG))
        return undefined;
    return (nonEmpty(env.CI_COMMIT_BRANCH) ?? nonEmpty(env.CI_COMMIT_REF_NAME) ?? nonEmpty(env.CI_BUILD_REF_NAME));
}
/** The merge request of an MR pipeline, when GitLab gave its IID. */
function mergeRequestOf(env, serverUrl) {
    const iid = positiveInt(env.CI_MERGE_REQUEST_IID);
    if (iid === undefined)
        return undefined;
    const source = nonEmpty(env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID);
    const target = nonEmpty(env.CI_MERGE_REQUEST_PROJECT_ID) ?? nonEmpty(env.CI_PROJECT_ID);
    const projectUrl = nonEmpty(env.CI_MERGE_REQUEST_PROJECT_URL) ??
        (serverUrl && env.CI_MERGE_REQUEST_PROJECT_PATH
            ? `${serverUrl}/${env.CI_MERGE_REQUEST_PROJECT_PATH}`
            : nonEmpty(env.CI_PROJECT_URL));
    return {
        number: iid,
        baseBranch: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
        headBranch: nonEmpty(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME),
        fork: source !== undefined && target !== undefined && source !== target,
        ...(projectUrl ? { url: `${projectUrl}/-/merge_requests/${iid}` } : {}),
    };
}
/** The GitHub pull request of an external pull request pipeline. */
function externalPullRequestOf(env) {
    const number = positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID);
    if (number === undefined)
        return undefined;
    const source = nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY);
    const target = nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY);
    return {
        number,
        baseBranch: nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME),
        headBranch: nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME),
        fork: source !== undefined && target !== undefined && source !== target,
        ...(target ? { url: `https://github.com/${target}/pull/${number}` } : {}),
    };
}
/** The project the merge request lives in (the target project, also for a fork's MR). */
function mergeRequestProject(env) {
    return (nonEmpty(env.CI_MERGE_REQUEST_PROJECT_PATH) ??
        nonEmpty(env.CI_MERGE_REQUEST_PROJECT_ID) ??
        nonEmpty(env.CI_PROJECT_PATH) ??
        nonEmpty(env.CI_PROJECT_ID));
}
/** The code host: GitHub for an external pull request, else this GitLab's project. */
function codeHostOf(env, serverUrl) {
    if (positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID) !== undefined) {
        const repo = nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY);
        return repo
            ? { kind: 'github', apiUrl: 'https://api.github.com', webUrl: 'https://github.com', repo }
            : undefined;
    }
    const apiUrl = gitlabApiUrl(env);
    const repo = mergeRequestProject(env);
    if (!apiUrl || !repo)
        return undefined;
    return { kind: 'gitlab', apiUrl, ...(serverUrl ? { webUrl: serverUrl } : {}), repo };
}
/** `CI_NODE_INDEX`/`CI_NODE_TOTAL` (1-based), set by `parallel: N`. */
function shardOf(env) {
    const index = positiveInt(env.CI_NODE_INDEX);
    const total = positiveInt(env.CI_NODE_TOTAL);
    return index !== undefined && total !== undefined && index <= total ? { index, total } : undefined;
}
function dateOf(value) {
    if (!nonEmpty(value))
        return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/**
 * The context of a GitLab CI job.
 *
 * @param workspace the folder to use when `CI_PROJECT_DIR` is not set
 */
function parseGitlabContext(env, workspace) {
    const serverUrl = gitlabServerUrl(env);
    const projectUrl = nonEmpty(env.CI_PROJECT_URL);
    const pipelineId = nonEmpty(env.CI_PIPELINE_ID);
    const builtSha = builtShaOf(env);
    const mr = mergeRequestOf(env, serverUrl);
    const external = mr ? undefined : externalPullRequestOf(env);
    const pr = mr ?? external;
    // A merged results pipeline builds GitLab's merge commit; the MR's own head is the source branch's sha.
    const headSha = (mr ? nonEmpty(env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA) : undefined) ??
        (external ? nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_SHA) : undefined) ??
        builtSha;
    // A fork's branch is recorded as `<fork project path>:<branch>`, so that a fork's `main` never names, or
    // overwrites the history of, this project's `main`.
    const forkPath = nonEmpty(mr ? env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH : env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY);
    // The source branch; an external PR pipeline runs on it, so CI_COMMIT_REF_NAME names it when GitLab
    // gives no source branch variable (as in the oldest dumps).
    const headBranch = pr ? (pr.headBranch ?? pushedBranch(env)) : undefined;
    const branch = pr
        ? pr.fork && headBranch
            ? `${forkPath ?? 'fork'}:${headBranch}`
            : headBranch
        : pushedBranch(env);
    const baseBranch = pr?.baseBranch ??
        nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME) ??
        nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME);
    const jobStartedAt = dateOf(env.CI_JOB_STARTED_AT);
    return {
        provider: 'gitlab',
        event: nonEmpty(env.CI_PIPELINE_SOURCE),
        repo: nonEmpty(env.CI_PROJECT_PATH),
        headSha,
        builtSha: builtSha !== headSha ? builtSha : undefined,
        branch,
        baseBranch,
        pr,
        run: {
            id: pipelineId,
            // A retried job is a new job (new CI_JOB_ID) in the same pipeline; GitLab numbers no attempts.
            attempt: 1,
            url: nonEmpty(env.CI_PIPELINE_URL) ??
                (projectUrl && pipelineId ? `${projectUrl}/-/pipelines/${pipelineId}` : undefined),
        },
        job: nonEmpty(env.CI_JOB_NAME) ?? nonEmpty(env.CI_BUILD_NAME),
        shard: shardOf(env),
        codeHost: codeHostOf(env, serverUrl),
        workspace: nonEmpty(env.CI_PROJECT_DIR) ?? workspace,
        ...(jobStartedAt ? { jobStartedAt } : {}),
    };
}
/** What the context could not include and why, one sentence each, for the job log. */
function gitlabContextWarnings(env) {
    const warnings = [];
    if (nonEmpty(env.CI_MERGE_REQUEST_ID) && positiveInt(env.CI_MERGE_REQUEST_IID) === undefined)
        warnings.push('This is a merge request pipeline, but CI_MERGE_REQUEST_IID is not set (GitLab before 11.6), so no merge request note is posted; the report still compares with the target branch.');
    if (positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID) &&
        !nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY))
        warnings.push('This is an external pull request pipeline, but CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY is not set, so the GitHub pull request cannot be commented on.');
    return warnings;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./providers/gitlab/rest-client.js
var rest_client = __webpack_require__(78719);
;// CONCATENATED MODULE: ./providers/gitlab/history-store.js
/**
 * Branch histories on GitLab, kept as an artifact of the report job: the report job writes the history of
 * its branch to `.tessera/history/<branch>.json.gz` in the workspace, which the template declares in that
 * job's `artifacts: paths:` (with a long `expire_in`).
 *
 * The baseline is read with one API call: the report job's artifacts archive from the latest successful
 * pipeline of the baseline branch, `GET /projects/:id/jobs/artifacts/:ref_name/download?job=<report job>`
 * (https://docs.gitlab.com/api/job_artifacts/#download-the-artifacts-archive), searched in parent pipelines
 * first and then in child pipelines, so a report job in a dynamic child pipeline is found too. The zip is
 * read as untrusted input (src/ci/zip-archive.ts) and only the branch's history file is taken from it.
 *
 * A history already in the job's workspace (saved earlier in the job, or brought by `needs:`) is read first.
 * Nothing here ever fails a job for want of a baseline: no successful pipeline yet (404) is no baseline; a
 * token that may not read artifacts (401/403: the job token on GitLab Free, a fork MR's pipeline) is no
 * baseline with a warning that says which token to set.
 */






/** Where histories live, relative to `CI_PROJECT_DIR` (the template declares this path). */
const GITLAB_HISTORY_DIR = '.tessera/history';
/** The report job's name when the template does not say (`TESSERA_REPORT_JOB`). */
const DEFAULT_REPORT_JOB = 'tessera-report';
/** Histories as an artifact of the report job, read back by branch and job name. */
class GitlabHistoryStore {
    options;
    constructor(options) {
        this.options = options;
    }
    async load(branch) {
        // This job's own workspace first: a history saved earlier in the job, or brought by `needs:`.
        const local = await this.options.local.load(branch);
        if (local.doc || local.warnings.length > 0)
            return local;
        const source = this.options.baseline;
        // A fork's branch (`group/fork:branch`) is never a ref of this project.
        if (branch.includes(':'))
            return { warnings: [] };
        if (!source)
            return {
                warnings: [
                    `no token to read the history of ${JSON.stringify(branch)} from earlier pipelines (neither GITLAB_TOKEN nor CI_JOB_TOKEN is set); no baseline`,
                ],
            };
        const where = `the ${source.job} job's artifacts of the latest successful pipeline of ${JSON.stringify(branch)} in ${source.project}`;
        let zip;
        try {
            const api = await source.api();
            zip = await (0,rest_client/* downloadJobArchive */.SD)(api, source.project, { ref: branch, job: source.job }, where);
        }
        catch (error) {
            if (error instanceof ci/* UnsafeArchiveError */.td)
                return { warnings: [`${where}: ${error.message}; starting a fresh history`] };
            if (error instanceof ci/* CodeHostPermissionError */.tU)
                return {
                    warnings: [
                        `GitLab refused to give ${where} (HTTP ${(0,rest_client/* statusOf */.c2)(error.cause) ?? '?'}): no baseline. ${source.credential === 'job-token'
                            ? 'CI_JOB_TOKEN may download artifacts only on GitLab Premium and Ultimate: set GITLAB_TOKEN (a masked variable with a read_api or api token) to compare with earlier pipelines.'
                            : 'Give the token the read_api (or api) scope and at least the Reporter role in the project; a fork’s pipeline cannot read its parent’s artifacts.'}`,
                    ],
                };
            throw error;
        }
        if (!zip) {
            this.options.log.info(`no history of ${JSON.stringify(branch)} yet: GitLab has no ${where}`);
            return { warnings: [] };
        }
        return this.readFromArchive(zip, branch, where);
    }
    /** Writes the history into the workspace, where the template's `artifacts: paths:` picks it up. */
    async save(branch, doc) {
        await this.options.local.save(branch, doc);
        this.options.log.info(`kept the history of ${JSON.stringify(branch)} in ${GITLAB_HISTORY_DIR}/${(0,src_history/* historyFileName */.cI)(branch)}, an artifact of this job`);
    }
    async readFromArchive(zip, branch, where) {
        const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.options.tempDir ?? (0,external_node_os_.tmpdir)(), 'tessera-gitlab-history-'));
        try {
            try {
                await (0,ci/* extractZip */.JE)(zip, temp, ci/* DEFAULT_ARTIFACT_LIMITS */.SN, 'artifacts.zip');
            }
            catch (error) {
                return { warnings: [`${where}: ${error.message}; starting a fresh history`] };
            }
            const file = `${GITLAB_HISTORY_DIR}/${(0,src_history/* historyFileName */.cI)(branch)}`;
            const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(temp, file)).catch(() => undefined);
            if (!bytes)
                return { warnings: [`${where} hold no ${file}; starting a fresh history`] };
            const result = (0,src_history/* decodeHistory */.FU)(bytes);
            if (result.ok)
                return { doc: result.doc, warnings: [] };
            return { warnings: [`${where}: ${result.problem.message}; starting a fresh history`] };
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./providers/gitlab/log-sections.js
const ESC = '\u001b';
/** Control characters, except tab and newline (lines keep their line breaks; headers lose them). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** The longest section header written; GitLab shows one line. */
const MAX_HEADER_CHARS = 200;
/** `text` with every control character but tab and newline made visible (`^[` for ESC, `^M` for CR). */
function neutraliseLogText(text) {
    return text.replace(CONTROL, (c) => {
        const code = c.charCodeAt(0);
        return code === 0x7f ? '^?' : `^${String.fromCharCode(code + 64)}`;
    });
}
/** A section header: one line, no control characters, at most {@link MAX_HEADER_CHARS}. */
function neutraliseHeader(title) {
    const line = neutraliseLogText(title.replace(/\r?\n/g, ' ').replace(/\t/g, ' ')).trim();
    return line.length > MAX_HEADER_CHARS ? `${line.slice(0, MAX_HEADER_CHARS - 1)}…` : line;
}
const COLOURS = {
    debug: `${ESC}[0;90m`,
    warn: `${ESC}[0;33m`,
    error: `${ESC}[0;31m`,
};
const RESET = `${ESC}[0m`;
/**
 * A dialect for one job's log. Sections nest; each `groupEnd` closes the innermost open one.
 *
 * @param now the clock section markers carry (GitLab shows a section's duration from them)
 */
function gitlabDialect(now = Date.now) {
    const open = [];
    let sections = 0;
    const seconds = () => Math.floor(now() / 1000);
    return {
        line: (level, message) => {
            const text = neutraliseLogText(message);
            if (level === 'info')
                return `${text}\n`;
            const label = level === 'warn' ? 'warning' : level;
            return `${COLOURS[level]}${label}: ${text}${RESET}\n`;
        },
        groupStart: (title) => {
            const name = `tessera_${++sections}`;
            open.push(name);
            return `${ESC}[0Ksection_start:${seconds()}:${name}[collapsed=true]\r${ESC}[0K${neutraliseHeader(title)}\n`;
        },
        groupEnd: () => {
            const name = open.pop();
            return name === undefined ? '' : `${ESC}[0Ksection_end:${seconds()}:${name}\r${ESC}[0K\n`;
        },
    };
}

// EXTERNAL MODULE: ./providers/gitlab/token.js
var gitlab_token = __webpack_require__(14036);
;// CONCATENATED MODULE: ./providers/gitlab/previous-attempt.js
/**
 * A retried GitLab job, and the job it retries. GitLab numbers no attempts: "Retry" makes a new job (a new
 * `CI_JOB_ID`, the same `CI_JOB_NAME`, the same pipeline) and hides the old one from the pipeline's job list
 * unless asked. So a shard job lists its pipeline's jobs with the retried ones
 * (`GET /projects/:id/pipelines/:pipeline_id/jobs?include_retried=true`, docs.gitlab.com/api/jobs/
 * #list-pipeline-jobs), takes the latest earlier job of its own name that ran to an end (the highest id
 * below its own, `failed` or `success`), and downloads that job's artifacts archive
 * (`GET /projects/:id/jobs/:job_id/artifacts`, docs.gitlab.com/api/job_artifacts/#get-job-artifacts). The
 * archive holds the staged store the job uploaded (`.tessera/artifacts/tessera-shard-*`, the template's
 * `artifacts: paths:`), which is handed back as an artifact store: the bundle is then found and read as on
 * every other CI (src/run/rerun-source.ts).
 *
 * The jobs API needs an access token with `read_api`: `CI_JOB_TOKEN` may not list a pipeline's jobs
 * (docs.gitlab.com/ci/jobs/ci_job_token, "Job token access"; gitlab-org/gitlab issue 506668). Without a
 * token, or when GitLab refuses, or the earlier job kept no artifacts, the lookup says why in one line and
 * the shard runs whole. The archive is untrusted (a fork's job may have written it): it goes through the
 * zip limits of src/ci/zip-archive.ts.
 */








/** The statuses of a job that ran to an end, and so may have uploaded its bundle (`artifacts: when: always`). */
const ENDED = new Set(['failed', 'success']);
/**
 * Pipelines hold a few hundred jobs at most (`parallel:` 200 per job, retries beside them); 20 pages of 100
 * is a bound on a runaway pagination, not a limit anyone meets.
 */
const MAX_PAGES = 20;
/** The job this one retries, among a pipeline's jobs: pure, for the tests. */
function previousJobOf(jobs, self) {
    const earlier = jobs.filter((j) => j.name === self.name && j.id < self.id);
    const ended = earlier.filter((j) => ENDED.has(j.status));
    const job = ended.reduce((best, j) => (best && best.id > j.id ? best : j), undefined);
    return { ...(job ? { job } : {}), earlier: earlier.length };
}
const TOKEN_HINT = 'set GITLAB_TOKEN (a masked CI/CD variable holding a project, group or personal access token with the read_api scope) to re-run only what failed';
function jobRefOf(env) {
    const token = (0,gitlab_token/* gitlabToken */.D)(env);
    if (!token)
        return {
            ok: false,
            reason: `GitLab numbers no job attempts, and without an access token this job cannot list its pipeline's retried jobs (CI_JOB_TOKEN may not); ${TOKEN_HINT}`,
        };
    const server = gitlabServerUrl(env);
    const project = env.CI_PROJECT_ID?.trim() || env.CI_PROJECT_PATH?.trim();
    const pipelineId = Number(env.CI_PIPELINE_ID);
    const jobId = Number(env.CI_JOB_ID);
    const jobName = env.CI_JOB_NAME?.trim();
    const missing = [
        server ? undefined : 'CI_SERVER_URL',
        project ? undefined : 'CI_PROJECT_ID',
        Number.isSafeInteger(pipelineId) && pipelineId > 0 ? undefined : 'CI_PIPELINE_ID',
        Number.isSafeInteger(jobId) && jobId > 0 ? undefined : 'CI_JOB_ID',
        jobName ? undefined : 'CI_JOB_NAME',
    ].filter((name) => name !== undefined);
    if (!server || !project || !jobName || missing.length > 0)
        return {
            ok: false,
            reason: `this job's ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set, so the job it retries cannot be found`,
        };
    return { ok: true, server, project, pipelineId, jobId, jobName, token };
}
/** Why a refused or failed call leaves the shard whole, in one line. */
function failureReason(error, what) {
    if (error instanceof ci/* CodeHostPermissionError */.tU)
        return `GitLab refused to ${what} (HTTP ${(0,rest_client/* statusOf */.c2)(error.cause) ?? '?'}): give the token the read_api (or api) scope and at least the Reporter role`;
    if (error instanceof model/* TesseraError */.Wc)
        return error.message;
    return `could not ${what}: ${error instanceof Error ? error.message : String(error)}`;
}
/** The retried-job lookup of a GitLab job, from its variables. */
function gitlabPreviousAttempt(env, log, rest = {}) {
    return {
        async find(into) {
            const ref = jobRefOf(env);
            if (!ref.ok)
                return { kind: 'unavailable', reason: ref.reason };
            log.mask(ref.token);
            const api = await (0,rest_client/* createGitlabApi */.Iq)(ref.server, { token: ref.token }, { ...rest, log });
            const listing = `list the jobs of pipeline ${ref.pipelineId} with the retried ones`;
            let jobs;
            try {
                jobs = await (0,rest_client/* gitlabCall */.mf)(listing, ref.project, () => api.Jobs.all(ref.project, {
                    pipelineId: ref.pipelineId,
                    includeRetried: true,
                    perPage: 100,
                    maxPages: MAX_PAGES,
                }));
            }
            catch (error) {
                return { kind: 'unavailable', reason: failureReason(error, `${listing} in ${ref.project}`) };
            }
            const { job, earlier } = previousJobOf(jobs, { id: ref.jobId, name: ref.jobName });
            if (!job)
                return earlier === 0
                    ? { kind: 'first' }
                    : {
                        kind: 'unavailable',
                        reason: `none of the ${earlier} earlier jobs named ${JSON.stringify(ref.jobName)} in pipeline ${ref.pipelineId} ran to an end (failed or passed)`,
                    };
            return downloadJobArtifacts(api, ref.project, job.id, into);
        },
    };
}
/** The artifacts of job `jobId`, unpacked under `into`, as a store; `unavailable` when there are none. */
async function downloadJobArtifacts(api, project, jobId, into) {
    const job = `job ${jobId} (the attempt this job retries)`;
    let zip;
    try {
        zip = await (0,rest_client/* downloadJobArchive */.SD)(api, project, { jobId }, `the artifacts of ${job}`);
    }
    catch (error) {
        return { kind: 'unavailable', reason: failureReason(error, `download the artifacts of ${job}`) };
    }
    if (!zip)
        return {
            kind: 'unavailable',
            reason: `${job} kept no artifacts (they expired, or the job ended before uploading them)`,
        };
    const folder = (0,external_node_path_.join)(into, `job-${jobId}`);
    await (0,promises_.mkdir)(folder, { recursive: true });
    try {
        await (0,ci/* extractZip */.JE)(zip, folder, ci/* DEFAULT_ARTIFACT_LIMITS */.SN, 'artifacts.zip');
    }
    catch (error) {
        return { kind: 'unavailable', reason: `${job}: ${error.message}` };
    }
    return { kind: 'found', job, artifacts: new ci/* StagedArtifactStore */.yB((0,external_node_path_.join)(folder, GITLAB_ARTIFACTS_DIR)) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./providers/gitlab/reports.js
/**
 * The files GitLab reads from a job's `artifacts:reports:` (https://docs.gitlab.com/ci/yaml/artifacts_reports/):
 *
 * - **Code Quality** (`reports:codequality`): the failed and flaky tests as CodeClimate issues, the subset
 *   GitLab reads (`description`, `check_name`, `fingerprint`, `severity`, `location.path`,
 *   `location.lines.begin`). GitLab compares the report with the target branch's and shows new issues in
 *   the merge request widget, so the fingerprint is stable across runs: the test, not its message.
 * - **dotenv** (`reports:dotenv`): step outputs as `TESSERA_<NAME>=<value>` variables for later jobs, under
 *   GitLab's rules: keys of letters, digits and `_`; no spaces or newlines in values; no empty lines or
 *   comments; at most 5 KB and 20 variables.
 *
 * Every output is also kept whole in a JSON file beside it (values a dotenv report cannot hold, such as
 * several lines, included). Both are pure renderers plus small file writers; ci-host.ts decides where the
 * files go.
 */




/** The most issues written; the rest are counted as omitted (the summary says how many). */
const MAX_CODE_QUALITY_ISSUES = 1000;
const MAX_DESCRIPTION_CHARS = 1000;
const SEVERITY = {
    error: 'major',
    warning: 'minor',
    notice: 'info',
};
/**
 * The annotations as Code Quality issues, in the given order (most important first). Annotations without
 * a file cannot be placed and are left out, as are those past {@link MAX_CODE_QUALITY_ISSUES}.
 */
function codeQualityIssues(annotations) {
    return annotations
        .filter((a) => a.file !== undefined && a.file !== '')
        .slice(0, MAX_CODE_QUALITY_ISSUES)
        .map((a) => {
        const text = a.title ? `${a.title}: ${a.message}` : a.message;
        const description = text.length > MAX_DESCRIPTION_CHARS ? `${text.slice(0, MAX_DESCRIPTION_CHARS - 1)}…` : text;
        return {
            description,
            check_name: a.level === 'error' ? 'tessera-failed-test' : `tessera-${a.level}`,
            fingerprint: (0,external_node_crypto_.createHash)('sha256')
                .update(`${a.level}\0${a.file ?? ''}\0${a.title ?? a.message}`)
                .digest('hex'),
            severity: SEVERITY[a.level],
            location: { path: a.file ?? '', lines: { begin: a.line !== undefined && a.line > 0 ? a.line : 1 } },
        };
    });
}
/** Writes `issues` as the Code Quality report at `path` (a JSON array, `[]` when there is none). */
async function writeCodeQuality(path, issues) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify(issues, null, 2)}\n`);
}
/** GitLab's dotenv limits. */
const DOTENV_MAX_BYTES = 5 * 1024;
const DOTENV_MAX_VARIABLES = 20;
/** The dotenv variable an output becomes: `report-url` → `TESSERA_REPORT_URL`. */
function dotenvKey(output) {
    if (!/^[A-Za-z0-9_-]+$/.test(output))
        throw new model/* UsageError */.eb(`invalid output name ${JSON.stringify(output)}`, 'Use letters, digits, "_" and "-".');
    return `TESSERA_${output.toUpperCase().replace(/-/g, '_')}`;
}
/** Parses a dotenv file Tessera wrote (`KEY=value` lines). */
function parseDotenv(text) {
    const values = new Map();
    for (const line of text.split('\n')) {
        const eq = line.indexOf('=');
        if (eq > 0)
            values.set(line.slice(0, eq), line.slice(eq + 1));
    }
    return values;
}
/** The file's text for `values`, checked against GitLab's rules. */
function renderDotenv(values) {
    if (values.size > DOTENV_MAX_VARIABLES)
        throw new model/* TesseraError */.Wc(`the dotenv report would hold ${values.size} variables; GitLab reads at most ${DOTENV_MAX_VARIABLES}`);
    const text = [...values].map(([key, value]) => `${key}=${value}\n`).join('');
    if (Buffer.byteLength(text) > DOTENV_MAX_BYTES)
        throw new model/* TesseraError */.Wc(`the dotenv report would take ${Buffer.byteLength(text)} bytes; GitLab reads at most ${DOTENV_MAX_BYTES}`);
    return text;
}
/**
 * Sets output `name` in the dotenv file at `path`, keeping the others (the last value of a name wins).
 *
 * @throws TesseraError when the value cannot be a dotenv value (spaces, newlines) or a limit is reached;
 *   the file is then left as it was
 */
async function setDotenvOutput(path, name, value) {
    const key = dotenvKey(name);
    if (/[\s]/.test(value))
        throw new model/* TesseraError */.Wc(`output ${name} is not set in the dotenv report: GitLab does not accept spaces or newlines in a value`);
    const current = parseDotenv(await (0,promises_.readFile)(path, 'utf8').catch(() => ''));
    current.set(key, value);
    const text = renderDotenv(current);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, text);
    await (0,promises_.rename)(temp, path);
}
/** Sets output `name` in the JSON outputs file at `path` (`{"name": "value", …}`), keeping the others. */
async function setJsonOutput(path, name, value) {
    dotenvKey(name);
    const current = await (0,promises_.readFile)(path, 'utf8').then((text) => JSON.parse(text), () => ({}));
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, `${JSON.stringify({ ...current, [name]: value }, null, 2)}\n`);
    await (0,promises_.rename)(temp, path);
}

;// CONCATENATED MODULE: ./providers/gitlab/ci-host.js
/**
 * The GitLab CI host: context from the predefined `CI_*` variables, artifacts staged in the workspace for
 * the template's `artifacts:`/`needs:` to move, the history kept as an artifact of the report job (the
 * baseline read back over the REST API), and GitLab's own surfaces for the rest:
 *
 * - annotations → a Code Quality report (`.tessera/gitlab/codequality.json`, `reports:codequality`), which
 *   the merge request widget shows, and one log line each;
 * - outputs → a dotenv report (`.tessera/gitlab/tessera.env`, `reports:dotenv`): `TESSERA_<NAME>` variables
 *   for later jobs, for every value GitLab's dotenv rules allow; all of them whole in
 *   `.tessera/gitlab/outputs.json`;
 * - the job summary → `.tessera/report/summary.md`, kept as an artifact (GitLab has no job summary page; the
 *   merge request note carries the report);
 * - log groups → collapsible sections, with untrusted text neutralised (log-sections.ts);
 * - in the component's `target` mode, the `shards` output → the dynamic child pipeline (child-pipeline.ts);
 * - a retried shard job → the job it retries, and its bundle, through the jobs API (previous-attempt.ts).
 *
 * Tokens (`CI_JOB_TOKEN`, `GITLAB_TOKEN`, `TESSERA_TOKEN`) are masked in everything this host prints.
 */













/** GitLab's report files, relative to `CI_PROJECT_DIR` (the template declares them under `reports:`). */
const GITLAB_REPORT_FILES = {
    codequality: '.tessera/gitlab/codequality.json',
    dotenv: '.tessera/gitlab/tessera.env',
    outputs: '.tessera/gitlab/outputs.json',
    junit: '.tessera/gitlab/junit.xml',
    summary: '.tessera/report/summary.md',
};
/** The summary is a file here; this bound only stops a runaway loop from filling the disk. */
const SUMMARY_LIMIT_BYTES = 16 * 1024 * 1024;
/** The variables that may hold a secret in a GitLab job. */
const SECRET_VARIABLES = [
    'CI_JOB_TOKEN',
    'GITLAB_TOKEN',
    'TESSERA_TOKEN',
    'CI_REGISTRY_PASSWORD',
    'CI_DEPENDENCY_PROXY_PASSWORD',
];
/** The project to read baselines from: the merge request's target project, else this one. */
function baselineProject(env) {
    return env.CI_MERGE_REQUEST_PROJECT_ID || env.CI_PROJECT_ID || env.CI_PROJECT_PATH || undefined;
}
/** How to read baselines: with the note token when there is one (it reads artifacts on every tier), else the job token. */
function baselineSource(env, log, rest) {
    const server = gitlabServerUrl(env);
    const project = baselineProject(env);
    if (!server || !project)
        return undefined;
    const job = env.TESSERA_REPORT_JOB?.trim() || DEFAULT_REPORT_JOB;
    const token = (0,gitlab_token/* gitlabToken */.D)(env);
    const jobToken = env.CI_JOB_TOKEN?.trim();
    const credential = token ? { token } : jobToken ? { jobToken } : undefined;
    if (!credential)
        return undefined;
    // Masked now, although the client (and gitbeaker) is made only when a baseline is read.
    log.mask(token ?? jobToken ?? '');
    let api;
    return {
        api: () => (api ??= (0,rest_client/* createGitlabApi */.Iq)(server, credential, { ...rest, log })),
        project,
        job,
        credential: token ? 'token' : 'job-token',
    };
}
/** The CI host of a GitLab CI job. */
async function createGitlabCiHost(env, deps) {
    const log = (0,ci/* createLogger */.h)(deps.write, gitlabDialect(), {
        debug: env.TESSERA_DEBUG === '1' || env.CI_DEBUG_TRACE === 'true',
        secrets: SECRET_VARIABLES.map((name) => env[name]),
    });
    const context = parseGitlabContext(env, (0,external_node_path_.resolve)(deps.cwd));
    for (const warning of gitlabContextWarnings(env))
        log.warn(warning);
    // Files go where the job runs, as every path the CLI writes (--junit, --html, the plan): the job's
    // script starts in CI_PROJECT_DIR, whose relative paths `artifacts:` declares. (gitlab-ci-local's shell
    // executor runs in a build folder of its own while it reports a container's CI_PROJECT_DIR.)
    const workspace = (0,external_node_path_.resolve)(deps.cwd);
    const path = (relativePath) => (0,external_node_path_.join)(workspace, relativePath);
    const rest = deps.sleep ? { sleep: deps.sleep } : {};
    const baseline = baselineSource(env, log, rest);
    return {
        id: 'gitlab',
        context: () => context,
        artifacts: new GitlabArtifactStore(workspace, env.CI_JOB_URL || undefined),
        history: new GitlabHistoryStore({
            local: new src_history/* LocalHistoryStore */.vn(path(GITLAB_HISTORY_DIR)),
            ...(baseline ? { baseline } : {}),
            log,
        }),
        summary: new ci/* FileSummarySink */.GT(path(GITLAB_REPORT_FILES.summary), SUMMARY_LIMIT_BYTES),
        limits: { annotationsPerLevel: Number.POSITIVE_INFINITY },
        log,
        // A retried job is a new job: it finds the one it retries through the jobs API (previous-attempt.ts).
        previousAttempt: gitlabPreviousAttempt(env, log, rest),
        async annotate(annotations) {
            const issues = codeQualityIssues(annotations);
            await writeCodeQuality(path(GITLAB_REPORT_FILES.codequality), issues);
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
            // Every annotation has its log line; the Code Quality report holds those with a file to point at.
            log.debug(`${issues.length} of ${annotations.length} annotations in ${GITLAB_REPORT_FILES.codequality}`);
            return { shown: annotations.length, omitted: 0 };
        },
        async setOutput(name, value) {
            await setJsonOutput(path(GITLAB_REPORT_FILES.outputs), name, value);
            // In the component's `target` mode, the planned shard count becomes a child pipeline (child-pipeline.ts).
            const child = env[CHILD_PIPELINE_VARIABLE];
            if (name === 'shards' && child) {
                await writeChildPipeline((0,external_node_path_.resolve)(workspace, child), Number(value), env);
                log.info(`wrote the child pipeline with ${value} shard jobs to ${child}`);
            }
            try {
                await setDotenvOutput(path(GITLAB_REPORT_FILES.dotenv), name, value);
            }
            catch (error) {
                if (error instanceof model/* UsageError */.eb || !(error instanceof model/* TesseraError */.Wc))
                    throw error;
                log.debug(`${error.message}; it is in ${GITLAB_REPORT_FILES.outputs}`);
            }
        },
    };
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
