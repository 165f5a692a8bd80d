export const id = 154;
export const ids = [154];
export const modules = {

/***/ 40819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U3: () => (/* binding */ responseError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   wC: () => (/* binding */ AzureDevOpsClient)
/* harmony export */ });
/* unused harmony exports isTransient, describe */
/* harmony import */ var _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(647);
/* harmony import */ var _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74060);


/** The HTTP status an error of the client carries, if any. */
function statusOf(error) {
    const status = error?.statusCode;
    return typeof status === 'number' ? status : undefined;
}
const NETWORK = /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|socket hang up/i;
/** Worth another try: 5xx, 429, or a connection that dropped. */
function isTransient(error) {
    const status = statusOf(error);
    if (status !== undefined)
        return status >= 500 || status === 429;
    const code = error?.code ?? '';
    return NETWORK.test(code) || NETWORK.test(error instanceof Error ? error.message : String(error));
}
function retryAfterOf(error) {
    const header = error?.responseHeaders?.['retry-after'];
    return (0,_src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRetryAfter */ .mu)(Array.isArray(header) ? header[0] : header);
}
/** An HTTP error built from a raw response (the zip download returns the response, not a parsed body). */
async function responseError(message, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of message) {
        // An error body is short; a long one is cut, never buffered whole.
        if (size < 64 * 1024)
            chunks.push(chunk);
        size += chunk.length;
    }
    const text = Buffer.concat(chunks).toString('utf8');
    let detail = text.slice(0, 500);
    try {
        detail = JSON.parse(text).message ?? detail;
    }
    catch {
        // Not JSON: the text itself.
    }
    const error = new Error(`${what}: (${message.statusCode}) ${detail}`);
    error.statusCode = message.statusCode;
    error.responseHeaders = message.headers;
    return error;
}
/** REST calls on one Azure DevOps collection. */
class AzureDevOpsClient {
    collectionUrl;
    token;
    options;
    webApi;
    gitApi;
    buildApi;
    constructor(collectionUrl, token, options) {
        this.collectionUrl = collectionUrl;
        this.token = token;
        this.options = options;
        options.log.mask(token);
    }
    /** The Git API (PR threads). */
    git() {
        this.gitApi ??= this.call('reach the Git API', async () => (await this.connection()).getGitApi());
        this.gitApi.catch(() => (this.gitApi = undefined));
        return this.gitApi;
    }
    /** The Build API (builds, artifacts). */
    build() {
        this.buildApi ??= this.call('reach the Build API', async () => (await this.connection()).getBuildApi());
        this.buildApi.catch(() => (this.buildApi = undefined));
        return this.buildApi;
    }
    /**
     * Runs `operation` with retries; a refusal (401, 403) becomes a {@link CodeHostPermissionError} with
     * `permission` as its hint, anything else that fails for good a TesseraError naming `what`.
     */
    async call(what, operation, permission) {
        try {
            return await (0,_src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetries */ .LH)(operation, {
                attempts: this.options.attempts ?? 5,
                baseDelayMs: 1000,
                sleep: this.options.sleep ?? _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .realSleep */ .uk,
                isRetryable: isTransient,
                requestedDelayMs: retryAfterOf,
                onRetry: (error, attempt, delay) => this.options.log.warn(`Azure DevOps: ${what} failed (${describe(error)}); try ${attempt + 1} in ${Math.round(delay / 1000)} s`),
            });
        }
        catch (error) {
            if (error instanceof _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .TesseraError */ .Wc)
                throw error;
            const status = statusOf(error);
            if (status === 401 || status === 403)
                throw new _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CodeHostPermissionError */ .tU(`Azure DevOps refused to ${what} (${status}): ${describe(error)}`, permission ??
                    'The build’s token (System.AccessToken) lacks a permission; see providers/azure/README.md, "Permissions".', { cause: error });
            throw new _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .TesseraError */ .Wc(`Azure DevOps: could not ${what}: ${describe(error)}`, 'Azure DevOps may be degraded (https://status.dev.azure.com); re-run the job.', { cause: error });
        }
    }
    connection() {
        this.webApi ??= (async () => {
            // Loaded on first use: the library and its HTTP client are most of a cold start.
            const azdev = await Promise.all(/* import() */[__webpack_require__.e(858), __webpack_require__.e(596), __webpack_require__.e(9)]).then(__webpack_require__.t.bind(__webpack_require__, 98009, 19));
            return new azdev.WebApi(this.collectionUrl, azdev.getBearerHandler(this.token), {
                allowRetries: false,
                socketTimeout: 60_000,
            });
        })();
        return this.webApi;
    }
}
/** An error's message without a stack, one line. */
function describe(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/\s+/g, ' ').slice(0, 500);
}


/***/ }),

/***/ 78688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ AZURE_TOKEN_VARIABLES),
/* harmony export */   z: () => (/* binding */ azureToken)
/* harmony export */ });
/**
 * The variables that may hold the build's token, first match wins: `SYSTEM_ACCESSTOKEN` (a script step that
 * maps `$(System.AccessToken)`), then the `SystemVssConnection` endpoint's access token, which the agent
 * gives every task (what `tl.getEndpointAuthorizationParameter('SystemVssConnection', 'AccessToken')`
 * reads). `TESSERA_TOKEN` is for the PR comment only (the registry reads it), not for the build's artifacts.
 */
const AZURE_TOKEN_VARIABLES = [
    'SYSTEM_ACCESSTOKEN',
    'ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN',
];
/** The first of {@link AZURE_TOKEN_VARIABLES} that is set and not empty. */
function azureToken(env) {
    for (const name of AZURE_TOKEN_VARIABLES) {
        const value = env[name]?.trim();
        if (value)
            return value;
    }
    return undefined;
}


/***/ }),

/***/ 64031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   l7: () => (/* binding */ GithubRestClient)
/* harmony export */ });
/* unused harmony export isRateLimited */
/* harmony import */ var _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(647);
/* harmony import */ var _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74060);


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
                __webpack_require__.e(/* import() */ 803).then(__webpack_require__.bind(__webpack_require__, 68803)),
                Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(491)]).then(__webpack_require__.bind(__webpack_require__, 54491)),
                Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 22812)),
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

/***/ 2900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 78719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ hostOfApiUrl),
/* harmony export */   Iq: () => (/* binding */ createGitlabApi),
/* harmony export */   SD: () => (/* binding */ downloadJobArchive),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   mf: () => (/* binding */ gitlabCall)
/* harmony export */ });
/* unused harmony exports requestedDelayMs, TOKEN_SCOPE_HINT */
/* harmony import */ var _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(647);
/* harmony import */ var _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74060);


