export const id = 435;
export const ids = [435];
export const modules = {

/***/ 21621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   l7: () => (/* binding */ GithubRestClient)
/* harmony export */ });
/* unused harmony export isRateLimited */
/* harmony import */ var _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17405);
/* harmony import */ var _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44865);


/** Tries after the first, by default: the retry plugin's own default. */
const DEFAULT_RETRIES = 3;
/** The retry plugin's `doNotRetry` default, plus 429, which is the throttling plugin's (see the top). */
const NOT_RETRIED_BY_RETRY_PLUGIN = [400, 401, 403, 404, 410, 422, 429, 451];
/** The HTTP status of an Octokit error, if it has one. */
const statusOf = (error) => error?.status;
/** A 403 or 429 that is a rate limit (primary or secondary), not a permission problem. */
function isRateLimited(error) {
    const status = statusOf(error);
    if (status !== 403 && status !== 429)
        return false;
    const headers = error.response?.headers ?? {};
    const message = error.response?.data?.message ?? error.message ?? '';
    return headers['x-ratelimit-remaining'] === '0' || /\bsecondary rate\b/i.test(message);
}
/** REST calls on one repository. */
class GithubRestClient {
    ref;
    token;
    options;
    owner;
    repo;
    octokit;
    constructor(ref, token, options = {}) {
        this.ref = ref;
        this.token = token;
        this.options = options;
        const [owner, repo, ...rest] = ref.repo.split('/');
        if (!owner || !repo || rest.length > 0)
            throw new _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid GitHub repository ${JSON.stringify(ref.repo)}`, 'Expected owner/name.');
        this.owner = owner;
        this.repo = repo;
        this.octokit = options.octokit;
        options.log?.mask(token);
    }
    /** One request on this repository (`owner` and `repo` filled in); resolves with the response data. */
    async request(what, route, parameters = {}) {
        const octokit = await this.client();
        const response = await this.mapErrors(what, () => octokit.request(route, { owner: this.owner, repo: this.repo, ...parameters }));
        return response.data;
    }
    /** Every page of a list on this repository. */
    async paginate(what, route, parameters = {}) {
        const octokit = await this.client();
        return this.mapErrors(what, () => octokit.paginate(route, { owner: this.owner, repo: this.repo, per_page: 100, ...parameters }));
    }
    mapErrors(what, operation) {
        return operation().catch((error) => {
            const status = statusOf(error);
            const message = error.response?.data?.message ?? error.message;
            if (status === 403 && !isRateLimited(error))
                throw new _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CodeHostPermissionError */ .tU(`GitHub refused to ${what} on ${this.ref.repo}: ${message}`, 'A pull request from a fork gets a read-only token; otherwise grant the workflow the permission (`pull-requests: write` to comment, `actions: read` for earlier runs’ artifacts).', { cause: error });
            throw new _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .TesseraError */ .Wc(`GitHub: could not ${what} on ${this.ref.repo}${status ? ` (HTTP ${status})` : ''}: ${message}`, status === 404
                ? 'Check the repository name and that the token can read it.'
                : isRateLimited(error)
                    ? 'The token’s rate limit is used up; re-run the job later, or use a token of its own for Tessera.'
                    : 'GitHub may be degraded (https://www.githubstatus.com); re-run the job.', { cause: error });
        });
    }
    async client() {
        if (!this.octokit) {
            const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
                __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351)),
                Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
                Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
            ]);
            const log = this.options.log;
            const retries = this.options.retries ?? DEFAULT_RETRIES;
            const baseMs = this.options.retryAfterBaseMs ?? 1000;
            // Returning true asks the throttling plugin to retry after `retryAfter` s (its own timer).
            const onLimit = (kind) => (retryAfter, request, _o, retryCount) => {
                const where = `${request.method} ${request.url}`;
                if (retryCount >= retries) {
                    log?.warn(`GitHub: ${kind} rate limit on ${where}; giving up after ${retryCount + 1} tries`);
                    return false;
                }
                if (retryAfter * 1000 > _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REQUESTED_DELAY_MS */ .NT) {
                    log?.warn(`GitHub: ${kind} rate limit on ${where}; it asks for ${retryAfter} s, too long to wait`);
                    return false;
                }
                log?.warn(`GitHub: ${kind} rate limit on ${where}; try ${retryCount + 2} in ${retryAfter} s`);
                return true;
            };
            this.octokit = getOctokit(this.token, {
                baseUrl: this.ref.apiUrl,
                // Octokit's own messages (deprecations) go to our log, not to the console.
                log: {
                    debug: (m) => log?.debug(m),
                    info: (m) => log?.debug(m),
                    warn: (m) => log?.warn(m),
                    error: (m) => log?.error(m),
                },
                retry: { retries, retryAfterBaseValue: baseMs, doNotRetry: NOT_RETRIED_BY_RETRY_PLUGIN },
                throttle: {
                    retryAfterBaseValue: baseMs,
                    onRateLimit: onLimit('primary'),
                    onSecondaryRateLimit: onLimit('secondary'),
                    ...this.options.writeLimiters,
                },
            }, failedTryLog(log, retries), retry, throttling);
        }
        return this.octokit;
    }
}
/**
 * A plugin, innermost, that logs every try GitHub answered with a server error, so that a slow report
 * says why. It only observes: the retry plugin decides.
 */
function failedTryLog(log, retries) {
    return (octokit) => {
        octokit.hook.error('request', (error, options) => {
            const status = statusOf(error);
            if (status !== undefined && status >= 500) {
                const tries = Number(options.request?.retryCount ?? 0);
                log?.warn(`GitHub: ${String(options.method)} ${String(options.url)} answered HTTP ${status} (try ${tries + 1} of ${retries + 1})`);
            }
            throw error;
        });
    };
}


/***/ }),

/***/ 87522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ githubToken),
/* harmony export */   e: () => (/* binding */ GITHUB_TOKEN_VARIABLES)
/* harmony export */ });
/**
 * The variables that may hold the REST token, first match wins: the action's `token` input (which defaults
 * to `github.token`), then `GITHUB_TOKEN` (the runner does not set it; a workflow may, in `env:`). The CLI
 * looks here for the PR comment's token after `TESSERA_TOKEN`; the CI host uses the same list for
 * histories and for the triggering run's artifacts.
 */
const GITHUB_TOKEN_VARIABLES = ['INPUT_TOKEN', 'GITHUB_TOKEN'];
/** The first of {@link GITHUB_TOKEN_VARIABLES} that is set and not empty. */
function githubToken(env) {
    for (const name of GITHUB_TOKEN_VARIABLES)
        if (env[name])
            return env[name];
    return undefined;
}


/***/ }),

/***/ 31825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dm: () => (/* binding */ PLAN_ARTIFACT),
/* harmony export */   kQ: () => (/* binding */ HISTORY_ARTIFACT),
/* harmony export */   m5: () => (/* binding */ reportArtifactName),
/* harmony export */   t1: () => (/* binding */ chooseShardArtifacts),
/* harmony export */   u9: () => (/* binding */ shardArtifactName)
/* harmony export */ });
/* unused harmony exports REPORT_ARTIFACT, parseShardArtifactName */
/* harmony import */ var _run_bundle_folder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95366);

/** The plan, uploaded once by the plan job. */
const PLAN_ARTIFACT = 'tessera-plan';
/** A branch's history, uploaded by the report job. */
const HISTORY_ARTIFACT = 'tessera-history';
/** The HTML report, uploaded by the report job. */
const REPORT_ARTIFACT = 'tessera-report';
/** The HTML report's artifact name: `-attempt-<a>` from a run's second attempt on, as shard bundles. */
function reportArtifactName(attempt) {
    return attempt > 1 ? `${REPORT_ARTIFACT}-attempt-${attempt}` : REPORT_ARTIFACT;
}
/** `tessera-shard-<i>-of-<N>`, with `-attempt-<a>` from the second attempt on (the bundle folder's name). */
function shardArtifactName(shard, attempt) {
    return (0,_run_bundle_folder_js__WEBPACK_IMPORTED_MODULE_0__/* .bundleFolderName */ .Q)(shard, attempt);
}
const SHARD_NAME = /^tessera-shard-(\d{1,6})-of-(\d{1,6})(?:-attempt-(\d{1,6}))?$/;
/** Parses `tessera-shard-2-of-4-attempt-3`; undefined for any other name. */
function parseShardArtifactName(name) {
    const match = SHARD_NAME.exec(name);
    if (!match)
        return undefined;
    const index = Number(match[1]);
    const total = Number(match[2]);
    const attempt = match[3] === undefined ? 1 : Number(match[3]);
    if (index < 1 || total < 1 || index > total || attempt < 1)
        return undefined;
    return { shard: { index, total }, attempt };
}
const newer = (a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) || (Number(a.id) || 0) - (Number(b.id) || 0);
/**
 * The latest attempt of each shard among `entries`: highest attempt suffix first, then (for the same name
 * stored twice, as a GitHub re-run can leave it) the newest, then the highest id. Shards of different
 * matrix sizes are kept apart, so a report can say the matrix changed. Sorted by total, then index.
 */
function chooseShardArtifacts(entries) {
    const byShard = new Map();
    for (const entry of entries) {
        const parsed = parseShardArtifactName(entry.name);
        if (!parsed)
            continue;
        const key = `${parsed.shard.index}/${parsed.shard.total}`;
        byShard.set(key, [...(byShard.get(key) ?? []), { parsed, entry }]);
    }
    const chosen = [];
    for (const candidates of byShard.values()) {
        const ordered = [...candidates].sort((a, b) => b.parsed.attempt - a.parsed.attempt || newer(b.entry, a.entry));
        const [latest, ...rest] = ordered;
        if (!latest)
            continue;
        chosen.push({
            shard: latest.parsed.shard,
            attempt: latest.parsed.attempt,
            entry: latest.entry,
            superseded: rest.map((r) => r.entry),
        });
    }
    return chosen.sort((a, b) => a.shard.total - b.shard.total || a.shard.index - b.shard.index);
}


/***/ }),

/***/ 69075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ baselineBranchOf),
/* harmony export */   o: () => (/* binding */ runInfoOf)
/* harmony export */ });
/** The part of the context a shard bundle and the history record (DESIGN.md, "Shard bundle"). */
function runInfoOf(context) {
    return {
        provider: context.provider,
        runId: context.run.id,
        attempt: context.run.attempt,
        sha: context.headSha,
        branch: context.branch,
        baseBranch: context.baseBranch,
        pr: context.pr?.number,
        url: context.run.url,
    };
}
/** The branch whose history is the baseline: the base branch for a PR or merge queue, else the branch. */
function baselineBranchOf(context) {
    return context.baseBranch ?? context.pr?.baseBranch ?? context.branch;
}


/***/ }),

/***/ 19497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ ArtifactNotFoundError),
/* harmony export */   d1: () => (/* binding */ ArtifactExistsError),
/* harmony export */   tU: () => (/* binding */ CodeHostPermissionError),
/* harmony export */   td: () => (/* binding */ UnsafeArchiveError)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44865);
/**
 * Errors of the CI ports. Each names the artifact, shard or permission involved and says what to check.
 */

/** An artifact name that is already taken in this run: names are unique per run on every provider. */
class ArtifactExistsError extends _model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TesseraError */ .Wc {
    artifact;
    name = 'ArtifactExistsError';
    constructor(artifact, options) {
        super(`artifact ${artifact} already exists in this run`, 'Two jobs wrote the same shard, or the job ran twice in one attempt: give every matrix job its own shard index.', options);
        this.artifact = artifact;
    }
}
/** An artifact that is not (or no longer) in the store. */
class ArtifactNotFoundError extends _model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TesseraError */ .Wc {
    artifact;
    name = 'ArtifactNotFoundError';
    constructor(artifact, hint, options) {
        super(`artifact ${artifact} not found`, hint ?? 'Did the job that uploads it run, and is it within the retention period?', options);
        this.artifact = artifact;
    }
}
/**
 * An archive that is refused before anything is written: an entry that would land outside the target
 * folder (zip-slip), a link, or a size over the cap (a zip bomb, or a history that outgrew its bounds).
 */
class UnsafeArchiveError extends _model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TesseraError */ .Wc {
    artifact;
    name = 'UnsafeArchiveError';
    constructor(artifact, reason, hint) {
        super(`artifact ${artifact} refused: ${reason}`, hint ?? 'Artifacts are read as untrusted input; re-create it with `tessera run` or `tessera collect`.');
        this.artifact = artifact;
    }
}
/**
 * The token may not do what was asked (fork PRs get a read-only token; a workflow may lack
 * `pull-requests: write`). Callers turn it into a warning: the report is still in the job summary.
 */
class CodeHostPermissionError extends _model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TesseraError */ .Wc {
    name = 'CodeHostPermissionError';
}


/***/ }),

/***/ 17405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d1: () => (/* reexport */ errors/* ArtifactExistsError */.d1),
  CL: () => (/* reexport */ errors/* ArtifactNotFoundError */.CL),
  tU: () => (/* reexport */ errors/* CodeHostPermissionError */.tU),
  SN: () => (/* reexport */ DEFAULT_ARTIFACT_LIMITS),
  GT: () => (/* reexport */ FileSummarySink),
  d4: () => (/* reexport */ GITHUB_SUMMARY_LIMIT_BYTES),
  kQ: () => (/* reexport */ artifact_names/* HISTORY_ARTIFACT */.kQ),
  M3: () => (/* reexport */ HostNotSupportedError),
  NT: () => (/* reexport */ MAX_REQUESTED_DELAY_MS),
  UW: () => (/* reexport */ PLAIN_DIALECT),
  NO: () => (/* reexport */ PROVIDER_IDS),
  M2: () => (/* reexport */ SecretMasker),
  yB: () => (/* reexport */ StagedArtifactStore),
  td: () => (/* reexport */ errors/* UnsafeArchiveError */.td),
  h: () => (/* reexport */ createLogger),
  JE: () => (/* reexport */ extractZip),
  mw: () => (/* reexport */ hostNotYetSupported),
  rl: () => (/* reexport */ isProviderId),
  oD: () => (/* reexport */ isValidArtifactName),
  mu: () => (/* reexport */ parseRetryAfter),
  uk: () => (/* reexport */ realSleep),
  LH: () => (/* reexport */ withRetries)
});

// UNUSED EXPORTS: CODE_HOST_KINDS, MASK, PLAN_ARTIFACT, PLAN_FILE, REPORT_ARTIFACT, baselineBranchOf, chooseShardArtifacts, fetchPlan, fetchShardBundles, mapConcurrently, parseShardArtifactName, putPlan, putShardBundle, readZipEntries, reportArtifactName, runInfoOf, safeEntryPath, shardArtifactName

;// CONCATENATED MODULE: ./src/ci/provider.ts
/** Every provider Tessera knows, in the order detection tries them (`local` is the fallback, never detected). */
const PROVIDER_IDS = ['github', 'gitlab', 'azure', 'jenkins', 'local'];
/** Whether `value` is a known provider id (for `--provider` and `TESSERA_PROVIDER`). */
function isProviderId(value) {
    return PROVIDER_IDS.includes(value);
}

;// CONCATENATED MODULE: ./src/ci/artifact-store.ts
/**
 * The artifact port (DESIGN.md, "Ports"): how files travel between the jobs of one run. Two kinds of
 * implementation exist, and the difference between them is real, not faked:
 *
 * - **API stores** (GitHub, Azure) upload and download from this process through the CI's service.
 * - **Staged stores** (GitLab `artifacts:`/`needs:`, Jenkins `stash`/`unstash`, the local default) only
 *   place files in a folder; the CI moves that folder between jobs because the template or step declares
 *   it. See staged-artifact-store.ts.
 *
 * Artifacts are folders: `put` takes every file under a folder, `get` recreates it. Names are unique in a
 * run; re-runs use new names (`…-attempt-2`), which is why `list` can show several attempts of a shard.
 */
/** Defaults generous for shard bundles (a few MB) and histories (bounded), small enough to stop a bomb. */
const DEFAULT_ARTIFACT_LIMITS = {
    maxArchiveBytes: 256 * 1024 * 1024,
    maxExtractedBytes: 1024 * 1024 * 1024,
    maxEntries: 100_000,
};
/** Characters allowed in an artifact name (GitHub forbids `" : < > | * ? \r \n \ /`; Azure and GitLab less). */
const ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
/** Whether `name` is a valid artifact name on every provider. */
function isValidArtifactName(name) {
    return ARTIFACT_NAME.test(name) && !name.includes('..');
}

// EXTERNAL MODULE: ./src/ci/artifact-names.ts
var artifact_names = __webpack_require__(31825);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/index.ts + 3 modules
var model = __webpack_require__(44865);
// EXTERNAL MODULE: ./src/ci/errors.ts
var errors = __webpack_require__(19497);
;// CONCATENATED MODULE: ./src/ci/staged-artifact-store.ts
/**
 * The staged-directory {@link ArtifactStore}: artifacts are folders under one staging root, and the CI moves
 * that root between jobs because the template or step declares it (GitLab `artifacts: paths` + `needs:`,
 * Jenkins `stash`/`unstash` or `archiveArtifacts`). The local provider uses it as is, under
 * `.tessera/artifacts/`. Nothing is uploaded from this process; that is the honest difference from the API
 * stores of GitHub and Azure.
 *
 * What arrives in the staging root came from other jobs, so `get` treats it as untrusted exactly as an API
 * store treats a downloaded zip: links are refused and the limits apply.
 */





/** Every regular file under `folder`, or `found-link` as soon as a symbolic link turns up. */
async function walk(folder) {
    const files = [];
    const pending = [folder];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
        for (const dirent of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(dir, dirent.name);
            if (dirent.isSymbolicLink())
                return 'found-link';
            if (dirent.isDirectory())
                pending.push(path);
            else if (dirent.isFile())
                files.push({ path, size: (await (0,promises_.lstat)(path)).size });
        }
    }
    return files;
}
function checkName(name) {
    if (!isValidArtifactName(name))
        throw new model/* UsageError */.eb(`invalid artifact name ${JSON.stringify(name)}`, 'Use letters, digits, ".", "_" and "-" only, starting with a letter or digit.');
}
/** An {@link ArtifactStore} over a staging folder the CI carries between jobs. */
class StagedArtifactStore {
    kind = 'staged';
    /** The staging root (absolute). */
    root;
    limits;
    /**
     * @param root the folder the CI template declares as its artifact path (created on the first put)
     * @param limits bounds `get` enforces on what other jobs left there
     */
    constructor(root, limits = DEFAULT_ARTIFACT_LIMITS) {
        this.root = (0,external_node_path_.resolve)(root);
        this.limits = limits;
    }
    /** Copies `folder` to `<root>/<name>/`, through a temporary folder renamed into place. */
    async put(name, folder) {
        checkName(name);
        const source = (0,external_node_path_.resolve)(folder);
        const files = await walk(source).catch((error) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                throw new model/* UsageError */.eb(`cannot store artifact ${name}: ${folder} is not a folder`);
            throw error;
        });
        if (files === 'found-link')
            throw new model/* UsageError */.eb(`cannot store artifact ${name}: ${folder} contains a symbolic link`);
        if (files.length === 0)
            throw new model/* UsageError */.eb(`cannot store artifact ${name}: ${folder} holds no file`);
        const target = (0,external_node_path_.join)(this.root, name);
        if (await exists(target))
            throw new errors/* ArtifactExistsError */.d1(name);
        await (0,promises_.mkdir)(this.root, { recursive: true });
        const temp = (0,external_node_path_.join)(this.root, `.${name}.${process.pid}.partial`);
        await (0,promises_.rm)(temp, { recursive: true, force: true });
        await (0,promises_.cp)(source, temp, { recursive: true });
        try {
            await (0,promises_.rename)(temp, target);
        }
        catch (error) {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
            // Another job of this run won the race for the name.
            if (['ENOTEMPTY', 'EEXIST'].includes(error.code ?? ''))
                throw new errors/* ArtifactExistsError */.d1(name, { cause: error });
            throw error;
        }
        return this.entryOf(name);
    }
    /** The valid-named folders under the root; partial copies (dot-prefixed) are skipped. */
    async list() {
        const dirents = await (0,promises_.readdir)(this.root, { withFileTypes: true }).catch((error) => {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        });
        const names = dirents.filter((d) => d.isDirectory() && isValidArtifactName(d.name)).map((d) => d.name);
        return Promise.all(names.sort().map((name) => this.entryOf(name)));
    }
    /**
     * Copies `<root>/<name>/` to `<into>/<name>/` after checking it holds no link and fits the limits. When
     * `into` is the root itself the folder is only checked, not copied.
     */
    async get(entry, into) {
        checkName(entry.name);
        const source = (0,external_node_path_.join)(this.root, entry.name);
        const files = await walk(source).catch((error) => {
            if (error.code === 'ENOENT')
                throw new errors/* ArtifactNotFoundError */.CL(entry.name);
            throw error;
        });
        if (files === 'found-link')
            throw new errors/* UnsafeArchiveError */.td(entry.name, 'it contains a symbolic link');
        if (files.length > this.limits.maxEntries)
            throw new errors/* UnsafeArchiveError */.td(entry.name, `${files.length} files, more than the ${this.limits.maxEntries} allowed`);
        const total = files.reduce((sum, f) => sum + f.size, 0);
        if (total > this.limits.maxExtractedBytes)
            throw new errors/* UnsafeArchiveError */.td(entry.name, `its files add up to more than the ${this.limits.maxExtractedBytes} bytes allowed`);
        const target = (0,external_node_path_.join)((0,external_node_path_.resolve)(into), entry.name);
        if (target === source)
            return target;
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(into), { recursive: true });
        await (0,promises_.cp)(source, target, { recursive: true });
        return target;
    }
    async entryOf(name) {
        const path = (0,external_node_path_.join)(this.root, name);
        const info = await (0,promises_.stat)(path);
        const files = await walk(path);
        const size = files === 'found-link' ? undefined : files.reduce((sum, f) => sum + f.size, 0);
        return { name, id: name, size, createdAt: info.mtime };
    }
}
async function exists(path) {
    return (0,promises_.lstat)(path).then(() => true, () => false);
}

