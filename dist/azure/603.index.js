export const id = 603;
export const ids = [603];
export const modules = {

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


/***/ }),

/***/ 20603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyInputsOf: () => (/* binding */ historyInputsOf),
  learnedSetupMs: () => (/* binding */ learnedSetupMs),
  loadHistoryInputs: () => (/* binding */ loadHistoryInputs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/history/index.js + 2 modules
var src_history = __webpack_require__(6041);
// EXTERNAL MODULE: ./src/plan/estimate.js
var estimate = __webpack_require__(75095);
// EXTERNAL MODULE: ./src/history/history-document.js
var history_document = __webpack_require__(14722);
;// CONCATENATED MODULE: ./src/plan/recent-failures.js
/**
 * Which test files failed recently or are flaky, from a branch's history: the files that run first in every
 * shard (fail fast), so a broken change shows its first failure early. Pure.
 *
 * A file "failed recently" when any of its tests has the status `F` (failed, no retry recovered it) in any
 * of the last {@link RECENT_RUNS} runs of the history's test window; it "is flaky" when, in those runs, a
 * test of it was `K` (failed, then passed on a retry) and none failed outright.
 */

/** How many of the history's latest runs count as "recent" for the fail-fast order. */
const RECENT_RUNS = 5;
/** Per repo-relative file: the files that failed or were flaky in the last {@link RECENT_RUNS} runs. */
function recentFailures(doc, runs = RECENT_RUNS) {
    const { tests } = doc;
    const window = Math.min(runs, tests.columns);
    const first = tests.columns - window;
    // Per file, per column: the worst status any of its tests had (2 failed, 1 flaky).
    const worst = new Map();
    for (let c = first; c < tests.columns; c++) {
        const column = tests.statuses[c];
        for (let row = 0; row < tests.size; row++) {
            const byte = column[row];
            if (byte !== history_document/* STATUS */.XQ.failed && byte !== history_document/* STATUS */.XQ.flaky)
                continue;
            const file = tests.file(row);
            if (file === undefined)
                continue;
            let marks = worst.get(file);
            if (!marks)
                worst.set(file, (marks = new Uint8Array(window)));
            marks[c - first] = Math.max(marks[c - first], byte === history_document/* STATUS */.XQ.failed ? 2 : 1);
        }
    }
    const files = new Map();
    const runsWord = window === 1 ? 'run' : 'runs';
    for (const [file, marks] of worst) {
        const failedRuns = marks.filter((m) => m === 2).length;
        files.set(file, failedRuns > 0
            ? { priority: 'failed', reason: `failed in ${failedRuns} of the last ${window} ${runsWord}` }
            : {
                priority: 'flaky',
                reason: `flaky in ${marks.filter((m) => m === 1).length} of the last ${window} ${runsWord}`,
            });
    }
    return { window, files };
}

;// CONCATENATED MODULE: ./src/plan/load-history.js
/**
 * Planning inputs from a branch's history document (src/history): per-file wall-time samples and the
 * per-shard set-up time of recent runs. I/O at the edge; a history that cannot be used is a warning, never
 * a failed plan, as with any other timing source.
 */




/** How many recent runs teach the set-up time: recent enough to follow a change of runner or cache. */
const SETUP_RUNS = 10;
/** The median set-up time of the shards of the last {@link SETUP_RUNS} runs that had shards. */
function learnedSetupMs(doc) {
    const setups = doc.runs
        .filter((r) => r.shards.length > 0)
        .slice(-SETUP_RUNS)
        .flatMap((r) => r.shards.map((s) => s.setupMs));
    return setups.length > 0 ? Math.round((0,estimate/* median */.JZ)(setups)) : undefined;
}
/** Reads a history file (gzipped or plain JSON). */
async function loadHistoryInputs(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (cause) {
        const code = cause.code ?? String(cause);
        return { samples: [], warnings: [`--history ${path}: cannot read it (${code}); planning without it`] };
    }
    const read = (0,src_history/* decodeHistory */.FU)(bytes);
    if (!read.ok)
        return { samples: [], warnings: [`--history ${path}: ${read.problem.message}; planning without it`] };
    return historyInputsOf(read.doc);
}
/** What a loaded history gives the planner (a CI's history store hands over the document itself). */
function historyInputsOf(doc) {
    const setupMs = learnedSetupMs(doc);
    return {
        samples: (0,src_history/* historyTimingSamples */.Cw)(doc),
        ...(setupMs !== undefined ? { setupMs } : {}),
        ...(doc.tests.columns > 0 ? { recent: recentFailures(doc) } : {}),
        warnings: [],
        doc,
    };
}


/***/ })

};
