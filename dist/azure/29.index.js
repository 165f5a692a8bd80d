export const id = 29;
export const ids = [29];
export const modules = {

/***/ 18810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ checkShardCount),
/* harmony export */   t: () => (/* binding */ shardLimitFor)
/* harmony export */ });
/* harmony import */ var _ci_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52969);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29760);
/**
 * How many shards a plan may have: as many as the CI it is for runs in one matrix (GitHub 256, GitLab
 * 200, Azure 99; see each provider's `maxShards`), and never more than Tessera's own ceiling. The CI is the
 * one `--ci` would use: `--provider` or `TESSERA_PROVIDER`, else the one detected, else local. A count over
 * the limit is refused before anything is planned, so `--shards 99999999` answers at once instead of
 * building a matrix nobody can run.
 */


/** The limit of the CI these flags (and the environment) choose. */
async function shardLimitFor(flags, env = process.env) {
    const { selectProvider } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 48754));
    const provider = selectProvider(env, flags.provider);
    return { max: Math.min(provider.maxShards, _ci_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARDS_ANY_HOST */ .XF), host: provider.displayName };
}
/**
 * Refuses a shard count above the limit.
 *
 * @param what how the count was given, for the message: `--shards 300`, `shards: 300 in the config file`
 * @throws UsageError naming the count, the CI and its limit
 */