// EXTERNAL MODULE: ./src/ci/shard-artifacts.ts
var shard_artifacts = __webpack_require__(15658);
;// CONCATENATED MODULE: ./src/ci/file-summary-sink.ts
/**
 * A {@link SummarySink} that appends to a file under a byte budget: GitHub's `GITHUB_STEP_SUMMARY` (1 MiB
 * per step, past which GitHub silently drops the whole summary), and the summary file of CIs without a
 * native one (`.tessera/summary.md`, published by the template).
 */


/** GitHub's per-step job summary limit. */
const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Appends Markdown to `path`, refusing any append that would take the file past `limitBytes`. */
class FileSummarySink {
    path;
    limitBytes;
    constructor(path, limitBytes) {
        this.path = path;
        this.limitBytes = limitBytes;
    }
    async append(markdown) {
        // The file may already hold other steps' text (GitHub shares it within a step), so measure it.
        const current = await (0,promises_.stat)(this.path).then((s) => s.size, () => 0);
        const bytes = Buffer.byteLength(markdown);
        if (current + bytes > this.limitBytes)
            return { written: false, totalBytes: current };
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
        await (0,promises_.appendFile)(this.path, markdown);
        return { written: true, totalBytes: current + bytes };
    }
}

;// CONCATENATED MODULE: ./src/ci/logger.ts
/**
 * The job log: four levels, collapsible groups, and secret masking. Every line a host writes goes through
 * {@link createLogger}, which removes registered secrets before the line reaches the output, so a token
 * cannot leak through an error message that happens to quote a URL or a header. CIs differ only in how a
 * warning or a group is spelled; that spelling is a {@link LogDialect}.
 */
