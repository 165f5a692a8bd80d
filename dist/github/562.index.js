export const id = 562;
export const ids = [562];
export const modules = {

/***/ 29562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_ANNOTATIONS_PER_LEVEL: () => (/* binding */ GITHUB_ANNOTATIONS_PER_LEVEL),
  createGithubCiHost: () => (/* binding */ createGithubCiHost)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/ci/index.js + 6 modules
var ci = __webpack_require__(647);
// EXTERNAL MODULE: ./src/history/index.js + 2 modules
var src_history = __webpack_require__(6041);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ../../node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(56238);
// EXTERNAL MODULE: ./src/model/errors.js
var errors = __webpack_require__(29760);
;// CONCATENATED MODULE: ./providers/github/results-upload.js
/**
 * Small artifact uploads straight to GitHub's Results service: the three requests `@actions/artifact`
 * makes for an upload (Twirp `CreateArtifact` → the zip to the signed blob URL → Twirp `FinalizeArtifact`,
 * reference/providers.md §3.1), with one Azure *Put Blob* instead of the library's staged blocks.
 *
 * Why not the library for these: `@actions/artifact` brings `@azure/storage-blob`, `archiver` and their
 * dependencies, 3.8 MB of bundle that costs a step about 100 ms of compiling and initialising before its
 * first request. The plan job uploads one small JSON file and gates the whole matrix, so that was a third
 * of its cold start (BENCHMARKS.md). Uploads up to {@link DIRECT_UPLOAD_MAX_BYTES} (one of the library's
 * own 8 MiB blocks) come here: the plan, shard bundles, the history; larger ones, listing, downloads and
 * deletions stay with the library (artifact-store.ts).
 *
 * The requests are the library's, field for field: snake_case JSON, `version` 7 with the zip's MIME type,
 * the backend ids from the runtime token's `Actions.Results:<run>:<job>` scope, `size` as a string and
 * `hash` as `sha256:<hex>`, so an artifact uploaded here downloads through the library like any other
 * (the end-to-end test reads plans uploaded here with `@actions/artifact`). The signed URL carries a
 * secret signature: it never reaches a log or an error message.
 */




/** The largest upload (the files' bytes, before zipping) sent as one request here. */
const DIRECT_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
/** Azure Storage REST version sent with the blob upload (the one `@azure/storage-blob` 12.30 speaks). */
const BLOB_SERVICE_VERSION = '2026-04-06';
/**
 * The Results service of this step, or undefined when the step has none (a `run:` step gets no runtime
 * token) or runs on GitHub Enterprise Server, where artifacts v4 do not exist and the library reports
 * that itself.
 */
function resultsServiceOf(env) {
    const url = env.ACTIONS_RESULTS_URL?.trim();
    const token = env.ACTIONS_RUNTIME_TOKEN?.trim();
    if (!url || !token)
        return undefined;
    const server = env.GITHUB_SERVER_URL?.trim();
    if (server) {
        // The library's own test (shared/config.js isGhes): github.com, GHE.com and *.localhost serve v4.
        const host = URL.canParse(server) ? new URL(server).hostname.toLowerCase() : '';
        if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost'))
            return undefined;
    }
    return { url, token };
}
/**
 * The backend ids in the runtime token's `scp` claim (`Actions.Results:<run>:<job>`). The token is read,
 * not verified: the service verifies it.
 *
 * @throws TesseraError when the token is no JWT or has no such scope (the message never quotes the token)
 */
function backendIdsOf(token) {
    const payload = token.split('.')[1];
    let claims;
    try {
        claims = payload === undefined ? undefined : JSON.parse(Buffer.from(payload, 'base64url').toString());
    }
    catch {
        claims = undefined;
    }
    const scopes = claims?.scp;
    for (const scope of typeof scopes === 'string' ? scopes.split(' ') : []) {
        const [kind, run, job] = scope.split(':');
        if (kind === 'Actions.Results' && run && job)
            return { workflowRunBackendId: run, workflowJobRunBackendId: job };
    }
    throw new errors/* TesseraError */.Wc('ACTIONS_RUNTIME_TOKEN holds no Actions.Results scope, so no artifact can be uploaded', 'Run Tessera as the action (`uses:`), which the runner gives a runtime token; a `run:` step gets none.');
}
/** A failed request to the Results service or its blob storage; `status` is absent for network errors. */
class ResultsServiceError extends errors/* TesseraError */.Wc {
    status;
    retryAfterMs;
    name = 'ResultsServiceError';
    constructor(message, status, retryAfterMs, options) {
        super(message, 'GitHub’s artifact service may be degraded (https://www.githubstatus.com); re-run the job.', options);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
    /** Worth another try: a 5xx, a 429, or no answer at all. */
    get transient() {
        return this.status === undefined || this.status >= 500 || this.status === 429;
    }
}
/**
 * Zips `files` and uploads them as the artifact `name` of this job.
 *
 * @throws ArtifactExistsError when this run already has a finalized artifact of that name (409)
 * @throws ResultsServiceError when a request fails for good, after retrying transient failures
 */
async function uploadArtifactDirect(name, files, options) {
    const ids = backendIdsOf(options.service.token);
    const zip = (0,esm/* zipSync */.L)(Object.fromEntries(files.map((f) => [f.path, f.data])), { level: 6 });
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(zip).digest('hex')}`;
    const call = twirpCaller(options);
    const created = await call('CreateArtifact', {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name,
        version: 7,
        mime_type: 'application/zip',
        ...(options.retentionDays ? { expires_at: expiry(options.retentionDays) } : {}),
    }).catch((error) => {
        if (error instanceof ResultsServiceError && error.status === 409)
            throw new ci/* ArtifactExistsError */.d1(name, { cause: error });
        throw error;
    });
    const uploadUrl = field(created, 'signed_upload_url', 'signedUploadUrl');
    if (created.ok !== true || uploadUrl === undefined)
        throw new ResultsServiceError(`CreateArtifact for ${name}: the service did not accept it`, undefined, undefined);
    await retrying(options, `upload of ${name}`, () => putBlob(options, uploadUrl, zip, name));
    const finalized = await call('FinalizeArtifact', {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name,
        size: String(zip.length),
        hash: digest,
    });
    const id = field(finalized, 'artifact_id', 'artifactId');
    if (finalized.ok !== true || id === undefined)
        throw new ResultsServiceError(`FinalizeArtifact for ${name}: the service did not accept it`, undefined, undefined);
    return { id, size: zip.length, digest };
}
/** A response field the service may spell in snake_case or camelCase (the library accepts both). */
function field(body, snake, camel) {
    const value = body[snake] ?? body[camel];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
/** `retentionDays` from now, as the RFC 3339 time CreateArtifact takes. */
function expiry(days) {
    return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}
function twirpCaller(options) {
    const fetcher = options.fetch ?? fetch;
    const origin = new URL(options.service.url).origin;
    return (method, body) => retrying(options, method, async () => {
        const response = await send(fetcher, method, `${origin}/twirp/${ARTIFACT_SERVICE}/${method}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${options.service.token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
        });
        const text = await response.text();
        if (!response.ok)
            throw failure(method, response, serviceMessage(text));
        try {
            return JSON.parse(text);
        }
        catch (cause) {
            throw new ResultsServiceError(`${method}: the answer is not JSON`, response.status, undefined, {
                cause,
            });
        }
    });
}
/** The blob upload: one Azure Put Blob on the signed URL (which is the credential; it is never logged). */
async function putBlob(options, url, zip, name) {
    const response = await send(options.fetch ?? fetch, `upload of ${name}`, url, {
        method: 'PUT',
        headers: {
            'x-ms-blob-type': 'BlockBlob',
            'x-ms-version': BLOB_SERVICE_VERSION,
            'x-ms-blob-content-type': 'application/zip',
            'content-type': 'application/octet-stream',
        },
        body: zip,
    });
    await response.arrayBuffer();
    if (!response.ok)
        throw failure(`upload of ${name}`, response, undefined);
}
/** `fetch`, with a network failure turned into a transient {@link ResultsServiceError}. */
async function send(fetcher, what, url, init) {
    try {
        return await fetcher(url, init);
    }
    catch (cause) {
        const code = cause.cause?.code;
        throw new ResultsServiceError(`${what}: no answer (${code ?? cause.message})`, undefined, undefined, {
            cause,
        });
    }
}
/** The `msg` of a Twirp error body, when it has one. */
function serviceMessage(text) {
    try {
        const msg = JSON.parse(text).msg;
        return typeof msg === 'string' ? msg : undefined;
    }
    catch {
        return undefined;
    }
}
function failure(what, response, message) {
    return new ResultsServiceError(`${what} failed (HTTP ${response.status}${message ? `: ${message}` : ''})`, response.status, (0,ci/* parseRetryAfter */.mu)(response.headers.get('retry-after') ?? undefined));
}
function retrying(options, what, operation) {
    return (0,ci/* withRetries */.LH)(operation, {
        attempts: options.attempts ?? 5,
        baseDelayMs: 2000,
        sleep: options.sleep ?? ci/* realSleep */.uk,
        isRetryable: (error) => error instanceof ResultsServiceError && error.transient,
        requestedDelayMs: (error) => (error instanceof ResultsServiceError ? error.retryAfterMs : undefined),
        onRetry: (error, attempt, delay) => options.log.warn(`${what}: ${error.message}; try ${attempt + 1} in ${Math.round(delay / 1000)} s`),
    });
}

