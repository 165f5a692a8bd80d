export const id = 121;
export const ids = [121];
export const modules = {

/***/ 45121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_REQUEUE_TOLERANCE: () => (/* binding */ DEFAULT_REQUEUE_TOLERANCE),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load.js
var load = __webpack_require__(21178);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/plan/build.js + 2 modules
var build = __webpack_require__(58540);
// EXTERNAL MODULE: ./src/plan/duration.js
var duration = __webpack_require__(81629);
// EXTERNAL MODULE: ./src/plan/make-plan.js + 1 modules
var make_plan = __webpack_require__(16136);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/report/bundle-report.js
var bundle_report = __webpack_require__(7721);
// EXTERNAL MODULE: ./src/queue/memory-queue.js + 1 modules
var memory_queue = __webpack_require__(57147);
// EXTERNAL MODULE: ./src/queue/plan-units.js
var plan_units = __webpack_require__(1952);
// EXTERNAL MODULE: ./src/queue/scheduler.js
var scheduler = __webpack_require__(70564);
// EXTERNAL MODULE: ./src/queue/work-source.js
var work_source = __webpack_require__(82120);
// EXTERNAL MODULE: ./src/run/execute.js
var execute = __webpack_require__(10444);
;// CONCATENATED MODULE: ./src/run/progress.js

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

// EXTERNAL MODULE: ./src/run/bail.js
var run_bail = __webpack_require__(26975);
// EXTERNAL MODULE: ./src/run/shard.js + 3 modules
var run_shard = __webpack_require__(53767);
// EXTERNAL MODULE: ./src/run/rerun.js
var run_rerun = __webpack_require__(641);
;// CONCATENATED MODULE: ./src/run/local.js
/**
 * Local mode: the whole matrix on one machine. `tessera run --shards N --local -- <command>` plans, runs the
 * N shards' commands as child processes, at most `concurrency` at a time, shows live progress, and then
 * reports over the bundles exactly as the report job of a CI would (`tessera report --from`), with the same
 * outputs, history and verdict options.
 */













/**
 * What one invocation of a `{files}` command is assumed to cost on top of its tests, for the queue's batch
 * sizes: a typical runner's start (node:test about 0.1 s, Vitest and Jest 0.5–1 s). With `{file}` every
 * file is its own invocation anyway, so batching saves nothing and the overhead is 0.
 */
const LOCAL_INVOCATION_OVERHEAD_MS = 300;
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
/**
 * The shards as workers of one in-memory queue: `min(N, concurrency)` workers take batches until the queue
 * is empty; every shard writes its bundle, the idle ones empty, so the report sees the whole matrix.
 */
async function runQueued(options, shardOptions, concurrency, progress, bail, rerun) {
    const total = options.plan.shards.length;
    const active = Math.max(1, Math.min(total, concurrency));
    const overheadMs = (0,execute/* runsPerItem */.Dj)(options.command) ? 0 : LOCAL_INVOCATION_OVERHEAD_MS;
    // A re-run attempt queues only the items it runs again; each worker carries its planned shard's others.
    const again = new Set(rerun?.selection.run);
    const units = rerun
        ? (0,plan_units/* unitsOfPlan */.m)(options.plan)
            .map((unit) => ({ ...unit, items: unit.items.filter((item) => again.has(item)) }))
            .filter((unit) => unit.items.length > 0)
        : (0,plan_units/* unitsOfPlan */.m)(options.plan);
    const requeue = options.requeue ?? { max: 0, tolerance: 0 };
    const items = units.reduce((sum, unit) => sum + unit.items.length, 0);
    const queue = new memory_queue/* MemoryWorkQueue */.o(units, active, overheadMs, (0,work_source/* requeuePolicy */.b7)(requeue, items));
    const workers = await Promise.all(options.plan.shards.map((shard) => run_shard/* QueueWorker */.Iy.open({
        ...shardOptions(shard.index),
        queueKind: 'local',
        // Bail inside a batch only without requeue: with it, a failure counts once the queue kept it (the
        // batch's end), so a file that passes on another worker never stops the run.
        bailWithinBatch: requeue.max === 0,
        ...(rerun
            ? { rerun: { prepared: rerun, carriedItems: shard.items.filter((item) => !again.has(item)) } }
            : {}),
    })));
    const ids = Array.from({ length: active }, (_, i) => i + 1);
    for (const id of ids)
        progress.start(id);
    await (0,scheduler/* runWorkers */.x)(queue, ids, (id, batch) => workers[id - 1].runBatch(batch.sequence, (0,work_source/* batchItems */.tM)(batch), undefined, batch.requeueOf), {
        // One bail signal for every worker: once it trips, none takes another batch.
        stops: () => bail?.tripped !== undefined,
        onCompleted: (id, batch, completion) => workers[id - 1].completed(batch.sequence, completion),
    });
    // After a bail the units no worker took are not run: the worker that bailed names them in its bundle.
    const bailedOn = bail?.tripped?.shard.index;
    const notRun = bailedOn !== undefined ? queue.drain().flatMap((unit) => unit.items) : [];
    return Promise.all(workers.map((worker, i) => worker.close(undefined, i + 1 === bailedOn ? notRun : [])));
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
    // One signal for every shard: the first failing file(s) stop the whole local run.
    const bail = options.bail !== undefined ? new run_bail/* BailSignal */.z(options.bail) : undefined;
    const shardOptions = (index) => ({
        shard: { index, total },
        command: options.command,
        run: options.run,
        out,
        cwd: options.cwd,
        ...(options.results !== undefined ? { results: options.results } : {}),
        retries: options.retries,
        ...(bail ? { bail } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        output: 'log',
        ...(options.passEnv ? { passEnv: options.passEnv } : {}),
        onProgress: (p) => progress.update(p),
    });
    const concurrency = options.concurrency ?? (0,external_node_os_.availableParallelism)();
    const queued = (options.balance ?? 'queue') === 'queue';
    // One decision over the whole matrix for the queue; each planned shard decides for itself when static.
    const rerun = options.earlier && queued
        ? (0,run_rerun/* prepareRerun */.WP)(options.earlier, options.plan.shards.flatMap((shard) => shard.items), options.command, (0,execute/* runsPerItem */.Dj)(options.command), options.run.attempt ?? 1)
        : undefined;
    for (const note of rerun?.notes ?? [])
        options.stderr.write(`tessera run: ${note}\n`);
    let shards;
    try {
        shards = queued
            ? await runQueued(options, shardOptions, concurrency, progress, bail, rerun)
            : await runPool(options.plan.shards.map((shard) => async () => {
                progress.start(shard.index);
                return (0,run_shard/* runShard */.Ek)({
                    ...shardOptions(shard.index),
                    items: shard.items,
                    ...(options.earlier ? { earlier: options.earlier } : {}),
                });
            }), concurrency);
    }
    finally {
        progress.finish();
    }
    display.write('\n');
    for (const s of shards) {
        // The queue's re-run decision was printed once, before the run; a static shard's is its own.
        if (!queued)
            for (const note of s.notes)
                options.stderr.write(`tessera run: ${note}\n`);
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
        ...(options.historyLoad ? { historyLoad: options.historyLoad } : {}),
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

// EXTERNAL MODULE: ./src/run/bundle.js + 1 modules
var run_bundle = __webpack_require__(57117);
// EXTERNAL MODULE: ./src/report/run-report.js + 3 modules
var run_report = __webpack_require__(17988);
// EXTERNAL MODULE: ./src/render/untrusted-text.js
var untrusted_text = __webpack_require__(81250);
// EXTERNAL MODULE: ./src/ci/artifact-names.js
var artifact_names = __webpack_require__(54019);
// EXTERNAL MODULE: ./src/report/bundles.js
var report_bundles = __webpack_require__(31753);
// EXTERNAL MODULE: ./src/report/report-document.js + 1 modules
var report_document = __webpack_require__(35484);
;// CONCATENATED MODULE: ./src/run/rerun-source.js
/**
 * Where the results of an earlier attempt come from: a shard bundle (a folder holding `bundle.json`, or a
 * folder of bundle folders, the `--out` of `tessera run`), a report (`report.json`), or, on a CI re-run, the
 * run's own shard artifacts. Turns each into {@link EarlierResults} for rerun.ts. Everything read here is
 * untrusted: bundles and reports go through their schemas, names are capped on the way in.
 */







const HINT = 'Pass the report.json of the earlier run, or the folder its shard bundles are in (the --out of `tessera run`, default .tessera/shards).';
/** The earlier results one bundle holds: its tests, each from the attempt that ran it. */
function earlierOfBundles(bundles, source) {
    const tests = [];
    const items = new Set();
    let attempt = 1;
    for (const bundle of bundles) {
        const own = bundle.run.attempt ?? 1;
        attempt = Math.max(attempt, own);
        for (const item of bundle.items)
            items.add(item);
        const carried = new Map(bundle.tests.map((t) => [t.id, t.carriedFrom]));
        for (const test of (0,run_bundle/* bundleTests */.mp)(bundle))
            tests.push({ test, attempt: carried.get(test.id) ?? own });
    }
    return { attempt, tests, items, source };
}
/** The earlier results a report holds (every shard's): no item list, so an item it never names runs. */
async function earlierOfReport(path) {
    let doc;
    try {
        doc = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (cause) {
        throw new model/* ParseError */.mB(path, `cannot read the report (${cause.message})`, {}, HINT, { cause });
    }
    const report = (0,report_document/* parseReport */.MM)(doc, path);
    const attempt = report.rerun?.attempt ?? 1;
    const tests = report.tests.map((t) => ({
        test: (0,model/* capTestNames */.NW)((0,model/* makeTestCase */.Hw)({
            ...(t.file !== undefined ? { file: t.file } : {}),
            ...(t.line !== undefined ? { line: t.line } : {}),
            suite: t.suite,
            name: t.name,
            ...(t.project !== undefined ? { project: t.project } : {}),
            attempts: t.attempts,
        }, t.id)),
        attempt: t.carriedFrom ?? attempt,
    }));
    return { attempt, tests, source: path };
}
/**
 * Reads `--rerun-failed <path>`: a report, a bundle, or a folder of bundles. With `shard`, only that
 * shard's latest bundle counts (a folder of a whole matrix works for each of its shard jobs).
 *
 * @throws UsageError when the path is missing or holds no bundle of the shard
 * @throws ParseError when the report or a bundle cannot be read
 */
async function readEarlierResults(path, shard) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new model/* UsageError */.eb(`--rerun-failed ${path}: no such file or folder`, HINT);
    if (info.isFile())
        return path.endsWith(run_bundle/* BUNDLE_FILE */.Ij)
            ? earlierOfBundles(forShard([await (0,run_bundle/* readBundle */.Bo)(path)], path, shard), path)
            : earlierOfReport(path);
    const direct = (0,external_node_path_.join)(path, run_bundle/* BUNDLE_FILE */.Ij);
    if (await (0,promises_.stat)(direct).catch(() => undefined))
        return earlierOfBundles(forShard([await (0,run_bundle/* readBundle */.Bo)(direct)], path, shard), path);
    const { bundles, unreadable } = await (0,report_bundles/* loadBundles */.WJ)(path);
    if (unreadable[0])
        throw unreadable[0];
    const chosen = (0,report_bundles/* checkShards */.Qu)(bundles).chosen.map((b) => b.bundle);
    return earlierOfBundles(forShard(chosen, path, shard), path);
}
function forShard(bundles, source, shard) {
    if (!shard)
        return [...bundles];
    const mine = bundles.filter((b) => b.shard.index === shard.index && b.shard.total === shard.total);
    if (mine.length === 0)
        throw new model/* UsageError */.eb(`--rerun-failed ${source}: no bundle of shard ${shard.index}/${shard.total} there`, HINT);
    return mine;
}
/**
 * The latest earlier attempt of `shard` among the run's artifacts (attempt < `attempt`), downloaded into
 * `into`. A store that cannot see it (a staged store only holds what the CI handed this job) says so.
 */
async function findEarlierAttempt(store, shard, attempt, into, where) {
    const candidates = (await store.list())
        .map((entry) => ({ entry, parsed: (0,artifact_names/* parseShardArtifactName */.Bk)(entry.name) }))
        .filter(({ parsed }) => parsed !== undefined &&
        parsed.shard.index === shard.index &&
        parsed.shard.total === shard.total &&
        parsed.attempt < attempt)
        .sort((a, b) => (b.parsed?.attempt ?? 0) - (a.parsed?.attempt ?? 0) ||
        (b.entry.createdAt?.getTime() ?? 0) - (a.entry.createdAt?.getTime() ?? 0));
    const latest = candidates[0];
    if (!latest)
        return {
            found: false,
            reason: `no bundle of an earlier attempt of shard ${shard.index}/${shard.total} ${where}`,
        };
    const folder = await store.get(latest.entry, into);
    const bundle = await (0,run_bundle/* readBundle */.Bo)((0,external_node_path_.join)(folder, run_bundle/* BUNDLE_FILE */.Ij));
    if (bundle.shard.index !== shard.index || bundle.shard.total !== shard.total)
        return { found: false, reason: `artifact ${latest.entry.name} holds the bundle of another shard` };
    return { found: true, earlier: earlierOfBundles([bundle], `artifact ${latest.entry.name}`) };
}

// EXTERNAL MODULE: ./src/ci/shard-artifacts.js
var shard_artifacts = __webpack_require__(57244);
// EXTERNAL MODULE: ./src/cli/plan-flag.js
var plan_flag = __webpack_require__(30964);
// EXTERNAL MODULE: ./src/cli/ci-session.js
var ci_session = __webpack_require__(41503);
// EXTERNAL MODULE: ./src/cli/queue-options.js
var queue_options = __webpack_require__(27680);
// EXTERNAL MODULE: ./src/cli/exit-codes.js
var exit_codes = __webpack_require__(61453);
// EXTERNAL MODULE: ./src/cli/flag-values.js
var flag_values = __webpack_require__(92243);
// EXTERNAL MODULE: ./src/cli/report-output-options.js
var report_output_options = __webpack_require__(12755);
// EXTERNAL MODULE: ./src/cli/report-trend-flags.js
var report_trend_flags = __webpack_require__(23056);
// EXTERNAL MODULE: ./src/cli/shard-limit.js
var shard_limit = __webpack_require__(18810);
// EXTERNAL MODULE: ./src/cli/skip-options.js
var skip_options = __webpack_require__(28790);
// EXTERNAL MODULE: ./src/skip/summary.js
var summary = __webpack_require__(48861);
;// CONCATENATED MODULE: ./src/cli/verbs/run.js
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
/** `--bail` → how many failing files stop the run; undefined without the flag. */
function bailFlag(flags) {
    if (flags.bail === undefined || flags.bail === false)
        return undefined;
    return flags.bail === true ? 1 : (0,flag_values/* wholeNumberFlag */.ZR)('--bail', flags.bail, 1);
}
/** The plan from `--plan`, or computed from `--tests`/`--timings` (and the config file) for `shards`. */
/**
 * The plan `run` uses: `--plan`, or one made here. A local run's history orders each shard's files that
 * failed recently first (fail fast) and, with `--skip-unchanged`, says which content keys passed before.
 */
async function obtainPlan(flags, shards, cwd, local) {
    if (flags.plan !== undefined) {
        if (flags.skipUnchanged === true)
            throw new model/* UsageError */.eb('--skip-unchanged decides what to plan; with --plan the plan has decided already', 'Make the plan with `tessera plan --skip-unchanged … -- <command>`, or drop --plan.');
        return (0,plan_flag/* readPlanFlag */.i)(flags.plan);
    }
    const given = flags.shard !== undefined ? `--shard ${flags.shard}` : `--shards ${shards}`;
    (0,shard_limit/* checkShardCount */.m)(given, shards, await (0,shard_limit/* shardLimitFor */.t)(flags));
    const { config, file: configFile } = await (0,load/* loadConfig */.Z)(cwd, flags.config);
    const fromFlags = {
        ...(flags.tests ? { tests: flags.tests } : {}),
        ...(flags.timings ? { timings: flags.timings } : {}),
    };
    const skip = local
        ? (0,skip_options/* skipOptionsOf */.J)(flags, {
            command: local.command,
            config,
            ...(configFile !== undefined ? { configFile } : {}),
            // The trend options already joined the config's quarantine list with the flags'.
            ...(local.trend.quarantine ? { quarantine: local.trend.quarantine } : {}),
            ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
        })
        : undefined;
    const options = {
        ...(0,make_plan/* mergePlanOptions */.u)(fromFlags, config),
        shards,
        targetMs: undefined,
        ...(skip ? { skip } : {}),
    };
    // Passed keys count on the branch compared with (the baseline); the fail-fast order takes the run's own
    // branch first. The report prints the history's warnings, once.
    const history = local?.history?.then((loaded) => skip ? loaded.baseline : (loaded.own ?? loaded.baseline));
    const made = await (0,make_plan/* makePlan */.C)(options, { cwd, ...(history ? { historyDoc: history } : {}) });
    if (made.plan.skip)
        process.stderr.write(`tessera run: ${(0,summary/* skipSummary */.U)(made.plan.skip, made.plan.total)}\n`);
    for (const warning of [...made.warnings, ...made.plan.warnings])
        process.stderr.write(`tessera: warning: ${warning}\n`);
    return made.plan;
}
/** The share of the items requeued over a run when `--requeue-tolerance` is not given. */
const DEFAULT_REQUEUE_TOLERANCE = 0.05;
/**
 * `--requeue` and `--requeue-tolerance`, or undefined when requeue is off. Requeue needs a queue: with a
 * static shard there is no other worker to hand a file to.
 *
 * @throws UsageError for bad values, a tolerance without --requeue, or --requeue without a queue
 */
function requeueFlags(flags, queued) {
    const max = (0,flag_values/* wholeNumberFlag */.ZR)('--requeue', flags.requeue, 0) ?? 0;
    const tolerance = (0,flag_values/* fractionFlag */.Dp)('--requeue-tolerance', flags.requeueTolerance);
    if (max === 0) {
        if (tolerance !== undefined)
            throw new model/* UsageError */.eb('--requeue-tolerance needs --requeue <n>', 'e.g. --requeue 1 --requeue-tolerance 0.05');
        return undefined;
    }
    if (!queued)
        throw new model/* UsageError */.eb('--requeue hands a failed file to another worker of a queue: it needs --queue, or --local with --balance queue', 'Without a queue, re-run failed files on the same job with --retries <k>.');
    return { max, tolerance: tolerance ?? DEFAULT_REQUEUE_TOLERANCE };
}
function runInfo(flags, earlier) {
    // A re-run of earlier results is the attempt after theirs, unless --attempt says otherwise.
    const attempt = (0,flag_values/* wholeNumberFlag */.ZR)('--attempt', flags.attempt) ?? (earlier ? earlier.attempt + 1 : undefined);
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
    (0,report_output_options/* checkDistinctTargets */.tB)({
        ...Object.fromEntries(Object.entries(outputs).map(([k, v]) => [`--${k}`, v])),
        ...Object.fromEntries(Object.entries(rendered).map(([k, v]) => [`--${k}`, v])),
    });
    return { outputs, rendered, render, toStdout };
}
/** The queue URL and its password, masked in the CI log from here on. */
function maskQueueUrl(session, url) {
    session.host.log.mask(url);
    try {
        const { password } = new URL(url);
        if (password)
            session.host.log.mask(decodeURIComponent(password));
    }
    catch {
        // Not a URL: the queue refuses it with its own message.
    }
}
/** Why a provider cannot tell a re-run job from a first one, for the one line that says the shard runs whole. */
const NO_ATTEMPTS = {
    jenkins: 'a Jenkins replay or rebuild is a new build that cannot see the earlier build’s stashes, so it runs the whole shard; pass --rerun-failed <folder of the earlier bundles> to run only what failed',
};
/**
 * On a CI re-run (attempt 2 and later), the latest earlier attempt of this shard among the run's artifacts;
 * undefined, with one line saying why, when there is none to be found, and the whole shard runs.
 */
async function earlierAttemptOf(session, shard, attempt) {
    const why = NO_ATTEMPTS[session.host.id];
    if (attempt <= 1) {
        if (why !== undefined)
            process.stderr.write(`tessera run: ${why}\n`);
        return undefined;
    }
    const store = session.host.artifacts;
    const where = store.kind === 'staged'
        ? `among the artifacts handed to this job (a staged store holds only what the CI moved here)`
        : `among the run's artifacts`;
    return readEarlierAttempt(store, shard, attempt, await (0,ci_session/* scratchFolder */.$B)(session, 'rerun'), where, `attempt ${attempt}`);
}
/**
 * The one line saying that `which` (an attempt, a retried job) runs the whole shard, and why. The reason may
 * quote a CI's answer or an artifact's content: one line, no control characters.
 */
function runsWhole(which, why) {
    process.stderr.write(`tessera run: ${which} runs the whole shard: ${(0,untrusted_text/* neutraliseUntrustedLine */.Jy)(why)}\n`);
    return undefined;
}
/** {@link findEarlierAttempt}, with a failure to find or read it said in one line: the shard then runs whole. */
async function readEarlierAttempt(store, shard, attempt, into, where, which) {
    try {
        const found = await findEarlierAttempt(store, shard, attempt, into, where);
        return found.found ? found.earlier : runsWhole(which, found.reason);
    }
    catch (error) {
        return runsWhole(which, `the earlier attempt's bundle could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
}
/**
 * On a CI that gives a retried job a new id and numbers no attempts (GitLab), the job this one retries and
 * its bundle of this shard: the earlier results, as `--rerun-failed` would give them. Undefined for a first
 * job, silently, and with one line saying why when a retry cannot be told or its bundle not read. What is
 * downloaded is read into memory and the scratch folder removed.
 */
async function retriedJobOf(session, shard) {
    const source = session.host.previousAttempt;
    if (!source)
        return undefined;
    const which = 'a retry of this job';
    const scratch = await (0,ci_session/* scratchFolder */.$B)(session, 'rerun');
    try {
        let previous;
        try {
            previous = await source.find((0,external_node_path_.join)(scratch, 'job'));
        }
        catch (error) {
            return runsWhole(which, `the job it retries could not be looked up (${error instanceof Error ? error.message : String(error)})`);
        }
        if (previous.kind === 'first')
            return undefined;
        if (previous.kind === 'unavailable')
            return runsWhole(which, previous.reason);
        return await readEarlierAttempt(previous.artifacts, shard, Number.POSITIVE_INFINITY, (0,external_node_path_.join)(scratch, 'bundle'), `among the artifacts of ${previous.job}`, which);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
async function runOneShard(flags, shard, command, cwd) {
    // What to skip is decided once for the whole matrix, by the plan job: a shard job only runs that plan.
    const skipHint = 'Run `tessera plan --skip-unchanged … -- <command>` in the plan job; the shards run its plan (--plan or, with --ci, its artifact).';
    if (flags.cache === false || (flags.skipUnchanged === true && flags.plan === undefined && !flags.ci))
        throw new model/* UsageError */.eb('--skip-unchanged is decided once for the whole matrix, by the plan: not in a shard job', skipHint);
    const session = await (0,ci_session/* openCiSession */.zA)(flags, { cwd });
    // In CI mode the plan job's `tessera-plan` artifact; without one, the same plan computed here.
    const plan = (await (0,ci_session/* sessionPlan */.kH)(session, flags.plan)) ?? (await obtainPlan(flags, shard.total, cwd));
    if (plan.shards.length !== shard.total)
        throw new model/* UsageError */.eb(`--shard ${shard.index}/${shard.total} does not fit the plan, which has ${plan.shards.length} shards`, "Take the shard count from the plan job's matrix output.");
    if (flags.skipUnchanged === true && !plan.skip)
        throw new model/* UsageError */.eb('--skip-unchanged: the plan of this shard was made without --skip-unchanged', skipHint);
    const items = (0,build/* shardItems */.l6)(plan, shard);
    const bail = bailFlag(flags);
    const batch = (0,flag_values/* wholeNumberFlag */.ZR)('--batch', flags.batch);
    const queued = batch !== undefined || (flags.queue !== undefined && flags.queue !== false);
    // Given results, or on a CI that numbers no attempts (GitLab) the bundle of the job this one retries; a
    // queue worker runs what the queue hands it, and joins the queue of the first attempt.
    const given = flags.rerunFailed !== undefined
        ? await readEarlierResults(flags.rerunFailed, shard)
        : session && !queued
            ? await retriedJobOf(session, shard)
            : undefined;
    // Re-running given results is the attempt after theirs, also on a CI that numbers no attempts (GitLab,
    // Jenkins): its bundle is then the shard's latest for the report.
    const ciAttempt = session?.context.run.attempt ?? 0;
    const attempt = (0,flag_values/* wholeNumberFlag */.ZR)('--attempt', flags.attempt) ??
        (given && ciAttempt <= given.attempt ? given.attempt + 1 : undefined);
    const run = session ? (0,ci_session/* sessionRunInfo */.u)(session, attempt) : runInfo(flags, given);
    const started = (0,ci_session/* jobStartedAt */.Il)(process.env, session?.context);
    const common = {
        shard,
        command,
        run,
        ...(started ? { jobStartedAt: started } : {}),
        out: flags.out,
        cwd,
        ...(flags.results !== undefined ? { results: flags.results } : {}),
        retries: (0,flag_values/* wholeNumberFlag */.ZR)('--retries', flags.retries, 0) ?? 0,
        ...(bail !== undefined ? { bail: new run_bail/* BailSignal */.z(bail) } : {}),
        ...(flags.timeout !== undefined ? { timeoutMs: timeoutFlag(flags.timeout) } : {}),
        ...(flags.passEnv ? { passEnv: flags.passEnv } : {}),
        output: 'inherit',
    };
    // The in-pipeline queue's batches are fixed numbers handed out by the pipeline: nothing can be put back.
    if (batch !== undefined)
        requeueFlags(flags, false);
    if (batch !== undefined)
        return runOneBatch(session, { ...common, plan, batch });
    const queue = (0,queue_options/* queueSettings */.TJ)(flags, session ? run : undefined);
    // Queue workers (and the in-pipeline batches above) run what the queue hands them, not what failed.
    if (queue && (given || (run.attempt ?? 1) > 1))
        process.stderr.write('tessera run: a queued shard runs whatever the queue hands it, not only what failed: every item runs again\n');
    const earlier = queue
        ? undefined
        : (given ?? (session ? await earlierAttemptOf(session, shard, run.attempt ?? 1) : undefined));
    if (queue && session)
        maskQueueUrl(session, queue.url);
    const requeue = requeueFlags(flags, queue !== undefined);
    const result = queue
        ? await (await Promise.all(/* import() */[__webpack_require__.e(268), __webpack_require__.e(251), __webpack_require__.e(432)]).then(__webpack_require__.bind(__webpack_require__, 63051))).runQueuedShard({
            ...common,
            queue: {
                url: queue.url,
                queueId: queue.queueId,
                ...(queue.leaseMs ? { leaseMs: queue.leaseMs } : {}),
                ...(requeue
                    ? {
                        requeue: (0,work_source/* requeuePolicy */.b7)(requeue, plan.shards.reduce((sum, shard) => sum + shard.items.length, 0)),
                    }
                    : {}),
            },
            units: (0,plan_units/* unitsOfPlan */.m)(plan),
            ...(queue.fallback === 'static' ? { fallbackItems: items } : {}),
            log: (line) => process.stderr.write(`tessera run: ${line}\n`),
        })
        : await (0,run_shard/* runShard */.Ek)({ ...common, items, ...(earlier ? { earlier } : {}) });
    await finishShard(session, result, run, queue !== undefined);
}
/**
 * One batch of the in-pipeline queue (`--batch k`, pipeline-batch.ts). Every batch adds to the worker's
 * bundle; the number past the last batch closes it, and only that invocation stores the shard's artifact
 * and exits with the whole worker's code. The `queue` output (`taken` or `drained`) tells the pipeline
 * whether to hand this worker another number.
 */
async function runOneBatch(session, options) {
    const { runPipelineBatch } = await __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 44739));
    const { result, batches, drained } = await runPipelineBatch(options);
    const which = `worker ${options.shard.index}/${options.shard.total}`;
    const state = drained ? 'drained' : 'taken';
    if (session)
        await session.host.setOutput('queue', state);
    if (!drained) {
        const ran = result.bundle.queue?.batches.at(-1);
        process.stderr.write(`tessera run: ${which} ran batch ${options.batch} of ${batches} (${ran?.items.length ?? 0} items in ${(0,duration/* formatDuration */.a)(ran?.wallMs ?? 0)})\n`);
        for (const w of result.warnings)
            process.stderr.write(`tessera: warning: ${w}\n`);
        process.exitCode = result.bundle.exitCode === 0 ? exit_codes/* ExitCode */.y.ok : exit_codes/* ExitCode */.y.testsFailed;
        return;
    }
    process.stderr.write(`tessera run: the queue's ${batches} batches are handed out; ${which} is done\n`);
    await finishShard(session, result, options.run, true);
}
/** Says what the shard's bundle holds, stores it as the shard's artifact in CI mode, and sets the exit code. */
async function finishShard(session, result, run, queued) {
    const { bundle } = result;
    const { shard } = bundle;
    for (const note of result.notes)
        process.stderr.write(`tessera run: ${note}\n`);
    for (const w of result.warnings)
        process.stderr.write(`tessera: warning: ${w}\n`);
    const counts = { passed: 0, failed: 0, flaky: 0, skipped: 0 };
    // A queue worker records a first try per batch: only the later tries are retries.
    const retries = bundle.tries.filter((t) => t.index > 1).length;
    for (const t of (0,run_bundle/* bundleTests */.mp)(bundle))
        counts[t.outcome] += 1;
    const what = bundle.items.length === 0
        ? queued
            ? 'no items (the queue was drained by the other jobs)'
            : 'no items (empty by plan)'
        : `${counts.failed} failed, ${counts.flaky} flaky, ${counts.passed} passed, ${counts.skipped} skipped in ${(0,duration/* formatDuration */.a)(bundle.wallMs)}` +
            (retries > 0 ? ` (${retries} ${retries === 1 ? 'retry' : 'retries'})` : '');
    process.stderr.write(`tessera run: shard ${shard.index}/${shard.total}: ${what}\n`);
    if (bundle.bailed)
        process.stderr.write(`tessera run: bailed after ${(0,untrusted_text/* neutraliseUntrustedLine */.Jy)(bundle.bailed.after)} (--bail): ` +
            `${bundle.bailed.notRun.length} ${bundle.bailed.notRun.length === 1 ? 'file' : 'files'} not run\n`);
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
    const shards = (0,flag_values/* wholeNumberFlag */.ZR)('--shards', flags.shards) ?? planned;
    if (shards === undefined)
        throw new model/* UsageError */.eb('--local needs --shards N (or --plan)', 'e.g. tessera run --local --shards 4 -- npm test');
    const bail = bailFlag(flags);
    const trend = await (0,report_trend_flags/* trendOptions */.IK)(flags, cwd);
    // The history is read once: for the plan (fail-fast order, passed keys) and for the report's comparison.
    const historyLoad = (0,run_report/* startHistoryLoad */.br)(trend);
    const plan = await obtainPlan(flags, shards, cwd, { command, trend, history: historyLoad });
    if (plan.shards.length !== shards)
        throw new model/* UsageError */.eb(`--shards ${shards} does not fit the plan, which has ${plan.shards.length} shards`);
    const concurrency = (0,flag_values/* wholeNumberFlag */.ZR)('--concurrency', flags.concurrency);
    const requeue = requeueFlags(flags, flags.balance === 'queue');
    const { outputs, rendered, render, toStdout } = localOutputs(flags);
    // Read before the run clears --out, which may be where the earlier bundles are.
    const earlier = flags.rerunFailed !== undefined ? await readEarlierResults(flags.rerunFailed) : undefined;
    // Progress and the summary go to stderr when an output takes stdout; colour and redrawing follow that stream.
    const display = toStdout ? process.stderr : process.stdout;
    const { verdict } = await runLocal({
        plan,
        command,
        cwd,
        out: flags.out,
        ...(flags.results !== undefined ? { results: flags.results } : {}),
        retries: (0,flag_values/* wholeNumberFlag */.ZR)('--retries', flags.retries, 0) ?? 0,
        ...(bail !== undefined ? { bail } : {}),
        ...(flags.timeout !== undefined ? { timeoutMs: timeoutFlag(flags.timeout) } : {}),
        ...(concurrency !== undefined ? { concurrency } : {}),
        balance: flags.balance,
        ...(requeue ? { requeue } : {}),
        ...(flags.passEnv ? { passEnv: flags.passEnv } : {}),
        run: runInfo(flags, earlier),
        ...(earlier ? { earlier } : {}),
        ...trend,
        ...(historyLoad ? { historyLoad } : {}),
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
    if (flags.local && (flags.queue !== undefined || flags.queueId !== undefined))
        throw new model/* UsageError */.eb('--queue balances the jobs of a CI matrix; --local already balances its shards through a queue in memory', 'Drop --queue, or run one job per machine with --shard i/N --queue <url>.');
    const queueFlags = [flags.queue, flags.queueId, flags.lease, flags.queueFallback];
    if (flags.batch !== undefined && (flags.local || queueFlags.some((flag) => flag !== undefined)))
        throw new model/* UsageError */.eb('--batch is a batch of the in-pipeline queue; --local and --queue (with --queue-id, --lease, --queue-fallback) take their batches from their own queue', 'Give --batch k with --shard i/N only.');
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

/***/ 25905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TP: () => (/* binding */ nextBatchSize),
/* harmony export */   _X: () => (/* binding */ BATCH_SHARE_DIVISOR),
/* harmony export */   bR: () => (/* binding */ BATCH_OVERHEAD_MULTIPLE),
/* harmony export */   z3: () => (/* binding */ longestFirst)
/* harmony export */ });
/* unused harmony export batchTargetMs */
/* harmony import */ var _plan_plan_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24466);
/* harmony import */ var _plan_run_first_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50595);
/**
 * How big the next batch is. Pure, shared by every work source so that the local queue and the queue across
 * CI jobs balance the same way.
 *
 * Units are handed out in the fail-fast order: those the plan marks as recently failed, then flaky, then the
 * rest; longest first within each (run-first.ts). A batch never mixes priorities, so a recently failed file
 * runs in a batch of its kind and its failure shows as soon as that batch ends. A batch takes the longest remaining unit and then more units, longest
 * first, while the batch stays within a target that shrinks with the work left: a fraction of one worker's
 * fair share of what remains. Early batches are big (few invocations of the test command, little
 * overhead); near the end they are single files, so a wrong prediction costs at most one file's time. This
 * is the shape of ci-queue's and Knapsack Pro's queues, with the batch size derived from the plan's own
 * estimates instead of a fixed count.
 */


/**
 * A batch is at most this fraction of one worker's fair share of what remains: the target is
 * (remaining ÷ workers) ÷ this. Chosen in `npm run bench:queue` (BENCHMARKS.md) among 2, 4 and 8: locally
 * all three are within 0.2 % of each other; across CI jobs that start apart, 2 is best (fewer invocations).
 */
const BATCH_SHARE_DIVISOR = 2;
/**
 * A batch is worth at least this many invocation overheads, so that starting the test command (a runner's
 * boot, the queue's round trips) stays a small part of the run. Chosen in `npm run bench:queue` among 2, 4,
 * 6 and 10 (BENCHMARKS.md).
 */
const BATCH_OVERHEAD_MULTIPLE = 6;
/**
 * The predicted time a batch may reach when `remainingMs` is left for `workers` workers and one invocation
 * of the test command costs `overheadMs` on top of its tests.
 */
function batchTargetMs(remainingMs, workers, overheadMs = 0) {
    return Math.max(remainingMs / Math.max(1, workers) / BATCH_SHARE_DIVISOR, overheadMs * BATCH_OVERHEAD_MULTIPLE);
}
/**
 * How many units, from the front of `sortedRemaining` (in {@link longestFirst} order), the next batch takes:
 * always at least one while any is left, then more of the same priority while the batch stays within
 * {@link batchTargetMs}.
 */
function nextBatchSize(sortedRemaining, remainingMs, workers, overheadMs = 0) {
    if (sortedRemaining.length === 0)
        return 0;
    const target = batchTargetMs(remainingMs, workers, overheadMs);
    let size = 1;
    const first = sortedRemaining[0];
    let ms = first.predictedMs;
    while (size < sortedRemaining.length) {
        const next = sortedRemaining[size];
        if (ms + next.predictedMs > target)
            break;
        if ((0,_plan_plan_document_js__WEBPACK_IMPORTED_MODULE_0__/* .priorityRank */ .Dk)(next.priority) !== (0,_plan_plan_document_js__WEBPACK_IMPORTED_MODULE_0__/* .priorityRank */ .Dk)(first.priority))
            break;
        ms += next.predictedMs;
        size += 1;
    }
    return size;
}
/**
 * Units in hand-out order: recently failed, then flaky, then the rest (the plan's priorities), longest first
 * within each; ties by first item, so every source hands out the same sequence for the same plan. Without
 * priorities this is plain longest first.
 */
function longestFirst(units) {
    return [...units].sort(_plan_run_first_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRunOrder */ .t);
}


/***/ }),

/***/ 57147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ MemoryWorkQueue)
});