/** Plain text, for a terminal and for CIs without log commands (GitLab sections are optional sugar). */
const PLAIN_DIALECT = {
    line: (level, message) => `${level === 'info' ? '' : `${level === 'warn' ? 'warning' : level}: `}${message}\n`,
    groupStart: (title) => `── ${title}\n`,
    groupEnd: () => '',
};
/** What replaces a secret in the log. */
const MASK = '***';
const MIN_SECRET_LENGTH = 4;
/**
 * Removes registered secrets from text. One masker can serve a logger and a host's other writers
 * (annotations), so a secret registered once is hidden everywhere.
 */
class SecretMasker {
    forms = new Set();
    ordered = [];
    /** Registers `secret` with its URL-encoded and base64 forms; values under 4 characters are ignored. */
    add(secret) {
        if (secret === undefined || secret.length < MIN_SECRET_LENGTH)
            return;
        for (const form of [
            secret,
            encodeURIComponent(secret),
            Buffer.from(secret).toString('base64'),
            Buffer.from(secret).toString('base64url'),
        ]) {
            if (form.length >= MIN_SECRET_LENGTH)
                this.forms.add(form);
        }
        // Longest first, so a secret that contains another is replaced whole.
        this.ordered = [...this.forms].sort((a, b) => b.length - a.length);
    }
    /** `text` with every registered secret replaced by {@link MASK}. */
    scrub(text) {
        return this.ordered.reduce((out, secret) => out.split(secret).join(MASK), text);
    }
}
/** A {@link Logger} that writes through `write` in `dialect`, masking secrets in every line. */
function createLogger(write, dialect, options = {}) {
    const masker = options.masker ?? new SecretMasker();
    const scrub = (text) => masker.scrub(text);
    // Scrubbed before the dialect escapes the message (escaping could split a secret) and after (a dialect
    // could add text of its own).
    const emit = (text) => {
        if (text !== '')
            write(scrub(text));
    };
    for (const secret of options.secrets ?? [])
        masker.add(secret);
    return {
        debug: (message) => {
            if (options.debug)
                emit(dialect.line('debug', scrub(message)));
        },
        info: (message) => emit(dialect.line('info', scrub(message))),
        warn: (message) => emit(dialect.line('warn', scrub(message))),
        error: (message) => emit(dialect.line('error', scrub(message))),
        async group(title, work) {
            emit(dialect.groupStart(scrub(title)));
            try {
                return await work();
            }
            finally {
                emit(dialect.groupEnd());
            }
        },
        mask: (secret) => masker.add(secret),
    };
}

;// CONCATENATED MODULE: ./src/ci/retry.ts
/**
 * Retrying calls to a CI service. Transient failures (5xx, 429, a dropped connection) are retried with
 * exponential backoff, or after the delay the service asked for (`Retry-After`); the last error is
 * re-thrown as is, so its message still names what failed.
 */
/** The longest wait honoured from a Retry-After header: a service asking for more is treated as down. */
const MAX_REQUESTED_DELAY_MS = 60_000;
/** A real timer. */
const realSleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** Runs `operation`, retrying it as `policy` says. */
async function withRetries(operation, policy) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (attempt >= policy.attempts || !policy.isRetryable(error))
                throw error;
            const requested = policy.requestedDelayMs?.(error);
            const delay = requested !== undefined
                ? Math.min(requested, MAX_REQUESTED_DELAY_MS)
                : policy.baseDelayMs * 2 ** (attempt - 1);
            policy.onRetry?.(error, attempt, delay);
            await policy.sleep(delay);
        }
    }
}
/**
 * Parses a Retry-After value (seconds, or an HTTP date) into milliseconds from `now`; undefined when it
 * is absent or unreadable.
 */
