export const id = 739;
export const ids = [739];
export const modules = {

/***/ 44739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPipelineBatch: () => (/* binding */ runPipelineBatch)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/index.js + 4 modules
var model = __webpack_require__(74060);
// EXTERNAL MODULE: ./src/queue/memory-queue.js + 1 modules
var memory_queue = __webpack_require__(57147);
// EXTERNAL MODULE: ./src/queue/plan-units.js
var plan_units = __webpack_require__(1952);
;// CONCATENATED MODULE: ./src/queue/pipeline-batches.js


/** The bundle's `queue.kind` for a worker of the in-pipeline queue. */
const PIPELINE_QUEUE_KIND = 'pipeline';
/**
 * Every batch of `plan`'s in-pipeline queue, in the order they are handed out: one worker per planned shard,
 * and no invocation overhead, exactly as the Redis queue across CI jobs sizes them (queued-shard.ts), so both
 * queues of one plan hand out the same batches.
 *
 * @throws UsageError when the plan's units do not match its items (plan-units.ts)
 */
function pipelineBatches(plan) {
    const queue = new memory_queue/* MemoryWorkQueue */.o((0,plan_units/* unitsOfPlan */.m)(plan), plan.shards.length);
    const batches = [];
    for (let batch = queue.takeNow(); batch !== undefined; batch = queue.takeNow())
        batches.push(batch);
    return batches;
}

// EXTERNAL MODULE: ./src/queue/work-source.js
var work_source = __webpack_require__(82120);
// EXTERNAL MODULE: ./src/run/bundle.js + 1 modules
var run_bundle = __webpack_require__(57117);
// EXTERNAL MODULE: ./src/run/shard.js + 3 modules
var shard = __webpack_require__(53767);
;// CONCATENATED MODULE: ./src/run/pipeline-batch.js
/**
 * One batch of the in-pipeline queue (`tessera run --shard w/N --batch k`): the pipeline hands batch number
 * k to worker w, and this process runs it and adds it to worker w's bundle, which the worker's earlier
 * batches left in its bundle folder. A number past the last batch means the queue is drained: the worker's
 * bundle is complete (empty when it took no batch), and only then is it stored as the shard's artifact.
 */







/**
 * The bundle this worker's earlier batches wrote in this build, or undefined. A bundle of another build, run
 * attempt or worker (Jenkins keeps workspaces between builds) or of another kind is not added to: it is
 * replaced.
 */
async function earlierBundle(options) {
    const path = (0,external_node_path_.join)((0,shard/* shardFolder */.nG)(options), run_bundle/* BUNDLE_FILE */.Ij);
    if (!(await (0,promises_.stat)(path).catch(() => undefined)))
        return undefined;
    const bundle = await (0,run_bundle/* readBundle */.Bo)(path);
    const same = bundle.queue?.kind === PIPELINE_QUEUE_KIND &&
        bundle.shard.index === options.shard.index &&
        bundle.shard.total === options.shard.total &&
        bundle.run.runId === options.run.runId &&
        (bundle.run.attempt ?? 1) === (options.run.attempt ?? 1);
    return same ? bundle : undefined;
}
/**
 * Runs batch `batch` of the plan's in-pipeline queue as worker `shard` and writes the worker's bundle.
 *
 * @throws UsageError when the worker's bundle already holds this batch (the pipeline handed it out twice)
 */
async function runPipelineBatch(options) {
    const batches = pipelineBatches(options.plan);
    const previous = await earlierBundle(options);
    const batch = batches[options.batch - 1];
    if (batch !== undefined && previous?.queue?.batches.some((b) => b.sequence === options.batch))
        throw new model/* UsageError */.eb(`batch ${options.batch} already ran in worker ${options.shard.index}/${options.shard.total}'s bundle`, 'Hand every batch number out once: one tesseraQueue() per build, shared by its branches.');
    const worker = await shard/* QueueWorker */.Iy.open({ ...options, queueKind: PIPELINE_QUEUE_KIND }, previous);
    if (batch !== undefined) {
        await worker.runBatch(batch.sequence, (0,work_source/* batchItems */.tM)(batch));
        // The pipeline's queue never requeues: the batch counts as it ran.
        worker.completed(batch.sequence, { counted: true, requeued: [] });
    }
    return { result: await worker.close(), batches: batches.length, drained: batch === undefined };
}


/***/ })

};