// EXTERNAL MODULE: ./src/queue/batches.js
var batches = __webpack_require__(25905);
;// CONCATENATED MODULE: ./src/queue/requeue.js
/** The origin a batch made of `entry` carries. */
function originOf(entry) {
    return {
        attempt: entry.attempt,
        worker: entry.workers[entry.workers.length - 1],
        sequence: entry.sequence,
    };
}
/**
 * The units of a failed batch to put back: each one not yet requeued `policy.max` times, while the run's
 * budget (in items) allows, in batch order. Updates the ledger.
 */
function admitRequeues(policy, ledger, failedUnits) {
    const admitted = [];
    for (const unit of failedUnits) {
        const key = unit.items[0];
        const count = ledger.counts.get(key) ?? 0;
        if (count >= policy.max || ledger.spent + unit.items.length > policy.budget)
            continue;
        ledger.counts.set(key, count + 1);
        ledger.spent += unit.items.length;
        admitted.push(unit);
    }
    return admitted;
}
/**
 * Which waiting entry `worker` takes, by position, or `wait`, or `none`:
 * - the first entry it has not run yet;
 * - else, only when it has nothing else to do (`othersCanTake` is asked per entry): an entry it ran itself,
 *   once no other live worker that has not run it could take it. That is the last-worker case: the job
 *   runs the unit again itself, as one more retry, so a lone worker never deadlocks;
 * - `wait` while others could still take the entries that remain.
 */
