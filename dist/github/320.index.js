export const id = 320;
export const ids = [320];
export const modules = {

/***/ 21320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/model/index.ts + 3 modules
var model = __webpack_require__(44865);
// EXTERNAL MODULE: ./src/plan/build.ts + 3 modules
var build = __webpack_require__(77929);
// EXTERNAL MODULE: ./src/plan/duration.ts
var duration = __webpack_require__(72983);
// EXTERNAL MODULE: ./src/plan/make-plan.ts + 1 modules
var make_plan = __webpack_require__(73940);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/report/bundle-report.ts + 1 modules
var bundle_report = __webpack_require__(63016);
;// CONCATENATED MODULE: ./src/run/progress.ts

function sum(snapshot, key) {
    let total = 0;
    for (const s of snapshot.shards.values())
        total += s.progress?.[key] ?? 0;
    return total;
}
/** The one-line headline: shards done and running, test counts, elapsed vs predicted. Pure. */
function renderProgressLine(snapshot) {
    const states = [...snapshot.shards.values()].map((s) => s.state);
    const done = states.filter((s) => s === 'done').length;
    const running = states.filter((s) => s === 'running').length;
    const flaky = sum(snapshot, 'flaky');
    return (`${done}/${snapshot.total} shards done, ${running} running · ` +
        `${sum(snapshot, 'passed')} passed, ${sum(snapshot, 'failed')} failed` +
        `${flaky > 0 ? `, ${flaky} flaky` : ''} · ` +
        `${(0,duration/* formatDuration */.a)(snapshot.elapsedMs)} elapsed, ${(0,duration/* formatDuration */.a)(snapshot.predictedMs)} predicted`);
}
/** The redrawn block: the headline, then one line per shard. Pure. */
function renderProgressBlock(snapshot) {
    const lines = [renderProgressLine(snapshot)];
    for (const [index, { state, progress }] of [...snapshot.shards].sort(([a], [b]) => a - b)) {
        const counts = progress
            ? ` · ${progress.passed} passed, ${progress.failed} failed${progress.flaky > 0 ? `, ${progress.flaky} flaky` : ''}`
            : '';
        const retry = progress && progress.tryIndex > 1 && state === 'running' ? ` (retry ${progress.tryIndex - 1})` : '';
        lines.push(`  shard ${index}/${snapshot.total}: ${state}${retry}${counts}`);
    }
    return lines;
}
/** Creates the display; a live one redraws its block on every event and on a timer. */
function createProgressDisplay(options) {
    const shards = new Map();
    for (let i = 1; i <= options.total; i++)
        shards.set(i, { state: 'waiting' });
    const snapshot = () => ({
        total: options.total,
        predictedMs: options.predictedMs,
        elapsedMs: options.elapsed(),
        shards,
    });
    let drawn = 0;
    const redraw = () => {
        const lines = renderProgressBlock(snapshot());
        // Move up over the previous block and clear it, then draw the new one.
        const up = drawn > 0 ? `\u001b[${drawn}A\u001b[J` : '';
        options.stream.write(`${up}${lines.join('\n')}\n`);
        drawn = lines.length;
    };
    const timer = options.live ? setInterval(redraw, options.refreshMs ?? 500) : undefined;
    timer?.unref();
    const plain = (event) => {
        options.stream.write(`[${(0,duration/* formatDuration */.a)(options.elapsed())}] ${event} · ${renderProgressLine(snapshot())}\n`);
    };
    if (options.live)
        redraw();
    return {
        start(index) {
            shards.set(index, { state: 'running' });
            if (options.live)
                redraw();
            else
                plain(`shard ${index}/${options.total} started`);
        },
        update(progress) {
            const index = progress.shard.index;
            const previous = shards.get(index);
            shards.set(index, { state: progress.state === 'done' ? 'done' : 'running', progress });
            if (options.live)
                redraw();
            else if (progress.state === 'done')
                plain(`shard ${index}/${options.total} done: ${progress.passed} passed, ${progress.failed} failed` +
                    `${progress.flaky > 0 ? `, ${progress.flaky} flaky` : ''}`);
            else if (progress.tryIndex > 1 && previous?.progress?.tryIndex !== progress.tryIndex)
                plain(`shard ${index}/${options.total} retrying the files that failed (retry ${progress.tryIndex - 1})`);
        },
        finish() {
            if (timer)
                clearInterval(timer);
            if (options.live)
                redraw();
        },
    };
}

// EXTERNAL MODULE: ./src/run/bundle.ts + 1 modules
var run_bundle = __webpack_require__(87589);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
;// CONCATENATED MODULE: ./src/run/execute.ts
/**
 * Runs a shard's test command: builds the command line from the user's words and the shard's items, spawns
 * it through the shell in its own process group, enforces the timeout and reports how it ended. Nothing
 * here reads results; the caller decides what an ending means.
 */



/** Replaced by all of the invocation's items, each shell-quoted. */
const FILES_PLACEHOLDER = '{files}';
/** Replaced by one item: the command then runs once per item, and Tessera times each file itself. */
const FILE_PLACEHOLDER = '{file}';
/** Replaced by the folder this invocation must write its result files into (also `$TESSERA_RESULTS_DIR`). */
const RESULTS_PLACEHOLDER = '{results}';
/**
 * Whether the command runs once per item (it contains `{file}`). This is for runners whose results do not
 * say which file a test came from (node:test's JUnit has no `file` attribute): one process per file lets
 * Tessera attribute each test to its file, time the whole file, and retry only the files that failed.
 */
function runsPerItem(words) {
    return words.some((w) => w.includes(FILE_PLACEHOLDER));
}
function fill(text, items, resultsDir, quoted) {
    const files = quoted ? (0,shell_quote.quote)([...items]) : items.join(' ');
    const file = quoted ? (0,shell_quote.quote)(items.slice(0, 1)) : (items[0] ?? '');
    const results = quoted ? (0,shell_quote.quote)([resultsDir]) : resultsDir;
    return text
        .replaceAll(FILES_PLACEHOLDER, files)
        .replaceAll(FILE_PLACEHOLDER, file)
        .replaceAll(RESULTS_PLACEHOLDER, results);
}
/**
 * Builds the shell command line for one invocation.
 *
 * - One word (`-- "npx jest --ci {files}"`): a shell command string, kept as written (pipes, `$VARS` and
 *   `&&` work); placeholders become shell-quoted values.
 * - Several words (`-- npx jest --ci {files}`): the words the user's shell already split; each is quoted
 *   again so it reaches the runner unchanged. A word that is exactly `{files}` becomes one quoted word per
 *   item; a placeholder inside a word (`--out={results}/a.xml`) is filled in before that word is quoted.
 *
 * Without `{files}` or `{file}`, the items are appended, quoted.
 */
function buildCommandLine(words, items, resultsDir) {
    const placesItems = words.some((w) => w.includes(FILES_PLACEHOLDER) || w.includes(FILE_PLACEHOLDER));
    let line;
    if (words.length === 1) {
        line = fill(words[0], items, resultsDir, true);
    }
    else {
        line = words
            .map((w) => (w === FILES_PLACEHOLDER ? (0,shell_quote.quote)([...items]) : (0,shell_quote.quote)([fill(w, items, resultsDir, false)])))
            .join(' ');
    }
    return placesItems || items.length === 0 ? line : `${line} ${(0,shell_quote.quote)([...items])}`;
}
// Process groups still running, so an interrupted Tessera does not leave test processes behind.
const liveGroups = new Set();
let interruptHandlerInstalled = false;
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is already gone, which is what we wanted.
    }
}
function installInterruptHandler() {
    if (interruptHandlerInstalled)
        return;
    interruptHandlerInstalled = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            for (const pid of liveGroups)
                killGroup(pid, 'SIGTERM');
            process.kill(process.pid, signal);
        });
    }
}
/**
 * Spawns the command line through the shell, in a process group of its own so a timeout stops the runner's
 * workers too, and resolves when it has exited. Never rejects: a shell that cannot start is reported in
 * `spawnError`.
 */