function checkShardCount(what, count, limit) {
    if (count <= limit.max)
        return;
    const why = limit.max < _ci_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARDS_ANY_HOST */ .XF
        ? `${limit.host} runs at most ${limit.max} jobs in one matrix`
        : `Tessera plans at most ${limit.max} shards`;
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: too many shards; ${why}`, `Use ${limit.max} or fewer, or --target <duration> to let the timings choose the count.`);
}


/***/ }),

/***/ 58540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gg: () => (/* binding */ buildPlan),
  W4: () => (/* binding */ normalizeItems),
  rF: () => (/* binding */ parseShardRef),
  l6: () => (/* binding */ shardItems)
});

// UNUSED EXPORTS: DEFAULT_MAX_SHARDS

// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ../../node_modules/picomatch/index.js
var picomatch = __webpack_require__(71026);
;// CONCATENATED MODULE: ./src/plan/constraints.js
/**
 * Placement constraints: `groups` (items that stay on one shard) and `order` (items that must run before
 * others on the same shard). Both turn related items into one indivisible unit the planner places whole.
 * Pure.
 */


function matcher(globs) {
    const isMatch = picomatch(globs, { dot: true });
    const exact = new Set(globs);
    return (path) => exact.has(path) || isMatch(path);
}
/** Disjoint sets over item indices. */
class UnionFind {
    parent;
    constructor(size) {
        this.parent = Array.from({ length: size }, (_, i) => i);
    }
    find(i) {
        let root = i;
        while (this.parent[root] !== root)
            root = this.parent[root];
        while (this.parent[i] !== root) {
            const next = this.parent[i];
            this.parent[i] = root;
            i = next;
        }
        return root;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        // The smaller index becomes the root, so the result does not depend on the order of unions.
        if (ra !== rb)
            this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
/**
 * Finds a cycle in a directed graph over sorted item indices, as the list of nodes along it (first node
 * repeated at the end), or undefined. Iterative DFS, so deep chains cannot overflow the stack.
 */
function findCycle(size, edges) {
    const state = new Uint8Array(size); // 0 new, 1 on the current path, 2 done
    for (let start = 0; start < size; start++) {
        if (state[start] !== 0 || !edges.has(start))
            continue;
        const path = [start];
        const next = [0];
        state[start] = 1;
        while (path.length > 0) {
            const node = path[path.length - 1];
            const targets = edges.get(node) ?? [];
            const i = next[next.length - 1];
            if (i >= targets.length) {
                state[node] = 2;
                path.pop();
                next.pop();
                continue;
            }
            next[next.length - 1] = i + 1;
            const target = targets[i];
            if (state[target] === 1)
                return [...path.slice(path.indexOf(target)), target];
            if (state[target] === 0) {
                state[target] = 1;
                path.push(target);
                next.push(0);
            }
        }
    }
    return undefined;
}
/**
 * Groups `items` (sorted, unique) into units under the constraints. Throws a ConfigError naming the cycle
 * (`a → b → a`) when `order` has one.
 */
function buildUnits(items, constraints = {}) {
    const warnings = [];
    const uf = new UnionFind(items.length);
    const indicesOf = (globs) => {
        const isMatch = matcher(globs);
        const found = [];
        items.forEach((item, i) => {
            if (isMatch(item))
                found.push(i);
        });
        return found;
    };
    for (const group of constraints.groups ?? []) {
        const globs = typeof group === 'string' ? [group] : group;
        const members = indicesOf(globs);
        if (members.length === 0)
            warnings.push(`group ${JSON.stringify(globs)} matches no item`);
        for (const m of members.slice(1))
            uf.union(members[0], m);
    }
    const edges = new Map();
    for (const chain of constraints.order ?? []) {
        const steps = chain.map((element) => indicesOf([element]));
        steps.forEach((members, i) => {
            if (members.length === 0)
                warnings.push(`order step ${JSON.stringify(chain[i])} matches no item`);
        });
        for (let i = 0; i + 1 < steps.length; i++) {
            for (const from of steps[i]) {
                for (const to of steps[i + 1]) {
                    const targets = edges.get(from);
                    if (targets)
                        targets.push(to);
                    else
                        edges.set(from, [to]);
                    uf.union(from, to);
                }
            }
        }
    }
    for (const targets of edges.values())
        targets.sort((a, b) => a - b);
    const cycle = findCycle(items.length, edges);
    if (cycle) {
        throw new model/* ConfigError */.xL(`order has a cycle: ${cycle.map((i) => items[i]).join(' → ')}`, 'Each `order` chain lists items that run before the next ones; remove one of these steps so no item has to run before itself.');
    }
    const members = new Map();
    items.forEach((_, i) => {
        const root = uf.find(i);
        const list = members.get(root);
        if (list)
            list.push(i);
        else
            members.set(root, [i]);
    });
    const units = [...members.values()].map((indices) => ({
        items: topologicalOrder(indices, edges).map((i) => items[i]),
    }));
    return { units, warnings };
}
/**
 * Kahn's algorithm over one unit's indices, always taking the smallest ready index (= path order, since
 * items are sorted): deterministic, and plain path order when there are no edges.
 */
function topologicalOrder(indices, edges) {
    if (indices.every((i) => !edges.has(i)))
        return [...indices];
    const inDegree = new Map(indices.map((i) => [i, 0]));
    for (const i of indices)
        for (const t of edges.get(i) ?? [])
            inDegree.set(t, (inDegree.get(t) ?? 0) + 1);
    const ready = indices.filter((i) => inDegree.get(i) === 0);
    const order = [];
    while (ready.length > 0) {
        const node = ready.shift();
        order.push(node);
        for (const t of edges.get(node) ?? []) {
            const d = inDegree.get(t) - 1;
            inDegree.set(t, d);
            if (d === 0) {
                // Insert in sorted position; units are small, so a linear insert is fine.
                const at = ready.findIndex((r) => r > t);
                ready.splice(at === -1 ? ready.length : at, 0, t);
            }
        }
    }
    return order;
}

// EXTERNAL MODULE: ./src/plan/duration.js
var duration = __webpack_require__(81629);
// EXTERNAL MODULE: ./src/plan/estimate.js
var estimate = __webpack_require__(75095);
// EXTERNAL MODULE: ./src/plan/plan-document.js
var plan_document = __webpack_require__(24466);
// EXTERNAL MODULE: ./src/plan/planner.js
var planner = __webpack_require__(80293);
// EXTERNAL MODULE: ./src/plan/run-first.js
var run_first = __webpack_require__(50595);
;// CONCATENATED MODULE: ./src/plan/shard-count.js

/**
 * Weighs N = 1 … maxShards and picks the smallest N with setup + makespan ≤ target, else the N with the
 * least wall time. The curve stops early where more shards cannot help: once the makespan reaches the
 * longest unit (the p_max floor), or N reaches the number of units.
 */
function chooseShardCount(units, target) {
    const order = (0,planner/* lptOrder */.HJ)(units);
    const totalMs = units.reduce((s, u) => s + u.ms, 0);
    const limit = Math.max(1, Math.min(target.maxShards, units.length));
    const floorMs = units.reduce((m, u) => Math.max(m, u.ms), 0);
    const curve = [];
    for (let n = 1; n <= limit; n++) {
        const makespanMs = (0,planner/* lptMakespan */.Hx)(units, n, order);
        curve.push({
            shards: n,
            makespanMs,
            wallMs: target.setupMs + makespanMs,
            machineMs: n * target.setupMs + totalMs,
        });
        if (makespanMs <= floorMs)
            break;
    }
    const meeting = curve.find((p) => p.wallMs <= target.targetMs);
    if (meeting)
        return { shards: meeting.shards, met: true, curve };
    const fastest = curve.reduce((best, p) => (p.wallMs < best.wallMs ? p : best));
    return { shards: fastest.shards, met: false, curve };
}

// EXTERNAL MODULE: ./src/plan/spread.js
var spread = __webpack_require__(56390);
// EXTERNAL MODULE: ./src/model/durations.js
var durations = __webpack_require__(32070);
;// CONCATENATED MODULE: ./src/plan/build.js
/**
 * From items, timings, constraints and a shard count (or a target) to a Plan. Pure: the same input gives a
 * byte-identical plan.
 */










/** Largest shard count weighed for `--target` when `--max-shards` is not given. */
const DEFAULT_MAX_SHARDS = 32;
const round = (ms) => Math.round(ms);
/** Normalised, unique, sorted item paths. Sorting by code unit keeps the order locale-independent. */
function normalizeItems(items) {
    const unique = new Set(items.map((i) => (0,model/* normalizePath */.Fd)(i)).filter((i) => i.length > 0));
    return [...unique].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
function checkShardInput(input) {
    if ((input.shards === undefined) === (input.target === undefined)) {
        throw new model/* UsageError */.eb('give either a shard count (--shards N) or a target wall time (--target <duration>), not both or neither');
    }
    if (input.shards !== undefined && !(Number.isInteger(input.shards) && input.shards >= 1)) {
        throw new model/* UsageError */.eb(`--shards must be a whole number ≥ 1, got ${input.shards}`);
    }
    const max = input.target?.maxShards;
    if (max !== undefined && !(Number.isInteger(max) && max >= 1)) {
        throw new model/* UsageError */.eb(`--max-shards must be a whole number ≥ 1, got ${max}`);
    }
}
/** Computes the plan. Throws UsageError for contradictory input, ConfigError for an `order` cycle. */
function buildPlan(input) {
    checkShardInput(input);
    const items = normalizeItems(input.items);
    const setupMs = input.setupMs ?? 0;
    const given = [...(input.durations ?? [])].map(([file, ms]) => ({
        file: (0,model/* normalizePath */.Fd)(file),
        ms,
        kind: 'suite',
        source: '(given durations)',
    }));
    // Every time is made finite, non-negative and capped (model/durations.ts) whatever its source, so the
    // plan's sums stay numbers and `run` accepts the plan.
    const samples = [...(input.timings?.samples ?? []), ...given].map((s) => Number.isFinite(s.ms) && s.ms >= 0 && s.ms <= durations/* MAX_DURATION_MS */.rG ? s : { ...s, ms: (0,durations/* saneDuration */.a)(s.ms) });
    const shardRuns = (input.timings?.shardRuns ?? []).map((r) => ({
        wallMs: (0,durations/* saneDuration */.a)(r.wallMs),
        testMs: (0,durations/* saneDuration */.a)(r.testMs),
    }));
    const estimates = (0,estimate/* estimateDurations */.Wi)(items, samples, shardRuns, input.estimate);
    const { units, warnings: constraintWarnings } = buildUnits(items, input.constraints);
    const spreadOf = estimates.spreads?.sdMs;
    const weighted = units.map((u) => ({
        items: u.items,
        ms: u.items.reduce((s, i) => s + estimates.durations.get(i), 0),
        // Independent files: variances add up within a unit as within a shard.
        varianceMs2: spreadOf ? u.items.reduce((s, i) => s + (spreadOf.get(i) ?? 0) ** 2, 0) : 0,
    }));
    const totalMs = weighted.reduce((s, u) => s + u.ms, 0);
    let shardCount;
    let n;
    if (input.target) {
        const maxShards = input.target.maxShards ?? DEFAULT_MAX_SHARDS;
        const choice = chooseShardCount(weighted, { targetMs: input.target.targetMs, setupMs, maxShards });
        n = choice.shards;
        shardCount = {
            mode: 'target',
            targetMs: input.target.targetMs,
            maxShards,
            met: choice.met,
            curve: choice.curve.map((p) => ({
                shards: p.shards,
                makespanMs: round(p.makespanMs),
                wallMs: round(p.wallMs),
                machineMs: round(p.machineMs),
            })),
        };
    }
    else {
        n = input.shards;
        shardCount = { mode: 'fixed', met: true };
    }
    // The shard count above is chosen on means (plain LPT makespans); the spread only moves units between shards.
    const robust = estimates.spreads
        ? (0,spread/* placeRobust */.dy)(weighted, n, input.estimate?.spreadMargin, estimates.spreads.summary.z)
        : undefined;
    const placement = robust?.placement ?? (0,planner/* placeUnits */.fM)(weighted, n);
    const prioritized = weighted.map((u) => ({
        items: u.items,
        predictedMs: u.ms,
        ...(spreadOf ? { spreadMs: round(Math.sqrt(u.varianceMs2)) } : {}),
        ...(0,run_first/* unitPriority */.X)(u.items, input.recent),
    }));
    const shards = placement.shards.map((unitIndices, s) => {
        // Fail fast: recently failed units, then flaky ones, then the rest, longest first within each. Units
        // move whole, so a unit's own (order-respecting) order is kept.
        const ordered = unitIndices
            .map((u) => prioritized[u])
            .sort(run_first/* compareRunOrder */.t);
        return {
            index: s + 1,
            items: ordered.flatMap((u) => u.items),
            predictedMs: round(placement.loads[s]),
            units: ordered.map((u) => ({
                items: u.items,
                predictedMs: round(u.predictedMs),
                ...(u.spreadMs !== undefined ? { spreadMs: u.spreadMs } : {}),
                ...(u.priority ? { priority: u.priority, reason: u.reason } : {}),
            })),
        };
    });
    (0,planner/* assertPartition */.zU)(items, shards.map((s) => s.items));
    const floorUnit = weighted.reduce((best, u) => (!best || u.ms > best.ms ? u : best), undefined);
    const floorItem = floorUnit
        ? floorUnit.items.reduce((best, i) => estimates.durations.get(i) > estimates.durations.get(best) ? i : best)
        : null;
    const floorMs = floorUnit?.ms ?? 0;
    const lowerBoundMs = Math.max(totalMs / n, floorMs);
    const makespanMs = placement.makespanMs;
    const warnings = [...constraintWarnings];
    if (estimates.unknown.length > 0) {
        warnings.push(`${estimates.unknown.length} of ${items.length} items have no timing; each is assumed to take about ${(0,duration/* formatDuration */.a)(estimates.sources.unknownMs)}`);
    }
    if (shardCount.mode === 'target' && !shardCount.met) {
        warnings.push(`no shard count up to ${shardCount.maxShards} meets the target of ${(0,duration/* formatDuration */.a)(shardCount.targetMs)}: ` +
            `the fastest is ${n} shards at ${(0,duration/* formatDuration */.a)(setupMs + makespanMs)}; ` +
            `${floorItem} alone takes ${(0,duration/* formatDuration */.a)(floorMs)}${floorUnit && floorUnit.items.length > 1 ? ` with its group of ${floorUnit.items.length}` : ''}, which no split can beat`);
    }
    return {
        version: plan_document/* PLAN_VERSION */.Ze,
        total: items.length,
        unit: 'file',
        shards,
        predictedMakespanMs: round(makespanMs),
        lowerBoundMs: round(lowerBoundMs),
        floorItem,
        floorMs: round(floorMs),
        unknownItems: estimates.unknown.length,
        setupMs: round(setupMs),
        predictedWallMs: round(setupMs + makespanMs),
        machineMs: round(n * setupMs + totalMs),
        totalMs: round(totalMs),
        estimates: {
            ...estimates.sources,
            unknownMs: round(estimates.sources.unknownMs),
            ...(estimates.sources.spread && robust
                ? {
                    spread: {
                        ...estimates.sources.spread,
                        chosenZ: robust.z,
                        expectedPlainMakespanMs: round(robust.expectedPlainMs),
                        expectedMakespanMs: round(robust.expectedMs),
                    },
                }
                : {}),
        },
        shardCount,
        ...(input.recent
            ? {
                runFirst: {
                    window: input.recent.window,
                    failed: prioritized.filter((u) => u.priority === 'failed').length,
                    flaky: prioritized.filter((u) => u.priority === 'flaky').length,
                },
            }
            : {}),
        warnings,
        ...(input.createdAt !== undefined ? { createdAt: input.createdAt } : {}),
    };
}
/**
 * One shard's items. Throws a UsageError when the shard does not fit the plan (a matrix of another size,
 * an index out of range), which is how a stale plan would otherwise silently run the wrong tests.
 */
function shardItems(plan, shard) {
    if (shard.total !== plan.shards.length) {
        throw new model/* UsageError */.eb(`--shard ${shard.index}/${shard.total} does not fit the plan, which has ${plan.shards.length} shards`, `Use --shard i/${plan.shards.length}, or re-plan with --shards ${shard.total}.`);
    }
    const found = plan.shards.find((s) => s.index === shard.index);
    if (!found) {
        throw new model/* UsageError */.eb(`--shard ${shard.index}/${shard.total}: the index must be between 1 and ${shard.total}`);
    }
    return found.items;
}
/** Parses `i/N` (1-based) as in `--shard` of Jest, Vitest and Playwright. */
function parseShardRef(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || total < 1 || index < 1 || index > total) {
        throw new model/* UsageError */.eb(`--shard ${JSON.stringify(text)} is not i/N with 1 ≤ i ≤ N`, 'Shards are numbered from 1, e.g. --shard 2/4.');
    }
    return { index, total };
}


/***/ }),

/***/ 16136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ makePlan),
  u: () => (/* binding */ mergePlanOptions)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/build.js + 2 modules
var build = __webpack_require__(58540);
// EXTERNAL MODULE: ./src/plan/spread.js
var spread = __webpack_require__(56390);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ../../node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(9970);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/model/arrays.js
var arrays = __webpack_require__(96545);
// EXTERNAL MODULE: ./src/plan/item-path.js
var item_path = __webpack_require__(22692);
;// CONCATENATED MODULE: ./src/plan/items.js
/**
 * Collecting the items to plan: globs, a list file (or stdin), or a listing command. I/O at the edge; the
 * result is normalised, de-duplicated and sorted.
 */








// Dependencies and VCS folders are never test items of this repository, whatever the glob says.
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** One path per line; blank lines and `#` comments skipped. */
function parseItemList(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !line.startsWith('#'));
}
/** Expands globs; a positive glob that matches nothing is a UsageError quoting it. */
async function expandTestGlobs(patterns, cwd) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    if (include.length === 0)
        throw new model/* UsageError */.eb('--tests has only exclusions (`!…`); add a glob to include');
    const found = [];
    for (const pattern of include) {
        const matches = await (0,dist/* glob */.TI)(pattern, { cwd, ignore: [...ALWAYS_IGNORED, ...exclude], dot: true });
        if (matches.length === 0) {
            throw new model/* UsageError */.eb(`--tests ${JSON.stringify(pattern)} matches no file under ${cwd}`, 'Globs are relative to the working directory; quote them so the shell does not expand them.');
        }
        (0,arrays/* appendAll */.u2)(found, matches);
    }
    return found;
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
}
/** Runs the listing command through the shell and returns its lines. */
function runListCommand(command, cwd) {
    const result = (0,external_node_child_process_.spawnSync)(command, { cwd, shell: true, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.error || result.status !== 0) {
        const why = result.error
            ? result.error.message
            : result.signal
                ? `killed by ${result.signal}`
                : `exit code ${result.status}`;
        const stderr = (result.stderr ?? '').trim().split('\n').slice(-5).join('\n  ');
        throw new model/* UsageError */.eb(`--list-command ${JSON.stringify(command)} failed (${why})${stderr ? `:\n  ${stderr}` : ''}`, 'Run the command yourself; it must print one test file path per line and exit 0.');
    }
    return parseItemList(result.stdout);
}
/** Collects items from every given source. Throws UsageError when no source is given or one fails. */
async function collectItems(sources) {
    const cwd = sources.cwd ?? process.cwd();
    const found = [];
    if (sources.tests && sources.tests.length > 0)
        (0,arrays/* appendAll */.u2)(found, await expandTestGlobs(sources.tests, cwd));
    if (sources.testsFrom !== undefined) {
        const file = sources.testsFrom;
        let text;
        try {
            text = file === '-' ? await (sources.stdin ?? readStdin)() : await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), 'utf8');
        }
        catch (cause) {
            throw new model/* UsageError */.eb(`--tests-from ${file}: cannot read it (${cause.code ?? String(cause)})`, 'Pass a file with one test path per line, or - for stdin.');
        }
        (0,arrays/* appendAll */.u2)(found, parseItemList(text));
    }
    if (sources.listCommand !== undefined)
        (0,arrays/* appendAll */.u2)(found, runListCommand(sources.listCommand, cwd));
    if (sources.tests === undefined && sources.testsFrom === undefined && sources.listCommand === undefined) {
        throw new model/* UsageError */.eb('no tests to plan: give --tests <glob>, --tests-from <file|->, or --list-command "<cmd>"', 'Or set `tests` in tessera.config.json / .tessera.yml.');
    }
    const items = (0,build/* normalizeItems */.W4)(found.map((p) => (p.startsWith(cwd + '/') ? p.slice(cwd.length + 1) : p)));
    (0,item_path/* checkItems */.Hx)(items, 'the test items');
    return items;
}