function pickRequeued(entries, worker, othersCanTake) {
    const fresh = entries.findIndex((e) => !e.workers.includes(worker));
    if (fresh >= 0)
        return fresh;
    if (entries.length === 0)
        return 'none';
    const own = entries.findIndex((e) => !othersCanTake(e));
    return own >= 0 ? own : 'wait';
}

;// CONCATENATED MODULE: ./src/queue/memory-queue.js
/**
 * The in-memory work source of local mode: one queue, in fail-fast order (batches.ts), shared by the workers
 * of one process. Every unit is handed out exactly once, plus, with requeue on (requeue.ts), once more per
 * requeue to a different local worker.
 */


const NO_REQUEUE = { max: 0, budget: 0 };
/** A queue over `units` for `workers` workers. */
class MemoryWorkQueue {
    workers;
    overheadMs;
    requeue;
    remaining;
    remainingMs;
    handedOut = 0;
    requeued = [];
    ledger = { counts: new Map(), spent: 0 };
    /** Workers running a batch: one of them may still put a unit back. */
    busy = new Set();
    /** Workers still taking work (running or waiting): one that has not run a requeued unit may take it. */
    present = new Set();
    wake = [];
    /** The workers that ran a requeued batch's unit before it, by the batch's sequence. */
    history = new Map();
    /** `overheadMs`: what one invocation of the test command costs on top of its tests (batches.ts). */
    constructor(units, workers, overheadMs = 0, requeue = NO_REQUEUE) {
        this.workers = workers;
        this.overheadMs = overheadMs;
        this.requeue = requeue;
        this.remaining = (0,batches/* longestFirst */.z3)(units);
        this.remainingMs = this.remaining.reduce((sum, unit) => sum + unit.predictedMs, 0);
    }
    /** Synchronous take, for the simulator. */
    takeNow() {
        const size = (0,batches/* nextBatchSize */.TP)(this.remaining, this.remainingMs, this.workers, this.overheadMs);
        if (size === 0)
            return undefined;
        const units = this.remaining.splice(0, size);
        for (const unit of units)
            this.remainingMs -= unit.predictedMs;
        this.handedOut += 1;
        return { sequence: this.handedOut, units };
    }
    /**
     * A requeued unit this worker has not run, else the next batch, else (requeue only) a unit it ran itself
     * once no busy worker could take it; with requeue on, waits while another worker is still running.
     */
    async take(worker) {
        this.present.add(worker);
        for (;;) {
            const batch = this.next(worker);
            if (batch !== 'wait') {
                if (batch)
                    this.busy.add(worker);
                else
                    this.leave(worker);
                return batch;
            }
            await new Promise((resolve) => this.wake.push(resolve));
        }
    }
    next(worker) {
        const othersCanTake = (entry) => [...this.present].some((w) => w !== worker && !entry.workers.includes(w));
        const pick = pickRequeued(this.requeued, worker, othersCanTake);
        if (typeof pick === 'number' && !this.requeued[pick].workers.includes(worker))
            return this.fromRequeue(pick);
        const batch = this.takeNow();
        if (batch)
            return batch;
        if (typeof pick === 'number')
            return this.fromRequeue(pick);
        // With requeue on, a worker still running may put a unit back: stay, as a Redis worker stays while
        // leases are held, so the unit can go to a worker that has not run it.
        const othersBusy = [...this.busy].some((w) => w !== worker);
        return pick === 'wait' || (this.requeue.max > 0 && othersBusy) ? 'wait' : undefined;
    }
    /**
     * Takes every unit not handed out yet off the queue, requeued ones included (the run bailed: they are
     * reported as not run), and wakes the workers waiting for a requeue, who then find the queue empty.
     */
    drain() {
        const left = this.remaining.splice(0);
        for (const entry of this.requeued.splice(0))
            left.push(entry.unit);
        this.remainingMs = 0;
        this.notify();
        return left;
    }
    fromRequeue(position) {
        const [entry] = this.requeued.splice(position, 1);
        this.handedOut += 1;
        this.history.set(this.handedOut, entry.workers);
        return { sequence: this.handedOut, units: [entry.unit], requeueOf: originOf(entry) };
    }
    complete(worker, batch, failedItems = []) {
        this.busy.delete(worker);
        const failed = new Set(failedItems);
        const units = admitRequeues(this.requeue, this.ledger, batch.units.filter((u) => u.items.some((item) => failed.has(item))));
        const before = this.history.get(batch.sequence) ?? [];
        for (const unit of units)
            this.requeued.push({
                unit,
                attempt: (batch.requeueOf?.attempt ?? 1) + 1,
                workers: [...before, worker],
                sequence: batch.sequence,
            });
        // Waiting workers look again once this worker asked for its next batch (its own turn comes first, after
        // the microtasks that lead it back to take()): a unit it put back is then not mistaken for a lone one.
        setImmediate(() => this.notify());
        return Promise.resolve({ counted: true, requeued: units.flatMap((u) => u.items) });
    }
    leave(worker) {
        this.busy.delete(worker);
        if (this.present.delete(worker))
            this.notify();
    }
    /** Units not handed out yet, requeued ones included. */
    get pending() {
        return this.remaining.length + this.requeued.length;
    }
    notify() {
        const waiting = this.wake;
        this.wake = [];
        for (const resolve of waiting)
            resolve();
    }
}