function executeCommand(options) {
    const started = performance.now();
    const fd = options.output.kind === 'file' ? (0,external_node_fs_.openSync)(options.output.path, 'a') : undefined;
    // No stdin: the command runs in a process group of its own, so reading the terminal would stop it (SIGTTIN),
    // and a test run must not wait for input anyway.
    const out = fd ?? 'inherit';
    installInterruptHandler();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(options.commandLine, {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            shell: true,
            detached: true,
            stdio: ['ignore', out, out],
        });
        const pid = child.pid;
        if (pid !== undefined)
            liveGroups.add(pid);
        let timedOut = false;
        let killTimer;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                if (pid === undefined)
                    return;
                timedOut = true;
                killGroup(pid, 'SIGTERM');
                killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), options.killGraceMs ?? 5_000);
            }, options.timeoutMs);
        let settled = false;
        const finish = (ending) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            if (pid !== undefined) {
                liveGroups.delete(pid);
                // The shell has exited; stragglers it left in the group (a runner's workers) must not outlive it.
                killGroup(pid, 'SIGKILL');
            }
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
            resolve({ ...ending, timedOut, wallMs: performance.now() - started });
        };
        child.once('error', (error) => finish({ exitCode: null, spawnError: error.message }));
        child.once('exit', (code, signal) => finish(signal ? { exitCode: null, signal } : { exitCode: code ?? null }));
    });
}

// EXTERNAL MODULE: ./src/run/results.ts
var results = __webpack_require__(69507);
// EXTERNAL MODULE: ./src/run/retry.ts
var retry = __webpack_require__(31191);
;// CONCATENATED MODULE: ./src/run/shard.ts
/**
 * Runs one shard end to end: the command on the shard's items, retries of the files that failed, and the
 * shard bundle. Used by `tessera run --shard i/N` (one shard per CI job) and by local mode (all shards on
 * one machine).
 */