;// CONCATENATED MODULE: ./src/plan/make-plan.js
/**
 * The plan use case with its I/O: resolve options (flags over the config file), gather items and timings
 * from disk, stat the files for size-based estimates, and build the plan. Shared by `tessera plan` and by
 * `tessera run` when it plans for itself.
 */





const list = (value) => value === undefined ? undefined : typeof value === 'string' ? [value] : value;
/**
 * Flags over the config file. Related keys move together: any item flag replaces all of the config's item
 * keys, and `--shards` or `--target` replaces the config's choice of shard count, so a flag never mixes
 * with a half-overridden config.
 */
function mergePlanOptions(flags, config) {
    const flagItems = flags.tests !== undefined || flags.testsFrom !== undefined || flags.listCommand !== undefined;
    const items = flagItems
        ? { tests: flags.tests, testsFrom: flags.testsFrom, listCommand: flags.listCommand }
        : { tests: list(config.tests), testsFrom: config.testsFrom, listCommand: config.listCommand };
    const flagCount = flags.shards !== undefined || flags.targetMs !== undefined;
    const count = flagCount
        ? { shards: flags.shards, targetMs: flags.targetMs }
        : { shards: config.shards, targetMs: config.target };
    const merged = {
        ...items,
        ...count,
        timings: flags.timings ?? list(config.timings),
        estimator: flags.estimator ?? config.estimator,
        robust: flags.robust ?? config.robust,
        setupMs: flags.setupMs ?? config.setup,
        maxShards: flags.maxShards ?? config.maxShards,
        groups: [...(config.groups ?? []), ...(flags.groups ?? [])],
        order: [...(config.order ?? []), ...(flags.order ?? [])],
        history: flags.history,
    };
    // Drop undefined keys so the object reads cleanly in errors and tests.
    return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
}
/** Sizes of the items that exist on disk (missing ones are simply absent). */
async function fileSizes(items, cwd) {
    const sizes = new Map();
    const BATCH = 256;
    for (let i = 0; i < items.length; i += BATCH) {
        const batch = items.slice(i, i + BATCH);
        const stats = await Promise.allSettled(batch.map((item) => (0,promises_.stat)((0,external_node_path_.join)(cwd, item))));
        stats.forEach((s, j) => {
            if (s.status === 'fulfilled' && s.value.isFile())
                sizes.set(batch[j], s.value.size);
        });
    }
    return sizes;
}
const NO_TIMINGS = { samples: [], shardRuns: [], files: [], warnings: [] };
/*
 * The readers of result files and of the history load only when a plan has such timings: a first plan (or a
 * CI plan job with no history yet) then starts without the XML parser, the format readers and the history
 * codec, which is most of what the action's cold start would otherwise initialise.
 */