;// CONCATENATED MODULE: ./providers/github/artifact-store.js
/**
 * The GitHub {@link ArtifactStore}: artifacts of the current workflow run, through `@actions/artifact`
 * (the Results service, with the job's `ACTIONS_RUNTIME_TOKEN`), except small uploads, which go to the
 * Results service directly with the same requests (results-upload.ts: the library costs a step ~100 ms
 * to load, a third of the plan job's cold start). The library reads `ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_RESULTS_URL` and `GITHUB_SERVER_URL` from `process.env` itself, not from the env the host was
 * given. Every job of a run sees every artifact
 * of the run, earlier attempts included, so the report job can list all shard bundles.
 *
 * Downloads are taken raw (`skipDecompress`) and extracted here by src/ci/zip-archive.ts, which checks
 * every path and size first: the library's own extraction writes entries as they stream in, before a
 * zip-slip path or a bomb could be refused.
 *
 * Retries: @actions/artifact 6 already retries the Twirp calls (500, 502, 503, 504, 429 and network errors;
 * 5 tries, about 30 s of backoff, Retry-After not honoured) and blob downloads (5 tries, 5 s apart). Retrying
 * those again here would multiply a genuine outage into minutes, so this layer retries only failures the
 * library gave up on at once, and adds the artifact's name to the final error.
 *
 * The fork pattern: a `workflow_run` job reports on the run that triggered it, so with
 * {@link GithubArtifactStoreOptions.readFrom} `list` and `get` read that run's artifacts through the REST API
 * (`findBy`, a token with `actions: read`), while `put` still uploads to the current run. Those artifacts
 * were written by a fork's code: they get exactly the checks every download gets (the size caps before and
 * after the download, zip-slip and links refused before a file is written).
 */