function parseRetryAfter(value, now = new Date()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/ci/zip-archive.ts
/**
 * Reading and extracting the zip archives API stores download, treating them as untrusted input: the whole
 * central directory is checked (paths, links, counts, sizes) before a single file is written, so a refused
 * archive leaves nothing behind. Only what artifact services produce is supported: stored or deflated
 * entries, no encryption, no zip64 (an artifact over 4 GiB is refused as oversized anyway).
 */




const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** A zip that cannot be read: truncated, not a zip, or using a feature we refuse. */
class MalformedZip extends Error {
}
/**
 * The entries of a zip archive, from its central directory.
 *
 * @throws Error (caught by {@link extractZip}) when the bytes are not a zip we read
 */
function readZipEntries(zip) {
    // The end-of-central-directory record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
    let eocd = -1;
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
        if (zip.readUInt32LE(at) === EOCD_SIGNATURE) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        throw new MalformedZip('not a zip archive (no end of central directory)');
    const count = zip.readUInt16LE(eocd + 10);
    const size = zip.readUInt32LE(eocd + 12);
    const offset = zip.readUInt32LE(eocd + 16);
    if (count === 0xffff || size === ZIP64_MARK || offset === ZIP64_MARK)
        throw new MalformedZip('zip64 archives are not supported');
    if (offset + size > eocd)
        throw new MalformedZip('central directory lies outside the archive');
    const entries = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
        if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE)
            throw new MalformedZip(`central directory entry ${i + 1} is damaged`);
        const madeBy = zip.readUInt16LE(at + 4) >> 8;
        const flags = zip.readUInt16LE(at + 8);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        const mode = zip.readUInt32LE(at + 38) >>> 16;
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        const compressedSize = zip.readUInt32LE(at + 20);
        const uncompressedSize = zip.readUInt32LE(at + 24);
        const localHeaderOffset = zip.readUInt32LE(at + 42);
        if ([compressedSize, uncompressedSize, localHeaderOffset].includes(ZIP64_MARK))
            throw new MalformedZip('zip64 entries are not supported');
        entries.push({
            name,
            isDirectory: name.endsWith('/'),
            isSymlink: madeBy === UNIX_HOST && (mode & S_IFMT) === S_IFLNK,
            encrypted: (flags & 1) === 1,
            method: zip.readUInt16LE(at + 10),
            crc: zip.readUInt32LE(at + 16),
            compressedSize,
            uncompressedSize,
            localHeaderOffset,
        });
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
/**
 * Where `name` would land under `root`, or undefined when it must be refused: absolute paths, drive
 * letters, `..` segments, NUL bytes, and anything that resolves outside `root`. Backslashes count as
 * separators, since some zip writers on Windows store them.
 */
function safeEntryPath(root, name) {
    const normalised = name.replace(/\\/g, '/');
    if (normalised === '' || normalised.includes('\0'))
        return undefined;
    if (normalised.startsWith('/') || /^[A-Za-z]:/.test(normalised))
        return undefined;
    if (normalised.split('/').some((segment) => segment === '..'))
        return undefined;
    const target = (0,external_node_path_.resolve)(root, ...normalised.split('/').filter((s) => s !== '' && s !== '.'));
    const rel = (0,external_node_path_.relative)(root, target);
    if (rel === '' || rel.startsWith(`..${external_node_path_.sep}`) || rel === '..' || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return target;
}
/**
 * Extracts `zip` into the folder `into` (created if needed). Every entry is checked first; an archive with
 * one bad entry is refused whole.
 *
 * @param artifact the artifact's name, for messages
 * @throws UnsafeArchiveError for an unreadable, unsafe or oversized archive
 */
async function extractZip(zip, into, limits, artifact) {
    const root = (0,external_node_path_.resolve)(into);
    let entries;
    try {
        entries = readZipEntries(zip);
    }
    catch (error) {
        throw new errors/* UnsafeArchiveError */.td(artifact, error.message);
    }
    if (entries.length > limits.maxEntries)
        throw new errors/* UnsafeArchiveError */.td(artifact, `${entries.length} files, more than the ${limits.maxEntries} allowed`);
    let total = 0;
    const plan = [];
    for (const entry of entries) {
        const target = safeEntryPath(root, entry.name);
        if (target === undefined)
            throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} would be written outside the folder`);
        if (entry.isSymlink)
            throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} is a symbolic link`);
        if (entry.encrypted)
            throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} is encrypted`);
        if (!entry.isDirectory && entry.method !== 0 && entry.method !== 8)
            throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} uses compression method ${entry.method}`);
        total += entry.uncompressedSize;
        if (total > limits.maxExtractedBytes)
            throw new errors/* UnsafeArchiveError */.td(artifact, `its files add up to more than the ${limits.maxExtractedBytes} bytes allowed`);
        plan.push({ entry, target });
    }
    checkNoFileDirectoryClash(plan, root, artifact);
    // Inflate everything before writing anything, so a lying size or a bad checksum leaves no partial folder.
    const contents = plan.map(({ entry, target }) => ({
        target,
        isDirectory: entry.isDirectory,
        data: entry.isDirectory ? Buffer.alloc(0) : inflateEntry(zip, entry, artifact),
    }));
    const existed = await (0,promises_.stat)(root).then(() => true, () => false);
    try {
        await (0,promises_.mkdir)(root, { recursive: true });
        for (const { target, isDirectory, data } of contents) {
            if (isDirectory) {
                await (0,promises_.mkdir)(target, { recursive: true });
                continue;
            }
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            // A duplicated entry name: the later one wins, as with every unzip tool.
            await (0,promises_.writeFile)(target, data);
        }
    }
    catch (error) {
        // The disk filled up or the folder changed under us: leave no half-extracted artifact behind.
        if (!existed)
            await (0,promises_.rm)(root, { recursive: true, force: true });
        throw new errors/* UnsafeArchiveError */.td(artifact, `it could not be extracted (${error.message})`, 'Check the free disk space of the runner, then re-run the job.');
    }
}
/** Refuses an archive where one entry is a file and another needs it to be a folder (`a` and `a/b`). */
function checkNoFileDirectoryClash(plan, root, artifact) {
    const files = new Set(plan.filter((p) => !p.entry.isDirectory).map((p) => p.target));
    for (const { entry, target } of plan) {
        for (let dir = (0,external_node_path_.dirname)(target); dir.length > root.length; dir = (0,external_node_path_.dirname)(dir)) {
            if (files.has(dir))
                throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} needs ${JSON.stringify((0,external_node_path_.relative)(root, dir))} to be a folder, but it is a file`);
        }
        if (entry.isDirectory && files.has(target))
            throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} is both a file and a folder`);
    }
}
function inflateEntry(zip, entry, artifact) {
    const at = entry.localHeaderOffset;
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE)
        throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} has a damaged header`);
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const raw = zip.subarray(start, start + entry.compressedSize);
    if (raw.length !== entry.compressedSize)
        throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} is truncated`);
    let data;
    try {
        // maxOutputLength stops a deflate stream that expands past what the directory declared (a bomb).
        data =
            entry.method === 0
                ? Buffer.from(raw)
                : (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: entry.uncompressedSize || 1 });
    }
    catch (error) {
        throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} cannot be inflated (${error.message})`);
    }
    if (data.length !== entry.uncompressedSize || (0,external_node_zlib_.crc32)(data) !== entry.crc)
        throw new errors/* UnsafeArchiveError */.td(artifact, `entry ${JSON.stringify(entry.name)} does not match its checksum`);
    return data;
}

;// CONCATENATED MODULE: ./src/ci/not-yet-supported.ts
/**
 * The factory of a provider whose detection exists but whose host does not yet: it fails with a typed
 * error that says how to carry on, so the registry can fall back to the local provider (which stages
 * `.tessera/` for the CI's template to move) when the provider was detected rather than asked for.
 */

/** A provider that is detected but has no CI host in this version. */
class HostNotSupportedError extends model/* UsageError */.eb {
    displayName;
    constructor(displayName) {
        super(`${displayName} was detected, but this version of Tessera has no ${displayName} support yet`, 'Set TESSERA_PROVIDER=local (or pass --provider local) to stage artifacts and the summary under .tessera/.');
        this.displayName = displayName;
    }
}
/** A `createCiHost` that rejects with {@link HostNotSupportedError}. */
function hostNotYetSupported(displayName) {
    return () => Promise.reject(new HostNotSupportedError(displayName));
}

;// CONCATENATED MODULE: ./src/ci/index.ts
















/***/ }),

/***/ 15658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ putShardBundle),
/* harmony export */   dA: () => (/* binding */ putPlan),
/* harmony export */   kU: () => (/* binding */ fetchShardBundles),
/* harmony export */   uy: () => (/* binding */ fetchPlan)
/* harmony export */ });
/* unused harmony exports PLAN_FILE, mapConcurrently */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44865);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19497);
/* harmony import */ var _artifact_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31825);
/**
 * Moving shard bundles through an {@link ArtifactStore}: a shard job uploads its bundle folder, the report
 * job lists the run's artifacts, keeps the latest attempt of each shard and downloads them concurrently.
 * A download that fails for good names its shard; completeness (a shard that never uploaded) is checked
 * later, on the bundles themselves (src/report/bundles.ts).
 */






/** The plan's file name inside the `tessera-plan` artifact. */
const PLAN_FILE = 'plan.json';
/** Uploads the plan file as the `tessera-plan` artifact (holding `plan.json`). */
async function putPlan(store, planFile) {
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'tessera-plan-'));
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(planFile, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, PLAN_FILE));
        return await store.put(_artifact_names_js__WEBPACK_IMPORTED_MODULE_5__/* .PLAN_ARTIFACT */ .dm, folder);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(folder, { recursive: true, force: true });
    }
}
/**
 * Downloads the run's `tessera-plan` into `<into>/tessera-plan/` and resolves with the path of its
 * `plan.json`. The newest copy wins, should a re-run have uploaded the plan again.
 *
 * @throws ArtifactNotFoundError when the plan job uploaded no plan
 */
async function fetchPlan(store, into) {
    const plans = (await store.list())
        .filter((e) => e.name === _artifact_names_js__WEBPACK_IMPORTED_MODULE_5__/* .PLAN_ARTIFACT */ .dm)
        .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
    const [newest] = plans;
    if (!newest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactNotFoundError */ .CL(_artifact_names_js__WEBPACK_IMPORTED_MODULE_5__/* .PLAN_ARTIFACT */ .dm, 'Run `tessera plan` in a job before the shard jobs, and make them depend on it (`needs:`).');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await store.get(newest, into), PLAN_FILE);
}
/** Uploads a shard's bundle folder as `tessera-shard-<i>-of-<N>[-attempt-<a>]`. */
function putShardBundle(store, folder, shard, attempt) {
    return store.put((0,_artifact_names_js__WEBPACK_IMPORTED_MODULE_5__/* .shardArtifactName */ .u9)(shard, attempt), folder);
}
/**
 * Downloads the latest attempt of every shard of this run into `<into>/<artifact name>/`.
 *
 * @throws TesseraError naming every shard whose download failed for good (all downloads are tried first)
 */
async function fetchShardBundles(store, into, options = {}) {
    const chosen = (0,_artifact_names_js__WEBPACK_IMPORTED_MODULE_5__/* .chooseShardArtifacts */ .t1)(await store.list());
    const results = await mapConcurrently(chosen, options.concurrency ?? 4, (c) => store.get(c.entry, into));
    const failures = chosen.flatMap((c, i) => {
        const result = results[i];
        return result && !result.ok ? [{ chosen: c, error: result.error }] : [];
    });
    if (failures.length > 0) {
        const lines = failures.map(({ chosen: c, error }) => `shard ${c.shard.index}/${c.shard.total} (artifact ${c.entry.name}): ${error instanceof Error ? error.message : String(error)}`);
        throw new _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .TesseraError */ .Wc(`${failures.length} shard bundle${failures.length === 1 ? '' : 's'} could not be downloaded:\n  ${lines.join('\n  ')}`, 'Re-run the report job; if it fails again, re-run the named shard jobs.', { cause: failures[0]?.error });
    }
    return { folders: results.map((r) => (r.ok ? r.value : '')), chosen };
}
/** Runs `work` over `items` with at most `limit` in flight, keeping input order in the results. */
async function mapConcurrently(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                results[i] = { ok: true, value: await work(items[i]) };
            }
            catch (error) {
                results[i] = { ok: false, error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 13197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lt: () => (/* binding */ commentTarget),
  Il: () => (/* binding */ jobStartedAt),
  zA: () => (/* binding */ openCiSession),
  $B: () => (/* binding */ scratchFolder),
  sR: () => (/* binding */ sessionHistoryTarget),
  kH: () => (/* binding */ sessionPlan),
  u: () => (/* binding */ sessionRunInfo)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/ci/context.ts
var context = __webpack_require__(69075);
// EXTERNAL MODULE: ./src/ci/errors.ts
var errors = __webpack_require__(19497);
// EXTERNAL MODULE: ./src/ci/shard-artifacts.ts
var shard_artifacts = __webpack_require__(15658);
// EXTERNAL MODULE: ./src/model/index.ts + 3 modules
var model = __webpack_require__(44865);
// EXTERNAL MODULE: ./src/plan/read-plan.ts + 1 modules
var read_plan = __webpack_require__(8781);
// EXTERNAL MODULE: ./src/ci/index.ts + 8 modules
var ci = __webpack_require__(17405);
;// CONCATENATED MODULE: ./providers/azure/index.ts
/**
 * The Azure Pipelines provider module: detection only for now; the host (context from `BUILD_*` and
 * `SYSTEM_*`, pipeline artifacts, `##vso` commands) comes next and needs no change to the ports.
 * https://learn.microsoft.com/azure/devops/pipelines/build/variables
 */