/** Statuses worth another try: GitLab's rate limit and the server errors of a busy or restarting GitLab. */
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);
/** The HTTP status of a failed gitbeaker request, if it got an answer. */
function statusOf(error) {
    const response = error?.cause?.response;
    return response instanceof Response ? response.status : undefined;
}
/** The answer's header `name`, for a failed gitbeaker request. */
function headerOf(error, name) {
    const cause = error?.cause;
    return cause?.response?.headers.get(name) ?? undefined;
}
/** Whether `error` is a dropped or refused connection (fetch rejects with a TypeError for those). */
function isNetworkError(error) {
    return error instanceof TypeError || error?.code === 'ECONNRESET';
}
/** The wait GitLab asked for: `Retry-After` (seconds or a date), else `RateLimit-Reset` (epoch seconds). */
function requestedDelayMs(error, now = new Date()) {
    const retryAfter = (0,_src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRetryAfter */ .mu)(headerOf(error, 'retry-after'), now);
    if (retryAfter !== undefined)
        return retryAfter;
    const reset = Number(headerOf(error, 'ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now.getTime()) : undefined;
}
/** A response body as gitbeaker's own handler decodes it: JSON, text, or a Blob for anything else. */
async function decodeBody(response, asStream) {
    if (asStream)
        return response.body;
    if (response.status === 204)
        return null;
    const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (type === 'application/json')
        return (await response.json()) ?? {};
    if (type.startsWith('text/'))
        return response.text();
    return response.blob();
}
/** The failed response as the error gitbeaker throws (message: GitLab's `message` or `error`). */
async function requestError(ErrorClass, request, response) {
    const text = await response.text().catch(() => '');
    let description = text;
    if (response.headers.get('content-type')?.includes('application/json')) {
        try {
            const body = JSON.parse(text);
            const what = body.error_description ?? body.message ?? body.error ?? '';
            description = typeof what === 'string' ? what : JSON.stringify(what);
        }
        catch {
            // Not JSON after all: keep the text.
        }
    }
    return new ErrorClass(description.trim().slice(0, 500), {
        cause: { description, request, response },
    });
}
/**
 * A gitbeaker client for `host` (the instance's web root, e.g. `https://gitlab.example.com`). The token is
 * registered with `log` for masking before any request is made.
 */
async function createGitlabApi(host, credential, options = {}) {
    const [{ createRequesterFn, GitbeakerRequestError }, { JobArtifacts, Jobs, MergeRequestNotes }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(858), __webpack_require__.e(596), __webpack_require__.e(468), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 90468)), Promise.all(/* import() */[__webpack_require__.e(858), __webpack_require__.e(596), __webpack_require__.e(468), __webpack_require__.e(194), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 4194))]);
    const secret = 'token' in credential ? credential.token : credential.jobToken;
    options.log?.mask(secret);
    const now = options.now ?? (() => new Date());
    const policy = {
        attempts: options.attempts ?? 4,
        baseDelayMs: options.baseDelayMs ?? 1000,
        sleep: options.sleep ?? _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .realSleep */ .uk,
        isRetryable: (error) => isNetworkError(error) || RETRIED_STATUSES.has(statusOf(error) ?? 0),
        requestedDelayMs: (error) => requestedDelayMs(error, now()),
        onRetry: (error, attempt, delayMs) => {
            const status = statusOf(error);
            const what = status !== undefined ? `HTTP ${status}` : `a network error (${error.message})`;
            options.log?.warn(`GitLab answered ${what}; try ${attempt + 1} of ${policy.attempts} in ${Math.round(delayMs / 100) / 10} s`);
        },
    };
    const handler = async (endpoint, request) => {
        const { asStream, prefixUrl, searchParams, method, body, headers, signal } = request ?? {};
        const base = prefixUrl?.endsWith('/') ? prefixUrl : `${prefixUrl ?? ''}/`;
        const url = new URL(endpoint, base);
        url.search = searchParams ?? '';
        return (0,_src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetries */ .LH)(async () => {
            const fetched = new Request(url, {
                method,
                headers: headers,
                ...(body !== undefined ? { body: body } : {}),
                ...(signal ? { signal } : {}),
            });
            const response = await fetch(fetched);
            if (!response.ok)
                throw await requestError(GitbeakerRequestError, fetched, response);
            return {
                body: await decodeBody(response, asStream),
                headers: Object.fromEntries(response.headers.entries()),
                status: response.status,
            };
        }, policy);
    };
    const requesterFn = createRequesterFn((_, requestOptions) => Promise.resolve(requestOptions), handler);
    // gitbeaker's own rate limiter (3,000 requests a minute per endpoint) stays on; ours only handles answers.
    const config = { host, ...credential, requesterFn };
    return {
        MergeRequestNotes: new MergeRequestNotes(config),
        JobArtifacts: new JobArtifacts(config),
        Jobs: new Jobs(config),
    };
}
/** The instance's web root for gitbeaker, from an API URL (`…/api/v4`) or the root itself. */
function hostOfApiUrl(apiUrl) {
    return apiUrl.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
}
/** The hint for a refused request: what the token needs. */
const TOKEN_SCOPE_HINT = 'Use a project or group access token (or a personal one) with the `api` scope and at least the Reporter role, stored as a masked CI/CD variable GITLAB_TOKEN; CI_JOB_TOKEN cannot write merge request notes.';
/**
 * Runs one GitLab call and maps its final error: 401/403 to a {@link CodeHostPermissionError} naming the
 * scope, anything else to a `TesseraError` naming `project` and the status.
 */
async function gitlabCall(what, project, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = statusOf(error);
        const message = error.message;
        if (status === 401 || status === 403)
            throw new _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CodeHostPermissionError */ .tU(`GitLab refused to ${what} in ${project} (HTTP ${status}: ${message})`, TOKEN_SCOPE_HINT, { cause: error });
        throw new _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .TesseraError */ .Wc(`GitLab: could not ${what} in ${project}${status !== undefined ? ` (HTTP ${status})` : ''}: ${message}`, status === 404
            ? 'Check the project path and the merge request, and that the token can read them.'
            : status === 429
                ? 'The token’s rate limit is used up; re-run the job later.'
                : 'GitLab may be degraded; re-run the job.', { cause: error });
    }
}
/**
 * A job's artifacts archive (`GET /projects/:id/jobs/:job_id/artifacts`, or the latest successful pipeline's
 * job of `ref` by name), or undefined when GitLab has none (404: expired, never uploaded, no such pipeline).
 * An archive over the artifact size bound is refused before it is read into memory: it is untrusted input.
 *
 * @throws CodeHostPermissionError (401/403), TesseraError (other failures), UnsafeArchiveError (too large)
 */
async function downloadJobArchive(api, project, job, what) {
    let archive;
    try {
        archive = (await gitlabCall(`download ${what}`, project, () => api.JobArtifacts.downloadArchive(project, job)));
    }
    catch (error) {
        if (error instanceof _src_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .TesseraError */ .Wc && statusOf(error.cause) === 404)
            return undefined;
        throw error;
    }
    const max = _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ARTIFACT_LIMITS */ .SN.maxArchiveBytes;
    if (archive.size > max)
        throw new _src_ci_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeArchiveError */ .td(what, `it is ${archive.size} bytes, more than the ${max} allowed`);
    return Buffer.from(await archive.arrayBuffer());
}


