export const id = 734;
export const ids = [734];
export const modules = {

/***/ 6943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vn: () => (/* reexport */ local_store/* LocalHistoryStore */.vn),
  FU: () => (/* reexport */ codec/* decodeHistory */.FU),
  B5: () => (/* reexport */ codec/* decodeHistoryAsync */.B5),
  N2: () => (/* reexport */ codec/* encodeHistory */.N2),
  cI: () => (/* reexport */ local_store/* historyFileName */.cI),
  Cw: () => (/* reexport */ historyTimingSamples)
});

// UNUSED EXPORTS: DEFAULT_HISTORY_DIR, DEFAULT_HISTORY_LIMITS, HISTORY_GZIP_LEVEL, HISTORY_VERSION, MAX_DECODED_BYTES, MAX_DURATION_CODE, MemoryHistoryStore, STATUS, STATUS_BYTE_OF_OUTCOME, STATUS_OF_OUTCOME, TestTable, TextColumn, applySizeCap, applySizeCapAsync, byCodeUnit, codeAt, durationCode, durationOfCode, durationTable, emptyHistory, executionMs, fileTimingSamples, gzipHistory, gzipHistoryAsync, gzipSize, historyRunSchema, joinRows, latestRun, observationsOf, passingDurations, roundDuration, summarizeTests, tableOfWindows, testCount, testTimingSamples, testWindow, testWindows, updateHistory, updateHistoryDetailed, updateHistoryDetailedAsync

// EXTERNAL MODULE: ./src/history/history-document.ts
var history_document = __webpack_require__(50436);
// EXTERNAL MODULE: ./src/history/join.ts
var join = __webpack_require__(99054);
// EXTERNAL MODULE: ./src/history/table-of-windows.ts
var table_of_windows = __webpack_require__(51268);
// EXTERNAL MODULE: ./src/history/text-column.ts
var text_column = __webpack_require__(43404);
// EXTERNAL MODULE: ./src/history/codec.ts + 1 modules
var codec = __webpack_require__(99203);
// EXTERNAL MODULE: ./src/history/update.ts
var update = __webpack_require__(69631);
// EXTERNAL MODULE: ./src/history/size-cap.ts
var size_cap = __webpack_require__(23086);
// EXTERNAL MODULE: ./src/history/local-store.ts
var local_store = __webpack_require__(59987);
;// CONCATENATED MODULE: ./src/history/timings.ts

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

;// CONCATENATED MODULE: ./src/history/memory-store.ts
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

;// CONCATENATED MODULE: ./src/history/index.ts















/***/ }),

/***/ 61734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyInputsOf: () => (/* binding */ historyInputsOf),
/* harmony export */   learnedSetupMs: () => (/* binding */ learnedSetupMs),
/* harmony export */   loadHistoryInputs: () => (/* binding */ loadHistoryInputs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _history_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6943);
/* harmony import */ var _estimate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41517);
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
    return setups.length > 0 ? Math.round((0,_estimate_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(setups)) : undefined;
}
/** Reads a history file (gzipped or plain JSON). */
async function loadHistoryInputs(path) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
    }
    catch (cause) {
        const code = cause.code ?? String(cause);
        return { samples: [], warnings: [`--history ${path}: cannot read it (${code}); planning without it`] };
    }
    const read = (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeHistory */ .FU)(bytes);
    if (!read.ok)
        return { samples: [], warnings: [`--history ${path}: ${read.problem.message}; planning without it`] };
    return historyInputsOf(read.doc);
}
/** What a loaded history gives the planner (a CI's history store hands over the document itself). */
function historyInputsOf(doc) {
    const setupMs = learnedSetupMs(doc);
    return {
        samples: (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .historyTimingSamples */ .Cw)(doc),
        ...(setupMs !== undefined ? { setupMs } : {}),
        warnings: [],
    };
}


/***/ })

};