/** An Azure Pipelines job: the agent sets `TF_BUILD=True` (capitalised, so compare case-insensitively). */
function detectAzure(env) {
    return env.TF_BUILD?.toLowerCase() === 'true';
}
const azure = {
    id: 'azure',
    displayName: 'Azure Pipelines',
    detect: detectAzure,
    createCiHost: (0,ci/* hostNotYetSupported */.mw)('Azure Pipelines'),
};

// EXTERNAL MODULE: ./providers/github/rest-client.ts
var rest_client = __webpack_require__(21621);
;// CONCATENATED MODULE: ./providers/github/code-host.ts


/** GitHub rejects longer bodies with 422 "Body is too long (maximum is 65536 characters)". */
const GITHUB_COMMENT_LIMIT_CHARS = 65_536;
/** PR comments on one GitHub repository. */
class GithubCodeHost {
    kind = 'github';
    limits = { commentChars: GITHUB_COMMENT_LIMIT_CHARS };
    rest;
    constructor(ref, token, options = {}) {
        this.rest = new rest_client/* GithubRestClient */.l7(ref, token, options);
    }
    async upsertComment(pr, marker, body) {
        if (!body.includes(marker))
            throw new model/* UsageError */.eb('the comment body must contain its marker');
        if (body.length > this.limits.commentChars)
            throw new model/* UsageError */.eb(`the comment has ${body.length} characters; GitHub accepts ${this.limits.commentChars}`, 'This is a bug in the renderer’s budget; please report it.');
        const [oldest, ...duplicates] = await this.markedComments(pr, marker);
        if (oldest) {
            await this.deleteAll(duplicates);
            if (oldest.body === body)
                return { id: String(oldest.id), url: oldest.html_url, action: 'unchanged' };
            return this.update(oldest.id, body);
        }
        const created = (await this.rest.request('create a comment', 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pr, body }));
        // Another reporter may have created one at the same moment: keep the oldest, delete the rest.
        const [survivor, ...others] = await this.markedComments(pr, marker);
        await this.deleteAll(others);
        if (!survivor || survivor.id === created.id)
            return { id: String(created.id), url: created.html_url, action: 'created' };
        return survivor.body === body
            ? { id: String(survivor.id), url: survivor.html_url, action: 'unchanged' }
            : this.update(survivor.id, body);
    }
    async update(id, body) {
        const updated = (await this.rest.request('edit the comment', 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id, body }));
        return { id: String(updated.id), url: updated.html_url, action: 'updated' };
    }
    /** The PR's comments carrying `marker`, oldest (lowest id) first. */
    async markedComments(pr, marker) {
        const comments = (await this.rest.paginate('list the comments', 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pr }));
        return comments.filter((c) => c.body?.includes(marker)).sort((a, b) => a.id - b.id);
    }
    async deleteAll(comments) {
        for (const comment of comments) {
            try {
                await this.rest.request('delete a duplicate comment', 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: comment.id });
            }
            catch (error) {
                // A racing reporter deleted it first: that is the outcome we wanted.
                if (!(error instanceof model/* TesseraError */.Wc && (0,rest_client/* statusOf */.c2)(error.cause) === 404))
                    throw error;
            }
        }
    }
}

// EXTERNAL MODULE: ./providers/github/token.ts
var token = __webpack_require__(87522);
;// CONCATENATED MODULE: ./providers/github/index.ts


/** A GitHub Actions job: the runner sets `GITHUB_ACTIONS=true` in every step. */
function detectGithub(env) {
    return env.GITHUB_ACTIONS === 'true';
}
const github = {
    id: 'github',
    displayName: 'GitHub Actions',
    detect: detectGithub,
    // The host (context, artifacts, history, outputs) loads when a verb opens a CI session, not at start-up.
    createCiHost: async (env, deps) => (await Promise.all(/* import() */[__webpack_require__.e(306), __webpack_require__.e(709), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 78548))).createGithubCiHost(env, deps),
    // `deps.sleep` is not used: the waits between tries are the Octokit plugins' own timers (rest-client.ts).
    createCodeHost: (ref, token, deps) => new GithubCodeHost(ref, token, { log: deps.log }),
};

;// CONCATENATED MODULE: ./providers/gitlab/index.ts
/**
 * The GitLab CI provider module: detection only for now; the host (context from `CI_*`, staged artifacts,
 * MR notes) comes next and needs no change to the ports.
 * https://docs.gitlab.com/ci/variables/predefined_variables/
 */

/** A GitLab CI job: the runner sets `GITLAB_CI=true`. */
function detectGitlab(env) {
    return env.GITLAB_CI === 'true';
}
const gitlab = {
    id: 'gitlab',
    displayName: 'GitLab CI',
    detect: detectGitlab,
    createCiHost: (0,ci/* hostNotYetSupported */.mw)('GitLab CI'),
};

;// CONCATENATED MODULE: ./providers/jenkins/index.ts
/**
 * The Jenkins provider module: detection only for now; the host (context from `BUILD_*`/`CHANGE_*`, the
 * code host parsed from `CHANGE_URL`, staged artifacts) comes next and needs no change to the ports.
 * https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables
 */

/**
 * A Jenkins build: `JENKINS_URL` and `BUILD_ID` are both set (as ci-info requires), so a stray
 * `JENKINS_URL` in a developer's shell does not count.
 */
function detectJenkins(env) {
    return Boolean(env.JENKINS_URL) && Boolean(env.BUILD_ID);
}
const jenkins = {
    id: 'jenkins',
    displayName: 'Jenkins',
    detect: detectJenkins,
    createCiHost: (0,ci/* hostNotYetSupported */.mw)('Jenkins'),
};

;// CONCATENATED MODULE: ./providers/local/index.ts
const local = {
    id: 'local',
    displayName: 'local',
    detect: () => false,
    // Loaded when a verb opens a CI session, as every provider's host.
    createCiHost: async (env, deps) => (await Promise.all(/* import() */[__webpack_require__.e(709), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 30989))).createLocalCiHost(env, deps),
};

;// CONCATENATED MODULE: ./providers/index.ts
/**
 * The provider registry: the one list of provider modules, and the choice of the provider for a job.
 * Only the entries (src/cli's composition root, the GitHub action, the Azure task) import it.
 */