/** The HTTP status quoted in an @actions/artifact error message (`Failed request: (500) …`), if any. */
function statusInMessage(error) {
    const match = /\((\d{3})\)/.exec(error instanceof Error ? error.message : String(error));
    return match ? Number(match[1]) : undefined;
}
/**
 * Worth one more try here: a 5xx or 429, or a network failure, that the library did not already retry
 * (its exhausted retries say "after N attempts" or "after N retries").
 */
function isTransient(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/after \d+ (?:attempts|retries)/i.test(message))
        return false;
    const status = statusInMessage(error);
    if (status !== undefined)
        return status >= 500 || status === 429;
    // The library throws its NetworkError at once, without retrying, for a dropped or refused connection.
    if (error instanceof Error && error.name === 'NetworkError')
        return true;
    return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|EPIPE|socket hang up/i.test(message);
}
/** The `url` of an artifact of the run at `runUrl`: its page, where GitHub offers the download. */
function linkTo(runUrl, id) {
    return runUrl && /^\d+$/.test(id) ? { url: `${runUrl}/artifacts/${id}` } : {};
}
async function listFiles(folder) {
    const entries = await (0,promises_.readdir)(folder, { recursive: true, withFileTypes: true });
    const links = entries.filter((e) => e.isSymbolicLink());
    if (links.length > 0)
        throw new model/* UsageError */.eb(`${folder} contains a symbolic link (${links[0]?.name}); artifacts hold regular files only`);
    return entries.filter((e) => e.isFile()).map((e) => (0,external_node_path_.join)(e.parentPath, e.name));
}
/** The bytes of `files` together. */
async function totalSize(files) {
    const sizes = await Promise.all(files.map(async (file) => (await (0,promises_.stat)(file)).size));
    return sizes.reduce((a, b) => a + b, 0);
}
/** The artifacts of the current GitHub Actions run. */
class GithubArtifactStore {
    options;
    kind = 'api';
    client;
    limits;
    constructor(options) {
        this.options = options;
        this.client = options.client;
        this.limits = options.limits ?? ci/* DEFAULT_ARTIFACT_LIMITS */.SN;
    }
    async put(name, folder) {
        if (!(0,ci/* isValidArtifactName */.oD)(name))
            throw new model/* UsageError */.eb(`invalid artifact name ${JSON.stringify(name)}`, 'Use letters, digits, ".", "_" and "-" only.');
        const root = (0,external_node_path_.resolve)(folder);
        const files = await listFiles(root).catch((error) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                throw new model/* UsageError */.eb(`cannot upload artifact ${name}: ${folder} is not a folder`);
            throw error;
        });
        if (files.length === 0)
            throw new model/* UsageError */.eb(`cannot upload artifact ${name}: ${folder} holds no file`);
        const service = this.options.resultsService;
        const uploaded = service && (await totalSize(files)) <= DIRECT_UPLOAD_MAX_BYTES
            ? await this.putDirect(service, name, root, files)
            : await this.putThroughLibrary(name, root, files);
        const size = uploaded.size !== undefined ? `, ${uploaded.size} bytes` : '';
        this.options.log.debug(`uploaded artifact ${name} (${files.length} files from ${(0,external_node_path_.relative)(process.cwd(), root) || '.'}${size})`);
        return {
            name,
            id: uploaded.id,
            size: uploaded.size,
            createdAt: new Date(),
            ...linkTo(this.options.runUrl, uploaded.id),
        };
    }
    /** A small upload, straight to the Results service (results-upload.ts says why). */
    async putDirect(service, name, root, files) {
        const contents = await Promise.all(files.map(async (file) => ({
            path: (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/'),
            data: await (0,promises_.readFile)(file),
        })));
        return uploadArtifactDirect(name, contents, {
            service,
            log: this.options.log,
            ...(this.options.retentionDays !== undefined ? { retentionDays: this.options.retentionDays } : {}),
            ...(this.options.sleep ? { sleep: this.options.sleep } : {}),
        });
    }
    async putThroughLibrary(name, root, files) {
        const client = await this.loadClient();
        const uploaded = await this.retrying(`upload of ${name}`, async () => {
            try {
                return await client.uploadArtifact(name, files, root, {
                    ...(this.options.retentionDays !== undefined ? { retentionDays: this.options.retentionDays } : {}),
                });
            }
            catch (error) {
                if (statusInMessage(error) === 409)
                    throw new ci/* ArtifactExistsError */.d1(name, { cause: error });
                throw error;
            }
        });
        return { id: String(uploaded.id ?? ''), size: uploaded.size };
    }
    /** This run's artifacts, or with `readFrom` the other run's. */
    async list() {
        const client = await this.loadClient();
        const source = this.options.readFrom;
        const findBy = source && this.findByOf(source);
        const { artifacts } = await this.retrying(source ? `listing the artifacts of run ${source.runId}` : 'listing the run’s artifacts', () => client.listArtifacts(findBy ? { findBy } : {}));
        const runUrl = source ? source.runUrl : this.options.runUrl;
        return artifacts.map((a) => ({
            name: a.name,
            id: String(a.id),
            size: a.size,
            createdAt: a.createdAt,
            ...linkTo(runUrl, String(a.id)),
        }));
    }
    /**
     * Uploads `folder` as `name`, deleting an artifact of that name this run already has (a re-run of the
     * report job replacing its history), as `actions/upload-artifact` does with `overwrite: true`.
     */
    async replace(name, folder) {
        try {
            return await this.put(name, folder);
        }
        catch (error) {
            if (!(error instanceof ci/* ArtifactExistsError */.d1))
                throw error;
            const client = await this.loadClient();
            await this.retrying(`deletion of the earlier ${name}`, () => client.deleteArtifact(name));
            return this.put(name, folder);
        }
    }
    /** Downloads an entry {@link list} gave: of this run, or with `readFrom` of the other run. */
    async get(entry, into) {
        const source = this.options.readFrom;
        return this.download(entry, into, source && this.findByOf(source));
    }
    findByOf(source) {
        if (!source.token)
            throw new model/* TesseraError */.Wc(`cannot read the artifacts of run ${source.runId}, the run this workflow_run job reports on: no token is set`, 'Give the step a token with `actions: read` (the action’s `token` input defaults to `github.token`; add `permissions: { actions: read }`).');
        return {
            token: source.token,
            workflowRunId: source.runId,
            repositoryOwner: source.repositoryOwner,
            repositoryName: source.repositoryName,
        };
    }
    /**
     * Downloads an artifact of another workflow run (a baseline history) through the REST API, with a token
     * that has `actions: read` on the repository. Same checks as {@link get}.
     */
    getFromRun(entry, into, findBy) {
        return this.download(entry, into, findBy);
    }
    async download(entry, into, findBy) {
        if (!(0,ci/* isValidArtifactName */.oD)(entry.name))
            throw new ci/* UnsafeArchiveError */.td(entry.name, 'its name could not be used as a folder name');
        if (entry.size !== undefined && entry.size > this.limits.maxArchiveBytes)
            throw new ci/* UnsafeArchiveError */.td(entry.name, `it is ${entry.size} bytes, more than the ${this.limits.maxArchiveBytes} allowed`);
        const id = Number(entry.id);
        if (!Number.isSafeInteger(id) || id <= 0)
            throw new ci/* ArtifactNotFoundError */.CL(entry.name, `the store gave it no usable id (${JSON.stringify(entry.id)})`);
        const client = await this.loadClient();
        const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.options.tempDir ?? (0,external_node_os_.tmpdir)(), 'tessera-download-'));
        try {
            await this.retrying(`download of ${entry.name}`, async () => {
                // A retried download must not find the half-written file of the failed try.
                await (0,promises_.rm)(temp, { recursive: true, force: true });
                try {
                    await client.downloadArtifact(id, {
                        path: temp,
                        skipDecompress: true,
                        ...(findBy ? { findBy } : {}),
                    });
                }
                catch (error) {
                    if (error instanceof Error && error.name === 'ArtifactNotFoundError')
                        throw new ci/* ArtifactNotFoundError */.CL(entry.name, undefined, { cause: error });
                    throw error;
                }
            });
            const [file] = await (0,promises_.readdir)(temp);
            if (file === undefined)
                throw new model/* TesseraError */.Wc(`artifact ${entry.name}: the download wrote no file`);
            const path = (0,external_node_path_.join)(temp, file);
            const size = (await (0,promises_.stat)(path)).size;
            if (size > this.limits.maxArchiveBytes)
                throw new ci/* UnsafeArchiveError */.td(entry.name, `it is ${size} bytes, more than the ${this.limits.maxArchiveBytes} allowed`);
            const target = (0,external_node_path_.join)((0,external_node_path_.resolve)(into), entry.name);
            await (0,promises_.rm)(target, { recursive: true, force: true });
            await (0,ci/* extractZip */.JE)(await (0,promises_.readFile)(path), target, this.limits, entry.name);
            return target;
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
    }
    async loadClient() {
        if (!this.client) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(858), __webpack_require__.e(503), __webpack_require__.e(803), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 41632));
            this.client = new DefaultArtifactClient();
        }
        return this.client;
    }
    retrying(what, operation) {
        return (0,ci/* withRetries */.LH)(operation, {
            attempts: this.options.attempts ?? 2,
            baseDelayMs: 2000,
            sleep: this.options.sleep ?? ci/* realSleep */.uk,
            isRetryable: (error) => !(error instanceof model/* TesseraError */.Wc) && isTransient(error),
            onRetry: (error, attempt, delay) => this.options.log.warn(`${what} failed (${error instanceof Error ? error.message : String(error)}); try ${attempt + 1} in ${Math.round(delay / 1000)} s`),
        }).catch((error) => {
            if (error instanceof model/* TesseraError */.Wc)
                throw error;
            throw new model/* TesseraError */.Wc(`${what} failed: ${error instanceof Error ? error.message : String(error)}`, 'GitHub’s artifact service may be degraded (https://www.githubstatus.com); re-run the job.', { cause: error });
        });
    }
}