/***/ }),

/***/ 14036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ gitlabToken),
/* harmony export */   k: () => (/* binding */ GITLAB_TOKEN_VARIABLES)
/* harmony export */ });
/**
 * The variables that may hold a token that can write merge request notes, first match wins, after
 * `TESSERA_TOKEN` (which the registry reads first for every code host): a project, group or personal
 * access token with the `api` scope, stored as a masked CI/CD variable. `CI_JOB_TOKEN` is not among them:
 * GitLab lets it read notes but never write them (docs.gitlab.com/ci/jobs/ci_job_token).
 */
const GITLAB_TOKEN_VARIABLES = ['GITLAB_TOKEN'];
/** The note token: `TESSERA_TOKEN`, else the first of {@link GITLAB_TOKEN_VARIABLES} that is set. */
function gitlabToken(env) {
    for (const name of ['TESSERA_TOKEN', ...GITLAB_TOKEN_VARIABLES]) {
        const value = env[name]?.trim();
        if (value)
            return value;
    }
    return undefined;
}


/***/ }),

/***/ 48754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FG: () => (/* binding */ CODE_HOST_TOKEN_HELP),
  lL: () => (/* binding */ codeHostToken),
  WR: () => (/* binding */ createCiHostFor),
  FO: () => (/* binding */ createCodeHostFor),
  ik: () => (/* binding */ providerById),
  selectProvider: () => (/* binding */ selectProvider)
});

// UNUSED EXPORTS: CODE_HOST_TOKEN_VARIABLES, PROVIDERS, detect, openCiHost

// EXTERNAL MODULE: ./src/ci/index.js + 6 modules
var ci = __webpack_require__(647);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./providers/azure/rest-client.js
var rest_client = __webpack_require__(40819);
;// CONCATENATED MODULE: ./providers/azure/code-host.js


/**
 * Azure Repos documents no limit on a comment's length; budget as GitHub does (reference/providers.md §2.3),
 * which every Azure DevOps version accepts.
 */
const AZURE_COMMENT_LIMIT_CHARS = 65_536;
/** `CommentThreadStatus` and `CommentType` of the Git API (numbers on the wire, as the client sends them). */
const THREAD_ACTIVE = 1;
const THREAD_FIXED = 2;
const THREAD_CLOSED = 4;
const COMMENT_TEXT = 1;
/** What the host grants to comment: said in every permission error. */
const CONTRIBUTE_HINT = 'Grant the build service identity ("<project> Build Service (<organization>)") "Contribute to pull requests" on the repository (Project settings → Repositories → Security), or pass a token that has it in TESSERA_TOKEN.';
/** PR threads on one Azure Repos repository. */
class AzureReposCodeHost {
    ref;
    kind = 'azure-repos';
    limits = { commentChars: AZURE_COMMENT_LIMIT_CHARS };
    client;
    project;
    repository;
    constructor(ref, token, options) {
        this.ref = ref;
        const slash = ref.repo.indexOf('/');
        if (slash <= 0 || slash === ref.repo.length - 1)
            throw new model/* UsageError */.eb(`Azure Repos repository ${JSON.stringify(ref.repo)} is not <project>/<repository>`);
        this.project = ref.repo.slice(0, slash);
        this.repository = ref.repo.slice(slash + 1);
        this.client = new rest_client/* AzureDevOpsClient */.wC(ref.apiUrl, token, options);
    }
    async upsertComment(pr, marker, body, options = {}) {
        if (!body.includes(marker))
            throw new model/* UsageError */.eb('the comment body must contain its marker');
        if (body.length > this.limits.commentChars)
            throw new model/* UsageError */.eb(`the comment has ${body.length} characters; Tessera budgets ${this.limits.commentChars} for Azure Repos`, 'This is a bug in the renderer’s budget; please report it.');
        const status = options.resolved ? THREAD_FIXED : THREAD_ACTIVE;
        const [oldest, ...duplicates] = await this.markedThreads(pr, marker);
        if (oldest) {
            await this.retire(pr, duplicates);
            return this.bringUpToDate(pr, oldest, body, status);
        }
        const git = await this.client.git();
        const created = (await this.client.call(`create a thread on pull request ${pr}`, () => git.createThread({ comments: [{ parentCommentId: 0, content: body, commentType: COMMENT_TEXT }], status }, this.repository, pr, this.project), CONTRIBUTE_HINT));
        // Another reporter may have created one at the same moment: keep the oldest, retire the rest.
        const [survivor, ...others] = await this.markedThreads(pr, marker);
        await this.retire(pr, others);
        if (!survivor || survivor.id === created.id)
            return {
                id: String(created.id ?? survivor?.id ?? ''),
                url: this.urlOf(pr, created.id),
                action: 'created',
            };
        return this.bringUpToDate(pr, survivor, body, status);
    }
    /** Edits the thread's first comment and status where they differ from what this run wants. */
    async bringUpToDate(pr, thread, body, status) {
        const git = await this.client.git();
        const changed = thread.content !== body;
        if (changed)
            await this.client.call(`edit the report comment of thread ${thread.id}`, () => git.updateComment({ content: body }, this.repository, pr, thread.id, thread.commentId, this.project), CONTRIBUTE_HINT);
        if (thread.status !== status)
            await this.client.call(`set the status of thread ${thread.id}`, () => git.updateThread({ status }, this.repository, pr, thread.id, this.project), CONTRIBUTE_HINT);
        return {
            id: String(thread.id),
            url: this.urlOf(pr, thread.id),
            action: changed || thread.status !== status ? 'updated' : 'unchanged',
        };
    }
    /** The PR's live threads whose first comment carries `marker`, oldest (lowest id) first. */
    async markedThreads(pr, marker) {
        const git = await this.client.git();
        const threads = ((await this.client.call(`list the threads of pull request ${pr}`, () => git.getThreads(this.repository, pr, this.project), CONTRIBUTE_HINT)) ?? []);
        const marked = [];
        for (const thread of threads) {
            const first = [...(thread.comments ?? [])].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))[0];
            if (thread.isDeleted || !first || first.isDeleted || thread.id === undefined || first.id === undefined)
                continue;
            if (!first.content?.includes(marker))
                continue;
            marked.push({ id: thread.id, commentId: first.id, content: first.content, status: thread.status });
        }
        return marked.sort((a, b) => a.id - b.id);
    }
    /** Deletes the marked comment of each duplicate thread and closes the thread. */
    async retire(pr, threads) {
        const git = await this.client.git();
        for (const thread of threads) {
            try {
                await this.client.call(`delete the duplicate report of thread ${thread.id}`, () => git.deleteComment(this.repository, pr, thread.id, thread.commentId, this.project), CONTRIBUTE_HINT);
                await this.client.call(`close the duplicate thread ${thread.id}`, () => git.updateThread({ status: THREAD_CLOSED }, this.repository, pr, thread.id, this.project), CONTRIBUTE_HINT);
            }
            catch (error) {
                // A racing reporter retired it first: that is the outcome we wanted.
                if (!(error instanceof model/* TesseraError */.Wc && (0,rest_client/* statusOf */.c2)(error.cause) === 404))
                    throw error;
            }
        }
    }
    /** The thread's link in the PR's web page. */
    urlOf(pr, threadId) {
        const base = `${this.ref.webUrl ?? this.ref.apiUrl}${encodeURIComponent(this.project)}/_git/${encodeURIComponent(this.repository)}/pullrequest/${pr}`;
        return threadId !== undefined ? `${base}?discussionId=${threadId}` : base;
    }
}
/** The logger-only options a code host created by the registry gets. */
function codeHostOptions(log, sleep) {
    return { log, ...(sleep ? { sleep } : {}) };
}