/** Every provider, in detection order; `local` last, as the fallback. */
const PROVIDERS = [github, gitlab, azure, jenkins, local];
/** The module of `id`. */
function providerById(id) {
    const found = PROVIDERS.find((p) => p.id === id);
    if (!found)
        throw new Error(`provider ${id} is not registered; this is a bug in Tessera`);
    return found;
}
/**
 * The CI the environment belongs to: the first provider whose `detect` says yes, `local` when none does.
 * Pure. `CI=false` means "not a CI" for every provider (as ci-info reads it), so a developer can force
 * local mode inside a CI shell.
 */
function detect(env) {
    if (env.CI?.toLowerCase() === 'false')
        return local;
    return PROVIDERS.find((p) => p !== local && p.detect(env)) ?? local;
}
/** Which provider module posts to each code host. */
const CODE_HOST_PROVIDER = {
    github: 'github',
    gitlab: 'gitlab',
    'azure-repos': 'azure',
};
/**
 * Where each code host's token is conventionally found, after `TESSERA_TOKEN` (which wins everywhere):
 * the action's `token` input (`INPUT_TOKEN`, default `github.token`) or `GITHUB_TOKEN` for GitHub; a project
 * or personal access token for GitLab (`CI_JOB_TOKEN` cannot write notes); the build's OAuth token for Azure
 * Repos (`SYSTEM_ACCESSTOKEN`, mapped into the step's environment).
 */
const CODE_HOST_TOKEN_VARIABLES = {
    github: token/* GITHUB_TOKEN_VARIABLES */.e,
    gitlab: ['GITLAB_TOKEN'],
    'azure-repos': ['SYSTEM_ACCESSTOKEN'],
};
/** The token to post to `kind` with, from the environment; undefined when none is set. */
function codeHostToken(kind, env) {
    for (const name of ['TESSERA_TOKEN', ...CODE_HOST_TOKEN_VARIABLES[kind]]) {
        const value = env[name]?.trim();
        if (value)
            return value;
    }
    return undefined;
}
/**
 * The code host for a PR, whichever CI built it (Jenkins building a GitHub PR, Azure building a GitHub
 * repository): chosen by the code host's kind, not by the CI.
 *
 * @throws UsageError when that code host has no support yet
 */
function createCodeHostFor(ref, token, deps) {
    const provider = providerById(CODE_HOST_PROVIDER[ref.kind]);
    if (!provider.createCodeHost)
        throw new model/* UsageError */.eb(`posting to ${ref.kind} is not supported yet`, 'The report is still in the job summary; turn the comment off to silence this.');
    return provider.createCodeHost(ref, token, deps);
}
/**
 * The CI host for this job: {@link selectProvider}'s provider. When the provider was detected (not asked
 * for) but has no host in this version, the local host is used instead, with a warning in its log: the
 * CI's template then moves `.tessera/` as it would for any staged store. A provider asked for by name
 * that has no host is an error.
 */
async function createCiHostFor(env, deps, override) {
    const provider = selectProvider(env, override);
    try {
        return await provider.createCiHost(env, deps);
    }
    catch (error) {
        const asked = (override ?? env.TESSERA_PROVIDER ?? '') !== '';
        if (!(error instanceof ci/* HostNotSupportedError */.M3) || asked)
            throw error;
        const host = await local.createCiHost(env, deps);
        host.log.warn(`${error.message}; using the local provider (.tessera/) instead`);
        return host;
    }
}
/**
 * The provider to use: `override` (`--provider`) or `TESSERA_PROVIDER` when given, else {@link detect}.
 *
 * @throws UsageError for an unknown provider name, listing the known ones
 */
function selectProvider(env, override) {
    const wanted = override ?? env.TESSERA_PROVIDER;
    if (wanted === undefined || wanted === '')
        return detect(env);
    if (!(0,ci/* isProviderId */.rl)(wanted))
        throw new model/* UsageError */.eb(`unknown provider ${JSON.stringify(wanted)}`, `Use one of: ${ci/* PROVIDER_IDS */.NO.join(', ')}.`);
    return providerById(wanted);
}

// EXTERNAL MODULE: ./src/cli/plan-flag.ts
var plan_flag = __webpack_require__(20002);
;// CONCATENATED MODULE: ./src/cli/ci-session.ts
/**
 * CI mode (`--ci`): the composition root's side of it. A verb given `--ci` (or `--provider <id>`, which
 * implies it) opens one {@link CiSession} over the CI host of the job it runs in, and then takes its run
 * facts from the host's context, moves the plan and the shard bundles through the host's artifact store,
 * keeps the history in the host's history store and publishes the report through the host (and the PR's
 * code host). Without `--ci` the verbs read and write only the files they are given.
 *
 * CI mode is asked for, never inferred: a `tessera run` inside a GitHub `run:` step has no artifact
 * runtime token, and the project's own tests run inside CI jobs, so detection alone must change nothing.
 */










/** Opens the CI session when `--ci` or `--provider` was given; undefined otherwise. */
async function openCiSession(flags, options = {}) {
    if (flags.ci !== true && flags.provider === undefined)
        return undefined;
    const cwd = options.cwd ?? process.cwd();
    const env = options.env ?? process.env;
    const stream = options.log === 'stderr' ? process.stderr : process.stdout;
    const host = await createCiHostFor(env, { cwd, write: (text) => void stream.write(text) }, flags.provider);
    return { host, context: host.context(), env, cwd };
}
/**
 * A folder for downloads: under `RUNNER_TEMP` on GitHub (emptied after the job), else the system's
 * temporary folder.
 */
function scratchFolder(session, prefix) {
    return (0,promises_.mkdtemp)((0,external_node_path_.join)(session.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `tessera-${prefix}-`));
}
/**
 * The run facts a shard bundle records: the context's, with `--attempt` winning over the CI's attempt
 * (for CIs that do not number re-runs themselves).
 */
function sessionRunInfo(session, attempt) {
    const info = (0,context/* runInfoOf */.o)(session.context);
    return attempt !== undefined ? { ...info, attempt } : info;
}
/**
 * When the job started: `TESSERA_JOB_STARTED_AT` (ISO 8601, or milliseconds since the epoch), else what the
 * CI says. Shard bundles measure their set-up time from it.
 *
 * @throws UsageError when `TESSERA_JOB_STARTED_AT` is set but is not a time
 */
function jobStartedAt(env, context) {
    const value = env.TESSERA_JOB_STARTED_AT?.trim();
    if (!value)
        return context?.jobStartedAt;
    const date = /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
    if (Number.isNaN(date.getTime()))
        throw new model/* UsageError */.eb(`TESSERA_JOB_STARTED_AT is not a time: ${JSON.stringify(value)}`, 'Set it to an ISO 8601 time or to milliseconds since the epoch, e.g. TESSERA_JOB_STARTED_AT=$(date +%s%3N) in the first step.');
    return date;
}
/**
 * The plan of a shard job: `--plan` when given; in CI mode, the run's `tessera-plan` artifact when the plan
 * job uploaded one; undefined otherwise (the caller computes one, or goes without).
 */
async function sessionPlan(session, planFile) {
    if (planFile !== undefined)
        return (0,plan_flag/* readPlanFlag */.i)(planFile);
    if (!session)
        return undefined;
    try {
        return await (0,read_plan/* readPlanFile */.w)(await (0,shard_artifacts/* fetchPlan */.uy)(session.host.artifacts, await scratchFolder(session, 'plan')));
    }
    catch (error) {
        if (error instanceof errors/* ArtifactNotFoundError */.CL)
            return undefined;
        throw error;
    }
}
/**
 * The history of CI mode: the host's store, this run's branch, and the baseline branch (a PR's base, else
 * the branch itself). Undefined, with a log line, when the run has no branch (a tag, a detached build).
 */
function sessionHistoryTarget(session) {
    const { branch } = session.context;
    if (branch === undefined || branch === '') {
        session.host.log.info('this run builds no branch (a tag or a detached commit): it is not compared with a history and not recorded in one');
        return undefined;
    }
    const baseBranch = (0,context/* baselineBranchOf */.X)(session.context);
    return {
        kind: 'store',
        store: session.host.history,
        branch,
        ...(baseBranch !== undefined ? { baseBranch } : {}),
        location: `${providerById(session.host.id).displayName} history of branch ${JSON.stringify(branch)}`,
    };
}
/** The PR comment's code host for this session, when the run builds a PR and a token is at hand. */
function commentTarget(session, wanted) {
    const { pr, codeHost: ref } = session.context;
    if (!pr)
        return {};
    if (!wanted)
        return { reason: 'the PR comment is turned off (--no-comment)' };
    if (!ref)
        return { reason: 'the CI does not say which code host the pull request lives on' };
    const token = codeHostToken(ref.kind, session.env);
    if (token === undefined)
        return {
            reason: `no token to post the PR comment with: set TESSERA_TOKEN (on GitHub the action's token input)`,
        };
    session.host.log.mask(token);
    try {
        return {
            codeHost: createCodeHostFor(ref, token, {
                cwd: session.cwd,
                write: (text) => void process.stdout.write(text),
                log: session.host.log,
            }),
        };
    }
    catch (error) {
        if (error instanceof model/* UsageError */.eb)
            return { reason: error.message };
        throw error;
    }
}


/***/ }),

/***/ 20002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ readPlanFlag)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);
/* harmony import */ var _plan_read_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8781);
/**
 * The plan named by `--plan`, read the same way by every verb. A file the operator named that cannot be
 * used (missing, truncated, not a plan, written by a newer Tessera) is a configuration error: exit 2, as for
 * any other bad flag or configuration file, whichever verb met it. A plan fetched from the CI's artifacts is
 * not a flag and keeps its own errors (ci-session.ts).
 */


