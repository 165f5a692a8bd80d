export const id = 953;
export const ids = [953];
export const modules = {

/***/ 69953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AZURE_ISSUES_PER_TYPE: () => (/* binding */ AZURE_ISSUES_PER_TYPE),
  AZURE_SUMMARY_LIMIT_BYTES: () => (/* binding */ AZURE_SUMMARY_LIMIT_BYTES),
  azureMatrix: () => (/* binding */ azureMatrix),
  azureOutputName: () => (/* binding */ azureOutputName),
  createAzureCiHost: () => (/* binding */ createAzureCiHost)
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./providers/azure/logging-commands.js
var logging_commands = __webpack_require__(82483);
// EXTERNAL MODULE: ./providers/azure/rest-client.js
var rest_client = __webpack_require__(40819);
;// CONCATENATED MODULE: ./providers/azure/artifact-store.js
/**
 * The Azure Pipelines {@link ArtifactStore}: build artifacts of the current run (container artifacts).
 *
 * Uploads are `##vso[artifact.upload containerfolder=<name>;artifactname=<name>]<folder>` logging commands,
 * not REST calls. Why that and not the Build REST API: the agent uploads with its own job credentials
 * (no permission for the pipeline to grant, nothing for Tessera to retry or chunk), it is the same path as
 * `PublishBuildArtifacts@1`, and container artifacts are the kind the client library downloads
 * (`getArtifactContentZip`; for pipeline artifacts it fails, microsoft/azure-devops-node-api#432). The REST
 * route would need the File Container service, which is undocumented in the REST reference. The cost: the
 * agent uploads when the step ends, so the folder is first copied into the job's staging folder
 * (`BUILD_ARTIFACTSTAGINGDIRECTORY/tessera/<name>`), where it outlives the caller's temporary folder, and an
 * artifact is listed only from the next job on, which is all Tessera needs (plan → shards → report).
 *
 * Reading goes through the Build REST API with the build's token: `GET …/builds/{id}/artifacts` lists the
 * run's artifacts (every attempt's: names carry `-attempt-<a>`), and `…/artifacts?artifactName=` with
 * `Accept: application/zip` downloads one. Downloads are untrusted: the size is capped while reading, and
 * src/ci/zip-archive.ts checks every entry before a file is written.
 */







const NO_TOKEN_HINT = 'The Tessera task reads System.AccessToken itself; from a script step, map it: `env: { SYSTEM_ACCESSTOKEN: $(System.AccessToken) }`.';
/** The artifacts of the current Azure Pipelines build. */
class AzureArtifactStore {
    options;
    kind = 'api';
    limits;
    constructor(options) {
        this.options = options;
        this.limits = options.limits ?? ci/* DEFAULT_ARTIFACT_LIMITS */.SN;
    }
    /** Stages `folder` and asks the agent to upload it as `name` when the step ends. */
    async put(name, folder) {
        if (!(0,ci/* isValidArtifactName */.oD)(name))
            throw new model/* UsageError */.eb(`invalid artifact name ${JSON.stringify(name)}`, 'Use letters, digits, ".", "_" and "-" only.');
        const source = (0,external_node_path_.resolve)(folder);
        const entries = await (0,promises_.readdir)(source, { recursive: true, withFileTypes: true }).catch((error) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                throw new model/* UsageError */.eb(`cannot upload artifact ${name}: ${folder} is not a folder`);
            throw error;
        });
        if (entries.some((e) => e.isSymbolicLink()))
            throw new model/* UsageError */.eb(`cannot upload artifact ${name}: ${folder} contains a symbolic link`);
        if (!entries.some((e) => e.isFile()))
            throw new model/* UsageError */.eb(`cannot upload artifact ${name}: ${folder} holds no file`);
        const staged = (0,external_node_path_.join)((0,external_node_path_.resolve)(this.options.stagingDir), name);
        if (await exists(staged))
            throw new ci/* ArtifactExistsError */.d1(name);
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(this.options.stagingDir), { recursive: true });
        await (0,promises_.cp)(source, staged, { recursive: true });
        this.options.emit((0,logging_commands/* artifactUploadCommand */.RN)(name, staged));
        this.options.log.debug(`artifact ${name} staged in ${staged}; the agent uploads it when the step ends`);
        return { name, id: name, createdAt: new Date(), ...this.link() };
    }
    /** Every artifact of this build, through the Build REST API. */
    async list() {
        const artifacts = await this.artifactsOf(this.options.build.buildId);
        return artifacts.map((a) => ({
            name: a.name ?? '',
            id: String(a.id ?? a.name ?? ''),
            ...(a.resource?.properties?.artifactsize !== undefined
                ? { size: Number(a.resource.properties.artifactsize) }
                : {}),
            ...this.link(),
        }));
    }
    /** The artifacts of build `buildId` (this run, or a baseline's). */
    async artifactsOf(buildId) {
        const client = this.requireClient('list the build’s artifacts');
        const build = await client.build();
        const artifacts = (await client.call(`list the artifacts of build ${buildId}`, () => build.getArtifacts(this.options.build.project, buildId)));
        return (artifacts ?? []).filter((a) => typeof a.name === 'string' && (0,ci/* isValidArtifactName */.oD)(a.name));
    }
    async get(entry, into) {
        return this.getFromBuild(this.options.build.buildId, entry, into);
    }
    /** Downloads artifact `entry` of build `buildId` into `<into>/<name>/`, with {@link get}'s checks. */
    async getFromBuild(buildId, entry, into) {
        const name = entry.name;
        if (!(0,ci/* isValidArtifactName */.oD)(name))
            throw new ci/* UnsafeArchiveError */.td(name, 'its name could not be used as a folder name');
        if (entry.size !== undefined && entry.size > this.limits.maxArchiveBytes)
            throw new ci/* UnsafeArchiveError */.td(name, `it is ${entry.size} bytes, more than the ${this.limits.maxArchiveBytes} allowed`);
        const client = this.requireClient(`download artifact ${name}`);
        const build = await client.build();
        const zip = await client.call(`download artifact ${name} of build ${buildId}`, async () => {
            const message = (await build.getArtifactContentZip(this.options.build.project, buildId, name));
            if (message.statusCode === 404) {
                message.resume();
                throw new ci/* ArtifactNotFoundError */.CL(name);
            }
            if ((message.statusCode ?? 0) >= 300)
                throw await (0,rest_client/* responseError */.U3)(message, `download of ${name}`);
            return readBounded(message, this.limits.maxArchiveBytes, name);
        });
        // The container zip holds `<name>/…`: unpacked aside, then only that folder is moved into place.
        const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.options.tempDir ?? (0,external_node_os_.tmpdir)(), 'tessera-download-'));
        try {
            await (0,ci/* extractZip */.JE)(zip, temp, this.limits, name);
            const top = await (0,promises_.readdir)(temp);
            if (top.length !== 1 || top[0] !== name)
                throw new ci/* UnsafeArchiveError */.td(name, `the archive holds ${JSON.stringify(top.slice(0, 3))}, not one folder ${name}`);
            const target = (0,external_node_path_.join)((0,external_node_path_.resolve)(into), name);
            await (0,promises_.rm)(target, { recursive: true, force: true });
            await (0,promises_.mkdir)((0,external_node_path_.resolve)(into), { recursive: true });
            await (0,promises_.rename)((0,external_node_path_.join)(temp, name), target);
            return target;
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
    }
    requireClient(what) {
        if (!this.options.client)
            throw new model/* TesseraError */.Wc(`cannot ${what}: no token for the Azure DevOps REST API`, NO_TOKEN_HINT);
        return this.options.client;
    }
    link() {
        return this.options.runUrl
            ? { url: `${this.options.runUrl}&view=artifacts&type=publishedArtifacts` }
            : {};
    }
}
/** The whole body of `message`, refusing more than `max` bytes as it streams. */
async function readBounded(message, max, name) {
    const chunks = [];
    let size = 0;
    for await (const chunk of message) {
        size += chunk.length;
        if (size > max) {
            message.destroy();
            throw new ci/* UnsafeArchiveError */.td(name, `it is more than the ${max} bytes allowed`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function exists(path) {
    return (0,promises_.lstat)(path).then(() => true, () => false);
}

// EXTERNAL MODULE: ./providers/azure/context.js
var azure_context = __webpack_require__(36314);
;// CONCATENATED MODULE: ./providers/azure/history-store.js
/**
 * Branch histories on Azure Pipelines, kept as `tessera-history` build artifacts: the report job of every
 * build uploads the history of its branch (`tessera-history-attempt-<a>` when the job is re-run, since a
 * build's artifact names are unique), and the baseline of a run is the history that the **latest successful
 * build of the baseline branch** of the same pipeline uploaded.
 *
 * Three REST calls find and read it, whatever the number of builds: the builds of this pipeline on
 * `refs/heads/<branch>`, completed and succeeded, newest first, `$top=1`; that build's artifacts; the
 * history's zip. (The client's route discovery adds its `OPTIONS` calls once per process.) A build whose
 * report job uploaded no history, or an expired one, is no baseline, with a warning; only an unreachable
 * API rejects.
 */






/** `BuildStatus.Completed`, `BuildResult.Succeeded`, `BuildQueryOrder.FinishTimeDescending` of the Build API. */
const COMPLETED = 2;
const SUCCEEDED = 2;
const FINISH_TIME_DESCENDING = 2;
const HISTORY_NAME = /^tessera-history(?:-attempt-(\d{1,6}))?$/;
/** The history artifact's name for a job attempt. */
function historyArtifactName(attempt) {
    return attempt > 1 ? `${ci/* HISTORY_ARTIFACT */.kQ}-attempt-${attempt}` : ci/* HISTORY_ARTIFACT */.kQ;
}
/** Histories as `tessera-history` artifacts of the pipeline's builds. */
class AzureHistoryStore {
    options;
    constructor(options) {
        this.options = options;
    }
    async load(branch) {
        const { client, build: ref } = this.options;
        if (ref.definitionId === undefined)
            return {
                warnings: [
                    'SYSTEM_DEFINITIONID is not set, so no earlier build can be found; starting a fresh history',
                ],
            };
        const build = await client.build();
        const builds = (await client.call(`find the latest successful build of ${branch}`, () => build.getBuilds(ref.project, [ref.definitionId], undefined, undefined, undefined, undefined, undefined, undefined, COMPLETED, SUCCEEDED, undefined, undefined, 1, undefined, undefined, undefined, FINISH_TIME_DESCENDING, `refs/heads/${branch}`)));
        const baseline = builds?.[0]?.id;
        if (baseline === undefined || baseline === ref.buildId)
            return { warnings: [] };
        const histories = (await this.options.artifacts.artifactsOf(baseline))
            .map((a) => ({ artifact: a, match: HISTORY_NAME.exec(a.name ?? '') }))
            .filter((h) => h.match !== null)
            .sort((a, b) => Number(b.match?.[1] ?? 1) - Number(a.match?.[1] ?? 1));
        const newest = histories[0]?.artifact;
        const where = `the ${ci/* HISTORY_ARTIFACT */.kQ} of build ${baseline}`;
        if (!newest?.name)
            return {
                warnings: [
                    `build ${baseline}, the latest successful build of ${branch}, kept no ${ci/* HISTORY_ARTIFACT */.kQ}; starting a fresh history`,
                ],
            };
        const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.options.tempDir ?? (0,external_node_os_.tmpdir)(), 'tessera-history-'));
        try {
            let folder;
            try {
                folder = await this.options.artifacts.getFromBuild(baseline, { name: newest.name, id: String(newest.id ?? newest.name) }, temp);
            }
            catch (error) {
                if (error instanceof model/* TesseraError */.Wc &&
                    ['ArtifactNotFoundError', 'UnsafeArchiveError'].includes(error.name))
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
    /** Uploads `doc` as this job's history artifact (the agent uploads it when the step ends). */
    async save(branch, doc) {
        const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.options.tempDir ?? (0,external_node_os_.tmpdir)(), 'tessera-history-up-'));
        try {
            await (0,promises_.writeFile)((0,external_node_path_.join)(folder, (0,src_history/* historyFileName */.cI)(branch)), (0,src_history/* encodeHistory */.N2)(doc));
            await this.options.artifacts.put(historyArtifactName(this.options.attempt), folder);
        }
        finally {
            await (0,promises_.rm)(folder, { recursive: true, force: true });
        }
    }
}

// EXTERNAL MODULE: ./providers/azure/token.js
var azure_token = __webpack_require__(78688);
;// CONCATENATED MODULE: ./providers/azure/ci-host.js
/**
 * The Azure Pipelines CI host: context from `BUILD_*`/`SYSTEM_*`, build artifacts (uploaded by the agent
 * on `##vso[artifact.upload]`, read through the Build REST API), histories as artifacts of the report job,
 * the job summary as a Markdown summary tab (`##vso[task.uploadsummary]`), annotations as
 * `##vso[task.logissue]` with file and line, outputs as output variables (`isOutput=true`), and every
 * secret registered with the agent (`task.setvariable issecret=true`) as well as masked in what we print.
 */










/**
 * Issues of each type the agent keeps on a step's timeline record (its `_maxIssueCount`); later ones are
 * only log lines, so they are not sent and the summary says how many more there are.
 */
const AZURE_ISSUES_PER_TYPE = 10;
/**
 * The summary tab's budget. Azure documents no limit for `task.uploadsummary`; 1 MiB, GitHub's, keeps the
 * tab readable and is far above what the renderer needs.
 */
const AZURE_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * Output names: the CLI's in camelCase (`report-url` → `reportUrl`), as task.json's `outputVariables` must
 * name them (letters and digits only).
 */
function azureOutputName(name) {
    return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/**
 * The `matrix` output in the form `strategy: matrix: $[ … ]` reads: a JSON object of named legs, each with
 * its variables (`{"shard_1":{"shard":"1","total":"4"},…}`), from the CLI's `{"include":[…]}`. Any other
 * value is passed through.
 */
function azureMatrix(value) {
    try {
        const parsed = JSON.parse(value);
        if (!Array.isArray(parsed.include))
            return value;
        const legs = {};
        for (const leg of parsed.include)
            legs[`shard_${leg.shard}`] = { shard: String(leg.shard), total: String(leg.total) };
        return JSON.stringify(legs);
    }
    catch {
        return value;
    }
}
/** The summary file, uploaded as a summary tab on its first write. */
class AzureSummarySink {
    path;
    emit;
    file;
    uploaded = false;
    constructor(path, emit) {
        this.path = path;
        this.emit = emit;
        this.file = new ci/* FileSummarySink */.GT(path, AZURE_SUMMARY_LIMIT_BYTES);
    }
    get limitBytes() {
        return this.file.limitBytes;
    }
    async append(markdown) {
        const result = await this.file.append(markdown);
        if (result.written && !this.uploaded) {
            this.uploaded = true;
            this.emit((0,logging_commands/* uploadSummaryCommand */.BI)(this.path));
        }
        return result;
    }
}
/** The CI host of an Azure Pipelines job. */
async function createAzureCiHost(env, deps) {
    const masker = new ci/* SecretMasker */.M2();
    const token = (0,azure_token/* azureToken */.z)(env);
    // Logging commands go to stdout whatever stream the log lines use (a verb writing a machine-readable
    // output on stdout logs on stderr): stdout is where every agent version reads them.
    const emit = (command) => void process.stdout.write(masker.scrub(command));
    const registered = new Set();
    const base = (0,ci/* createLogger */.h)(deps.write, logging_commands/* AZURE_DIALECT */.ZE, {
        debug: (env.SYSTEM_DEBUG ?? '').toLowerCase() === 'true' || env.TESSERA_DEBUG === '1',
        secrets: [token, env.TESSERA_TOKEN],
        masker,
    });
    // A secret is also registered with the agent, which then masks it in every later line of the job log,
    // ours or not. The command itself carries the value; the agent consumes it and never prints it.
    const log = {
        ...base,
        mask: (secret) => {
            if (secret.length >= 4 && !registered.has(secret)) {
                registered.add(secret);
                process.stdout.write((0,logging_commands/* setVariableCommand */.cl)(`tessera.secret.${registered.size}`, secret, { isSecret: true }));
            }
            base.mask(secret);
        },
    };
    if (token)
        log.mask(token);
    const context = (0,azure_context/* parseAzureContext */.Ak)(env, (0,external_node_path_.resolve)(deps.cwd));
    const build = (0,azure_context/* azureBuildRef */.Bk)(env);
    if (!build)
        throw new model/* TesseraError */.Wc('this Azure Pipelines job does not say which build it is: SYSTEM_COLLECTIONURI, SYSTEM_TEAMPROJECT or BUILD_BUILDID is missing', 'Run Tessera as a step of an Azure Pipelines job (the agent sets them), or use --provider local.');
    const client = token
        ? new rest_client/* AzureDevOpsClient */.wC(build.collectionUrl, token, { log, ...(deps.sleep ? { sleep: deps.sleep } : {}) })
        : undefined;
    const tempDir = env.AGENT_TEMPDIRECTORY || undefined;
    const staging = (0,external_node_path_.join)(env.BUILD_ARTIFACTSTAGINGDIRECTORY || env.AGENT_TEMPDIRECTORY || (0,external_node_path_.join)(deps.cwd, '.tessera'), 'tessera-artifacts');
    const artifacts = new AzureArtifactStore({
        build,
        ...(client ? { client } : {}),
        emit,
        log,
        stagingDir: staging,
        ...(context.run.url ? { runUrl: context.run.url } : {}),
        ...(tempDir ? { tempDir } : {}),
    });
    const history = client
        ? new AzureHistoryStore({
            artifacts,
            client,
            build,
            attempt: context.run.attempt,
            log,
            ...(tempDir ? { tempDir } : {}),
        })
        : new src_history/* LocalHistoryStore */.vn((0,external_node_path_.join)(deps.cwd, '.tessera', 'history'));
    if (!client)
        log.warn('No Azure DevOps token: shard bundles cannot be listed and no baseline can be read. The Tessera task reads System.AccessToken itself; from a script step, map SYSTEM_ACCESSTOKEN.');
    const summaryPath = (0,external_node_path_.join)(tempDir ?? (0,external_node_path_.join)(deps.cwd, '.tessera'), `tessera-summary-${build.buildId}-${process.pid}.md`);
    return {
        id: 'azure',
        context: () => context,
        artifacts,
        history,
        summary: new AzureSummarySink(summaryPath, emit),
        limits: { annotationsPerLevel: AZURE_ISSUES_PER_TYPE },
        log,
        async annotate(annotations) {
            const shownPerType = new Map();
            let shown = 0;
            for (const annotation of annotations) {
                const type = (0,logging_commands/* issueTypeOf */.b$)(annotation.level);
                const count = shownPerType.get(type) ?? 0;
                if (count >= AZURE_ISSUES_PER_TYPE)
                    continue;
                shownPerType.set(type, count + 1);
                emit((0,logging_commands/* logIssueCommand */.$Z)(annotation));
                shown++;
            }
            return { shown, omitted: annotations.length - shown };
        },
        async setOutput(name, value) {
            if (!OUTPUT_NAME.test(name))
                throw new model/* UsageError */.eb(`invalid output name ${JSON.stringify(name)}`, 'Use letters, digits, "_" and "-".');
            const azureValue = name === 'matrix' ? azureMatrix(value) : value;
            emit((0,logging_commands/* setVariableCommand */.cl)(azureOutputName(name), azureValue, { isOutput: true }));
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