// EXTERNAL MODULE: ./providers/azure/token.js
var token = __webpack_require__(78688);
;// CONCATENATED MODULE: ./providers/azure/index.js



/** An Azure Pipelines job: the agent sets `TF_BUILD=True` (capitalised, so compare case-insensitively). */
function detectAzure(env) {
    return env.TF_BUILD?.toLowerCase() === 'true';
}
function createAzureReposCodeHost(ref, token, deps) {
    const log = deps.log ?? (0,ci/* createLogger */.h)(deps.write, ci/* PLAIN_DIALECT */.UW, { secrets: [token] });
    return new AzureReposCodeHost(ref, token, { log, ...(deps.sleep ? { sleep: deps.sleep } : {}) });
}
const azure = {
    id: 'azure',
    displayName: 'Azure Pipelines',
    // `strategy: parallel` takes at most 99 jobs.
    maxShards: 99,
    detect: detectAzure,
    createCiHost: async (env, deps) => (await Promise.all(/* import() */[__webpack_require__.e(53), __webpack_require__.e(950)]).then(__webpack_require__.bind(__webpack_require__, 16950))).createAzureCiHost(env, deps),
    createCodeHost: createAzureReposCodeHost,
};

// EXTERNAL MODULE: ./providers/github/rest-client.js
var github_rest_client = __webpack_require__(64031);
;// CONCATENATED MODULE: ./providers/github/code-host.js


/** GitHub rejects longer bodies with 422 "Body is too long (maximum is 65536 characters)". */
const GITHUB_COMMENT_LIMIT_CHARS = 65_536;
/** PR comments on one GitHub repository. */
class GithubCodeHost {
    kind = 'github';
    limits = { commentChars: GITHUB_COMMENT_LIMIT_CHARS };
    rest;
    constructor(ref, token, options = {}) {
        this.rest = new github_rest_client/* GithubRestClient */.l7(ref, token, options);
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
                if (!(error instanceof model/* TesseraError */.Wc && (0,github_rest_client/* statusOf */.c2)(error.cause) === 404))
                    throw error;
            }
        }
    }
}

// EXTERNAL MODULE: ./providers/github/token.js
var github_token = __webpack_require__(2900);
;// CONCATENATED MODULE: ./providers/github/index.js


/** A GitHub Actions job: the runner sets `GITHUB_ACTIONS=true` in every step. */
function detectGithub(env) {
    return env.GITHUB_ACTIONS === 'true';
}
const github = {
    id: 'github',
    displayName: 'GitHub Actions',
    // A matrix runs at most 256 jobs per workflow run (docs: Actions limits).
    maxShards: 256,
    detect: detectGithub,
    // The host (context, artifacts, history, outputs) loads when a verb opens a CI session, not at start-up.
    createCiHost: async (env, deps) => (await Promise.all(/* import() */[__webpack_require__.e(238), __webpack_require__.e(53), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 7268))).createGithubCiHost(env, deps),
    // `deps.sleep` is not used: the waits between tries are the Octokit plugins' own timers (rest-client.ts).
    createCodeHost: (ref, token, deps) => new GithubCodeHost(ref, token, { log: deps.log }),
};

// EXTERNAL MODULE: ./providers/gitlab/rest-client.js
var gitlab_rest_client = __webpack_require__(78719);
;// CONCATENATED MODULE: ./providers/gitlab/code-host.js


/** GitLab rejects longer note bodies: "Note is too long (maximum is 1000000 characters)" (Notes API). */
const GITLAB_NOTE_LIMIT_CHARS = 1_000_000;
/** Merge request notes on one GitLab project. */
class GitlabCodeHost {
    ref;
    kind = 'gitlab';
    limits = { commentChars: GITLAB_NOTE_LIMIT_CHARS };
    api;
    /** The project as the API addresses it: its numeric id or its path (`group/sub/project`). */
    project;
    constructor(ref, token, options = {}) {
        this.ref = ref;
        if (ref.repo.trim() === '')
            throw new model/* UsageError */.eb('no GitLab project to post to', 'Give the project path, e.g. group/project.');
        this.project = ref.repo;
        // Masked at once, although gitbeaker itself loads on the first call.
        options.log?.mask(token);
        this.client = () => (this.api ??= options.api
            ? Promise.resolve(options.api)
            : (0,gitlab_rest_client/* createGitlabApi */.Iq)((0,gitlab_rest_client/* hostOfApiUrl */.D0)(ref.apiUrl), { token }, options));
    }
    client;
    async upsertComment(mr, marker, body) {
        if (!body.includes(marker))
            throw new model/* UsageError */.eb('the note body must contain its marker');
        if (body.length > this.limits.commentChars)
            throw new model/* UsageError */.eb(`the note has ${body.length} characters; GitLab accepts ${this.limits.commentChars}`, 'This is a bug in the renderer’s budget; please report it.');
        const [oldest, ...duplicates] = await this.markedNotes(mr, marker);
        if (oldest) {
            await this.deleteAll(mr, duplicates);
            if (oldest.body === body)
                return this.refOf(mr, oldest.id, 'unchanged');
            return this.edit(mr, oldest.id, body);
        }
        const api = await this.client();
        const created = (await (0,gitlab_rest_client/* gitlabCall */.mf)('create a merge request note', this.project, () => api.MergeRequestNotes.create(this.project, mr, body)));
        // Another report job may have created one at the same moment: keep the oldest, delete the rest.
        const [survivor, ...others] = await this.markedNotes(mr, marker);
        await this.deleteAll(mr, others);
        if (!survivor || survivor.id === created.id)
            return this.refOf(mr, created.id, 'created');
        return survivor.body === body
            ? this.refOf(mr, survivor.id, 'unchanged')
            : this.edit(mr, survivor.id, body);
    }
    async edit(mr, id, body) {
        const api = await this.client();
        const edited = (await (0,gitlab_rest_client/* gitlabCall */.mf)('edit the merge request note', this.project, () => api.MergeRequestNotes.edit(this.project, mr, id, { body })));
        return this.refOf(mr, edited.id, 'updated');
    }
    /** The MR's notes carrying `marker`, oldest (lowest id) first; system notes never count. */
    async markedNotes(mr, marker) {
        const api = await this.client();
        const notes = (await (0,gitlab_rest_client/* gitlabCall */.mf)('list the merge request notes', this.project, () => api.MergeRequestNotes.all(this.project, mr, {
            perPage: 100,
            sort: 'asc',
            orderBy: 'created_at',
        })));
        return notes.filter((n) => n.system !== true && n.body?.includes(marker)).sort((a, b) => a.id - b.id);
    }
    async deleteAll(mr, notes) {
        const api = await this.client();
        for (const note of notes) {
            try {
                await (0,gitlab_rest_client/* gitlabCall */.mf)('delete a duplicate merge request note', this.project, () => api.MergeRequestNotes.remove(this.project, mr, note.id));
            }
            catch (error) {
                // A racing report job deleted it first: that is the outcome we wanted.
                if (!(error instanceof model/* TesseraError */.Wc && (0,gitlab_rest_client/* statusOf */.c2)(error.cause) === 404))
                    throw error;
            }
        }
    }
    /** Where a note is: `<web>/<project path>/-/merge_requests/<iid>#note_<id>` when the path is known. */
    refOf(mr, id, action) {
        const web = this.ref.webUrl?.replace(/\/+$/, '');
        const url = web && !/^\d+$/.test(this.project)
            ? `${web}/${this.project}/-/merge_requests/${mr}#note_${id}`
            : undefined;
        return { id: String(id), action, ...(url !== undefined ? { url } : {}) };
    }
}