/**
 * Reads the plan of `--plan <path>`.
 *
 * @throws ConfigError naming the file, what is wrong and where plans come from
 */
async function readPlanFlag(path) {
    try {
        return await (0,_plan_read_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlanFile */ .w)(path);
    }
    catch (error) {
        if (error instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB || error instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionError */ .tJ)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(error.message, error.hint, { cause: error });
        throw error;
    }
}


/***/ }),

/***/ 44865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ errors/* ConfigError */.xL),
  im: () => (/* reexport */ OUTCOMES),
  mB: () => (/* reexport */ errors/* ParseError */.mB),
  Wc: () => (/* reexport */ errors/* TesseraError */.Wc),
  eb: () => (/* reexport */ errors/* UsageError */.eb),
  Pm: () => (/* reexport */ foldTests),
  cu: () => (/* reexport */ identityOf),
  Hw: () => (/* reexport */ makeTestCase),
  Fd: () => (/* reexport */ normalizePath),
  sG: () => (/* reexport */ outcomeOf),
  ec: () => (/* reexport */ testId),
  XF: () => (/* reexport */ testTitle)
});

// UNUSED EXPORTS: VersionError

;// CONCATENATED MODULE: ./src/model/test-result.ts
/**
 * The test-result model: what every reader produces and every writer, merger and renderer consumes.
 *
 * A test has one or more attempts (the runs of that test in one CI run: retries, re-runs of a shard, the same
 * case found twice). Each attempt has a status; the test's outcome is derived from its attempts. This follows
 * Playwright's split between a result's `status` and a test's `outcome`.
 */
/** All outcomes, in the order reports list them. */
const OUTCOMES = ['failed', 'flaky', 'passed', 'skipped'];

;// CONCATENATED MODULE: ./src/model/test-id.ts
/**
 * Normalises a path to the repo-relative form ids and plans use: forward slashes, no leading `./`, no
 * duplicate slashes. Absolute paths under `root` are made relative to it.
 */
function normalizePath(path, root) {
    let p = path.trim().replace(/\\/g, '/');
    if (root) {
        const r = root.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
        if (p.startsWith(r))
            p = p.slice(r.length);
    }
    p = p.replace(/\/{2,}/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
// One-entry memo of normalizePath for testId: readers hand over the tests of one file in a row, and
// consecutive tests nearly always share their file. normalizePath is pure, so the memo is not observable.
let memoRawFile = '';
let memoFile = '';
function normalizedFile(file) {
    if (file === undefined || file.length === 0)
        return '';
    if (file !== memoRawFile) {
        memoRawFile = file;
        memoFile = normalizePath(file);
    }
    return memoFile;
}
// The two lanes of the running hash (see testId). Module state rather than an object, so hashing a test
// allocates nothing until the id string itself.
let laneA = 0;
let laneB = 0;
/**
 * Feeds one 32-bit word into both lanes. Each lane is a multiply–xorshift step with its own odd
 * multiplier and shift: the multiplication carries every input bit upwards, the shift carries the high
 * bits back down, so no bit of the state depends on only a few input bits. Lane B also adds lane A's new
 * value, so the lanes are not one function with two sets of constants: inputs that collide in one lane
 * are not thereby likely to collide in the other.
 */
function absorbWord(word) {
    laneA = Math.imul(laneA ^ word, 0x9e3779b1);
    laneA ^= laneA >>> 15;
    laneB = (Math.imul(laneB ^ word, 0x85ebca77) + laneA) | 0;
    laneB ^= laneB >>> 13;
}
/** Feeds one string, preceded by its length, two UTF-16 code units per word. */
function absorbString(text) {
    const length = text.length;
    absorbWord(length);
    let i = 0;
    for (; i + 1 < length; i += 2)
        absorbWord(text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
    if (i < length)
        absorbWord(text.charCodeAt(i));
}
/** A 32-bit avalanche (every input bit flips each output bit with probability about ½). */
function finalMix(h) {
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    return (h ^ (h >>> 16)) >>> 0;
}
// The lanes after the last frozen suite path and its file: the tests of one describe block come in a row
// and share that array, so only their names are left to hash. Strings and frozen arrays cannot change, so
// the memo is not observable.
let prefixFile;
let prefixSuite;
let prefixA = 0;
let prefixB = 0;
/** Lower-case hex digits by value, for building the id in one allocation. */
const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** Eight hex digits of a 32-bit value, as char codes. */
function hex8(h, codes, at) {
    for (let k = 7; k >= 0; k--) {
        codes[at + k] = HEX[h & 15];
        h >>>= 4;
    }
}
/** Reused buffer of the id's 16 char codes (the hash is synchronous, so it is never shared). */
const ID_CODES = new Array(16).fill(48);
/**
 * Stable test id: 16 hex digits of a 64-bit hash of the normalised file path, the suite path, the name and
 * the project. The same test gets the same id in every shard, run, working directory and retry, so the id
 * is the key of the history. A hash keeps the history compact; the readable parts travel beside it.
 *
 * The hashed input is unambiguous: each string goes in preceded by its length, and the suite path by its
 * number of entries, so `['a b']` and `['a', 'b']` (or a name that looks like a suite plus a name) are
 * different inputs. No separator character is needed, so no character in a name can fake one.
 *
 * The hash is not cryptographic: ids are history keys, not a defence, and SHA-256 over a JSON key was the
 * largest cost of reading JUnit after the XML parser (about 220 ms for 96,000 tests; this takes about
 * 30 ms). Two 32-bit multiply–xorshift lanes, each ending in an avalanche, give 64 bits; for hashes that
 * spread like random ones, the chance of any collision among n tests is about n² / 2⁶⁵: 3·10⁻⁸ for a
 * million tests, 3·10⁻¹⁰ for 100,000. A collision would fold two tests into one test with two attempts
 * (in a file and in the merged report), exactly as a collision of the former 64-bit SHA-256 prefix would
 * have. `test/model/test-id.test.ts` checks that structured names (the common case: long shared
 * prefixes, one changed character) spread like random ones in each lane.
 */
function testId(parts) {
    const suite = parts.suite;
    if (parts.file === prefixFile && suite === prefixSuite) {
        laneA = prefixA;
        laneB = prefixB;
    }
    else {
        laneA = 0x2545f491;
        laneB = 0x6a09e667;
        absorbString(normalizedFile(parts.file));
        absorbWord(suite.length);
        for (let i = 0; i < suite.length; i++)
            absorbString(suite[i]);
        // Only a frozen suite array is known to hold the same entries next time (readers share frozen ones).
        if (Object.isFrozen(suite)) {
            prefixFile = parts.file;
            prefixSuite = suite;
            prefixA = laneA;
            prefixB = laneB;
        }
    }
    absorbString(parts.name);
    absorbString(parts.project ?? '');
    const a = finalMix(laneA ^ Math.imul(laneB, 0xcc9e2d51));
    const b = finalMix(laneB ^ a);
    hex8(a, ID_CODES, 0);
    hex8(b, ID_CODES, 8);
    // One flat 16-character string (concatenating two halves would keep a cons string and both halves).
    return String.fromCharCode(...ID_CODES);
}
/** A readable one-line title: `suite › suite › name [project]`. */
function testTitle(parts) {
    const title = [...parts.suite, parts.name].filter((s) => s.length > 0).join(' › ');
    return parts.project ? `${title} [${parts.project}]` : title;
}

;// CONCATENATED MODULE: ./src/model/outcome.ts

/**
 * Derives a test's outcome from its attempts. A test with both a failed and a passed attempt is `flaky`
 * whatever their order: a pass followed by a failure of the same test on the same commit is just as
 * non-deterministic as the usual retry case.
 */
function outcomeOf(attempts) {
    let passed = false;
    let failed = false;
    for (const a of attempts) {
        if (a.status === 'passed')
            passed = true;
        else if (a.status === 'failed')
            failed = true;
    }
    if (failed)
        return passed ? 'flaky' : 'failed';
    return passed ? 'passed' : 'skipped';
}
/** Builds a {@link TestCase} from a draft: computes id, outcome and total duration. */
function makeTestCase(draft, knownId) {
    let durationMs = 0;
    for (const a of draft.attempts)
        durationMs += a.durationMs;
    return {
        // Callers that already hashed the identity pass the id: hashing is the costliest step for 100k tests.
        id: knownId ?? testId(draft),
        ...(draft.file !== undefined ? { file: draft.file } : {}),
        ...(draft.line !== undefined ? { line: draft.line } : {}),
        suite: draft.suite,
        name: draft.name,
        ...(draft.project !== undefined ? { project: draft.project } : {}),
        attempts: draft.attempts,
        outcome: outcomeOf(draft.attempts),
        durationMs,
    };
}
/**
 * Folds cases with the same id into one test whose attempts are the concatenation, in first-seen order.
 * Readers use it for a case repeated inside one file; the report uses it across files and shards.
 */
function foldTests(cases) {
    const byId = new Map();
    for (const c of cases) {
        const id = 'id' in c ? c.id : testId(c);
        const seen = byId.get(id);
        if (seen)
            seen.attempts.push(...c.attempts);
        else
            byId.set(id, { first: c, attempts: [...c.attempts] });
    }
    return [...byId].map(([id, { first, attempts }]) => makeTestCase({
        file: first.file,
        line: first.line,
        suite: first.suite,
        name: first.name,
        project: first.project,
        attempts,
    }, id));
}
/** A test's identity fields (id, file, line, suite, name, project), without absent optional keys. */
function identityOf(t) {
    return {
        id: t.id,
        ...(t.file !== undefined ? { file: t.file } : {}),
        ...(t.line !== undefined ? { line: t.line } : {}),
        suite: t.suite,
        name: t.name,
        ...(t.project !== undefined ? { project: t.project } : {}),
    };
}

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
;// CONCATENATED MODULE: ./src/model/index.ts







/***/ }),

/***/ 81495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87206);