;// CONCATENATED MODULE: ./providers/github/context.js
/**
 * The GitHub Actions context: from the `GITHUB_*` variables and the event payload at `GITHUB_EVENT_PATH`.
 * Variables: https://docs.github.com/en/actions/reference/workflows-and-actions/variables
 * Events: https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows
 *
 * The payload matters because the variables lie by omission: on `pull_request`, `GITHUB_SHA` is the test
 * merge commit GitHub made, not the PR's head; the PR number, the base branch and whether the PR comes from
 * a fork are only in the payload. {@link parseGithubContext} is pure (env + parsed payload in, context
 * out); {@link readEventPayload} does the one file read.
 */


const stripHeads = (ref) => ref ? ref.replace(/^refs\/heads\//, '') : undefined;
/**
 * The branch a full ref names: `refs/heads/x` → `x`; tags and `refs/pull/…` name no branch. Falls back to
 * the short `GITHUB_REF_NAME` when no full ref is known.
 */
function branchOfRef(ref, shortName, type) {
    if (ref?.startsWith('refs/heads/'))
        return ref.slice('refs/heads/'.length);
    if (ref?.startsWith('refs/'))
        return undefined;
    return type === 'tag' ? undefined : shortName || ref || undefined;
}
const positiveInt = (value) => {
    const n = Number(value);
    return value && Number.isInteger(n) && n > 0 ? n : undefined;
};
/** Reads and parses the event payload; `{}` when there is none (a local `act` run may omit it). */
async function readEventPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new model/* TesseraError */.Wc(`cannot read the GitHub event payload at GITHUB_EVENT_PATH=${path}: ${error.message}`, 'Run Tessera as a step of a GitHub Actions job, or unset GITHUB_EVENT_PATH.', { cause: error });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new model/* TesseraError */.Wc(`the GitHub event payload at ${path} is not JSON`, 'The runner writes this file; check that no earlier step overwrote it.', { cause: error });
    }
}
/** Whether a PR's head repository differs from its base repository (a deleted fork counts as a fork). */
function isForkPullRequest(pr) {
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    if (head === undefined || base === undefined)
        return pr.head?.repo === null;
    return head.toLowerCase() !== base.toLowerCase();
}
/** The owner of a repository in a payload: the first half of `full_name`, else `owner.login`. */
function ownerOf(repository) {
    return repository?.full_name?.split('/')[0] || repository?.owner?.login || undefined;
}
/** Whether the triggering run built code from another repository than this one (a fork's PR). */
function isForkRun(source, repo) {
    const headRepo = source.head_repository?.full_name;
    const baseRepo = source.repository?.full_name ?? repo;
    return (headRepo !== undefined && baseRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase());
}
/**
 * For a `workflow_run` event from a fork, whose `pull_requests` GitHub leaves empty: what to look the PR up
 * by. Undefined for every other event, for a run that names its PR, and when the payload lacks a part.
 */