/** Why an invocation's results cannot be trusted, or undefined when they can. */
function describeInvocationFailure(ending, results, tests, timeoutMs) {
    if (ending.spawnError !== undefined)
        return `could not be started (${ending.spawnError})`;
    if (ending.timedOut)
        return `ran past the ${(0,duration/* formatDuration */.a)(timeoutMs ?? 0)} timeout (--timeout) and was stopped`;
    if (ending.signal !== undefined)
        return `was killed by ${ending.signal}`;
    const unreadable = results.unreadable[0];
    if (unreadable)
        return `wrote a result file that cannot be read: ${unreadable.message}`;
    if (tests.length === 0) {
        return (`exited with code ${ending.exitCode} and wrote no test results; have the runner write them to ` +
            `{results} ($TESSERA_RESULTS_DIR), or name them with --results <glob>`);
    }
    if (ending.exitCode !== 0 && !tests.some((t) => t.attempts.some((a) => a.status === 'failed')))
        return `exited with code ${ending.exitCode} although no test in its results failed; it may have stopped before running them all`;
    return undefined;
}
function countOutcomes(shard, tryIndex, tests, state) {
    const progress = { shard, state, tryIndex, passed: 0, failed: 0, flaky: 0, skipped: 0 };
    for (const t of tests)
        progress[t.outcome] += 1;
    return progress;
}
/** The results folder of one item in per-item mode: its position and file name, readable and unique. */
function itemFolder(position, item) {
    const name = item.split('/').pop() ?? item;
    return `${String(position + 1).padStart(3, '0')}-${name.replace(/[^A-Za-z0-9._-]+/g, '_')}`;
}
/** Per-file wall time the runner reported (JUnit testsuite `time`, Jest/Vitest per-file), for planned items. */
function runnerTimings(results, items) {
    const byFile = new Map();
    for (const parsed of results.parsed)
        for (const suite of parsed.suites)
            if (suite.file !== undefined && items.has(suite.file))
                byFile.set(suite.file, (byFile.get(suite.file) ?? 0) + suite.durationMs);
    return [...byFile].map(([path, wallMs]) => ({ path, wallMs: Math.round(wallMs), source: 'runner' }));
}
/** Runs the command once (on one item with `{file}`, else on the try's items) and reads what it wrote. */
async function runInvocation(context, tryIndex, position, items) {
    const { options, cwd, folder, logFile, perItem } = context;
    const relDir = [
        run_bundle/* BUNDLE_RESULTS_DIR */.kT,
        `try-${tryIndex}`,
        ...(perItem ? [itemFolder(position, items[0])] : []),
    ].join('/');
    const dir = (0,external_node_path_.join)(folder, relDir);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const since = Date.now();
    const ending = await executeCommand({
        commandLine: buildCommandLine(options.command, items, dir),
        cwd,
        env: {
            TESSERA_RESULTS_DIR: dir,
            TESSERA_SHARD_INDEX: String(options.shard.index),
            TESSERA_SHARD_TOTAL: String(options.shard.total),
            TESSERA_TRY: String(tryIndex),
        },
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        output: logFile ? { kind: 'file', path: logFile } : { kind: 'inherit' },
    });
    const warnings = options.results === undefined
        ? []
        : await (0,results/* moveGlobMatches */.Zd)({ pattern: options.results, cwd, exclude: [options.out] }, dir, since);
    const read = await (0,results/* readResultsFolder */.fJ)(dir, cwd);
    const resultFiles = read.parsed.map((p) => ({
        path: `${relDir}/${(0,external_node_path_.relative)(dir, p.source).split(external_node_path_.sep).join('/')}`,
        format: p.format,
        tests: p.tests.length,
    }));
    // One process per file: every test it reported belongs to that file, whatever the runner wrote.
    const file = items[0];
    const tests = read.parsed.flatMap((p) => perItem ? p.tests.map((t) => (t.file === file ? t : (0,model/* makeTestCase */.Hw)({ ...t, file }))) : p.tests);
    const failure = describeInvocationFailure(ending, read, tests, options.timeoutMs);
    const timings = perItem
        ? failure === undefined
            ? [{ path: file, wallMs: Math.round(ending.wallMs), source: 'process' }]
            : []
        : runnerTimings(read, new Set(items));
    return { ending, tests, resultFiles, warnings, timings, ...(failure !== undefined ? { failure } : {}) };
}
/**
 * Runs the shard and writes its bundle into `<out>/tessera-shard-<i>-of-<N>[-attempt-<a>]/`, replacing a
 * bundle folder of the same name. A shard with no items runs nothing and still writes a bundle, so `report`
 * can tell "empty by plan" from "missing". Never throws for a failing or dying command: that is recorded in
 * the bundle (and its exit code), which is what the shard job must upload.
 */