/***/ }),

/***/ 1952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ unitsOfPlan)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74060);
/**
 * The work units of a plan, for run-time balancing. A plan written by this version lists each shard's units
 * with their estimates; an older plan only lists items, so each item becomes a unit carrying an even share of
 * its shard's estimate (still longest-first by shard, which is the best an older plan can say).
 */

/**
 * Every unit of `plan`, shard by shard.
 *
 * @throws UsageError when a shard's units do not list exactly its items, in order (an edited or corrupted
 *   plan: running it could skip or double a file)
 */
function unitsOfPlan(plan) {
    const units = [];
    for (const shard of plan.shards) {
        if (shard.units === undefined) {
            const share = shard.items.length > 0 ? shard.predictedMs / shard.items.length : 0;
            for (const item of shard.items)
                units.push({ items: [item], predictedMs: share });
            continue;
        }
        const flattened = shard.units.flatMap((unit) => unit.items);
        if (flattened.length !== shard.items.length || flattened.some((item, i) => item !== shard.items[i]))
            throw new _model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the plan's shard ${shard.index} lists units that are not its items`, 'The plan file was edited or damaged: write it again with `tessera plan`.');
        for (const unit of shard.units)
            units.push({
                items: unit.items,
                predictedMs: unit.predictedMs,
                ...(unit.priority === 'failed' || unit.priority === 'flaky' ? { priority: unit.priority } : {}),
            });
    }
    return units;
}


/***/ }),

/***/ 70564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ runWorkers)
/* harmony export */ });
/**
 * Runs one worker per id in `workers` over `source` and resolves when every worker found the source empty
 * (locally every worker of the run; on a CI job of a queue across jobs, that job's one worker). A batch
 * whose `runBatch` throws stops that worker and rejects the whole run once the other workers
 * finished their current batch: a broken worker must not be mistaken for a drained queue. A worker for which
 * `stops` says yes after a batch (it bailed, `--bail`) completes that batch and takes no more; the others go
 * on.
 */
async function runWorkers(source, workers, runBatch, options = {}) {
    const clock = options.clock ?? (() => performance.now());
    const started = clock();
    const records = [];
    let failure;
    const loop = async (id) => {
        while (failure === undefined) {
            const batch = await source.take(id);
            if (!batch)
                return;
            const startMs = clock() - started;
            let outcome;
            try {
                outcome = await runBatch(id, batch);
            }
            catch (error) {
                failure ??= error;
                return;
            }
            const endMs = clock() - started;
            const completion = await source.complete(id, batch, outcome?.failedItems ?? []);
            records.push({ worker: id, batch, startMs, endMs, completion });
            options.onCompleted?.(id, batch, completion);
            if (options.stops?.(id))
                return;
        }
    };
    // A source that holds a requeued unit for another worker must learn when a worker stops taking work.
    const worker = (id) => loop(id).finally(() => source.leave?.(id));
    await Promise.all(workers.map((id) => worker(id)));
    if (failure !== undefined)
        throw failure;
    return records;
}


