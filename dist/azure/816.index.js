export const id = 816;
export const ids = [816];
export const modules = {

/***/ 80816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CI_PLAN_PATH: () => (/* binding */ CI_PLAN_PATH),
  planCommand: () => (/* binding */ planCommand),
  planSummary: () => (/* binding */ planSummary)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load.js
var load = __webpack_require__(21178);
// EXTERNAL MODULE: ./src/model/errors.js
var errors = __webpack_require__(29760);
// EXTERNAL MODULE: ./src/plan/build.js + 2 modules
var build = __webpack_require__(58540);
// EXTERNAL MODULE: ./src/plan/duration.js
var duration = __webpack_require__(81629);
// EXTERNAL MODULE: ./src/plan/make-plan.js + 1 modules
var make_plan = __webpack_require__(16136);
// EXTERNAL MODULE: ../../node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(69667);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/plan/plan-document.js
var plan_document = __webpack_require__(24466);
;// CONCATENATED MODULE: ./src/plan/outputs.js
/**
 * What `tessera plan` prints: the whole plan, a CI matrix, or one shard's items as lines, shell-quoted
 * arguments or JSON. Pure: each returns the text to write.
 */




/** The plan as JSON (the Plan contract). */
function formatPlanJson(plan) {
    return (0,plan_document/* serializePlan */.S1)(plan);
}
/**
 * The CI matrix: `{"include":[{"shard":1,"total":N},…]}` on one line (what GITHUB_OUTPUT expects). `total`
 * stays the planned shard count whichever shards are listed, so `--shard i/N` names the planned shard. With
 * `with-items` and every shard empty, the first shard alone is listed, never none: GitHub fails a job whose
 * matrix is empty ("Matrix vector does not contain any values"), so a workflow written before this output
 * lost its empty shards keeps working (one job that runs nothing), and one that guards the job with
 * `if: needs.plan.outputs.items != '0'` starts none.
 */
function formatMatrix(plan, shards = 'all') {
    const total = plan.shards.length;
    const withItems = plan.shards.filter((s) => s.items.length > 0);
    const listed = shards === 'all' ? plan.shards : withItems.length > 0 ? withItems : plan.shards.slice(0, 1);
    return `${JSON.stringify({ include: listed.map((s) => ({ shard: s.index, total })) })}\n`;
}
/** One shard's items, one per line (empty output for an empty shard). */
function formatShardLines(plan, shard) {
    const items = (0,build/* shardItems */.l6)(plan, shard);
    return items.length === 0 ? '' : `${items.join('\n')}\n`;
}
/**
 * One shard's items as one line of shell-quoted arguments, to paste after a test command: a path with
 * spaces or `$` stays one argument and never runs anything.
 */
function formatShardArgs(plan, shard) {
    const items = (0,build/* shardItems */.l6)(plan, shard);
    return items.length === 0 ? '' : `${(0,shell_quote.quote)([...items])}\n`;
}
/** One shard as JSON: `{shard: {index, total}, items, predictedMs}`. */
function formatShardJson(plan, shard) {
    const items = (0,build/* shardItems */.l6)(plan, shard);
    const predictedMs = plan.shards.find((s) => s.index === shard.index)?.predictedMs ?? 0;
    return `${JSON.stringify({ shard: { index: shard.index, total: shard.total }, items, predictedMs }, null, 2)}\n`;
}
/**
 * Checks that a format fits the request: `matrix` describes the whole plan, `lines` and `args` one shard.
 * Throws a UsageError saying what to change.
 */
function checkOutputFormat(format, shard) {
    if (shard && format === 'matrix') {
        throw new model/* UsageError */.eb('--format matrix describes the whole plan; drop --shard or use lines, args or json');
    }
    if (!shard && (format === 'lines' || format === 'args')) {
        throw new model/* UsageError */.eb(`--format ${format} lists one shard's items: add --shard i/N`);
    }
}
/** The output text for a format: the whole plan (json, matrix) or, with `shard`, one shard (lines, args, json). */
function formatPlanOutput(plan, format, shard) {
    checkOutputFormat(format, shard);
    if (!shard)
        return format === 'matrix' ? formatMatrix(plan) : formatPlanJson(plan);
    if (format === 'lines')
        return formatShardLines(plan, shard);
    if (format === 'args')
        return formatShardArgs(plan, shard);
    return formatShardJson(plan, shard);
}

// EXTERNAL MODULE: ./src/ci/context.js
var context = __webpack_require__(97569);
// EXTERNAL MODULE: ./src/ci/shard-artifacts.js
var shard_artifacts = __webpack_require__(57244);
// EXTERNAL MODULE: ./src/cli/ci-session.js
var ci_session = __webpack_require__(41503);
// EXTERNAL MODULE: ./src/cli/exit-codes.js
var exit_codes = __webpack_require__(61453);
// EXTERNAL MODULE: ./src/cli/flag-values.js
var flag_values = __webpack_require__(92243);
// EXTERNAL MODULE: ./src/cli/plan-flag.js
var plan_flag = __webpack_require__(30964);
// EXTERNAL MODULE: ./src/cli/shard-limit.js
var shard_limit = __webpack_require__(18810);
// EXTERNAL MODULE: ./src/model/atomic-write.js
var atomic_write = __webpack_require__(91636);
// EXTERNAL MODULE: ./src/cli/skip-options.js
var skip_options = __webpack_require__(28790);
// EXTERNAL MODULE: ./src/skip/summary.js
var summary = __webpack_require__(48861);
;// CONCATENATED MODULE: ./src/cli/verbs/plan.js
/**
 * What `tessera plan` does (declared in ../commands/plan.ts): split the test files into balanced shards.
 * Flags in (over the config file), plan or one shard's items out; in CI mode, the plan also goes to the
 * `tessera-plan` artifact and the matrix outputs.
 */



















function durationFlag(flag, value) {
    if (value === undefined)
        return undefined;
    const ms = (0,duration/* parseDuration */.E)(value);
    if (ms === undefined) {
        throw new errors/* UsageError */.eb(`${flag} '${value}' is not a duration`, 'Write e.g. 90s, 5m, 1m30s, 250ms, or a number of milliseconds.');
    }
    return ms;
}
/** `--order "a.test.ts>b.test.ts>c/**"`: each step runs before the next. */
function orderChain(value) {
    const steps = value.split('>').map((s) => s.trim());
    if (steps.length < 2 || steps.some((s) => s.length === 0)) {
        throw new errors/* UsageError */.eb(`--order '${value}' needs at least two steps separated by '>'`, "e.g. --order 'test/setup.test.ts>test/users.test.ts'");
    }
    return steps;
}
function flagOptions(flags) {
    const options = {
        tests: flags.tests,
        testsFrom: flags.testsFrom,
        listCommand: flags.listCommand,
        timings: flags.timings,
        estimator: flags.estimator,
        robust: flags.robust,
        shards: (0,flag_values/* wholeNumberFlag */.ZR)('--shards', flags.shards),
        targetMs: durationFlag('--target', flags.target),
        setupMs: durationFlag('--setup', flags.setup),
        maxShards: (0,flag_values/* wholeNumberFlag */.ZR)('--max-shards', flags.maxShards),
        groups: flags.group,
        order: flags.order?.map(orderChain),
        history: flags.history,
    };
    return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
/** One line about the plan, for people (stderr, so stdout stays machine-readable). */
function planSummary(plan) {
    const ratio = plan.lowerBoundMs > 0 ? (plan.predictedMakespanMs / plan.lowerBoundMs).toFixed(2) : '1.00';
    const floor = plan.floorItem ? `; floor ${plan.floorItem} (${(0,duration/* formatDuration */.a)(plan.floorMs)})` : '';
    const skip = plan.skip ? `\n${(0,summary/* skipSummary */.U)(plan.skip, plan.total)}` : '';
    return (`tessera plan: ${plan.total} items on ${plan.shards.length} shards; predicted makespan ` +
        `${(0,duration/* formatDuration */.a)(plan.predictedMakespanMs)} (${ratio}× the lower bound ${(0,duration/* formatDuration */.a)(plan.lowerBoundMs)}${floor}); ` +
        `${plan.unknownItems} without timing${runFirstSummary(plan)}${skip}`);
}
/** `; run first: 2 units that failed, 1 flaky (last 5 runs)`, when the history put any unit first. */
function runFirstSummary(plan) {
    const first = plan.runFirst;
    if (!first || first.failed + first.flaky === 0)
        return '';
    return (`; run first: ${first.failed} ${first.failed === 1 ? 'unit' : 'units'} that failed, ${first.flaky} flaky ` +
        `(last ${first.window} ${first.window === 1 ? 'run' : 'runs'}; see each unit's reason in the plan)`);
}
/** Refuses shard counts (from the flags or the config file) that the CI cannot run in one matrix. */
function checkShardCounts(options, flags, limit) {
    const source = (flag, key, value, n) => value !== undefined ? `${flag} ${value}` : `${key}: ${n} in the config file`;
    if (options.shards !== undefined)
        (0,shard_limit/* checkShardCount */.m)(source('--shards', 'shards', flags.shards, options.shards), options.shards, limit);
    if (options.maxShards !== undefined)
        (0,shard_limit/* checkShardCount */.m)(source('--max-shards', 'maxShards', flags.maxShards, options.maxShards), options.maxShards, limit);
}
/** Where CI mode writes the plan when `--out` names no file. */
const CI_PLAN_PATH = '.tessera/plan.json';
/**
 * The baseline history's document, for timings, in CI mode: the base branch's for a PR, else the branch's.
 * Any problem is a warning; the plan is then made from the other timings, or from file sizes.
 */
async function ciHistory(session, flags) {
    if (flags.history !== undefined)
        return undefined;
    const branch = (0,context/* baselineBranchOf */.X)(session.context);
    if (branch === undefined)
        return undefined;
    try {
        const loaded = await session.host.history.load(branch);
        for (const warning of loaded.warnings)
            session.host.log.warn(`${warning}; planning without it`);
        if (!loaded.doc)
            session.host.log.info(`no history of branch ${JSON.stringify(branch)} yet`);
        return loaded.doc;
    }
    catch (error) {
        if (!(error instanceof errors/* TesseraError */.Wc))
            throw error;
        session.host.log.warn(`the history of branch ${JSON.stringify(branch)} cannot be loaded (${error.message}); planning without it`);
        return undefined;
    }
}
/**
 * CI mode's publication of a plan: the JSON plan file, the `tessera-plan` artifact the shard jobs fetch,
 * and the `matrix`, `shards`, `items`, `empty-shards` and `plan` outputs.
 */
async function publishPlan(session, plan, path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(session.cwd, path)), { recursive: true });
    await (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(session.cwd, path), formatPlanOutput(plan, 'json'));
    const entry = await (0,shard_artifacts/* putPlan */.dA)(session.host.artifacts, (0,external_node_path_.resolve)(session.cwd, path));
    // The matrix lists only the shards with files to run: the report reads this plan and accounts for the
    // others, so a CI starts no job for them.
    await session.host.setOutput('matrix', formatMatrix(plan, 'with-items').trim());
    await session.host.setOutput('shards', String(plan.shards.length));
    // How many files the shards run (0 when --skip-unchanged reused every file), and which shards run none: the
    // count stays what was asked, and a CI that can (the matrix, the Jenkins step) starts no job for an empty
    // shard; a workflow can skip its matrix job when `items` is 0 (the matrix then lists one empty shard).
    await session.host.setOutput('items', String(plan.total));
    await session.host.setOutput('empty-shards', (0,plan_document/* emptyShards */.zy)(plan).join(','));
    await session.host.setOutput('plan', path);
    session.host.log.info(`plan written to ${path} and stored as artifact ${entry.name}`);
}
/** Runs `tessera plan` with its parsed flags; sets `process.exitCode`. */
async function planCommand(flags, testCommand = []) {
    if (testCommand.length > 0 && flags.skipUnchanged !== true)
        throw new errors/* UsageError */.eb(`plan takes no command (${JSON.stringify(testCommand.join(' ')).slice(0, 80)}) without --skip-unchanged`, 'The command after -- is part of the content keys of --skip-unchanged; otherwise drop it.');
    const shard = flags.shard !== undefined ? (0,build/* parseShardRef */.rF)(flags.shard) : undefined;
    const session = await (0,ci_session/* openCiSession */.zA)(flags, { log: 'stderr' });
    if (session && (shard !== undefined || (flags.format ?? 'json') !== 'json' || flags.out === '-'))
        throw new errors/* UsageError */.eb('--ci writes the JSON plan to a file (--out), stores it as an artifact and sets the matrix output', 'Drop --shard, --format and --out - in CI mode; `tessera plan --plan <file> --shard i/N` prints one shard.');
    const format = flags.format ?? (shard ? 'lines' : 'json');
    checkOutputFormat(format, shard);
    let plan;
    if (flags.plan !== undefined) {
        plan = await (0,plan_flag/* readPlanFlag */.i)(flags.plan);
    }
    else {
        const cwd = process.cwd();
        const limit = await (0,shard_limit/* shardLimitFor */.t)(flags);
        if (shard)
            (0,shard_limit/* checkShardCount */.m)(`--shard ${flags.shard}`, shard.total, limit);
        const { config, file: configFile } = await (0,load/* loadConfig */.Z)(cwd, flags.config);
        const skip = (0,skip_options/* skipOptionsOf */.J)(flags, {
            command: testCommand,
            config,
            ...(configFile !== undefined ? { configFile } : {}),
            ...((session?.context.branch ?? flags.branch) !== undefined
                ? { branch: (session?.context.branch ?? flags.branch) }
                : {}),
        });
        let options = (0,make_plan/* mergePlanOptions */.u)(flagOptions(flags), config);
        if (skip)
            options = { ...options, skip };
        checkShardCounts(options, flags, limit);
        // `--shard i/N` alone means "plan N shards and give me shard i".
        if (shard && options.shards === undefined && options.targetMs === undefined) {
            options = { ...options, shards: shard.total };
        }
        // Fetched while makePlan walks the tree.
        const historyDoc = session ? ciHistory(session, flags) : undefined;
        const made = await (0,make_plan/* makePlan */.C)(options, { cwd, ...(historyDoc ? { historyDoc } : {}) });
        plan = made.plan;
        for (const warning of [...made.warnings, ...plan.warnings])
            process.stderr.write(`tessera: warning: ${warning}\n`);
        process.stderr.write(`${planSummary(plan)}\n`);
    }
    if (session) {
        await publishPlan(session, plan, flags.out ?? CI_PLAN_PATH);
        process.exitCode = exit_codes/* ExitCode */.y.ok;
        return;
    }
    const text = formatPlanOutput(plan, format, shard);
    if (flags.out !== undefined && flags.out !== '-')
        await (0,atomic_write/* writeFileAtomic */.Zf)(flags.out, text);
    else
        process.stdout.write(text);
    process.exitCode = exit_codes/* ExitCode */.y.ok;
}