async function runShard(options) {
    const now = options.now ?? (() => new Date());
    const { shard } = options;
    const cwd = (0,external_node_path_.resolve)(options.cwd);
    const folder = (0,external_node_path_.resolve)(cwd, options.out, (0,run_bundle/* bundleFolderName */.QG)(shard, options.run.attempt));
    await (0,promises_.rm)(folder, { recursive: true, force: true });
    await (0,promises_.mkdir)(folder, { recursive: true });
    const logFile = options.output === 'log' ? (0,external_node_path_.join)(folder, 'output.log') : undefined;
    const context = {
        options,
        cwd,
        folder,
        perItem: runsPerItem(options.command),
        ...(logFile ? { logFile } : {}),
    };
    const startedAt = now();
    const started = performance.now();
    const warnings = [];
    const tries = [];
    const triesTests = [];
    const files = [];
    // Stand-in tests of command failures not yet recovered by a retry, by id, with their reasons.
    const openFailures = new Map();
    const progress = (tryIndex, state) => options.onProgress?.(countOutcomes(shard, tryIndex, (0,retry/* foldTries */.pF)(triesTests), state));
    let tryItems = options.items;
    for (let tryIndex = 1; tryItems.length > 0 && tryIndex <= options.retries + 1; tryIndex++) {
        const tryTests = (triesTests[tryIndex - 1] = []);
        if (tryIndex > 1)
            progress(tryIndex, 'running');
        const failures = [];
        const resultFiles = [];
        const endings = [];
        const invocations = context.perItem ? tryItems.map((item) => [item]) : [tryItems];
        for (const [position, items] of invocations.entries()) {
            const outcome = await runInvocation(context, tryIndex, position, items);
            const parts = (0,retry/* infrastructureTestParts */.KC)(context.perItem ? { file: items[0] } : { shard: `${shard.index}/${shard.total}` });
            const partsId = (0,retry/* infrastructureTestId */.Nx)(parts);
            if (outcome.failure !== undefined) {
                const where = context.perItem ? `for ${items[0]}` : `of shard ${shard.index}/${shard.total}`;
                const reason = `The test command ${where} (try ${tryIndex}) ${outcome.failure}.` +
                    (logFile ? ` Its output is in ${logFile}.` : '');
                outcome.tests.push((0,retry/* infrastructureFailureTest */.yK)(parts, reason, outcome.ending.wallMs));
                failures.push({ items, reason });
                openFailures.set(partsId, reason);
            }
            else if (openFailures.has(partsId)) {
                outcome.tests.push((0,retry/* infrastructureRecoveredTest */.hP)(parts, outcome.ending.wallMs));
                openFailures.delete(partsId);
            }
            tryTests.push(...outcome.tests);
            resultFiles.push(...outcome.resultFiles);
            warnings.push(...outcome.warnings);
            endings.push(outcome.ending);
            // The first try runs every item: its times are the ones to plan with.
            if (tryIndex === 1)
                files.push(...outcome.timings);
            progress(tryIndex, 'running');
        }
        tries.push(summarizeTry(tryIndex, tryItems, endings, resultFiles, failures));
        tryItems = (0,retry/* itemsToRetry */.o$)(tryItems, tryTests, failures);
    }
    const tests = (0,retry/* foldTries */.pF)(triesTests);
    const bundle = {
        version: 1,
        tool: run_bundle/* TOOL */.js,
        run: options.run,
        shard,
        items: [...options.items],
        startedAt: startedAt.toISOString(),
        finishedAt: now().toISOString(),
        wallMs: Math.round(performance.now() - started),
        ...setupOf(options.jobStartedAt, startedAt),
        exitCode: tests.some((t) => t.outcome === 'failed') ? 1 : 0,
        ...(openFailures.size > 0
            ? { infrastructureFailure: { reason: [...openFailures.values()].join(' ') } }
            : {}),
        tries,
        files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
        tests: tests.map(run_bundle/* toBundleTest */.kb),
    };
    await (0,run_bundle/* writeBundle */.Mf)(folder, bundle);
    progress(tries.length, 'done');
    return { bundle, folder, ...(logFile ? { logFile } : {}), warnings };
}
/**
 * The set-up time from the job's start to the tests' start. A start in the future (clock skew between the CI
 * and this machine) or one more than a day ago (a wrong variable) says nothing reliable, so none is recorded.
 */
function setupOf(jobStartedAt, startedAt) {
    if (jobStartedAt === undefined)
        return {};
    const setupMs = startedAt.getTime() - jobStartedAt.getTime();
    return setupMs >= 0 && setupMs <= 86_400_000 ? { setupMs } : {};
}
/** One try as the bundle records it: the first failing exit code or signal, and the summed wall time. */
function summarizeTry(index, items, endings, resultFiles, failures) {
    const failing = endings.find((e) => e.exitCode !== 0);
    const signal = endings.find((e) => e.signal !== undefined)?.signal;
    return {
        index,
        items: [...items],
        exitCode: failing ? failing.exitCode : 0,
        ...(signal !== undefined ? { signal } : {}),
        timedOut: endings.some((e) => e.timedOut),
        wallMs: Math.round(endings.reduce((sum, e) => sum + e.wallMs, 0)),
        resultFiles: [...resultFiles],
        ...(failures.length > 0 ? { infrastructureFailure: failures.map((f) => f.reason).join(' ') } : {}),
    };
}