/***/ }),

/***/ 82120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ failedUnitPositions),
/* harmony export */   b7: () => (/* binding */ requeuePolicy),
/* harmony export */   tM: () => (/* binding */ batchItems)
/* harmony export */ });
/* unused harmony exports requeueBudget, batchPredictedMs */
/**
 * The work-source port of run-time balancing: where the workers of one run take their next batch from.
 * One scheduler (scheduler.ts) drives every source: the in-memory queue of local mode (memory-queue.ts) and,
 * across CI jobs, a queue on the team's own Redis. A source hands each unit of the plan to exactly one
 * worker; what a worker does with a batch (run it, retry it, record it) is the scheduler caller's.
 */
/** The run's requeue budget: `tolerance` of its items, rounded up (0 when requeue is off). */
function requeueBudget(max, tolerance, items) {
    return max > 0 ? Math.ceil(tolerance * items) : 0;
}
/** The queue's requeue bounds for a run of `items` items: the budget is the tolerance of them. */
function requeuePolicy(settings, items) {
    return { max: settings.max, budget: requeueBudget(settings.max, settings.tolerance, items) };
}
/** The items of a batch, in run order. */
function batchItems(batch) {
    const items = [];
    for (const unit of batch.units)
        for (const item of unit.items)
            items.push(item);
    return items;
}
/** The predicted time of a batch. */
function batchPredictedMs(batch) {
    let ms = 0;
    for (const unit of batch.units)
        ms += unit.predictedMs;
    return ms;
}
/** The 1-based positions of the units of `batch` that hold one of `failedItems`. */
function failedUnitPositions(batch, failedItems) {
    const failed = new Set(failedItems);
    const positions = [];
    batch.units.forEach((unit, i) => {
        if (unit.items.some((item) => failed.has(item)))
            positions.push(i + 1);
    });
    return positions;
}


/***/ }),

/***/ 26975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ failingFiles),
/* harmony export */   z: () => (/* binding */ BailSignal)
/* harmony export */ });
/**
 * The bail state of a run, shared by the shards that stop together (every shard of a local run); a CI shard
 * has one of its own. `limit` failing files trip it.
 */
class BailSignal {
    limit;
    failing = 0;
    point;
    constructor(limit) {
        this.limit = limit;
    }
    /** Where the run bailed, once it has. */
    get tripped() {
        return this.point;
    }
    /** Counts the failing files of a finished step, in run order; trips at the limit. */
    record(files, shard) {
        for (const file of files) {
            if (this.point)
                return;
            this.failing += 1;
            if (this.failing >= this.limit)
                this.point = { file, shard };
        }
    }
}
/**
 * The files of `items` that failed in a step (after its retries), in run order. A command failure that no
 * test names (a `{files}` invocation that died) counts against the step's last item, so it still bails.
 */
function failingFiles(items, tests, openFailures) {
    const failed = new Set();
    for (const t of tests)
        if (t.outcome === 'failed' && t.file !== undefined)
            failed.add(t.file);
    const files = items.filter((item) => failed.has(item));
    const last = items[items.length - 1];
    if (files.length === 0 &&
        last !== undefined &&
        (openFailures.length > 0 || tests.some((t) => t.outcome === 'failed')))
        files.push(last);
    return files;
}


/***/ }),

/***/ 6777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ testCommandEnvironment)
/* harmony export */ });
/* unused harmony exports CREDENTIAL_VARIABLES, MASKED_VARIABLES, ALL_CREDENTIAL_VARIABLES, isCredentialVariable */
/**
 * The variables that hold Tessera's own credentials, by who sets them. A provider adds its own under its
 * id; a name ending in `*` is a prefix. Documented in SECURITY.md ("Tokens").
 */
const CREDENTIAL_VARIABLES = {
    /** Tessera's own: the code host token it posts with, the queue it reports to. */
    tessera: ['TESSERA_TOKEN', 'TESSERA_QUEUE_URL'],
    /**
     * GitHub Actions: the action's `token` input, the artifact/results/cache runtime, and the OIDC token
     * request (`id-token: write`).
     */
    github: [
        'INPUT_TOKEN',
        'ACTIONS_RUNTIME_TOKEN',
        'ACTIONS_RUNTIME_URL',
        'ACTIONS_RESULTS_URL',
        'ACTIONS_CACHE_URL',
        'ACTIONS_ID_TOKEN_REQUEST_*',
    ],
    /** GitLab CI: the API token the report posts the merge request note with. */
    gitlab: ['GITLAB_TOKEN'],
    /** Azure Pipelines: the job's OAuth token, when the pipeline maps `System.AccessToken`. */
    azure: ['SYSTEM_ACCESSTOKEN'],
    /** Jenkins: the API token of the user Tessera talks to Jenkins as. */
    jenkins: ['JENKINS_API_TOKEN'],
};
/**
 * Tokens the job's own steps are given anyway (the user's `GITHUB_TOKEN`, GitLab's `CI_JOB_TOKEN`): passed
 * through, since the suite may need them, but masked in captured output like the credentials.
 */
const MASKED_VARIABLES = ['GITHUB_TOKEN', 'GH_TOKEN', 'CI_JOB_TOKEN'];
/** Every credential variable name (and `*` prefix) of {@link CREDENTIAL_VARIABLES}. */
const ALL_CREDENTIAL_VARIABLES = Object.values(CREDENTIAL_VARIABLES).flat();
/** Whether `name` is one of Tessera's credential variables. */
function isCredentialVariable(name) {
    return ALL_CREDENTIAL_VARIABLES.some((pattern) => pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern);
}
// Shorter values are not secrets worth masking (and masking them would blank out ordinary words).
const MIN_SECRET_LENGTH = 4;
/**
 * `env` without Tessera's credentials: the variables of {@link CREDENTIAL_VARIABLES}, and any other
 * variable whose value is one of theirs (a `GITHUB_TOKEN: ${{ github.token }}` beside the action's
 * `token` input). Names in `pass` are kept on purpose (`--pass-env`); their values are still masked in
 * captured output.
 */
function testCommandEnvironment(env, pass = []) {
    const keep = new Set(pass);
    const secrets = new Set();
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && value.length >= MIN_SECRET_LENGTH && isCredentialVariable(name))
            secrets.add(value);
    }
    const masked = new Set(secrets);
    for (const name of MASKED_VARIABLES) {
        const value = env[name];
        if (value !== undefined && value.length >= MIN_SECRET_LENGTH)
            masked.add(value);
    }
    const out = {};
    const withheld = [];
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        const credential = isCredentialVariable(name) || secrets.has(value);
        if (credential && !keep.has(name))
            withheld.push(name);
        else
            out[name] = value;
    }
    return { env: out, withheld: withheld.sort(), secrets: [...masked] };
}


/***/ }),

/***/ 10444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* reexport safe */ _command_command_line_js__WEBPACK_IMPORTED_MODULE_2__.Dj),
/* harmony export */   RS: () => (/* binding */ executeCommand),
/* harmony export */   mt: () => (/* reexport safe */ _command_command_line_js__WEBPACK_IMPORTED_MODULE_2__.mt)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _child_environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6777);
/* harmony import */ var _command_command_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19329);
/**
 * Runs a shard's test command: builds the command line from the user's words and the shard's items, spawns
 * it through the shell in its own process group, enforces the timeout and reports how it ended. Nothing
 * here reads results; the caller decides what an ending means.
 */



// How long the output pipes may stay open after the command exited.
const PIPE_DRAIN_MS = 2_000;
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
    const sink = options.output.kind === 'sink' ? options.output.sink : undefined;
    // No stdin: the command runs in a process group of its own, so reading the terminal would stop it (SIGTTIN),
    // and a test run must not wait for input anyway.
    const out = sink ? 'pipe' : 'inherit';
    installInterruptHandler();
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.commandLine, {
            cwd: options.cwd,
            env: { ...(options.baseEnv ?? (0,_child_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .testCommandEnvironment */ .Nz)(process.env).env), ...options.env },
            shell: true,
            detached: true,
            stdio: ['ignore', out, out],
        });
        const write = (chunk) => sink?.write(chunk);
        child.stdout?.on('data', write);
        child.stderr?.on('data', write);
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
            const done = { ...ending, timedOut, wallMs: performance.now() - started };
            if (!sink)
                return resolve(done);
            // The pipes drain after the exit; a process that left the group could hold them open, so not forever.
            const drained = setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                resolve(done);
            }, PIPE_DRAIN_MS);
            child.once('close', () => {
                clearTimeout(drained);
                resolve(done);
            });
        };
        child.once('error', (error) => finish({ exitCode: null, spawnError: error.message }));
        child.once('exit', (code, signal) => finish(signal ? { exitCode: null, signal } : { exitCode: code ?? null }));
    });
}


/***/ }),

/***/ 641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WP: () => (/* binding */ prepareRerun),
/* harmony export */   pC: () => (/* binding */ askedByName),
/* harmony export */   uS: () => (/* binding */ carriedFor),
/* harmony export */   u_: () => (/* binding */ invocationTestWords),
/* harmony export */   uy: () => (/* binding */ combineAttempts)
/* harmony export */ });
/* unused harmony exports selectRerun, wholeFiles, describeSelection */
/* harmony import */ var _model_arrays_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96545);
/* harmony import */ var _command_test_filter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30510);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73229);