// EXTERNAL MODULE: ./providers/gitlab/token.js
var gitlab_token = __webpack_require__(14036);
;// CONCATENATED MODULE: ./providers/gitlab/index.js


/** A GitLab CI job: the runner sets `GITLAB_CI=true`. */
function detectGitlab(env) {
    return env.GITLAB_CI === 'true';
}
const gitlab = {
    id: 'gitlab',
    displayName: 'GitLab CI',
    // `parallel:` takes 1 to 200 jobs (docs.gitlab.com/ci/yaml/#parallel).
    maxShards: 200,
    detect: detectGitlab,
    // The host (context, staged artifacts, history, reports) loads when a verb opens a CI session.
    createCiHost: async (env, deps) => (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(53), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 9552))).createGitlabCiHost(env, deps),
    // Also what Jenkins uses for merge requests on GitLab (providers/index.ts, createCodeHostFor).
    createCodeHost: (ref, token, deps) => new GitlabCodeHost(ref, token, { log: deps.log, ...(deps.sleep ? { sleep: deps.sleep } : {}) }),
};

;// CONCATENATED MODULE: ./providers/jenkins/index.js
/**
 * The Jenkins provider module. Jenkins builds pull requests that live on GitHub or GitLab, so it has no
 * `createCodeHost`: the registry picks the code host `CHANGE_URL` names (code-host.ts).
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
    // A `parallel` map has no documented limit.
    maxShards: ci/* MAX_SHARDS_ANY_HOST */.XF,
    detect: detectJenkins,
    // Loaded when a verb opens a CI session, as every provider's host.
    createCiHost: async (env, deps) => (await Promise.all(/* import() */[__webpack_require__.e(53), __webpack_require__.e(438)]).then(__webpack_require__.bind(__webpack_require__, 82438))).createJenkinsCiHost(env, deps),
};

;// CONCATENATED MODULE: ./providers/local/index.js
/**
 * The local provider module: never detected (it is what the registry falls back to), always available.
 */

const local = {
    id: 'local',
    displayName: 'local',
    // Shards run as processes on this machine.
    maxShards: ci/* MAX_SHARDS_ANY_HOST */.XF,
    detect: () => false,
    // Loaded when a verb opens a CI session, as every provider's host.
    createCiHost: async (env, deps) => (await Promise.all(/* import() */[__webpack_require__.e(53), __webpack_require__.e(208)]).then(__webpack_require__.bind(__webpack_require__, 43208))).createLocalCiHost(env, deps),
};

;// CONCATENATED MODULE: ./providers/index.js
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
 * Repos (`SYSTEM_ACCESSTOKEN` mapped into a script step, or the endpoint token the agent gives a task).
 */
const CODE_HOST_TOKEN_VARIABLES = {
    github: github_token/* GITHUB_TOKEN_VARIABLES */.e,
    gitlab: gitlab_token/* GITLAB_TOKEN_VARIABLES */.k,
    'azure-repos': token/* AZURE_TOKEN_VARIABLES */.i,
};
/** What to set when there is no token to post to `kind` with, for the one warning that says so. */
const CODE_HOST_TOKEN_HELP = {
    github: "set TESSERA_TOKEN, or pass the action's token input (`pull-requests: write`)",
    gitlab: 'set GITLAB_TOKEN (or TESSERA_TOKEN) to a project or group access token with the `api` scope, as a masked CI/CD variable; CI_JOB_TOKEN cannot write merge request notes',
    'azure-repos': 'map SYSTEM_ACCESSTOKEN into the step (`env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)`), or set TESSERA_TOKEN',
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
 * The CI host for this job: {@link selectProvider}'s provider, through {@link openCiHost}.
 */
async function createCiHostFor(env, deps, override) {
    const asked = (override ?? env.TESSERA_PROVIDER ?? '') !== '';
    return openCiHost(selectProvider(env, override), env, deps, asked);
}
/**
 * The CI host of `provider`. When it was detected (not asked for) but has no host in this version, the
 * local host is used instead, with a warning in its log: the CI's template then moves `.tessera/` as it
 * would for any staged store. A provider asked for by name (`asked`) that has no host is an error that
 * says it was chosen.
 */
async function openCiHost(provider, env, deps, asked) {
    try {
        return await provider.createCiHost(env, deps);
    }
    catch (error) {
        if (!(error instanceof ci/* HostNotSupportedError */.M3))
            throw error;
        if (asked)
            throw new ci/* HostNotSupportedError */.M3(error.displayName, 'chosen');
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


/***/ }),

/***/ 54019:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ parseShardArtifactName),
/* harmony export */   dm: () => (/* binding */ PLAN_ARTIFACT),
/* harmony export */   kQ: () => (/* binding */ HISTORY_ARTIFACT),
/* harmony export */   m5: () => (/* binding */ reportArtifactName),
/* harmony export */   t1: () => (/* binding */ chooseShardArtifacts),
/* harmony export */   u9: () => (/* binding */ shardArtifactName)
/* harmony export */ });
/* unused harmony export REPORT_ARTIFACT */
/* harmony import */ var _run_bundle_folder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15696);

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

/***/ 97569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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
        jobUrl: context.jobUrl,
    };
}
/** The branch whose history is the baseline: the base branch for a PR or merge queue, else the branch. */
function baselineBranchOf(context) {
    return context.baseBranch ?? context.pr?.baseBranch ?? context.branch;
}


/***/ }),