/***/ }),

/***/ 21178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export CONFIG_FILES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29760);
/**
 * Finding and reading the configuration file: `tessera.config.json`, `.tessera.yml` or `.tessera.yaml` in
 * the working directory, or the file named by `--config`. Every problem is a ConfigError naming the file,
 * the line where known, and the key. The parser (YAML and the schema) loads only when there is a file.
 */



/** File names looked for, in order. */
const CONFIG_FILES = ['tessera.config.json', '.tessera.yml', '.tessera.yaml'];
async function readIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (cause) {
        if (cause.code === 'ENOENT')
            return undefined;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${path}: cannot read it (${cause.code ?? String(cause)})`);
    }
}
async function parsedConfig(text, file) {
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 84832));
    return parseConfig(text, file);
}
/**
 * Loads the configuration: `explicit` when given (it must exist), else the first of {@link CONFIG_FILES}
 * in `cwd`. Two candidate files at once are an error: which one counts would be a guess.
 */
async function loadConfig(cwd, explicit) {
    if (explicit !== undefined) {
        const text = await readIfExists(explicit);
        if (text === undefined) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`--config ${explicit}: no such file`, 'Check the path, relative to the working directory.');
        }
        return { config: await parsedConfig(text, explicit), file: explicit };
    }
    const found = [];
    for (const name of CONFIG_FILES) {
        const text = await readIfExists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, name));
        if (text !== undefined)
            found.push({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, name), text });
    }
    if (found.length > 1) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`several configuration files: ${found.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f.file)).join(' and ')}`, 'Keep one of them, or choose with --config <file>.');
    }
    const only = found[0];
    return only ? { config: await parsedConfig(only.text, only.file), file: only.file } : { config: {} };
}


/***/ }),

/***/ 48861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ skipSummary),
/* harmony export */   a: () => (/* binding */ hitRate)
/* harmony export */ });
/* harmony import */ var _plan_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81629);
/**
 * The one-line account of `--skip-unchanged` that `plan` and `run` print: files reused, files run, the hit
 * rate and the time saved.
 */

/** Reused files over all files considered, 0…1 (0 when there were none). */
function hitRate(reused, ran) {
    const all = reused + ran;
    return all === 0 ? 0 : reused / all;
}
/** `skip-unchanged: 27 of 30 files reused (90% hit rate), 3 run; 41s saved`. */
function skipSummary(skip, ran) {
    let saved = 0;
    for (const r of skip.reused)
        saved += r.durationMs;
    const rate = Math.round(hitRate(skip.reused.length, ran) * 100);
    const all = skip.reused.length + ran;
    const full = skip.fullRun !== undefined ? `; full run (${skip.fullRun})` : '';
    const unkeyed = skip.unkeyed > 0 ? `; ${skip.unkeyed} never skipped (imports not static)` : '';
    return (`skip-unchanged: ${skip.reused.length} of ${all} files reused (${rate}% hit rate), ${ran} run; ` +
        `${(0,_plan_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(saved)} saved${full}${unkeyed}`);
}


/***/ })

};