/** The stand-in name of a file whose command died (retry.ts): no test name there to filter by. */
const FILE_DID_NOT_COMPLETE = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .infrastructureTestParts */ .KC)({ file: '' }).name;
const isInfrastructure = (t) => t.suite.length === 0 && t.name === FILE_DID_NOT_COMPLETE;
function pushTo(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** Runs every item again, for `reason`. */
function runAll(items, fromAttempt, reason) {
    return { fromAttempt, run: [...items], carried: [], failedTests: new Map(), wholeReason: reason };
}
/**
 * Chooses what of `items` to run again after `earlier`: the files with a failed test, and the items the
 * earlier attempt did not run; every other item's tests are carried forward. Tests of files outside `items`
 * are ignored (another shard's).
 */
function selectRerun(items, earlier) {
    const from = earlier.attempt;
    if (earlier.untrusted !== undefined)
        return runAll(items, from, `attempt ${from} cannot be trusted (${earlier.untrusted})`);
    const inShard = new Set(items);
    const byFile = new Map();
    const failing = new Map();
    const covered = new Set();
    for (const earlierTest of earlier.tests) {
        const { test } = earlierTest;
        if (test.file === undefined || !inShard.has(test.file)) {
            // A failure Tessera cannot place (no file, a file none of the earlier items, the shard's command died)
            // may hide any item's tests; a failed file of another shard is that shard's.
            const unplaced = test.file === undefined || (earlier.items !== undefined && !earlier.items.has(test.file));
            if (test.outcome === 'failed' && unplaced)
                return runAll(items, from, `a failure of attempt ${from} names no file of this shard (${test.name.slice(0, 120)})`);
            continue;
        }
        covered.add(test.file);
        pushTo(byFile, test.file, earlierTest);
        if (test.outcome === 'failed')
            pushTo(failing, test.file, test);
    }
    const ran = earlier.items ?? covered;
    const run = items.filter((item) => failing.has(item) || !ran.has(item));
    const again = new Set(run);
    const carried = items.filter((item) => !again.has(item)).flatMap((item) => byFile.get(item) ?? []);
    const failedTests = new Map();
    for (const [file, tests] of failing)
        // A file's own failure (its process died) has no test name to filter by: the file runs whole.
        if (!tests.some(isInfrastructure))
            failedTests.set(file, tests);
    return { fromAttempt: from, run, carried, failedTests };
}
/**
 * Narrows a selection to whole files: for a command without `{tests}`, or a name filter too long to pass.
 * The failed files then run whole; the passing tests of those files are results of this attempt too.
 */
function wholeFiles(selection) {
    return { ...selection, failedTests: new Map() };
}
/**
 * Decides a re-run attempt of `items` after `earlier`. The failed tests are passed by name only when the
 * command takes `{tests}`, every file run again has names (with one invocation for several files, one
 * unnamed file would need every test of all of them), and the filter fits in {@link MAX_TEST_FILTER_CHARS};
 * otherwise the failed files run whole.
 */
function prepareRerun(earlier, items, command, perItem, attempt) {
    const chosen = selectRerun(items, earlier);
    const notes = [];
    let selection = wholeFiles(chosen);
    let nameFilter;
    if ((0,_command_test_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .takesTestNames */ .J8)(command) && chosen.failedTests.size > 0) {
        const syntax = (0,_command_test_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .filterSyntaxOf */ .Bk)(command);
        const named = chosen.run.every((item) => chosen.failedTests.has(item));
        const all = [...chosen.failedTests.values()].flat();
        if (!named && !perItem) {
            notes.push('{tests} matches every test: a file run again has no failed test to name');
        }
        else if ((0,_command_test_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .testFilterWords */ .qm)(all, syntax) === undefined) {
            notes.push(`the names of the ${all.length} failed tests make a {tests} filter longer than ${_command_test_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TEST_FILTER_CHARS */ .lF} characters: the failed files run whole`);
        }
        else {
            selection = chosen;
            nameFilter = { syntax, byFile: chosen.failedTests };
        }
    }
    notes.unshift(describeSelection(selection, items.length, attempt));
    return { earlier, selection, ...(nameFilter ? { nameFilter } : {}), notes };
}
/**
 * The words `{tests}` becomes for one invocation: the failed tests of its files by name, or undefined (every
 * test) when a file has none to name.
 */
function invocationTestWords(filter, items) {
    if (!filter)
        return undefined;
    const tests = [];
    for (const item of items) {
        const named = filter.byFile.get(item);
        if (!named)
            return undefined;
        (0,_model_arrays_js__WEBPACK_IMPORTED_MODULE_2__/* .appendAll */ .u2)(tests, named);
    }
    return (0,_command_test_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .testFilterWords */ .qm)(tests, filter.syntax);
}
/**
 * The earlier results a re-run bundle carries: every test of `carriedItems` (its items not run again), and,
 * after a run by name, the earlier results of the tests of `ranItems` that were not asked for, unless the
 * re-run reported them other than skipped. Jest and Vitest report the tests `-t` leaves out as skipped;
 * such a skip must not replace a pass.
 */
function carriedFor(prepared, carriedItems, ranItems, ranTests) {
    const inFile = (c, files) => c.test.file !== undefined && files.has(c.test.file);
    const carried = prepared.selection.carried.filter((c) => inFile(c, carriedItems));
    const filter = prepared.nameFilter;
    if (!filter)
        return carried;
    const ranForReal = new Set(ranTests.filter((t) => t.outcome !== 'skipped').map((t) => t.id));
    const asked = new Set([...filter.byFile.values()].flatMap((tests) => tests.map((t) => t.id)));
    const beside = prepared.earlier.tests.filter((c) => inFile(c, ranItems) &&
        filter.byFile.has(c.test.file) &&
        !asked.has(c.test.id) &&
        !ranForReal.has(c.test.id));
    return [...carried, ...beside];
}
/** How many failed tests of `ranItems` were asked for by name. */
function askedByName(prepared, ranItems) {
    return ranItems.reduce((sum, item) => sum + (prepared.nameFilter?.byFile.get(item)?.length ?? 0), 0);
}
/** The tests of a re-run attempt: carried first, then the new results of the tests not carried. */
function combineAttempts(carried, rerunTests) {
    const carriedFrom = new Map();
    for (const c of carried)
        carriedFrom.set(c.test.id, c.attempt);
    const tests = [...carried.map((c) => c.test), ...rerunTests.filter((t) => !carriedFrom.has(t.id))];
    return { tests, carriedFrom };
}
/** The one line that says what a re-run attempt runs. */
function describeSelection(selection, total, attempt) {
    if (selection.wholeReason !== undefined)
        return `attempt ${attempt} runs all ${total} items again: ${selection.wholeReason}`;
    const byName = [...selection.failedTests.values()].reduce((sum, tests) => sum + tests.length, 0);
    const what = `${selection.run.length} of ${total} items with failures in attempt ${selection.fromAttempt}`;
    return (`attempt ${attempt} re-runs ${what}` +
        (byName > 0 ? ` (${byName} failed tests by name)` : '') +
        `; ${selection.carried.length} results carried forward`);
}


/***/ }),

/***/ 34497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zd: () => (/* binding */ moveGlobMatches),
/* harmony export */   fJ: () => (/* binding */ readResultsFolder)
/* harmony export */ });
/* unused harmony export listFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9970);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88600);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74060);
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

/***/ 73229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KC: () => (/* binding */ infrastructureTestParts),
/* harmony export */   Nx: () => (/* binding */ infrastructureTestId),
/* harmony export */   hP: () => (/* binding */ infrastructureRecoveredTest),
/* harmony export */   o$: () => (/* binding */ itemsToRetry),
/* harmony export */   pF: () => (/* binding */ foldTries),
/* harmony export */   yK: () => (/* binding */ infrastructureFailureTest)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74060);
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


/***/ }),

/***/ 53767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Iy: () => (/* binding */ QueueWorker),
  Ek: () => (/* binding */ runShard),
  nG: () => (/* binding */ shardFolder)
});

// UNUSED EXPORTS: describeInvocationFailure, failedItems, itemFolder, setupOf

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/command/redact.js
/**
 * A test command as it may be recorded: a shell expands `$TOKEN` before Tessera sees the words, so a command
 * written `npx jest --token=$NPM_TOKEN` arrives holding the secret. The shard bundle (an artifact) and the
 * report's reproduce commands (a PR comment) keep the command, so the value of every secret-looking
 * variable is put back as its `$NAME`. Pure.
 */
/** Variable names that hold secrets by convention. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;
/** Values shorter than this are too common to be told from ordinary words (`1`, `true`). */
const MIN_SECRET_LENGTH = 6;
/** `words` with the value of every secret-looking variable of `env` replaced by `$NAME`. */
function redactSecrets(words, env) {
    const secrets = Object.entries(env)
        .filter((e) => SECRET_NAME.test(e[0]) && (e[1]?.length ?? 0) >= MIN_SECRET_LENGTH)
        // Longest first, so a secret that contains another is replaced whole.
        .sort((a, b) => b[1].length - a[1].length);
    if (secrets.length === 0)
        return [...words];
    return words.map((word) => secrets.reduce((w, [name, value]) => w.split(value).join(`$${name}`), word));
}

// EXTERNAL MODULE: ./src/plan/duration.js
var duration = __webpack_require__(81629);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/run/bundle.js + 1 modules
var run_bundle = __webpack_require__(57117);
// EXTERNAL MODULE: ./src/ci/logger.js
var logger = __webpack_require__(41284);
// EXTERNAL MODULE: ./src/model/arrays.js
var arrays = __webpack_require__(96545);
// EXTERNAL MODULE: ./src/plan/item-path.js
var item_path = __webpack_require__(22692);
// EXTERNAL MODULE: ./src/run/child-environment.js
var child_environment = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/run/execute.js
var execute = __webpack_require__(10444);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/run/output-log.js
/**
 * A shard's `output.log` in local mode: what the test command prints, with every known secret masked
 * before it reaches the disk and the size bounded. A suite that prints without end (a test stuck in a
 * loop, a verbose logger) must not fill the disk, yet the start (set-up) and the end (the failure, the
 * summary) are what a person reads: so the first {@link OutputLogLimits.headChars} characters are written
 * as they come, the last {@link OutputLogLimits.tailChars} are kept in memory, and on close a marker line
 * says how much was cut between them.
 */


/** 4 MiB of head and 1 MiB of tail: far more than a person reads, far less than a runaway log. */
const OUTPUT_LOG_LIMITS = { headChars: 4 * 1024 * 1024, tailChars: 1024 * 1024 };
/** The marker between head and tail. */
function cutMarker(cut, limits) {
    return `\n… [${cut} characters cut by Tessera: output.log keeps the first ${limits.headChars} and the last ${limits.tailChars}] …\n`;
}
/** `output.log`: masked, head and tail bounded (see the module comment). Call {@link close} once, at the end. */
class CapturedOutputLog {
    path;
    masker;
    limits;
    fd;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    // Scrubbed text not yet emitted: the end of it may be the start of a secret split across chunks.
    pending = '';
    headLeft;
    tail = [];
    tailLength = 0;
    cut = 0;
    closed = false;
    constructor(path, masker, limits = OUTPUT_LOG_LIMITS) {
        this.path = path;
        this.masker = masker;
        this.limits = limits;
        this.fd = (0,external_node_fs_.openSync)(path, 'a');
        this.headLeft = limits.headChars;
    }
    write(chunk) {
        if (this.closed)
            return;
        this.pending = this.masker.scrub(this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk)));
        // A secret cut by the chunk's end is shorter than the longest one: hold that much back.
        const hold = Math.max(0, this.masker.longestForm - 1);
        if (this.pending.length > hold) {
            const ready = this.pending.slice(0, this.pending.length - hold);
            this.pending = this.pending.slice(this.pending.length - hold);
            this.emit(ready);
        }
    }
    /** Writes what is held back and the tail, and closes the file. */
    close() {
        if (this.closed)
            return;
        this.emit(this.masker.scrub(this.pending + this.decoder.end()));
        this.pending = '';
        this.closed = true;
        try {
            if (this.cut > 0)
                (0,external_node_fs_.writeSync)(this.fd, cutMarker(this.cut, this.limits));
            if (this.tail.length > 0)
                (0,external_node_fs_.writeSync)(this.fd, this.tail.join(''));
        }
        finally {
            (0,external_node_fs_.closeSync)(this.fd);
        }
    }
    emit(text) {
        if (text.length === 0)
            return;
        if (this.headLeft > 0) {
            const head = text.slice(0, this.headLeft);
            (0,external_node_fs_.writeSync)(this.fd, head);
            this.headLeft -= head.length;
            text = text.slice(head.length);
            if (text.length === 0)
                return;
        }
        this.tail.push(text);
        this.tailLength += text.length;
        // Drop whole chunks from the front while the rest still covers the tail, then trim the first one.
        while (this.tail.length > 0 && this.tailLength - (this.tail[0]?.length ?? 0) >= this.limits.tailChars) {
            const dropped = this.tail.shift();
            this.tailLength -= dropped.length;
            this.cut += dropped.length;
        }
        const excess = this.tailLength - this.limits.tailChars;
        if (excess > 0 && this.tail[0] !== undefined) {
            this.tail[0] = this.tail[0].slice(excess);
            this.tailLength -= excess;
            this.cut += excess;
        }
    }
}

// EXTERNAL MODULE: ./src/model/atomic-write.js
var atomic_write = __webpack_require__(91636);
;// CONCATENATED MODULE: ./src/run/scrub-folder.js
/**
 * Masks secrets in the files of a bundle folder before it is uploaded: the raw result files hold whatever
 * the tests printed (a JUnit `<system-out>` of a test that dumps its environment). Replaced byte for byte,
 * so a binary attachment (a screenshot) stays intact unless it happens to hold a secret.
 */