function forkPullRequestQuery(env, payload) {
    const event = (payload && typeof payload === 'object' ? payload : {});
    const source = event.workflow_run;
    if (env.GITHUB_EVENT_NAME !== 'workflow_run' || !source)
        return undefined;
    const repo = env.GITHUB_REPOSITORY || event.repository?.full_name;
    if ((source.pull_requests?.length ?? 0) > 0 || !isForkRun(source, repo))
        return undefined;
    const owner = ownerOf(source.head_repository);
    const headRepository = source.head_repository?.full_name;
    if (!owner || !source.head_branch || !source.head_sha || !headRepository)
        return undefined;
    return { head: `${owner}:${source.head_branch}`, headSha: source.head_sha, headRepository };
}
/**
 * The branch GitHub files this run under (the `head_branch` its artifacts are listed with): a PR's head
 * branch, else the branch of `GITHUB_REF`. For a `workflow_run` job that is the default branch, not the
 * triggering run's; undefined for a tag.
 */
function runHeadBranch(env) {
    return env.GITHUB_HEAD_REF || branchOfRef(env.GITHUB_REF, env.GITHUB_REF_NAME, env.GITHUB_REF_TYPE);
}
/** The repository on GitHub, as a code host reference. */
function githubCodeHost(env) {
    if (!env.GITHUB_REPOSITORY)
        return undefined;
    return {
        kind: 'github',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        webUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        repo: env.GITHUB_REPOSITORY,
    };
}
/**
 * This job's log page: `TESSERA_JOB_URL` when set, else `<server>/<repo>/actions/runs/<run id>/job/<job id>`
 * with the job id from the action's `job-id` input. No variable holds the job id; the input defaults to
 * `${{ job.check_run_id }}` (the `job` context is allowed in an action's input defaults), which github.com
 * fills and an older GitHub Enterprise Server leaves empty: then there is no job link, only the run's.
 */
function githubJobUrl(env, serverUrl, repo, runId) {
    if (env.TESSERA_JOB_URL)
        return env.TESSERA_JOB_URL;
    const jobId = (env['INPUT_JOB-ID'] ?? '').trim();
    if (!repo || !runId || !/^\d{1,20}$/.test(jobId))
        return undefined;
    return `${serverUrl}/${repo}/actions/runs/${runId}/job/${jobId}`;
}
/**
 * The context of a GitHub Actions job.
 *
 * @param env the job's environment
 * @param payload the parsed event payload (`{}` when absent)
 */