async function timingsOf(patterns, cwd) {
    if (patterns.length === 0)
        return NO_TIMINGS;
    const { loadTimings } = await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(628), __webpack_require__.e(182), __webpack_require__.e(881)]).then(__webpack_require__.bind(__webpack_require__, 67881));
    return loadTimings(patterns, cwd);
}
async function historyOf(file, pending) {
    if (file !== undefined)
        return (await Promise.all(/* import() */[__webpack_require__.e(53), __webpack_require__.e(603)]).then(__webpack_require__.bind(__webpack_require__, 20603))).loadHistoryInputs(file);
    const doc = await pending;
    return doc ? (await Promise.all(/* import() */[__webpack_require__.e(53), __webpack_require__.e(603)]).then(__webpack_require__.bind(__webpack_require__, 20603))).historyInputsOf(doc) : undefined;
}
/** Gathers items and timings and builds the plan. */
async function makePlan(options, io) {
    // The three sources are independent: walking the tree, reading result files and fetching a CI history
    // overlap, so a plan job pays for the slowest, not the sum.
    const [items, loaded, history] = await Promise.all([
        collectItems({
            ...(options.tests ? { tests: options.tests } : {}),
            ...(options.testsFrom !== undefined ? { testsFrom: options.testsFrom } : {}),
            ...(options.listCommand !== undefined ? { listCommand: options.listCommand } : {}),
            cwd: io.cwd,
            ...(io.stdin ? { stdin: io.stdin } : {}),
        }),
        timingsOf(options.timings ?? [], io.cwd),
        historyOf(options.history, io.historyDoc),
    ]);
    const skip = options.skip
        ? await (await Promise.all(/* import() */[__webpack_require__.e(446), __webpack_require__.e(53), __webpack_require__.e(51)]).then(__webpack_require__.bind(__webpack_require__, 97051))).planSkips(items, io.cwd, history?.doc, options.skip)
        : undefined;
    const planned = skip ? skip.run : items;
    // History samples come first: they are older than the result files of the run just finished.
    const timings = { samples: [...(history?.samples ?? []), ...loaded.samples], shardRuns: loaded.shardRuns };
    // An explicit --setup wins; otherwise the set-up time the history measured.
    const setupMs = options.setupMs ?? history?.setupMs;
    const constraints = { groups: options.groups ?? [], order: options.order ?? [] };
    const input = {
        items: planned,
        timings,
        estimate: {
            sizes: await fileSizes(planned, io.cwd),
            ...(options.estimator ? { estimator: options.estimator } : {}),
            ...(options.robust ? { spreadZ: spread/* DEFAULT_SPREAD_Z */.zp } : {}),
        },
        constraints,
        ...(history?.recent ? { recent: history.recent } : {}),
        ...(options.shards !== undefined ? { shards: options.shards } : {}),
        ...(options.targetMs !== undefined
            ? {
                target: {
                    targetMs: options.targetMs,
                    ...(options.maxShards ? { maxShards: options.maxShards } : {}),
                },
            }
            : {}),
        ...(setupMs !== undefined ? { setupMs } : {}),
        ...(io.createdAt !== undefined ? { createdAt: io.createdAt } : {}),
    };
    const plan = (0,build/* buildPlan */.Gg)(input);
    return {
        plan: skip
            ? {
                ...plan,
                skip: {
                    keys: skip.keys,
                    reused: skip.reused,
                    unkeyed: skip.unkeyed.length,
                    ...(skip.fullRun !== undefined ? { fullRun: skip.fullRun } : {}),
                },
            }
            : plan,
        warnings: [...(history?.warnings ?? []), ...loaded.warnings],
    };
}