/** `bytes` with every occurrence of each of `forms` replaced by {@link MASK}; the same buffer when none. */
function maskBytes(bytes, forms) {
    let out = bytes;
    const mask = Buffer.from(logger/* MASK */.v5);
    for (const form of forms) {
        const needle = Buffer.from(form);
        let at = out.indexOf(needle);
        if (at < 0)
            continue;
        const parts = [];
        let from = 0;
        while (at >= 0) {
            parts.push(out.subarray(from, at), mask);
            from = at + needle.length;
            at = out.indexOf(needle, from);
        }
        parts.push(out.subarray(from));
        out = Buffer.concat(parts);
    }
    return out;
}
/**
 * Rewrites every regular file under `folder` (but `skip`, already masked) that holds a registered secret.
 * Symbolic links are not followed: a result file linking outside the folder is not ours to rewrite.
 */
async function scrubFolder(folder, masker, skip) {
    const forms = masker.registered;
    if (forms.length === 0)
        return;
    const entries = await (0,promises_.readdir)(folder, { withFileTypes: true, recursive: true });
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const path = (0,external_node_path_.join)(entry.parentPath, entry.name);
        if (path === skip)
            continue;
        const bytes = await (0,promises_.readFile)(path);
        const masked = maskBytes(bytes, forms);
        if (masked !== bytes)
            await (0,atomic_write/* writeFileAtomic */.Zf)(path, masked);
    }
}