function parseGithubContext(env, payload, workspace) {
    const event = (payload && typeof payload === 'object' ? payload : {});
    const eventName = env.GITHUB_EVENT_NAME || undefined;
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const repo = env.GITHUB_REPOSITORY || event.repository?.full_name;
    const runId = env.GITHUB_RUN_ID || undefined;
    const run = {
        id: runId,
        attempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
        url: repo && runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : undefined,
    };
    const refName = branchOfRef(env.GITHUB_REF || event.ref, env.GITHUB_REF_NAME, env.GITHUB_REF_TYPE);
    const jobUrl = githubJobUrl(env, serverUrl, repo, runId);
    const base = {
        provider: 'github',
        event: eventName,
        repo,
        run,
        job: env.GITHUB_JOB || undefined,
        ...(jobUrl !== undefined ? { jobUrl } : {}),
        codeHost: githubCodeHost(env),
        workspace: env.GITHUB_WORKSPACE || workspace,
    };
    const builtSha = env.GITHUB_SHA || undefined;
    if ((eventName === 'pull_request' || eventName === 'pull_request_target') && event.pull_request) {
        const pr = event.pull_request;
        const headSha = pr.head?.sha ?? builtSha;
        const pullRequest = typeof pr.number === 'number'
            ? {
                number: pr.number,
                baseBranch: pr.base?.ref ?? (env.GITHUB_BASE_REF || undefined),
                headBranch: pr.head?.ref ?? (env.GITHUB_HEAD_REF || undefined),
                fork: isForkPullRequest(pr),
                url: pr.html_url,
            }
            : undefined;
        // A fork's branch is recorded as `owner:branch` (GitHub's own label for it), so that a fork's `main`
        // can never be mistaken for, or overwrite the history of, this repository's `main`.
        const branch = pullRequest?.fork ? (pr.head?.label ?? pullRequest.headBranch) : pullRequest?.headBranch;
        return {
            ...base,
            headSha,
            builtSha: builtSha !== headSha ? builtSha : undefined,
            branch,
            baseBranch: pullRequest?.baseBranch,
            pr: pullRequest,
        };
    }
    if (eventName === 'merge_group' && event.merge_group) {
        const group = event.merge_group;
        return {
            ...base,
            headSha: group.head_sha ?? builtSha,
            branch: stripHeads(group.head_ref) ?? refName,
            baseBranch: stripHeads(group.base_ref),
        };
    }
    if (eventName === 'workflow_run' && event.workflow_run) {
        // This run reports on another one (the fork pattern): the PR, the commit and the artifacts are the
        // triggering run's. `pull_requests` is empty for fork PRs, so fork-ness comes from the repositories, and
        // the PR is looked up over the REST API when the host is created (fork-pull-request.ts).
        const source = event.workflow_run;
        const linked = source.pull_requests?.[0];
        const fork = isForkRun(source, repo);
        const pr = typeof linked?.number === 'number'
            ? { number: linked.number, baseBranch: linked.base?.ref, headBranch: linked.head?.ref, fork }
            : undefined;
        const headBranch = source.head_branch ?? undefined;
        const headOwner = ownerOf(source.head_repository);
        return {
            ...base,
            headSha: source.head_sha ?? builtSha,
            builtSha: undefined,
            // As for a pull_request from a fork: `owner:branch`, so a fork's `main` never names this one's.
            branch: fork && headBranch && headOwner ? `${headOwner}:${headBranch}` : headBranch,
            baseBranch: pr?.baseBranch,
            pr,
            sourceRun: source.id !== undefined
                ? { id: String(source.id), attempt: source.run_attempt ?? 1, url: source.html_url }
                : undefined,
        };
    }
    // push, workflow_dispatch, schedule and every other event: the built commit is the head.
    const headSha = eventName === 'push' && event.after && !/^0+$/.test(event.after) ? event.after : builtSha;
    return { ...base, headSha, branch: refName };
}

;// CONCATENATED MODULE: ./providers/github/fork-pull-request.js
/**
 * The open PR of this repository whose head is the fork's branch at exactly `query.headSha`, or undefined
 * (with a log line saying why). Rejects only when the API cannot be read; callers then go on without a PR.
 */
async function findForkPullRequest(rest, query, log) {
    const open = (await rest.paginate(`list the open pull requests of ${query.head}`, 'GET /repos/{owner}/{repo}/pulls', { state: 'open', head: query.head }));
    const match = open.find((pr) => pr.head.sha === query.headSha &&
        pr.head.repo?.full_name?.toLowerCase() === query.headRepository.toLowerCase());
    if (!match) {
        log.info(open.length === 0
            ? `No open pull request has ${query.head} as its head: no PR to report on (was it closed?)`
            : `No open pull request of ${query.head} has the commit the run built (${query.headSha.slice(0, 12)}); the branch moved on, so this run's results belong to no PR`);
        return undefined;
    }
    log.debug(`the triggering run built pull request #${match.number} (${query.head})`);
    return {
        number: match.number,
        baseBranch: match.base.ref,
        headBranch: match.head.ref,
        fork: true,
        url: match.html_url,
    };
}