;// CONCATENATED MODULE: ./src/run/local.ts
/**
 * Local mode: the whole matrix on one machine. `tessera run --shards N --local -- <command>` plans, runs the
 * N shards' commands as child processes, at most `concurrency` at a time, shows live progress, and then
 * reports over the bundles exactly as the report job of a CI would (`tessera report --from`), with the same
 * outputs, history and verdict options.
 */






/** Runs `tasks` with at most `limit` in flight, keeping results in task order. */
async function runPool(tasks, limit) {
    const results = new Array(tasks.length);
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const i = next++;
            results[i] = await tasks[i]();
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
    return results;
}
/**
 * Removes the bundle folders an earlier local run left in `out`, so the report cannot mix two runs. Only
 * folders named like bundles are touched.
 */
async function clearOldBundles(out) {
    const entries = await (0,promises_.readdir)(out, { withFileTypes: true }).catch(() => []);
    for (const e of entries)
        if (e.isDirectory() && /^tessera-shard-\d+-of-\d+(-attempt-\d+)?$/.test(e.name))
            await (0,promises_.rm)((0,external_node_path_.join)(out, e.name), { recursive: true, force: true });
}
/** Plays the whole matrix locally and reports. */
async function runLocal(options) {
    const out = (0,external_node_path_.resolve)(options.cwd, options.out);
    await clearOldBundles(out);
    const total = options.plan.shards.length;
    const started = performance.now();
    // An output on stdout must stay parseable, so the progress then goes where the summary goes: stderr.
    const toStdout = [...Object.values(options.outputs), ...Object.values(options.rendered ?? {})].includes('-');
    const display = toStdout ? options.stderr : options.stdout;
    const progress = createProgressDisplay({
        stream: display,
        live: options.live,
        total,
        predictedMs: options.plan.predictedMakespanMs,
        elapsed: () => performance.now() - started,
    });
    const tasks = options.plan.shards.map((shard) => async () => {
        progress.start(shard.index);
        return runShard({
            shard: { index: shard.index, total },
            items: shard.items,
            command: options.command,
            run: options.run,
            out,
            cwd: options.cwd,
            ...(options.results !== undefined ? { results: options.results } : {}),
            retries: options.retries,
            ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
            output: 'log',
            onProgress: (p) => progress.update(p),
        });
    });
    let shards;
    try {
        shards = await runPool(tasks, options.concurrency ?? (0,external_node_os_.availableParallelism)());
    }
    finally {
        progress.finish();
    }
    display.write('\n');
    for (const s of shards) {
        for (const w of s.warnings)
            options.stderr.write(`tessera: warning: ${w}\n`);
        if (s.bundle.infrastructureFailure)
            options.stderr.write(`tessera: ${s.bundle.infrastructureFailure.reason}\n`);
    }
    const report = await (0,bundle_report/* runBundleReport */.WC)({
        from: out,
        plan: options.plan,
        outputs: options.outputs,
        ...(options.rendered ? { rendered: options.rendered } : {}),
        ...(options.render ? { render: options.render } : {}),
        ...(options.history ? { history: options.history } : {}),
        ...(options.quarantine ? { quarantine: options.quarantine } : {}),
        ...(options.regression ? { regression: options.regression } : {}),
        ...(options.branch !== undefined ? { branch: options.branch } : {}),
        failOn: options.failOn,
        allowUnreadable: false,
        cwd: options.cwd,
        stdout: options.stdout,
        stderr: options.stderr,
        color: options.color,
    });
    return { ...report, shards };
}

// EXTERNAL MODULE: ./src/ci/shard-artifacts.ts
var shard_artifacts = __webpack_require__(15658);
// EXTERNAL MODULE: ./src/cli/plan-flag.ts
var plan_flag = __webpack_require__(20002);
// EXTERNAL MODULE: ./src/cli/ci-session.ts + 7 modules
var ci_session = __webpack_require__(13197);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(28551);
// EXTERNAL MODULE: ./src/cli/flag-values.ts
var flag_values = __webpack_require__(17537);
// EXTERNAL MODULE: ./src/cli/report-output-options.ts
var report_output_options = __webpack_require__(10449);
// EXTERNAL MODULE: ./src/cli/report-trend-flags.ts
var report_trend_flags = __webpack_require__(13190);
;// CONCATENATED MODULE: ./src/cli/verbs/run.ts
/**
 * What `tessera run` does (declared in ../commands/run.ts): run one shard of the plan (`--shard i/N`, in a
 * CI matrix job), or the whole matrix on this machine (`--shards N --local`), which then reports with the
 * same output and history flags as `tessera report`. Arguments in; runShard or runLocal out.
 */
