/***/ 68155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ ArtifactNotFoundError),
/* harmony export */   d1: () => (/* binding */ ArtifactExistsError),
/* harmony export */   tU: () => (/* binding */ CodeHostPermissionError),
/* harmony export */   td: () => (/* binding */ UnsafeArchiveError)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74060);
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

/***/ 647:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


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
  XF: () => (/* reexport */ provider/* MAX_SHARDS_ANY_HOST */.XF),
  UW: () => (/* reexport */ logger/* PLAIN_DIALECT */.UW),
  NO: () => (/* reexport */ provider/* PROVIDER_IDS */.NO),
  M2: () => (/* reexport */ logger/* SecretMasker */.M2),
  yB: () => (/* reexport */ StagedArtifactStore),
  td: () => (/* reexport */ errors/* UnsafeArchiveError */.td),
  h: () => (/* reexport */ logger/* createLogger */.h),
  JE: () => (/* reexport */ extractZip),
  rl: () => (/* reexport */ provider/* isProviderId */.rl),
  oD: () => (/* reexport */ isValidArtifactName),
  mu: () => (/* reexport */ parseRetryAfter),
  uk: () => (/* reexport */ realSleep),
  LH: () => (/* reexport */ withRetries)
});

// UNUSED EXPORTS: CODE_HOST_KINDS, MASK, MAX_COMPRESSION_RATIO, PLAN_ARTIFACT, PLAN_FILE, REPORT_ARTIFACT, ZIP_RATIO_FLOOR_BYTES, baselineBranchOf, chooseShardArtifacts, fetchPlan, fetchShardBundles, hostNotYetSupported, mapConcurrently, parseShardArtifactName, putPlan, putShardBundle, readZipEntries, reportArtifactName, runInfoOf, safeEntryPath, shardArtifactName

// EXTERNAL MODULE: ./src/ci/provider.js
var provider = __webpack_require__(52969);
;// CONCATENATED MODULE: ./src/ci/artifact-store.js
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
/**
 * Text results compress 10–50 times, a repetitive log a few hundred; a thousand times is a bomb. Documented
 * in SECURITY.md.
 */
const MAX_COMPRESSION_RATIO = 1_000;
/** Below this total, any ratio is accepted: a small file of repeated lines is no threat. */
const ZIP_RATIO_FLOOR_BYTES = 16 * 1024 * 1024;
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

// EXTERNAL MODULE: ./src/ci/artifact-names.js
var artifact_names = __webpack_require__(54019);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/ci/errors.js
var errors = __webpack_require__(68155);
;// CONCATENATED MODULE: ./src/ci/staged-artifact-store.js
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

// EXTERNAL MODULE: ./src/ci/shard-artifacts.js
var shard_artifacts = __webpack_require__(57244);
;// CONCATENATED MODULE: ./src/ci/file-summary-sink.js
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

// EXTERNAL MODULE: ./src/ci/logger.js
var logger = __webpack_require__(41284);
;// CONCATENATED MODULE: ./src/ci/retry.js
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
;// CONCATENATED MODULE: ./src/ci/zip-archive.js
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
    const ratio = limits.maxCompressionRatio ?? MAX_COMPRESSION_RATIO;
    if (total > ZIP_RATIO_FLOOR_BYTES && total > ratio * zip.length)
        throw new errors/* UnsafeArchiveError */.td(artifact, `its ${zip.length}-byte archive inflates to ${total} bytes, more than ${ratio} times its size (a zip bomb)`);
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

;// CONCATENATED MODULE: ./src/ci/not-yet-supported.js
/**
 * The factory of a provider whose detection exists but whose host does not yet: it fails with a typed
 * error that says how to carry on, so the registry can fall back to the local provider (which stages
 * `.tessera/` for the CI's template to move) when the provider was detected rather than asked for.
 */

/**
 * A provider that has no CI host in this version. `how` says whether it was detected from the environment
 * or chosen by name (`--provider`, `TESSERA_PROVIDER`), so the message does not claim a detection that
 * never happened.
 */
class HostNotSupportedError extends model/* UsageError */.eb {
    displayName;
    how;
    constructor(displayName, how = 'detected') {
        super(how === 'chosen'
            ? `${displayName} was chosen (--provider or TESSERA_PROVIDER), but this version of Tessera has no ${displayName} support yet`
            : `${displayName} was detected, but this version of Tessera has no ${displayName} support yet`, 'Set TESSERA_PROVIDER=local (or pass --provider local) to stage artifacts and the summary under .tessera/, or leave --ci off: plan, run --shard, collect and report --from work in any CI.');
        this.displayName = displayName;
        this.how = how;
    }
}
/** A `createCiHost` that rejects with {@link HostNotSupportedError}. */
function hostNotYetSupported(displayName) {
    return () => Promise.reject(new HostNotSupportedError(displayName));
}

;// CONCATENATED MODULE: ./src/ci/index.js

















/***/ }),

/***/ 41284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   UW: () => (/* binding */ PLAIN_DIALECT),
/* harmony export */   h: () => (/* binding */ createLogger),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* harmony import */ var _render_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81250);
/**
 * The job log: four levels, collapsible groups, and secret masking. Every line a host writes goes through
 * {@link createLogger}, which removes registered secrets before the line reaches the output, so a token
 * cannot leak through an error message that happens to quote a URL or a header. CIs differ only in how a
 * warning or a group is spelled; that spelling is a {@link LogDialect}.
 *
 * Messages routinely quote untrusted text (test names, file paths, artifact names), so every message and
 * group title is also neutralised ({@link neutraliseUntrustedText}): no runner command, escape sequence or
 * control character reaches the log, whatever the provider.
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
    /** Every registered form (the secrets and their encodings), longest first. */
    get registered() {
        return this.ordered;
    }
    /** The length of the longest form registered (0 when none): how much of a stream to hold back. */
    get longestForm() {
        return this.ordered[0]?.length ?? 0;
    }
    /** `text` with every registered secret replaced by {@link MASK}. */
    scrub(text) {
        if (this.ordered.length === 0)
            return text;
        return this.ordered.reduce((out, secret) => out.split(secret).join(MASK), text);
    }
}
/** A {@link Logger} that writes through `write` in `dialect`, masking secrets in every line. */
function createLogger(write, dialect, options = {}) {
    const masker = options.masker ?? new SecretMasker();
    const scrub = (text) => masker.scrub(text);
    // Line breaks are kept (a hint on its own line); each line is neutralised.
    const safe = (message) => scrub((0,_render_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseUntrustedText */ .u)(message, { multiline: true }));
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
                emit(dialect.line('debug', safe(message)));
        },
        info: (message) => emit(dialect.line('info', safe(message))),
        warn: (message) => emit(dialect.line('warn', safe(message))),
        error: (message) => emit(dialect.line('error', safe(message))),
        async group(title, work) {
            emit(dialect.groupStart(scrub((0,_render_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseUntrustedText */ .u)(title))));
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


/***/ }),