// EXTERNAL MODULE: ./providers/github/rest-client.js
var rest_client = __webpack_require__(64031);
;// CONCATENATED MODULE: ./providers/github/history-store.js
/**
 * Branch histories on GitHub, kept as `tessera-history` artifacts: the report job of every run uploads the
 * history of its branch, and the baseline of a run is the newest `tessera-history` that a run of the
 * baseline branch uploaded. It is found with one REST call (two past 100 histories): the repository's
 * artifacts filtered by name, newest first, each naming the run and branch it came from. It is downloaded
 * with `@actions/artifact`'s `findBy` and checked like any other artifact.
 *
 * A history from a fork's run never counts, even if the fork's branch has the same name: only artifacts
 * whose run's head repository is the repository itself are read. Missing or expired histories are no
 * baseline, with at most a warning; only an unreachable API rejects.
 *
 * That lookup trusts GitHub's record of which branch a run built, so a history is only ever uploaded by a
 * run that GitHub files under the history's own branch: a `workflow_run` job (the fork pattern) is filed
 * under the default branch whatever PR it reports on, and its upload would pass a PR's history off as the
 * default branch's newest. Such a save is skipped, with a log line.
 */







/** Histories as `tessera-history` artifacts of the repository's runs. */
class GithubHistoryStore {
    options;
    constructor(options) {
        this.options = options;
    }
    async load(branch) {
        const newest = await this.findNewest(branch);
        if (!newest)
            return { warnings: [] };
        const where = `artifact ${ci/* HISTORY_ARTIFACT */.kQ} (id ${newest.id}) of run ${newest.workflow_run?.id}`;
        const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.options.tempDir ?? (0,external_node_os_.tmpdir)(), 'tessera-history-'));
        try {
            let folder;
            try {
                folder = await this.options.artifacts.getFromRun({ name: newest.name, id: String(newest.id), size: newest.size_in_bytes }, temp, {
                    token: this.options.token,
                    workflowRunId: newest.workflow_run?.id ?? 0,
                    repositoryOwner: this.options.rest.owner,
                    repositoryName: this.options.rest.repo,
                });
            }
            catch (error) {
                const status = (0,rest_client/* statusOf */.c2)(error instanceof model/* TesseraError */.Wc ? error.cause : error);
                if (status === 410 || status === 404)
                    return { warnings: [`${where} expired before it could be read; starting a fresh history`] };
                if (error instanceof model/* TesseraError */.Wc && error.name === 'UnsafeArchiveError')
                    return { warnings: [`${where}: ${error.message}; starting a fresh history`] };
                throw error;
            }
            const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(folder, (0,src_history/* historyFileName */.cI)(branch))).catch(() => undefined);
            if (!bytes)
                return {
                    warnings: [
                        `${where} holds no history of branch ${JSON.stringify(branch)}; starting a fresh history`,
                    ],
                };
            const result = (0,src_history/* decodeHistory */.FU)(bytes);
            if (result.ok)
                return { doc: result.doc, warnings: [] };
            return { warnings: [`${where}: ${result.problem.message}; starting a fresh history`] };
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
    }
    /**
     * Uploads `doc` as this run's `tessera-history`, replacing one an earlier attempt of the job uploaded.
     * GitHub records the run's branch with the artifact, so `branch` should be this run's branch; it also
     * names the file inside, and `load` checks it.
     */
    async save(branch, doc) {
        const runBranch = this.options.runBranch;
        if (runBranch !== undefined && branch !== runBranch) {
            this.options.log.info(`The history of ${branch} is not kept: GitHub files this run's artifacts under ${runBranch}, where it would pass for ${runBranch}'s history.`);
            return;
        }
        const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.options.tempDir ?? (0,external_node_os_.tmpdir)(), 'tessera-history-up-'));
        try {
            await (0,promises_.writeFile)((0,external_node_path_.join)(folder, (0,src_history/* historyFileName */.cI)(branch)), (0,src_history/* encodeHistory */.N2)(doc));
            await this.options.artifacts.replace(ci/* HISTORY_ARTIFACT */.kQ, folder);
        }
        finally {
            await (0,promises_.rm)(folder, { recursive: true, force: true });
        }
    }
    /** The newest usable history artifact of `branch`, from at most two pages of the name-filtered list. */
    async findNewest(branch) {
        for (let page = 1; page <= 2; page++) {
            const data = (await this.options.rest.request(`list the ${ci/* HISTORY_ARTIFACT */.kQ} artifacts`, 'GET /repos/{owner}/{repo}/actions/artifacts', { name: ci/* HISTORY_ARTIFACT */.kQ, per_page: 100, page }));
            const usable = data.artifacts
                .filter((a) => a.name === ci/* HISTORY_ARTIFACT */.kQ &&
                !a.expired &&
                a.workflow_run?.head_branch === branch &&
                a.workflow_run.head_repository_id === a.workflow_run.repository_id &&
                String(a.workflow_run.id) !== this.options.runId)
                .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
            if (usable[0])
                return usable[0];
            if (page * 100 >= data.total_count)
                return undefined;
        }
        this.options.log.debug(`no ${ci/* HISTORY_ARTIFACT */.kQ} of branch ${branch} among the 200 newest`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./providers/github/token.js
var github_token = __webpack_require__(2900);
// EXTERNAL MODULE: ./providers/github/workflow-commands.js
var workflow_commands = __webpack_require__(46055);
;// CONCATENATED MODULE: ./providers/github/ci-host.js
/**
 * The GitHub Actions CI host: context from `GITHUB_*` and the event payload, artifacts through the
 * Results service, the job summary in `GITHUB_STEP_SUMMARY` (1 MiB), outputs in `GITHUB_OUTPUT`,
 * annotations and log groups as workflow commands, and tokens masked in everything we print.
 *
 * In a `workflow_run` job (the fork pattern) the host reports on the triggering run: its artifacts are
 * listed and downloaded from that run (uploads still go to this one), and a fork's PR, which the payload
 * does not name, is looked up once here (fork-pull-request.ts).
 */













/** Annotations GitHub shows per level and step; the rest are dropped by GitHub, so we do not send them. */
const GITHUB_ANNOTATIONS_PER_LEVEL = 10;
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** The environment variables that may hold a secret in a GitHub job. */
const SECRET_VARIABLES = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'GITHUB_TOKEN',
    'INPUT_TOKEN',
    'INPUT_GITHUB-TOKEN',
];
/** The CI host of a GitHub Actions job. */
async function createGithubCiHost(env, deps) {
    const masker = new ci/* SecretMasker */.M2();
    const log = (0,ci/* createLogger */.h)(deps.write, workflow_commands/* GITHUB_DIALECT */.fm, {
        debug: env.RUNNER_DEBUG === '1',
        secrets: SECRET_VARIABLES.map((name) => env[name]),
        masker,
    });
    const payload = await readEventPayload(env);
    const parsed = parseGithubContext(env, payload, (0,external_node_path_.resolve)(deps.cwd));
    const token = (0,github_token/* githubToken */.b)(env);
    const rest = token && parsed.codeHost ? new rest_client/* GithubRestClient */.l7(parsed.codeHost, token, { log }) : undefined;
    const context = await withForkPullRequest(parsed, forkPullRequestQuery(env, payload), rest, log);
    const summaryPath = env.GITHUB_STEP_SUMMARY || (0,external_node_path_.join)(deps.cwd, '.tessera', 'summary.md');
    const [owner, name] = context.repo?.split('/') ?? [];
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const source = context.sourceRun?.id;
    const resultsService = resultsServiceOf(env);
    const artifacts = new GithubArtifactStore({
        log,
        ...(resultsService ? { resultsService } : {}),
        tempDir: env.RUNNER_TEMP || undefined,
        sleep: deps.sleep,
        runUrl: context.run.url,
        readFrom: source && owner && name
            ? {
                runId: Number(source),
                repositoryOwner: owner,
                repositoryName: name,
                token,
                runUrl: `${serverUrl}/${context.repo}/actions/runs/${source}`,
            }
            : undefined,
    });
    const history = token && rest
        ? new GithubHistoryStore({
            artifacts,
            rest,
            token,
            runId: context.run.id,
            runBranch: runHeadBranch(env),
            log,
            tempDir: env.RUNNER_TEMP || undefined,
        })
        : // Without a token no earlier run can be read; histories then stay in the workspace, where
            // actions/cache can keep them.
            new src_history/* LocalHistoryStore */.vn((0,external_node_path_.join)(deps.cwd, '.tessera', 'history'));
    return {
        id: 'github',
        context: () => context,
        artifacts,
        history,
        summary: new ci/* FileSummarySink */.GT(summaryPath, ci/* GITHUB_SUMMARY_LIMIT_BYTES */.d4),
        limits: { annotationsPerLevel: GITHUB_ANNOTATIONS_PER_LEVEL },
        log,
        async annotate(annotations) {
            const shownPerLevel = new Map();
            let shown = 0;
            for (const annotation of annotations) {
                const count = shownPerLevel.get(annotation.level) ?? 0;
                if (count >= GITHUB_ANNOTATIONS_PER_LEVEL)
                    continue;
                shownPerLevel.set(annotation.level, count + 1);
                deps.write(masker.scrub((0,workflow_commands/* annotationCommand */.jx)(annotation)));
                shown++;
            }
            return { shown, omitted: annotations.length - shown };
        },
        async setOutput(name, value) {
            if (!OUTPUT_NAME.test(name))
                throw new model/* UsageError */.eb(`invalid output name ${JSON.stringify(name)}`, 'Use letters, digits, "_" and "-".');
            const file = env.GITHUB_OUTPUT;
            if (!file)
                throw new model/* TesseraError */.Wc(`cannot set output ${name}: GITHUB_OUTPUT is not set`, 'Outputs exist only inside a GitHub Actions step; the runner sets GITHUB_OUTPUT there.');
            await (0,promises_.appendFile)(file, (0,workflow_commands/* outputFileEntry */.ge)(name, value));
        },
    };
}
/**
 * The context with the fork's PR filled in, when `query` says there is one to look up. Every failure is a
 * log line and no PR, never a failed job: the report and the summary do not need the PR.
 */
async function withForkPullRequest(context, query, rest, log) {
    if (!query)
        return context;
    if (!rest) {
        log.warn(`The triggering run built ${query.head} from a fork, but no token is set to find its pull request; no PR comment. Pass the action's \`token\` input (\`pull-requests: read\`).`);
        return context;
    }
    try {
        const pr = await findForkPullRequest(rest, query, log);
        return pr ? { ...context, pr, baseBranch: pr.baseBranch } : context;
    }
    catch (error) {
        log.warn(`Could not find the pull request of ${query.head}: ${error.message}`);
        return context;
    }
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