function timeoutFlag(value) {
    if (value === undefined)
        return undefined;
    const ms = (0,duration/* parseDuration */.E)(value);
    if (ms === undefined || ms <= 0)
        throw new model/* UsageError */.eb(`--timeout '${value}' is not a duration`, 'Write e.g. 10m, 90s, 1h30m.');
    return ms;
}
/** The plan from `--plan`, or computed from `--tests`/`--timings` (and the config file) for `shards`. */
async function obtainPlan(flags, shards, cwd) {
    if (flags.plan !== undefined)
        return (0,plan_flag/* readPlanFlag */.i)(flags.plan);
    const { config } = await (0,load/* loadConfig */.Z)(cwd, flags.config);
    const fromFlags = {
        ...(flags.tests ? { tests: flags.tests } : {}),
        ...(flags.timings ? { timings: flags.timings } : {}),
    };
    const options = { ...(0,make_plan/* mergePlanOptions */.u)(fromFlags, config), shards, targetMs: undefined };
    const made = await (0,make_plan/* makePlan */.C)(options, { cwd });
    for (const warning of [...made.warnings, ...made.plan.warnings])
        process.stderr.write(`tessera: warning: ${warning}\n`);
    return made.plan;
}
function runInfo(flags) {
    const attempt = (0,flag_values/* wholeNumberFlag */.Z)('--attempt', flags.attempt);
    return {
        provider: 'local',
        ...(attempt !== undefined ? { attempt } : {}),
        ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
    };
}
/**
 * The report outputs of a local run: JSON, JUnit, CTRF and the PR comment go to `--report-dir` unless their
 * own flag names another path; the job summary and the HTML report are written when asked for.
 */
function localOutputs(flags) {
    const dir = flags.reportDir;
    const outputs = {
        json: (0,external_node_path_.join)(dir, 'report.json'),
        junit: (0,external_node_path_.join)(dir, 'junit.xml'),
        ctrf: (0,external_node_path_.join)(dir, 'ctrf.json'),
        ...(0,report_output_options/* machineTargets */.sF)(flags),
    };
    const { rendered, render } = (0,report_trend_flags/* renderedTargets */.IY)({
        ...flags,
        markdown: flags.markdown ?? (0,external_node_path_.join)(dir, 'report.md'),
    });
    const toStdout = (0,report_output_options/* checkStdoutTargets */.sG)([...Object.values(outputs), ...Object.values(rendered)]);
    return { outputs, rendered, render, toStdout };
}
async function runOneShard(flags, shard, command, cwd) {
    const session = await (0,ci_session/* openCiSession */.zA)(flags, { cwd });
    // In CI mode the plan job's `tessera-plan` artifact; without one, the same plan computed here.
    const plan = (await (0,ci_session/* sessionPlan */.kH)(session, flags.plan)) ?? (await obtainPlan(flags, shard.total, cwd));
    if (plan.shards.length !== shard.total)
        throw new model/* UsageError */.eb(`--shard ${shard.index}/${shard.total} does not fit the plan, which has ${plan.shards.length} shards`, "Take the shard count from the plan job's matrix output.");
    const items = (0,build/* shardItems */.l6)(plan, shard);
    const attempt = (0,flag_values/* wholeNumberFlag */.Z)('--attempt', flags.attempt);
    const run = session ? (0,ci_session/* sessionRunInfo */.u)(session, attempt) : runInfo(flags);
    const started = (0,ci_session/* jobStartedAt */.Il)(process.env, session?.context);
    const result = await runShard({
        shard,
        items,
        command,
        run,
        ...(started ? { jobStartedAt: started } : {}),
        out: flags.out,
        cwd,
        ...(flags.results !== undefined ? { results: flags.results } : {}),
        retries: (0,flag_values/* wholeNumberFlag */.Z)('--retries', flags.retries, 0) ?? 0,
        ...(flags.timeout !== undefined ? { timeoutMs: timeoutFlag(flags.timeout) } : {}),
        output: 'inherit',
    });
    const { bundle } = result;
    for (const w of result.warnings)
        process.stderr.write(`tessera: warning: ${w}\n`);
    const counts = { passed: 0, failed: 0, flaky: 0, skipped: 0 };
    for (const t of (0,run_bundle/* bundleTests */.mp)(bundle))
        counts[t.outcome] += 1;
    const what = items.length === 0
        ? 'no items (empty by plan)'
        : `${counts.failed} failed, ${counts.flaky} flaky, ${counts.passed} passed, ${counts.skipped} skipped in ${(0,duration/* formatDuration */.a)(bundle.wallMs)}` +
            (bundle.tries.length > 1
                ? ` (${bundle.tries.length - 1} ${bundle.tries.length === 2 ? 'retry' : 'retries'})`
                : '');
    process.stderr.write(`tessera run: shard ${shard.index}/${shard.total}: ${what}\n`);
    if (bundle.infrastructureFailure)
        process.stderr.write(`tessera run: ${bundle.infrastructureFailure.reason}\n`);
    process.stderr.write(`tessera run: bundle written to ${(0,external_node_path_.join)(result.folder, 'bundle.json')}\n`);
    if (session) {
        const entry = await (0,shard_artifacts/* putShardBundle */.Kx)(session.host.artifacts, result.folder, shard, run.attempt ?? 1);
        process.stderr.write(`tessera run: bundle stored as artifact ${entry.name}\n`);
    }
    process.exitCode = bundle.exitCode === 0 ? exit_codes/* ExitCode */.y.ok : exit_codes/* ExitCode */.y.testsFailed;
}
async function runLocalMatrix(flags, command, cwd) {
    // With a plan file, the plan says how many shards; otherwise --shards must.
    const planned = flags.plan !== undefined ? (await (0,plan_flag/* readPlanFlag */.i)(flags.plan)).shards.length : undefined;
    const shards = (0,flag_values/* wholeNumberFlag */.Z)('--shards', flags.shards) ?? planned;
    if (shards === undefined)
        throw new model/* UsageError */.eb('--local needs --shards N (or --plan)', 'e.g. tessera run --local --shards 4 -- npm test');
    const plan = await obtainPlan(flags, shards, cwd);
    if (plan.shards.length !== shards)
        throw new model/* UsageError */.eb(`--shards ${shards} does not fit the plan, which has ${plan.shards.length} shards`);
    const concurrency = (0,flag_values/* wholeNumberFlag */.Z)('--concurrency', flags.concurrency);
    const { outputs, rendered, render, toStdout } = localOutputs(flags);
    const trend = await (0,report_trend_flags/* trendOptions */.IK)(flags, cwd);
    // Progress and the summary go to stderr when an output takes stdout; colour and redrawing follow that stream.
    const display = toStdout ? process.stderr : process.stdout;
    const { verdict } = await runLocal({
        plan,
        command,
        cwd,
        out: flags.out,
        ...(flags.results !== undefined ? { results: flags.results } : {}),
        retries: (0,flag_values/* wholeNumberFlag */.Z)('--retries', flags.retries, 0) ?? 0,
        ...(flags.timeout !== undefined ? { timeoutMs: timeoutFlag(flags.timeout) } : {}),
        ...(concurrency !== undefined ? { concurrency } : {}),
        run: runInfo(flags),
        ...trend,
        outputs,
        rendered,
        render,
        ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
        failOn: flags.failOn,
        stdout: process.stdout,
        stderr: process.stderr,
        live: display.isTTY === true,
        color: flags.color !== false && display.isTTY === true && !process.env.NO_COLOR,
    });
    process.exitCode = exit_codes/* ExitCode */.y[verdict];
}
/**
 * Runs `tessera run` with its parsed arguments: one shard job, or every shard here (`--local`); sets
 * `process.exitCode`. `self` is the command, to tell which report flags were given.
 */
