export const id = 432;
export const ids = [432];
export const modules = {

/***/ 63051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runQueuedShard: () => (/* binding */ runQueuedShard)
/* harmony export */ });
/* harmony import */ var _queue_redis_queue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58632);
/* harmony import */ var _queue_scheduler_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70564);
/* harmony import */ var _queue_work_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82120);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53767);
/**
 * One CI job as a worker of the queue across jobs (`tessera run --queue <url> --shard i/N`): connect, fill
 * the queue from the plan when first, run batches until the queue is drained, and write the bundle of shard
 * i/N with the batches this job ran. With `--bail`, the job stops taking batches after its failing files. With `--queue-fallback static`, a Redis that cannot be reached at the
 * start makes the job run its planned shard instead, with one line saying so.
 */




/** Runs this job's share of the queue and writes its bundle. */
async function runQueuedShard(options) {
    let queue;
    try {
        queue = await _queue_redis_queue_js__WEBPACK_IMPORTED_MODULE_0__.RedisWorkQueue.connect({ ...options.queue, workers: options.shard.total });
    }
    catch (error) {
        if (!(error instanceof _queue_redis_queue_js__WEBPACK_IMPORTED_MODULE_0__/* .QueueUnavailableError */ .sN) || options.fallbackItems === undefined)
            throw error;
        options.log(`${error.message}; running the planned shard ${options.shard.index}/${options.shard.total} instead (--queue-fallback static)`);
        return (0,_shard_js__WEBPACK_IMPORTED_MODULE_1__/* .runShard */ .Ek)({ ...options, items: options.fallbackItems });
    }
    try {
        await queue.fill(options.units);
        const worker = await _shard_js__WEBPACK_IMPORTED_MODULE_1__/* .QueueWorker */ .Iy.open({ ...options, queueKind: 'redis' });
        await (0,_queue_scheduler_js__WEBPACK_IMPORTED_MODULE_2__/* .runWorkers */ .x)(queue, [options.shard.index], (id, batch) => queue.holding(id, batch, () => worker.runBatch(batch.sequence, (0,_queue_work_source_js__WEBPACK_IMPORTED_MODULE_3__/* .batchItems */ .tM)(batch), queue.takenOver.get(batch.sequence), batch.requeueOf)), {
            stops: () => worker.bailed,
            onCompleted: (_, batch, completion) => worker.completed(batch.sequence, completion),
        });
        // A bailing worker leaves the pending units to the other workers; the last one to bail takes them off
        // the queue and names them as not run.
        const left = worker.bailed ? await queue.bail(options.shard.index) : [];
        return await worker.close(queue.superseded, left.flatMap((unit) => unit.items));
    }
    finally {
        await queue.close();
    }
}


/***/ })

};