/***/ 52969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ PROVIDER_IDS),
/* harmony export */   XF: () => (/* binding */ MAX_SHARDS_ANY_HOST),
/* harmony export */   rl: () => (/* binding */ isProviderId)
/* harmony export */ });
/** Every provider Tessera knows, in the order detection tries them (`local` is the fallback, never detected). */
const PROVIDER_IDS = ['github', 'gitlab', 'azure', 'jenkins', 'local'];
/**
 * The most shards any host is planned for: a CI with no matrix limit of its own (Jenkins) and the local
 * runner get this ceiling, which keeps a typo (`--shards 99999999`) from planning, or hanging on, a matrix
 * nobody can run.
 */
const MAX_SHARDS_ANY_HOST = 1000;
/** Whether `value` is a known provider id (for `--provider` and `TESSERA_PROVIDER`). */
function isProviderId(value) {
    return PROVIDER_IDS.includes(value);
}


/***/ }),

/***/ 57244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ putShardBundle),
/* harmony export */   dA: () => (/* binding */ putPlan),
/* harmony export */   kU: () => (/* binding */ fetchShardBundles),
/* harmony export */   uy: () => (/* binding */ fetchPlan)
/* harmony export */ });
/* unused harmony exports PLAN_FILE, mapConcurrently */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74060);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68155);
/* harmony import */ var _artifact_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54019);
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

/***/ 41503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ scratchFolder),
/* harmony export */   Il: () => (/* binding */ jobStartedAt),
/* harmony export */   kH: () => (/* binding */ sessionPlan),
/* harmony export */   lt: () => (/* binding */ commentTarget),
/* harmony export */   sR: () => (/* binding */ sessionHistoryTarget),
/* harmony export */   u: () => (/* binding */ sessionRunInfo),
/* harmony export */   zA: () => (/* binding */ openCiSession)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _ci_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(97569);
/* harmony import */ var _ci_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68155);
/* harmony import */ var _ci_shard_artifacts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57244);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74060);
/* harmony import */ var _plan_read_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38669);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48754);
/* harmony import */ var _plan_flag_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30964);
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
    const host = await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_7__/* .createCiHostFor */ .WR)(env, { cwd, write: (text) => void stream.write(text) }, flags.provider);
    return { host, context: host.context(), env, cwd };
}
/**
 * A folder for downloads: under `RUNNER_TEMP` on GitHub (emptied after the job), else the system's
 * temporary folder.
 */
function scratchFolder(session, prefix) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(session.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `tessera-${prefix}-`));
}
/**
 * The run facts a shard bundle records: the context's, with `--attempt` winning over the CI's attempt
 * (for CIs that do not number re-runs themselves).
 */
function sessionRunInfo(session, attempt) {
    const info = (0,_ci_context_js__WEBPACK_IMPORTED_MODULE_9__/* .runInfoOf */ .o)(session.context);
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
        throw new _model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`TESSERA_JOB_STARTED_AT is not a time: ${JSON.stringify(value)}`, 'Set it to an ISO 8601 time or to milliseconds since the epoch, e.g. TESSERA_JOB_STARTED_AT=$(date +%s%3N) in the first step.');
    return date;
}
/**
 * The plan of a shard job: `--plan` when given; in CI mode, the run's `tessera-plan` artifact when the plan
 * job uploaded one; undefined otherwise (the caller computes one, or goes without).
 */
async function sessionPlan(session, planFile) {
    if (planFile !== undefined)
        return (0,_plan_flag_js__WEBPACK_IMPORTED_MODULE_8__/* .readPlanFlag */ .i)(planFile);
    if (!session)
        return undefined;
    try {
        return await (0,_plan_read_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .readPlanFile */ .w)(await (0,_ci_shard_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchPlan */ .uy)(session.host.artifacts, await scratchFolder(session, 'plan')));
    }
    catch (error) {
        if (error instanceof _ci_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtifactNotFoundError */ .CL)
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
    const baseBranch = (0,_ci_context_js__WEBPACK_IMPORTED_MODULE_9__/* .baselineBranchOf */ .X)(session.context);
    return {
        kind: 'store',
        store: session.host.history,
        branch,
        ...(baseBranch !== undefined ? { baseBranch } : {}),
        location: `${(0,_providers_index_js__WEBPACK_IMPORTED_MODULE_7__/* .providerById */ .ik)(session.host.id).displayName} history of branch ${JSON.stringify(branch)}`,
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
    const token = (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_7__/* .codeHostToken */ .lL)(ref.kind, session.env);
    if (token === undefined) {
        // One warning, with what to set; the rest of the report (summary, outputs, history) goes on.
        session.host.log.warn(`no token to post the comment on #${pr.number} with: ${_providers_index_js__WEBPACK_IMPORTED_MODULE_7__/* .CODE_HOST_TOKEN_HELP */ .FG[ref.kind]}. The comment is skipped; everything else is published.`);
        return { reason: 'no token to post it with (see the warning above)' };
    }
    session.host.log.mask(token);
    try {
        return {
            codeHost: (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_7__/* .createCodeHostFor */ .FO)(ref, token, {
                cwd: session.cwd,
                write: (text) => void process.stdout.write(text),
                log: session.host.log,
            }),
        };
    }
    catch (error) {
        if (error instanceof _model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb)
            return { reason: error.message };
        throw error;
    }
}


/***/ }),

/***/ 30964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ readPlanFlag)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29760);
/* harmony import */ var _plan_read_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38669);
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

/***/ 91636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   uD: () => (/* binding */ streamFileAtomic)
/* harmony export */ });
/* unused harmony export temporaryPathFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/**
 * Every file Tessera writes for someone else to read (reports, bundles, plans, histories, outputs) is
 * written to a temporary file in the same folder and renamed over the target. A rename within one folder
 * is atomic, so a reader that races with a writer (the next CI step, another report to the same path) sees
 * the old file or the new one, never half of one, and two writers to one path leave one whole file.
 */





/**
 * A temporary path beside `path`: hidden, and unique per process and call, so concurrent writers (in one
 * process or several) never share one.
 */
function temporaryPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/** Writes `data` to `path` atomically (see the module comment), creating the folder. */
async function writeFileAtomic(path, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    const temp = temporaryPathFor(path);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, data);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw error;
    }
}
/**
 * Streams into `path` atomically: `write` fills a stream on a temporary file, which is renamed over `path`
 * once the stream has finished. The temporary file is removed when `write` or the stream fails.
 */
async function streamFileAtomic(path, write, options = {}) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    const temp = temporaryPathFor(path);
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, options);
    try {
        try {
            await write(stream);
        }
        finally {
            stream.end();
        }
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(stream);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, path);
    }
    catch (error) {
        stream.destroy();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 54589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29760);


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