async function runCommand(command, flags, self) {
    const cwd = process.cwd();
    if (flags.local && (flags.ci === true || flags.provider !== undefined))
        throw new model/* UsageError */.eb('--ci is for a shard job of a CI matrix (--shard i/N); --local runs and reports every shard here', 'Keep the local history with --history-dir .tessera/history --branch <name>.');
    if (flags.local)
        return runLocalMatrix(flags, command, cwd);
    const reportFlags = (0,report_output_options/* givenReportOutputFlags */.Cg)(self);
    if (reportFlags.length > 0)
        throw new model/* UsageError */.eb(`${reportFlags.join(', ')} ${reportFlags.length === 1 ? 'is' : 'are'} for --local: a shard job writes its bundle, not the report`, 'Report the matrix once, after its shards: tessera report --from <dir> with these flags.');
    if (flags.shard === undefined) {
        throw new model/* UsageError */.eb('tell `run` which shard to run (--shard i/N), or run them all here (--local --shards N)', 'e.g. tessera run --plan plan.json --shard 1/4 -- npm test');
    }
    if (flags.shards !== undefined)
        throw new model/* UsageError */.eb('--shards is for --local; one shard job takes --shard i/N');
    return runOneShard(flags, (0,build/* parseShardRef */.rF)(flags.shard), command, cwd);
}


/***/ }),

/***/ 69507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zd: () => (/* binding */ moveGlobMatches),
/* harmony export */   fJ: () => (/* binding */ readResultsFolder)
/* harmony export */ });
/* unused harmony export listFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73382);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99129);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44865);
/**
 * Keeps the result files of each try apart and reads them.
 *
 * Every invocation of the command gets its own folder inside the bundle, `results/try-<t>[/<k>]`, passed to
 * the command as `{results}` and `$TESSERA_RESULTS_DIR`. A command that writes there needs nothing else.
 * A command that writes to a fixed place (`junit.xml`, `reports/*.xml`) is named with `--results <glob>`:
 * after each invocation the files the glob matches are *moved* into that invocation's folder, so the next
 * try starts from a clean slate and cannot re-read, or overwrite, an earlier try's results. Files that
 * match before the invocation started are stale (a previous run's) and are left alone with a warning.
 */





async function moveFile(from, to) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(to), { recursive: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(from, to);
    }
    catch (error) {
        // A rename cannot cross file systems (a tmpfs results folder, a mounted workspace): copy, then delete.
        if (error.code !== 'EXDEV')
            throw error;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(from, to);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(from);
    }
}
function isInside(path, folder) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * Moves (or, for `collect`, copies) the files a result glob matches into `into`, keeping their paths
 * relative to the glob's folder. Files last written before `since` are stale and are left where they are.
 *
 * @returns warnings for the log (stale files)
 */
