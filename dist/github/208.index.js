export const id = 208;
export const ids = [208];
export const modules = {

/***/ 43208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LOCAL_DIR: () => (/* binding */ LOCAL_DIR),
/* harmony export */   createLocalCiHost: () => (/* binding */ createLocalCiHost)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _src_ci_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(647);
/* harmony import */ var _src_history_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6041);
/* harmony import */ var _src_model_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74060);
/* harmony import */ var _git_head_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90744);
/* harmony import */ var _src_model_atomic_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91636);
/**
 * The local provider: the embedded default when no CI is detected (`tessera run --local`, a developer's
 * machine, a CI Tessera does not know). Everything is staged under `.tessera/` in the working directory:
 *
 * - artifacts in `.tessera/artifacts/<name>/` (a {@link StagedArtifactStore}),
 * - histories in `.tessera/history/` (src/history's local store),
 * - the job summary appended to `.tessera/summary.md`,
 * - outputs merged into `.tessera/outputs.json`,
 * - annotations printed as `file:line: level: message` lines.
 */







/** The folder everything local lives in, relative to the working directory. */
const LOCAL_DIR = '.tessera';
/** The local summary has no CI limit; this only stops a runaway loop from filling the disk. */
const LOCAL_SUMMARY_LIMIT_BYTES = 16 * 1024 * 1024;
const OUTPUT_NAME = /^[A-Za-z0-9_-]+$/;
/** The local CI host over `<cwd>/.tessera/`. */
async function createLocalCiHost(env, deps) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(deps.cwd, LOCAL_DIR);
    const head = await (0,_git_head_js__WEBPACK_IMPORTED_MODULE_5__/* .readGitHead */ .l)(deps.cwd);
    const context = {
        provider: 'local',
        branch: env.TESSERA_BRANCH || head.branch,
        headSha: env.TESSERA_SHA || head.sha,
        run: { attempt: 1 },
        // A local run has no job page; a CI Tessera does not know can still name its job's log here.
        ...(env.TESSERA_JOB_URL ? { jobUrl: env.TESSERA_JOB_URL } : {}),
        workspace: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(deps.cwd),
    };
    const log = (0,_src_ci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createLogger */ .h)(deps.write, _src_ci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAIN_DIALECT */ .UW, { debug: env.TESSERA_DEBUG === '1' });
    const outputsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'outputs.json');
    return {
        id: 'local',
        context: () => context,
        artifacts: new _src_ci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .StagedArtifactStore */ .yB((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'artifacts')),
        history: new _src_history_index_js__WEBPACK_IMPORTED_MODULE_3__/* .LocalHistoryStore */ .vn((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'history')),
        summary: new _src_ci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FileSummarySink */ .GT((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'summary.md'), LOCAL_SUMMARY_LIMIT_BYTES),
        limits: { annotationsPerLevel: Number.POSITIVE_INFINITY },
        log,
        async annotate(annotations) {
            for (const a of annotations) {
                const where = a.file ? `${a.file}${a.line !== undefined ? `:${a.line}` : ''}: ` : '';
                const text = `${where}${a.title ? `${a.title}: ` : ''}${a.message}`;
                if (a.level === 'error')
                    log.error(text);
                else if (a.level === 'warning')
                    log.warn(text);
                else
                    log.info(text);
            }
            return { shown: annotations.length, omitted: 0 };
        },
        async setOutput(name, value) {
            if (!OUTPUT_NAME.test(name))
                throw new _src_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`invalid output name ${JSON.stringify(name)}`, 'Use letters, digits, "_" and "-".');
            const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(outputsPath, 'utf8').then((text) => JSON.parse(text), () => ({}));
            await (0,_src_model_atomic_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(outputsPath, `${JSON.stringify({ ...current, [name]: value }, null, 2)}\n`);
        },
    };
}


/***/ }),

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