/***/ 40962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseVersionedJson)
/* harmony export */ });
/* unused harmony export checkVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29760);

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

/***/ 22692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ checkItems)
/* harmony export */ });
/* unused harmony exports MAX_ITEM_CHARS, itemPathProblem */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29760);
/**
 * What a plan item may be. Items become arguments of the test command, and they come from files a fork can
 * write (a plan artifact, timings, a `--tests-from` list): an item `--require=evil.js` would be read by the
 * runner as an option, `../../etc/passwd` or `/etc/passwd` would point it outside the checkout. So an item
 * must be a repo-relative path inside the checkout: not absolute, no `..` segment, not starting with `-`,
 * no control characters. Anything else is refused with the item named.
 */

/** The longest item accepted, in characters (far past any real path). */
const MAX_ITEM_CHARS = 4_096;
/** Why `item` cannot be a plan item, or undefined when it can. */
function itemPathProblem(item) {
    if (item.length === 0)
        return 'it is empty';
    if (item.length > MAX_ITEM_CHARS)
        return `it is longer than ${MAX_ITEM_CHARS} characters`;
    if (item.startsWith('-'))
        return 'it starts with "-", so the test runner would read it as an option';
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    if (/[\u0000-\u001F\u007F-\u009F]/.test(item))
        return 'it holds a control character';
    if (item.startsWith('/') || item.startsWith('\\') || /^[A-Za-z]:/.test(item) || item.startsWith('~'))
        return 'it is an absolute path, not a path inside the checkout';
    if (item.split(/[/\\]/).includes('..'))
        return 'it leaves the checkout through ".."';
    return undefined;
}
/** Shortened for an error message. */
function shown(item) {
    return JSON.stringify(item.length > 200 ? `${item.slice(0, 200)}…` : item);
}
/**
 * Checks every item; throws UsageError naming the first bad one, where it came from (`source`), and why.
 */
function checkItems(items, source) {
    for (const item of items) {
        const problem = itemPathProblem(item);
        if (problem !== undefined)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${source}: the item ${shown(item)} is refused: ${problem}`, 'Plan items are test files given as repo-relative paths inside the checkout (e.g. test/a.test.ts).');
    }
}


/***/ }),

/***/ 24466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ priorityRank),
/* harmony export */   KC: () => (/* binding */ plansNothing),
/* harmony export */   S1: () => (/* binding */ serializePlan),
/* harmony export */   Ze: () => (/* binding */ PLAN_VERSION),
/* harmony export */   pC: () => (/* binding */ PLAN_KIND),
/* harmony export */   zy: () => (/* binding */ emptyShards)
/* harmony export */ });
/**
 * Version of the plan shape this build writes and reads (an integer major version, as every versioned
 * Tessera document: fields old readers can ignore keep the number).
 */
const PLAN_VERSION = 1;
/** The plan document kind, for version checks. */
const PLAN_KIND = { kind: 'plan', current: PLAN_VERSION };
/** The rank of a priority in the run order: failed 0, flaky 1, none 2. */
function priorityRank(priority) {
    return priority === 'failed' ? 0 : priority === 'flaky' ? 1 : 2;
}
/** The plan as JSON text: two-space indented, one trailing newline; stable for the same plan. */
function serializePlan(plan) {
    return `${JSON.stringify(plan, null, 2)}\n`;
}
/**
 * The shards the plan gave no file to run (more shards than files, or `--skip-unchanged`), by index: their
 * jobs need not run, as a report given the plan accounts for them.
 */
function emptyShards(plan) {
    return plan.shards.filter((s) => s.items.length === 0).map((s) => s.index);
}
/**
 * Whether the plan gave no shard a file to run (`--skip-unchanged` reused every file): its shard jobs need
 * not run, and a report accounts for every shard from the plan alone.
 */
function plansNothing(plan) {
    return plan.shards.every((s) => s.items.length === 0);
}


/***/ }),

/***/ 38669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ readPlanFile)
});

// EXTERNAL MODULE: ./src/model/read-document.js
var read_document = __webpack_require__(54589);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ./src/model/versioned.js
var versioned = __webpack_require__(40962);
// EXTERNAL MODULE: ./src/plan/plan-document.js
var plan_document = __webpack_require__(24466);
// EXTERNAL MODULE: ./src/plan/item-path.js
var item_path = __webpack_require__(22692);
;// CONCATENATED MODULE: ./src/plan/parse-plan.js
/**
 * Reading a plan document: its schema and the parser. Apart from the Plan types (plan-document.ts), so that
 * writing a plan never loads the schema library.
 */




const nonNegative = schemas/* number */.aig().finite().nonnegative();
/** A content key of `--skip-unchanged`: 8 bytes of sha256, as hex. */
const CONTENT_KEY = /^[0-9a-f]{16}$/;
/** Zod schema of the plan. Objects are loose so fields added by a newer build of the same version pass through. */
const PlanSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz(plan_document/* PLAN_VERSION */.Ze),
    total: schemas/* number */.aig().int().nonnegative(),
    unit: schemas/* literal */.euz('file'),
    shards: schemas/* array */.YOg(schemas/* looseObject */._H3({
        index: schemas/* number */.aig().int().positive(),
        items: schemas/* array */.YOg(schemas/* string */.YjP()),
        predictedMs: nonNegative,
        units: schemas/* array */.YOg(schemas/* looseObject */._H3({ items: schemas/* array */.YOg(schemas/* string */.YjP()).min(1), predictedMs: nonNegative }))
            .optional(),
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
    skip: schemas/* looseObject */._H3({
        keys: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().regex(CONTENT_KEY)),
        reused: schemas/* array */.YOg(schemas/* looseObject */._H3({
            file: schemas/* string */.YjP(),
            key: schemas/* string */.YjP().regex(CONTENT_KEY),
            seq: schemas/* number */.aig().int().nonnegative(),
            sha: schemas/* string */.YjP().max(64).optional(),
            tests: schemas/* number */.aig().int().nonnegative(),
            durationMs: nonNegative,
        })),
        unkeyed: schemas/* number */.aig().int().nonnegative(),
        fullRun: schemas/* string */.YjP().optional(),
    })
        .optional(),
});
/** Where a plan comes from: the hint of every error about a plan that cannot be used. */
const PLAN_HINT = 'Pass the file written by `tessera plan --format json --out <file>` (on CI: the `tessera-plan` artifact).';
/**
 * Reads a plan document. `source` names it in errors. Refuses a newer major version (VersionError) and
 * anything that is not a plan (ParseError naming the field).
 */
function parsePlan(text, source) {
    const plan = (0,versioned/* parseVersionedJson */.D)(text, { ...plan_document/* PLAN_KIND */.pC, schema: PlanSchema, hint: PLAN_HINT }, source);
    // Items become the test command's arguments: each must be a path inside the checkout (item-path.ts).
    for (const shard of plan.shards)
        (0,item_path/* checkItems */.Hx)(shard.items, `plan ${source}, shard ${shard.index}`);
    if (plan.skip)
        (0,item_path/* checkItems */.Hx)(plan.skip.reused.map((r) => r.file), `plan ${source}, reused files`);
    return plan;
}

;// CONCATENATED MODULE: ./src/plan/read-plan.js


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

/***/ 15696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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