/***/ }),

/***/ 50595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ unitPriority),
/* harmony export */   t: () => (/* binding */ compareRunOrder)
/* harmony export */ });
/* harmony import */ var _plan_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24466);
/**
 * The fail-fast run order inside a shard: units with a file that failed recently first, then flaky ones,
 * then the rest, longest first within each (ties by first item). Pure; the history's side (which files
 * failed recently) is recent-failures.ts.
 */

/** A unit's priority: its most urgent file's (failed over flaky), with that file named in the reason. */
function unitPriority(items, recent) {
    let best;
    for (const file of items) {
        const failure = recent?.files.get(file);
        if (failure && (!best || (0,_plan_document_js__WEBPACK_IMPORTED_MODULE_0__/* .priorityRank */ .Dk)(failure.priority) < (0,_plan_document_js__WEBPACK_IMPORTED_MODULE_0__/* .priorityRank */ .Dk)(best.failure.priority)))
            best = { file, failure };
    }
    return best ? { priority: best.failure.priority, reason: `${best.failure.reason} (${best.file})` } : {};
}
/** Compares two units in run order: priority, then longest first, then by first item's path. */
function compareRunOrder(a, b) {
    const rank = (0,_plan_document_js__WEBPACK_IMPORTED_MODULE_0__/* .priorityRank */ .Dk)(a.priority) - (0,_plan_document_js__WEBPACK_IMPORTED_MODULE_0__/* .priorityRank */ .Dk)(b.priority);
    if (rank !== 0)
        return rank;
    if (a.predictedMs !== b.predictedMs)
        return b.predictedMs - a.predictedMs;
    const pa = a.items[0];
    const pb = b.items[0];
    return pa < pb ? -1 : pa > pb ? 1 : 0;
}


/***/ })

};