// EXTERNAL MODULE: ./src/run/bail.js
var run_bail = __webpack_require__(26975);
// EXTERNAL MODULE: ./src/run/rerun.js
var rerun = __webpack_require__(641);
// EXTERNAL MODULE: ./src/run/results.js
var results = __webpack_require__(34497);
// EXTERNAL MODULE: ./src/run/retry.js
var retry = __webpack_require__(73229);
;// CONCATENATED MODULE: ./src/run/shard.js
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
/** `base` plus the outcomes of `tests`. */
function addOutcomes(base, tests) {
    const counts = { ...base };
    for (const t of tests)
        counts[t.outcome] += 1;
    return counts;
}
const NO_OUTCOMES = { passed: 0, failed: 0, flaky: 0, skipped: 0 };
function countOutcomes(shard, tryIndex, tests, state, base = NO_OUTCOMES) {
    return { shard, state, tryIndex, ...addOutcomes(base, tests) };
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
async function runInvocation(context, resultsDir, tryIndex, position, items) {
    const { options, cwd, folder, log, perItem } = context;
    const relDir = [
        resultsDir,
        `try-${tryIndex}`,
        ...(perItem ? [itemFolder(position, items[0])] : []),
    ].join('/');
    const dir = (0,external_node_path_.join)(folder, relDir);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const since = Date.now();
    const ending = await (0,execute/* executeCommand */.RS)({
        commandLine: (0,execute/* buildCommandLine */.mt)(options.command, items, dir, undefined, (0,rerun/* invocationTestWords */.u_)(context.nameFilter, items)),
        cwd,
        baseEnv: context.baseEnv,
        env: {
            TESSERA_RESULTS_DIR: dir,
            TESSERA_SHARD_INDEX: String(options.shard.index),
            TESSERA_SHARD_TOTAL: String(options.shard.total),
            TESSERA_TRY: String(tryIndex),
        },
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        output: log ? { kind: 'sink', sink: log } : { kind: 'inherit' },
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
 * Runs `items`, then re-runs the files with failures up to `retries` times. Result files go under
 * `<bundle>/<resultsDir>/try-<k>/`; `onTests` sees every try's tests so far, for live progress.
 */
async function runItems(context, items, resultsDir, onTests, firstPosition = 0) {
    const { options, logFile } = context;
    const { shard } = options;
    const warnings = [];
    const tries = [];
    const triesTests = [];
    const files = [];
    // Stand-in tests of command failures not yet recovered by a retry, by id, with their reasons.
    const openFailures = new Map();
    let tryItems = items;
    for (let tryIndex = 1; tryItems.length > 0 && tryIndex <= options.retries + 1; tryIndex++) {
        const tryTests = (triesTests[tryIndex - 1] = []);
        if (tryIndex > 1)
            onTests(tryIndex, triesTests);
        const failures = [];
        const resultFiles = [];
        const endings = [];
        const invocations = context.perItem ? tryItems.map((item) => [item]) : [tryItems];
        for (const [position, invocationItems] of invocations.entries()) {
            const outcome = await runInvocation(context, resultsDir, tryIndex, firstPosition + position, invocationItems);
            const parts = (0,retry/* infrastructureTestParts */.KC)(context.perItem ? { file: invocationItems[0] } : { shard: `${shard.index}/${shard.total}` });
            const partsId = (0,retry/* infrastructureTestId */.Nx)(parts);
            if (outcome.failure !== undefined) {
                const where = context.perItem
                    ? `for ${invocationItems[0]}`
                    : `of shard ${shard.index}/${shard.total}`;
                const reason = `The test command ${where} (try ${tryIndex}) ${outcome.failure}.` +
                    (logFile ? ` Its output is in ${logFile}.` : '');
                outcome.tests.push((0,retry/* infrastructureFailureTest */.yK)(parts, reason, outcome.ending.wallMs));
                failures.push({ items: invocationItems, reason });
                openFailures.set(partsId, reason);
            }
            else if (openFailures.has(partsId)) {
                outcome.tests.push((0,retry/* infrastructureRecoveredTest */.hP)(parts, outcome.ending.wallMs));
                openFailures.delete(partsId);
            }
            (0,arrays/* appendAll */.u2)(tryTests, outcome.tests);
            (0,arrays/* appendAll */.u2)(resultFiles, outcome.resultFiles);
            (0,arrays/* appendAll */.u2)(warnings, outcome.warnings);
            endings.push(outcome.ending);
            // The first try runs every item: its times are the ones to plan with.
            if (tryIndex === 1)
                (0,arrays/* appendAll */.u2)(files, outcome.timings);
            onTests(tryIndex, triesTests);
        }
        tries.push(summarizeTry(tryIndex, tryItems, endings, resultFiles, failures));
        tryItems = (0,retry/* itemsToRetry */.o$)(tryItems, tryTests, failures);
    }
    return { tries, tests: (0,retry/* foldTries */.pF)(triesTests), files, openFailures: [...openFailures.values()], warnings };
}
/** The bundle folder of a shard: `<out>/tessera-shard-<i>-of-<N>[-attempt-<a>]`. */
function shardFolder(options) {
    return (0,external_node_path_.resolve)(options.cwd, options.out, (0,run_bundle/* bundleFolderName */.QG)(options.shard, options.run.attempt));
}
/**
 * Creates (empty) the bundle folder of a shard and the context its invocations share. `keep` leaves what the
 * folder holds: the batches an earlier invocation of the same worker ran (the in-pipeline queue).
 * `nameFilter` is a re-run attempt's failed tests by name, for `{tests}`.
 */
async function openShard(options, keep = false, nameFilter) {
    const cwd = (0,external_node_path_.resolve)(options.cwd);
    const folder = shardFolder(options);
    if (!keep)
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    await (0,promises_.mkdir)(folder, { recursive: true });
    const logFile = options.output === 'log' ? (0,external_node_path_.join)(folder, 'output.log') : undefined;
    // The command never sees Tessera's credentials; what it writes is masked for every one of them.
    const environment = (0,child_environment/* testCommandEnvironment */.Nz)(options.env ?? process.env, options.passEnv);
    const masker = new logger/* SecretMasker */.M2();
    for (const secret of environment.secrets)
        masker.add(secret);
    const log = logFile ? new CapturedOutputLog(logFile, masker, options.outputLogLimits) : undefined;
    return {
        options,
        cwd,
        folder,
        perItem: (0,execute/* runsPerItem */.Dj)(options.command),
        baseEnv: environment.env,
        masker,
        ...(logFile ? { logFile } : {}),
        ...(log ? { log } : {}),
        ...(nameFilter ? { nameFilter } : {}),
    };
}
/** Writes the bundle of a shard whose items ran as one or more item runs. */
async function closeShard(context, outcome) {
    const { options, folder, logFile } = context;
    const now = options.now ?? (() => new Date());
    const tests = [];
    const tries = [];
    const files = [];
    const openFailures = [];
    const warnings = [];
    const ran = [];
    for (const run of outcome.runs) {
        (0,arrays/* appendAll */.u2)(ran, run.tries[0]?.items ?? []);
        (0,arrays/* appendAll */.u2)(tests, run.tests);
        (0,arrays/* appendAll */.u2)(tries, run.tries);
        (0,arrays/* appendAll */.u2)(files, run.files);
        (0,arrays/* appendAll */.u2)(openFailures, run.openFailures);
        (0,arrays/* appendAll */.u2)(warnings, run.warnings);
    }
    // A re-run attempt's earlier results come first, each marked with the attempt it comes from.
    const carried = outcome.rerun
        ? (0,rerun/* carriedFor */.uS)(outcome.rerun.prepared, outcome.rerun.carriedItems, new Set(ran), tests)
        : [];
    // A worker that ran a requeued unit again itself has its tests twice: each test once, every attempt.
    const combined = (0,rerun/* combineAttempts */.uy)(carried, (0,model/* foldTests */.Pm)(tests));
    const bundle = {
        version: 1,
        tool: run_bundle/* TOOL */.js,
        run: options.run,
        shard: options.shard,
        items: [...outcome.items],
        command: redactSecrets(options.command, process.env),
        startedAt: outcome.startedAt.toISOString(),
        finishedAt: now().toISOString(),
        wallMs: Math.round(outcome.wallMs),
        ...setupOf(options.jobStartedAt, outcome.startedAt),
        // A shard that bailed left files not run: it failed, whatever the tests it ran say.
        exitCode: (outcome.failing ?? combined.tests.some((t) => t.outcome === 'failed')) || outcome.bailed ? 1 : 0,
        ...(openFailures.length > 0 ? { infrastructureFailure: { reason: openFailures.join(' ') } } : {}),
        tries,
        files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
        tests: combined.tests.map((t) => {
            const from = combined.carriedFrom.get(t.id);
            return from === undefined ? (0,run_bundle/* toBundleTest */.kb)(t) : { ...(0,run_bundle/* toBundleTest */.kb)(t), carriedFrom: from };
        }),
        ...(outcome.queue ? { queue: outcome.queue } : {}),
        ...(outcome.bailed ? { bailed: outcome.bailed } : {}),
        ...(outcome.rerun
            ? {
                rerun: {
                    fromAttempt: outcome.rerun.prepared.selection.fromAttempt,
                    source: outcome.rerun.prepared.earlier.source,
                    items: ran,
                    byName: (0,rerun/* askedByName */.pC)(outcome.rerun.prepared, ran),
                },
            }
            : {}),
    };
    // Raw result files and the bundle hold what tests printed: no credential value leaves in them.
    context.log?.close();
    await scrubFolder(folder, context.masker, logFile);
    await (0,run_bundle/* writeBundle */.Mf)(folder, bundle, (text) => context.masker.scrub(text));
    return {
        bundle,
        folder,
        ...(logFile ? { logFile } : {}),
        warnings,
        notes: outcome.rerun?.prepared.notes ?? [],
    };
}
/**
 * Runs the shard and writes its bundle into `<out>/tessera-shard-<i>-of-<N>[-attempt-<a>]/`, replacing a
 * bundle folder of the same name. A shard with no items runs nothing and still writes a bundle, so `report`
 * can tell "empty by plan" from "missing". Never throws for a failing or dying command: that is recorded in
 * the bundle (and its exit code), which is what the shard job must upload.
 */
async function runShard(options) {
    // The last guard before the items become arguments, whatever they came from.
    (0,item_path/* checkItems */.Hx)(options.items, `shard ${options.shard.index}/${options.shard.total}`);
    const perItem = (0,execute/* runsPerItem */.Dj)(options.command);
    const prepared = options.earlier
        ? (0,rerun/* prepareRerun */.WP)(options.earlier, options.items, options.command, perItem, options.run.attempt ?? 1)
        : undefined;
    const toRun = prepared ? prepared.selection.run : options.items;
    const context = await openShard(options, false, prepared?.nameFilter);
    const startedAt = (options.now ?? (() => new Date()))();
    const started = performance.now();
    let lastTry = 1;
    let stepped;
    try {
        stepped = await runSteps(context, toRun, run_bundle/* BUNDLE_RESULTS_DIR */.kT, NO_OUTCOMES, (tryIndex, counts) => {
            lastTry = Math.max(lastTry, tryIndex);
            options.onProgress?.({ shard: options.shard, state: 'running', tryIndex, ...counts });
        });
    }
    catch (error) {
        context.log?.close();
        throw error;
    }
    const point = options.bail?.tripped;
    const result = await closeShard(context, {
        items: options.items,
        runs: stepped.runs,
        startedAt,
        wallMs: performance.now() - started,
        ...(point && stepped.notRun.length > 0 ? { bailed: { after: point.file, notRun: stepped.notRun } } : {}),
        ...(prepared ? { rerun: { prepared, carriedItems: itemsNotIn(options.items, toRun) } } : {}),
    });
    options.onProgress?.(countOutcomes(options.shard, lastTry, stepped.runs.flatMap((r) => r.tests), 'done'));
    return result;
}
/**
 * Runs `items` with their retries. Without `--bail` (or with a `{files}` command, one invocation that bail
 * cannot cut short) that is one item run; with `--bail` and `{file}`, each file is a step run with its
 * retries before the next, and the steps stop once the bail signal trips (here or on another shard sharing
 * it). `onCounts` sees the tests so far by outcome, `done` (earlier batches') included; counts, not lists,
 * so a shard of many one-file steps does not copy every test it ran so far at every step.
 */
async function runSteps(context, items, resultsDir, done, onCounts) {
    const { bail, shard } = context.options;
    const steps = bail && context.perItem ? items.map((item) => [item]) : [items];
    const runs = [];
    let counts = done;
    let ran = 0;
    for (const step of steps) {
        if (bail?.tripped)
            break;
        const base = counts;
        const run = await runItems(context, step, resultsDir, (tryIndex, triesTests) => onCounts(tryIndex, addOutcomes(base, (0,retry/* foldTries */.pF)(triesTests))), ran);
        ran += step.length;
        runs.push(run);
        counts = addOutcomes(counts, run.tests);
        bail?.record((0,run_bail/* failingFiles */.a)(step, run.tests, run.openFailures), shard);
    }
    return { runs, notRun: items.slice(ran) };
}
/** The items of `items` that are not in `run`: what a re-run attempt carries forward. */
function itemsNotIn(items, run) {
    const again = new Set(run);
    return new Set(items.filter((item) => !again.has(item)));
}
/** The options without `--bail`: a batch run whole, its failing files counted after it. */
function withoutBail(options) {
    const { bail: _bail, ...rest } = options;
    return rest;
}
/** What a bundle written earlier holds, as one item run (its tests read back from the bundle). */
function bundleRun(bundle) {
    return {
        tries: [...bundle.tries],
        tests: (0,run_bundle/* bundleTests */.mp)(bundle),
        files: [...bundle.files],
        openFailures: bundle.infrastructureFailure ? [bundle.infrastructureFailure.reason] : [],
        warnings: [],
    };
}
/**
 * One worker of run-time balancing. It reports as the shard `options.shard` (worker i of N writes the bundle
 * of shard i/N), runs every batch it is handed with its retries, and writes its bundle once the source is
 * drained: the items are the ones it ran, in order, and `queue` says which batches, when.
 */
class QueueWorker {
    context;
    options;
    startedAt;
    started;
    previous;
    ran = [];
    /** Items of this worker's batches that a bail left unrun (local mode only: `bailWithinBatch`). */
    leftInBatches = [];
    doneTests = [];
    /**
     * The failing files of each batch run with the bail counted at the batch's end, waiting for the queue's
     * answer (`completed`): a file the queue requeues has not failed for good yet, so it does not count.
     */
    failingByBatch = new Map();
    lastTry = 1;
    constructor(context, options, startedAt, started, previous) {
        this.context = context;
        this.options = options;
        this.startedAt = startedAt;
        this.started = started;
        this.previous = previous;
        if (previous)
            (0,arrays/* appendAll */.u2)(this.doneTests, (0,run_bundle/* bundleTests */.mp)(previous));
    }
    /**
     * Opens the worker's bundle folder, replacing an earlier one of the same name; or, given the `previous`
     * bundle this worker wrote there (the in-pipeline queue runs one process per batch), adds to it: the
     * batches it holds stay, their times counted from its start.
     */
    static async open(options, previous) {
        const context = await openShard({ ...options, items: [] }, previous !== undefined, options.rerun?.prepared.nameFilter);
        const now = (options.now ?? (() => new Date()))();
        if (!previous)
            return new QueueWorker(context, options, now, performance.now());
        const startedAt = new Date(previous.startedAt);
        const since = Math.max(0, now.getTime() - startedAt.getTime());
        return new QueueWorker(context, options, startedAt, performance.now() - since, previous);
    }
    /** The batches this worker ran, the ones of its previous bundle included. */
    get batches() {
        return [
            ...(this.previous?.queue?.batches ?? []).map((b) => b.sequence),
            ...this.ran.map(({ record }) => record.sequence),
        ];
    }
    /**
     * Runs one batch (with its retries). Its results go under `results/batch-<sequence>/`. `takenOverFrom`
     * names the worker that held the batch before its lease expired; `requeueOf`, the batch whose worker
     * failed this unit and requeued it. Returns the items whose tests still failed, for the queue.
     */
    async runBatch(sequence, items, takenOverFrom, requeueOf) {
        (0,item_path/* checkItems */.Hx)(items, `batch ${sequence} of shard ${this.options.shard.index}/${this.options.shard.total}`);
        const startMs = performance.now() - this.started;
        // Across CI jobs a batch is leased whole: a bailing worker finishes it, so nothing it holds is lost.
        const context = this.options.bailWithinBatch
            ? this.context
            : { ...this.context, options: withoutBail(this.context.options) };
        const stepped = await runSteps(context, items, `${run_bundle/* BUNDLE_RESULTS_DIR */.kT}/batch-${sequence}`, addOutcomes(NO_OUTCOMES, this.doneTests), (tryIndex, counts) => {
            this.lastTry = Math.max(this.lastTry, tryIndex);
            this.options.onProgress?.({
                shard: this.options.shard,
                state: 'running',
                tryIndex: this.lastTry,
                ...counts,
            });
        });
        const ranItems = items.slice(0, items.length - stepped.notRun.length);
        (0,arrays/* appendAll */.u2)(this.leftInBatches, stepped.notRun);
        const tests = [];
        const failing = [];
        for (const run of stepped.runs) {
            (0,arrays/* appendAll */.u2)(this.doneTests, run.tests);
            (0,arrays/* appendAll */.u2)(tests, run.tests);
            if (!this.options.bailWithinBatch)
                (0,arrays/* appendAll */.u2)(failing, (0,run_bail/* failingFiles */.a)(ranItems, run.tests, run.openFailures));
        }
        if (this.options.bail && failing.length > 0)
            this.failingByBatch.set(sequence, failing);
        if (ranItems.length === 0)
            return { failedItems: [] };
        const failed = failedItems(ranItems, tests);
        this.ran.push({
            runs: stepped.runs,
            record: {
                sequence,
                items: ranItems,
                startMs: Math.round(startMs),
                wallMs: Math.round(performance.now() - this.started - startMs),
                ...(takenOverFrom !== undefined ? { takenOverFrom } : {}),
                ...(failed.length > 0 ? { failed } : {}),
                ...(requeueOf ? { requeueOf: { ...requeueOf } } : {}),
            },
        });
        return { failedItems: failed };
    }
    /**
     * The queue's answer for a finished batch: the items it put back for another worker. Only now does the
     * bail count the batch's failing files: not the requeued ones (the worker that runs them next counts them
     * if they fail there too), and none of a batch another worker took over (its run is the one that counts).
     */
    completed(sequence, completion) {
        const entry = this.ran.find(({ record }) => record.sequence === sequence);
        if (entry && completion.requeued.length > 0)
            entry.record = { ...entry.record, requeued: [...completion.requeued] };
        const failing = this.failingByBatch.get(sequence);
        this.failingByBatch.delete(sequence);
        if (!failing || !completion.counted)
            return;
        const handedOn = new Set(completion.requeued);
        this.options.bail?.record(failing.filter((file) => !handedOn.has(file)), this.options.shard);
    }
    /** Whether the bail limit was reached (by this worker, or by another sharing the signal): take no more. */
    get bailed() {
        return this.options.bail?.tripped !== undefined;
    }
    /**
     * Writes the bundle: every batch this worker ran (none is a valid, empty shard), except the `superseded`
     * ones, which another worker took over and ran too: the other's run is the one that counts. `notRun`: the
     * queue's units this worker leaves unrun because the run bailed (the last worker to bail records them).
     */
    async close(superseded = new Set(), notRun = []) {
        const kept = this.ran.filter(({ record }) => !superseded.has(record.sequence));
        const earlier = this.previous;
        const earlierRun = earlier ? bundleRun(earlier) : undefined;
        const point = this.options.bail?.tripped;
        const left = [...this.leftInBatches, ...notRun];
        const rerun = this.options.rerun;
        const result = await closeShard(this.context, {
            items: [
                ...(earlier?.items ?? []),
                ...kept.flatMap(({ record }) => record.items),
                ...(rerun?.carriedItems ?? []),
            ],
            runs: [...(earlierRun ? [earlierRun] : []), ...kept.flatMap(({ runs }) => runs)],
            startedAt: this.startedAt,
            wallMs: performance.now() - this.started,
            queue: {
                kind: this.options.queueKind,
                batches: [...(earlier?.queue?.batches ?? []), ...kept.map(({ record }) => record)],
            },
            ...(point && left.length > 0 ? { bailed: { after: point.file, notRun: left } } : {}),
            // A requeued item's failure here is its first attempt: the worker that runs it next decides.
            failing: (earlierRun?.tests.some((t) => t.outcome === 'failed') ?? false) ||
                kept.some(({ runs, record }) => {
                    const handedOn = new Set(record.requeued ?? []);
                    return runs.some((run) => run.tests.some((t) => t.outcome === 'failed' && (t.file === undefined || !handedOn.has(t.file))));
                }),
            ...(rerun ? { rerun: { prepared: rerun.prepared, carriedItems: new Set(rerun.carriedItems) } } : {}),
        });
        this.progress(this.doneTests, 'done');
        return result;
    }
    progress(tests, state) {
        this.options.onProgress?.(countOutcomes(this.options.shard, this.lastTry, tests, state));
    }
}
/**
 * The items of a batch whose tests still failed after its retries: a failed test pinned on one of them, or
 * the stand-in of a file whose own process died. A failure pinned on no item (the whole batch's command
 * died) names none: another worker could not tell it apart from its own run.
 */
function failedItems(items, tests) {
    const failed = new Set();
    for (const t of tests)
        if (t.outcome === 'failed' && t.file !== undefined)
            failed.add(t.file);
    return items.filter((item) => failed.has(item));
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


/***/ })

};
