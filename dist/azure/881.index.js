export const id = 881;
export const ids = [881];
export const modules = {

/***/ 67881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTimings: () => (/* binding */ loadTimings)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(9970);
// EXTERNAL MODULE: ./src/formats/index.js + 25 modules
var formats = __webpack_require__(88600);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/run/bundle.js + 1 modules
var run_bundle = __webpack_require__(57117);
;// CONCATENATED MODULE: ./src/plan/timings.js

/** Sums values per key, keeping first-seen key order. */
function sumBy(entries) {
    const sums = new Map();
    for (const [key, value] of entries)
        sums.set(key, (sums.get(key) ?? 0) + value);
    return sums;
}
function toSamples(sums, kind, source) {
    return [...sums].map(([file, ms]) => ({ file, ms, kind, source }));
}
/**
 * Samples from one parsed result file: per file, the sum of its testsuite times (`suite`) and the sum of its
 * test times (`tests`). Several testsuites of one file in one result file add up: they are parts of one run.
 */
function samplesFromResults(results, root) {
    const suites = sumBy(results.suites
        .filter((s) => s.file !== undefined && s.durationMs > 0)
        .map((s) => [(0,model/* normalizePath */.Fd)(s.file, root), s.durationMs]));
    const tests = sumBy(results.tests
        .filter((t) => t.file !== undefined)
        .map((t) => [(0,model/* normalizePath */.Fd)(t.file, root), t.durationMs]));
    return [...toSamples(suites, 'suite', results.source), ...toSamples(tests, 'tests', results.source)];
}
/** Samples and the shard's wall-vs-test timing from one shard bundle. */
function samplesFromBundle(bundle, source) {
    const walls = sumBy(bundle.files.map((f) => [(0,model/* normalizePath */.Fd)(f.path), f.wallMs]));
    const testEntries = (bundle.tests ?? [])
        .filter((t) => t.file !== undefined)
        .map((t) => [(0,model/* normalizePath */.Fd)(t.file), t.attempts.reduce((s, a) => s + a.durationMs, 0)]);
    const tests = sumBy(testEntries);
    const samples = [...toSamples(walls, 'wall', source), ...toSamples(tests, 'tests', source)];
    const started = bundle.startedAt ? Date.parse(bundle.startedAt) : NaN;
    const finished = bundle.finishedAt ? Date.parse(bundle.finishedAt) : NaN;
    const testMs = testEntries.reduce((s, [, ms]) => s + ms, 0);
    if (Number.isFinite(started) && Number.isFinite(finished) && finished > started && testMs > 0) {
        return { samples, shardRun: { wallMs: finished - started, testMs } };
    }
    return { samples };
}

// EXTERNAL MODULE: ./src/model/arrays.js
var arrays = __webpack_require__(96545);
;// CONCATENATED MODULE: ./src/plan/load-timings.js
/**
 * Reading timing sources from disk for the planner: shard bundles (`bundle.json` written by `tessera run`
 * or `collect`) and any result file our readers understand. I/O at the edge; samples are made by the pure
 * functions of timings.ts.
 *
 * Timings are advisory: a glob that matches nothing (the first run of a pipeline) or a file that cannot be
 * read becomes a warning, never a failed plan.
 */








/** Whether a file is a shard bundle rather than a result file, from its first kilobytes. */
async function looksLikeBundle(path) {
    if (!path.endsWith('.json'))
        return false;
    // Bundles open with version, tool, run and shard; result formats have no `shard` ref beside `tool`.
    const head = await (0,formats/* readHead */.zy)(await (0,formats/* fileInput */.Fg)(path));
    return /"tool"\s*:/.test(head) && /"shard"\s*:\s*\{/.test(head) && /"startedAt"\s*:/.test(head);
}
/**
 * The run a bundle belongs to. Bundles of one CI run (every shard of one attempt) are one source, so a file
 * that a runner split across two shards adds up to its whole cost instead of counting as two half-size
 * samples.
 */
function bundleSource(bundle, file) {
    const { provider, runId, attempt } = bundle.run;
    return runId ? `${provider} run ${runId} attempt ${attempt ?? 1}` : file;
}
async function readOne(file, cwd) {
    const path = (0,external_node_path_.join)(cwd, file);
    if (await looksLikeBundle(path)) {
        const bundle = (0,run_bundle/* parseBundle */.QN)(await (0,promises_.readFile)(path, 'utf8'), file);
        const got = samplesFromBundle(bundle, bundleSource(bundle, file));
        const at = Date.parse(bundle.startedAt);
        return { at: Number.isFinite(at) ? at : 0, file, ...got };
    }
    // Output and messages are not needed for timings: keep none of them.
    const options = { ...formats/* DEFAULT_READ_OPTIONS */.O$, maxOutputChars: 0, maxMessageChars: 0, root: cwd };
    const results = await (0,formats/* readResultFile */.kk)(path, options);
    return {
        at: (await (0,promises_.stat)(path)).mtimeMs,
        file,
        samples: samplesFromResults(results, cwd),
        warnings: results.warnings,
    };
}
/**
 * Expands the globs (relative to `cwd`) and reads every matching file. Samples come out oldest first (bundle
 * start time, else the result file's modification time; then path), which the `last` and `ewma` estimators
 * rely on.
 */
async function loadTimings(patterns, cwd) {
    const warnings = [];
    const files = [];
    for (const pattern of patterns) {
        const matches = await (0,dist/* glob */.TI)(pattern, { cwd, dot: true, ignore: ['**/node_modules/**'] });
        if (matches.length === 0)
            warnings.push(`--timings ${JSON.stringify(pattern)} matches no file`);
        (0,arrays/* appendAll */.u2)(files, matches);
    }
    const unique = [...new Set(files)].sort();
    const reads = [];
    for (const file of unique) {
        try {
            reads.push(await readOne(file, cwd));
        }
        catch (error) {
            if (!(error instanceof model/* TesseraError */.Wc))
                throw error;
            warnings.push(`timings from ${file} skipped: ${error.message}`);
        }
    }
    for (const r of reads)
        (0,arrays/* appendAll */.u2)(warnings, r.warnings ?? []);
    reads.sort((a, b) => a.at - b.at || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return {
        samples: reads.flatMap((r) => r.samples),
        shardRuns: reads.flatMap((r) => (r.shardRun ? [r.shardRun] : [])),
        files: unique,
        warnings,
    };
}


/***/ })

};
