export const id = 237;
export const ids = [237];
export const modules = {

/***/ 61237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectCommand: () => (/* binding */ collectCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/errors.js
var errors = __webpack_require__(29760);
// EXTERNAL MODULE: ./src/plan/build.js + 2 modules
var build = __webpack_require__(58540);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/run/bundle.js + 1 modules
var run_bundle = __webpack_require__(57117);
// EXTERNAL MODULE: ./src/run/results.js
var results = __webpack_require__(34497);
// EXTERNAL MODULE: ./src/run/retry.js
var retry = __webpack_require__(73229);
;// CONCATENATED MODULE: ./src/run/collect.js
/**
 * `collect`: the shard bundle for jobs that run their tests themselves. The result files the glob matches
 * are copied (never moved: they are the user's) into the bundle folder and read; the bundle is the same
 * document `run` writes, with one try and no exit code of its own to judge.
 */






/** Copies and reads the result files and writes the bundle. A shard with no planned items may have none. */
async function collectShard(options) {
    const now = options.now ?? (() => new Date());
    const cwd = (0,external_node_path_.resolve)(options.cwd);
    const out = (0,external_node_path_.resolve)(cwd, options.out);
    const folder = (0,external_node_path_.join)(out, (0,run_bundle/* bundleFolderName */.QG)(options.shard, options.run.attempt));
    await (0,promises_.rm)(folder, { recursive: true, force: true });
    const relDir = `${run_bundle/* BUNDLE_RESULTS_DIR */.kT}/try-1`;
    const dir = (0,external_node_path_.join)(folder, relDir);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const at = now().toISOString();
    const warnings = await (0,results/* moveGlobMatches */.Zd)({ pattern: options.results, cwd, exclude: [out] }, dir, 0, 'copy');
    const read = await (0,results/* readResultsFolder */.fJ)(dir, cwd);
    const tests = read.parsed.flatMap((p) => p.tests);
    const items = options.items ?? [...new Set(tests.flatMap((t) => (t.file !== undefined ? [t.file] : [])))].sort();
    let reason;
    const unreadable = read.unreadable[0];
    if (unreadable)
        reason = `a result file cannot be read: ${unreadable.message}`;
    else if (tests.length === 0 && (options.items === undefined || options.items.length > 0))
        reason = `no test results match --results ${JSON.stringify(options.results)} (in ${cwd}); did the tests run and write them there?`;
    const label = `${options.shard.index}/${options.shard.total}`;
    if (reason !== undefined) {
        reason = `shard ${label}: ${reason}`;
        tests.push((0,retry/* infrastructureFailureTest */.yK)((0,retry/* infrastructureTestParts */.KC)({ shard: label }), reason, 0));
    }
    const itemSet = new Set(items);
    const walls = new Map();
    for (const p of read.parsed)
        for (const s of p.suites)
            if (s.file !== undefined && itemSet.has(s.file))
                walls.set(s.file, (walls.get(s.file) ?? 0) + s.durationMs);
    const files = [...walls]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([path, wallMs]) => ({ path, wallMs: Math.round(wallMs), source: 'runner' }));
    const folded = (0,model/* foldTests */.Pm)(tests);
    const bundle = {
        version: 1,
        tool: run_bundle/* TOOL */.js,
        run: options.run,
        shard: options.shard,
        items: [...items],
        startedAt: at,
        finishedAt: at,
        wallMs: 0,
        exitCode: folded.some((t) => t.outcome === 'failed') ? 1 : 0,
        ...(reason !== undefined ? { infrastructureFailure: { reason } } : {}),
        tries: [
            {
                index: 1,
                items: [...items],
                exitCode: null,
                timedOut: false,
                wallMs: 0,
                resultFiles: read.parsed.map((p) => ({
                    path: `${relDir}/${(0,external_node_path_.relative)(dir, p.source).split(external_node_path_.sep).join('/')}`,
                    format: p.format,
                    tests: p.tests.length,
                })),
                ...(reason !== undefined ? { infrastructureFailure: reason } : {}),
            },
        ],
        files,
        tests: folded.map(run_bundle/* toBundleTest */.kb),
    };
    await (0,run_bundle/* writeBundle */.Mf)(folder, bundle);
    return { bundle, folder, warnings };
}

// EXTERNAL MODULE: ./src/ci/shard-artifacts.js
var shard_artifacts = __webpack_require__(57244);
// EXTERNAL MODULE: ./src/cli/ci-session.js
var ci_session = __webpack_require__(41503);
// EXTERNAL MODULE: ./src/cli/exit-codes.js
var exit_codes = __webpack_require__(61453);
// EXTERNAL MODULE: ./src/cli/flag-values.js
var flag_values = __webpack_require__(92243);
;// CONCATENATED MODULE: ./src/cli/verbs/collect.js
/**
 * What `tessera collect --shard i/N --results <glob>` does (declared in ../commands/collect.ts): for jobs
 * that run their tests themselves, turn the result files into the same shard bundle `tessera run` writes,
 * so `report --from` treats both alike.
 */








/** Runs `tessera collect` with its parsed flags; sets `process.exitCode`. */
async function collectCommand(flags) {
    const shard = (0,build/* parseShardRef */.rF)(flags.shard);
    if (!flags.results)
        throw new errors/* UsageError */.eb('--results <glob> is required');
    const session = await (0,ci_session/* openCiSession */.zA)(flags);
    // The plan is optional here: with it, report checks that the shard ran exactly its items.
    const plan = await (0,ci_session/* sessionPlan */.kH)(session, flags.plan);
    const items = plan ? (0,build/* shardItems */.l6)(plan, shard) : undefined;
    const attempt = (0,flag_values/* wholeNumberFlag */.ZR)('--attempt', flags.attempt);
    const run = session
        ? (0,ci_session/* sessionRunInfo */.u)(session, attempt)
        : { provider: 'local', ...(attempt !== undefined ? { attempt } : {}) };
    const result = await collectShard({
        shard,
        results: flags.results,
        out: flags.out,
        cwd: process.cwd(),
        run,
        ...(items ? { items } : {}),
    });
    for (const w of result.warnings)
        process.stderr.write(`tessera: warning: ${w}\n`);
    if (result.bundle.infrastructureFailure)
        process.stderr.write(`tessera collect: ${result.bundle.infrastructureFailure.reason}\n`);
    process.stderr.write(`tessera collect: shard ${shard.index}/${shard.total}: ${result.bundle.tests.length} ${result.bundle.tests.length === 1 ? 'test' : 'tests'}; ` +
        `bundle written to ${(0,external_node_path_.join)(result.folder, 'bundle.json')}\n`);
    if (session) {
        const entry = await (0,shard_artifacts/* putShardBundle */.Kx)(session.host.artifacts, result.folder, shard, run.attempt ?? 1);
        process.stderr.write(`tessera collect: bundle stored as artifact ${entry.name}\n`);
    }
    process.exitCode = result.bundle.exitCode === 0 ? exit_codes/* ExitCode */.y.ok : exit_codes/* ExitCode */.y.testsFailed;
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


/***/ })

};
