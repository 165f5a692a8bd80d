export const id = 102;
export const ids = [102];
export const modules = {

/***/ 68102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeUndrained: () => (/* binding */ describeUndrained),
/* harmony export */   waitUntilDrained: () => (/* binding */ waitUntilDrained)
/* harmony export */ });
/** Polls `state` until the queue is drained or `timeoutMs` passed. */
async function waitUntilDrained(state, timeoutMs, pollMs = 2_000, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
    const started = Date.now();
    for (;;) {
        const now = await state();
        const waitedMs = Date.now() - started;
        if (now.ready && now.pending === 0 && now.leased === 0)
            return { state: now, drained: true, waitedMs };
        if (waitedMs >= timeoutMs)
            return { state: now, drained: false, waitedMs };
        await sleep(Math.min(pollMs, Math.max(1, timeoutMs - waitedMs)));
    }
}
/** A sentence on a queue that did not drain, for the report's problems. */
function describeUndrained(result, queueId) {
    const { state } = result;
    if (!state.ready)
        return `queue ${queueId} was never filled: no job ran \`tessera run --queue\` for this run id (or they used another --queue-id)`;
    return (`queue ${queueId} did not drain within ${Math.round(result.waitedMs / 1000)} s ` +
        `(${state.pending} units never taken, ${state.leased} batches still leased): their tests are not in this report`);
}


/***/ })

};
