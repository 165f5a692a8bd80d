export const id = 656;
export const ids = [656];
export const modules = {

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


/***/ })

};