/**
 * Reads a Tessera document (plan, shard bundle) from disk and parses it. A file that cannot be opened is a
 * ParseError naming it, `what` it should have been and `hint` on where it comes from; `parse` reports
 * everything else.
 */
async function readDocument(path, what, hint, parse) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(path, `cannot open the ${what} (${cause.code ?? String(cause)})`, {}, hint, { cause });
    }
    return parse(text, path);
}


/***/ }),

/***/ 67380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseVersionedJson)
/* harmony export */ });
/* unused harmony export checkVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);

/**
 * Returns the document's version after checking it is one this build reads.
 *
 * @param doc the parsed JSON, not yet validated
 * @param spec which kind of document and which versions are supported
 * @param source the file or artifact the document came from, for the message
 * @throws VersionError when the document is newer than `spec.current` or older than `spec.oldest`
 * @throws ParseError when the document is not an object with an integer `version`
 */
function checkVersion(doc, spec, source) {
    const version = typeof doc === 'object' && doc !== null && !Array.isArray(doc)
        ? doc.version
        : undefined;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(source, `not a Tessera ${spec.kind}: no integer "version" field at the top level`, {}, `Point Tessera at a ${spec.kind} file that Tessera wrote.`);
    }
    if (version > spec.current) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionError */ .tJ(`${source}: this ${spec.kind} has version ${version}, but this Tessera reads up to version ${spec.current}`, `It was written by a newer Tessera. Upgrade Tessera here, or pin the same version in every job.`);
    }
    const oldest = spec.oldest ?? spec.current;
    if (version < oldest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VersionError */ .tJ(`${source}: this ${spec.kind} has version ${version}, older than the oldest this Tessera reads (${oldest})`, `Regenerate it with this Tessera version.`);
    }
    return version;
}
/**
 * Parses a versioned JSON document (text or an already parsed value): JSON syntax, then the version (see
 * {@link checkVersion}), then the shape. One place for the three steps every document reader shares, so every
 * kind names the file and the first bad field the same way.
 *
 * @throws ParseError for text that is not JSON, or a document of the wrong shape (naming the first bad field)
 * @throws VersionError for a document written by a newer Tessera
 */
function parseVersionedJson(input, spec, source) {
    let value;
    if (typeof input === 'string') {
        try {
            value = JSON.parse(input);
        }
        catch (cause) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(source, `not JSON (${cause.message})`, {}, spec.hint, { cause });
        }
    }
    else {
        value = input.parsed;
    }
    checkVersion(value, spec, source);
    const result = spec.schema.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(source, `not a valid Tessera ${spec.kind}: ${where}: ${issue?.message ?? 'invalid'}`, {}, spec.hint);
    }
    return result.data;
}


/***/ }),

/***/ 72983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations as people write them on a command line or in a config file: `90s`, `5m`, `1m30s`, `1h`,
 * `250ms`, or a bare number of milliseconds.
 */
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
// One or more <number><unit> parts, largest units first is not enforced: `30s1m` is as clear as it is odd.
const PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;
/**
 * Parses a duration into milliseconds, or returns undefined when the text is not a duration. Pure; the
 * caller turns undefined into a UsageError or ConfigError that names the flag or key.
 */
function parseDuration(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text >= 0 ? text : undefined;
    const s = text.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(s))
        return Number(s);
    if (s.length === 0)
        return undefined;
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(s); match; match = PART.exec(s)) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    return consumed === s.length ? Math.round(total) : undefined;
}
/** Formats milliseconds for people: `850ms`, `12.3s`, `4m05s`, `1h02m`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const totalSeconds = Math.round(ms / 1000);
    if (totalSeconds < 3600) {
        const m = Math.floor(totalSeconds / 60);
        return `${m}m${String(totalSeconds % 60).padStart(2, '0')}s`;
    }
    const totalMinutes = Math.round(totalSeconds / 60);
    return `${Math.floor(totalMinutes / 60)}h${String(totalMinutes % 60).padStart(2, '0')}m`;
}


/***/ }),

/***/ 44340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S1: () => (/* binding */ serializePlan),
/* harmony export */   Ze: () => (/* binding */ PLAN_VERSION),
/* harmony export */   pC: () => (/* binding */ PLAN_KIND)
/* harmony export */ });
/**
 * Version of the plan shape this build writes and reads (an integer major version, as every versioned
 * Tessera document: fields old readers can ignore keep the number).
 */
const PLAN_VERSION = 1;
/** The plan document kind, for version checks. */
const PLAN_KIND = { kind: 'plan', current: PLAN_VERSION };
/** The plan as JSON text: two-space indented, one trailing newline; stable for the same plan. */
function serializePlan(plan) {
    return `${JSON.stringify(plan, null, 2)}\n`;
}


/***/ }),

/***/ 8781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ readPlanFile)
});

// EXTERNAL MODULE: ./src/model/read-document.ts
var read_document = __webpack_require__(81495);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/model/versioned.ts
var versioned = __webpack_require__(67380);
// EXTERNAL MODULE: ./src/plan/plan-document.ts
var plan_document = __webpack_require__(44340);
;// CONCATENATED MODULE: ./src/plan/parse-plan.ts
/**
 * Reading a plan document: its schema and the parser. Apart from the Plan types (plan-document.ts), so that
 * writing a plan never loads the schema library.
 */



const nonNegative = schemas/* number */.aig().finite().nonnegative();
/** Zod schema of the plan. Objects are loose so fields added by a newer build of the same version pass through. */
const PlanSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz(plan_document/* PLAN_VERSION */.Ze),
    total: schemas/* number */.aig().int().nonnegative(),
    unit: schemas/* literal */.euz('file'),
    shards: schemas/* array */.YOg(schemas/* looseObject */._H3({
        index: schemas/* number */.aig().int().positive(),
        items: schemas/* array */.YOg(schemas/* string */.YjP()),
        predictedMs: nonNegative,
    }))
        .min(1),
    predictedMakespanMs: nonNegative,
    lowerBoundMs: nonNegative,
    floorItem: schemas/* string */.YjP().nullable(),
    floorMs: nonNegative,
    unknownItems: schemas/* number */.aig().int().nonnegative(),
    setupMs: nonNegative,
    predictedWallMs: nonNegative,
    machineMs: nonNegative,
    totalMs: nonNegative,
    estimates: schemas/* looseObject */._H3({
        wall: schemas/* number */.aig().int().nonnegative(),
        suite: schemas/* number */.aig().int().nonnegative(),
        tests: schemas/* number */.aig().int().nonnegative(),
        unknown: schemas/* number */.aig().int().nonnegative(),
        testTimeFactor: nonNegative,
        estimator: schemas/* string */.YjP(),
        unknownMs: nonNegative,
    }),
    shardCount: schemas/* looseObject */._H3({
        mode: schemas/* enum */.k5n(['fixed', 'target']),
        targetMs: nonNegative.optional(),
        maxShards: schemas/* number */.aig().int().positive().optional(),
        met: schemas/* boolean */.zMY(),
        curve: schemas/* array */.YOg(schemas/* looseObject */._H3({
            shards: schemas/* number */.aig().int().positive(),
            makespanMs: nonNegative,
            wallMs: nonNegative,
            machineMs: nonNegative,
        }))
            .optional(),
    }),
    warnings: schemas/* array */.YOg(schemas/* string */.YjP()),
    createdAt: schemas/* string */.YjP().optional(),
});
/** Where a plan comes from: the hint of every error about a plan that cannot be used. */
const PLAN_HINT = 'Pass the file written by `tessera plan --format json --out <file>` (on CI: the `tessera-plan` artifact).';
/**
 * Reads a plan document. `source` names it in errors. Refuses a newer major version (VersionError) and
 * anything that is not a plan (ParseError naming the field).
 */
function parsePlan(text, source) {
    return (0,versioned/* parseVersionedJson */.D)(text, { ...plan_document/* PLAN_KIND */.pC, schema: PlanSchema, hint: PLAN_HINT }, source);
}

;// CONCATENATED MODULE: ./src/plan/read-plan.ts


/**
 * Reads a plan file from disk: every command that takes `--plan` uses this one reader, so a missing,
 * truncated or newer plan gives the same message whichever verb met it.
 *
 * @throws ParseError when the file cannot be opened or is not a plan
 * @throws VersionError when a newer Tessera wrote it
 */
function readPlanFile(path) {
    return (0,read_document/* readDocument */.u)(path, 'plan', PLAN_HINT, parsePlan);
}


/***/ }),

/***/ 95366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ bundleFolderName)
/* harmony export */ });
/**
 * The bundle folder's name: `tessera-shard-<i>-of-<N>`, with `-attempt-<a>` for a CI re-run (attempt 2 and
 * later) so a re-run's bundle lands beside the first one instead of over it.
 */
function bundleFolderName(shard, attempt) {
    const base = `tessera-shard-${shard.index}-of-${shard.total}`;
    return attempt !== undefined && attempt > 1 ? `${base}-attempt-${attempt}` : base;
}


/***/ })

};