async function moveGlobMatches(spec, into, since, mode = 'move') {
    const matches = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .glob */ .TI)(spec.pattern, {
        cwd: spec.cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**'],
    });
    const excluded = spec.exclude.map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(spec.cwd, e));
    const warnings = [];
    for (const file of matches.sort()) {
        if (excluded.some((folder) => isInside(file, folder)))
            continue;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        // A second of slack: some file systems keep modification times in whole seconds.
        if (info.mtimeMs < since - 1_000) {
            warnings.push(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(spec.cwd, file)} matches --results but was written before this run; it was ignored`);
            continue;
        }
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(spec.cwd, file);
        const target = rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file) : rel;
        if (mode === 'move')
            await moveFile(file, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(into, target));
        else {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(into, target)), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(file, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(into, target));
        }
    }
    return warnings;
}
/** Every file under a folder, as sorted paths relative to it. */
async function listFiles(folder) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder, { recursive: true, withFileTypes: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    return (entries
        .filter((e) => e.isFile())
        // `parentPath` is Node ≥ 20.12; earlier 20.x names it `path`.
        .map((e) => {
        const parent = e.parentPath ?? e.path;
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, e.name)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    })
        .sort());
}
/** Reads every result file under `folder`; unreadable files are collected, never thrown. */
async function readResultsFolder(folder, root) {
    const files = await listFiles(folder);
    const parsed = [];
    const unreadable = [];
    for (const file of files) {
        try {
            parsed.push(await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readResultFile */ .kk)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, file), { ..._formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_READ_OPTIONS */ .O$, root }));
        }
        catch (error) {
            if (error instanceof _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ParseError */ .mB)
                unreadable.push(error);
            else
                throw error;
        }
    }
    return { files, parsed, unreadable };
}


/***/ }),

/***/ 31191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KC: () => (/* binding */ infrastructureTestParts),
/* harmony export */   Nx: () => (/* binding */ infrastructureTestId),
/* harmony export */   hP: () => (/* binding */ infrastructureRecoveredTest),
/* harmony export */   o$: () => (/* binding */ itemsToRetry),
/* harmony export */   pF: () => (/* binding */ foldTries),
/* harmony export */   yK: () => (/* binding */ infrastructureFailureTest)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44865);
/**
 * Retries: which items a try must re-run, and how the tries become one set of tests. Pure.
 *
 * Only files that had a failure are re-run, with just those files substituted for `{files}`; every try's
 * attempts are kept, so a test that failed and then passed is `flaky` (see `foldTests`), and one that
 * failed every time stays `failed`. A failure Tessera cannot pin on a file (the runner's results carry no
 * file, or name a file that is not one of the items, or the command died) re-runs every item of that try:
 * re-running too much costs time, re-running too little would hide a failure.
 */

/**
 * The items the next try re-runs, in the shard's order: the files of the failed tests, or every item of
 * the try when a failure cannot be pinned on one of its items. Empty when nothing failed.
 */
function itemsToRetry(tryItems, tests, failures) {
    const inTry = new Set(tryItems);
    const again = new Set();
    for (const failure of failures)
        for (const item of failure.items)
            again.add(item);
    for (const t of tests) {
        if (!t.attempts.some((a) => a.status === 'failed'))
            continue;
        if (t.file === undefined || !inTry.has(t.file))
            return [...tryItems];
        again.add(t.file);
    }
    return tryItems.filter((item) => again.has(item));
}
/**
 * The stand-in test that carries a command failure into the results, so every report counts it as failed
 * whether or not it knows about infrastructure failures. Its identity depends only on what it covers (one
 * file, or the shard), so a retry that succeeds adds a passed attempt to the same test and makes it flaky.
 */
function infrastructureTestParts(scope) {
    return 'file' in scope
        ? { file: scope.file, suite: [], name: '(test file did not complete)' }
        : { suite: [], name: `(shard ${scope.shard} did not complete)` };
}
/** A failed attempt of the stand-in test, with the reason as its message. */
function infrastructureFailureTest(parts, reason, durationMs) {
    return (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .makeTestCase */ .Hw)({
        ...parts,
        attempts: [{ status: 'failed', durationMs, failure: { category: 'crash', message: reason } }],
    });
}
/** A passed attempt of the stand-in test: the retry of what had died now completed. */
function infrastructureRecoveredTest(parts, durationMs) {
    return (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .makeTestCase */ .Hw)({ ...parts, attempts: [{ status: 'passed', durationMs }] });
}
/** The id of a stand-in test, to know whether an earlier try left one. */
function infrastructureTestId(parts) {
    return (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .testId */ .ec)(parts);
}
/** All tries' tests as one list: the same id across tries becomes one test with every attempt, in try order. */
function foldTries(tries) {
    return (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .foldTests */ .Pm)(tries.flat());
}


/***/ })

};
