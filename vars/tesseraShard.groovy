// tesseraShard(shard: i, total: N, command: 'npx vitest run {files}', retries: 1, …): runs shard i of the
// stashed plan on the current node and stashes its bundle as `tessera-shard-<i>`. Returns the shard's exit
// code (1 when a test failed) without failing the branch, so that every shard reaches the report.
// With `queue: tesseraQueue()`, the branch is worker i of N of the in-pipeline queue instead: it takes
// batches until the queue is drained. With `balance: 'redis'`, it takes them from the Redis queue.
// Help: vars/tesseraShard.txt.

def call(Map config = [:]) {
    Map cfg = tessera.settings(config)
    if (cfg.command == null) {
        error("tesseraShard: command: is required, e.g. command: 'npx vitest run {files}'")
    }
    if (cfg.shard == null || cfg.total == null) {
        error('tesseraShard: shard: and total: are required (tessera() sets them for every branch)')
    }
    if (cfg.queue != null && !(cfg.queue instanceof Map)) {
        error('tesseraShard: queue: takes the queue tesseraQueue() returned, shared by every branch')
    }
    String which = "${cfg.shard}/${cfg.total}".toString()
    tessera.cleanStaging()
    unstash 'tessera-plan'
    String arguments = "run --ci --provider jenkins --shard ${which} --retries ${tessera.quote(cfg.retries)}"
    if (cfg.timeout != null) {
        arguments += " --timeout ${tessera.quote(cfg.timeout)}"
    }
    if (cfg.results != null) {
        arguments += " --results ${tessera.quote(cfg.results)}"
    }
    if ((cfg.bail as int) > 0) {
        arguments += " --bail ${tessera.quote(cfg.bail)}"
    }
    if (cfg.balance == 'redis') {
        arguments += ' --queue' + (cfg.queueFallback ? ' --queue-fallback static' : '')
        if ((cfg.requeue as int) > 0) {
            arguments += " --requeue ${tessera.quote(cfg.requeue)}"
        }
        if (cfg.requeueTolerance != null) {
            arguments += " --requeue-tolerance ${tessera.quote(cfg.requeueTolerance)}"
        }
    }
    String command = " -- ${tessera.quote(cfg.command)}"
    int status = cfg.queue != null ? takeBatches(cfg, arguments, command, which) :
            tessera.runCli(cfg, arguments + command, "tessera shard ${which}".toString())
    try {
        stash(name: "tessera-shard-${cfg.shard}".toString(),
                includes: ".tessera/artifacts/tessera-shard-${cfg.shard}-of-${cfg.total}/**".toString())
    } catch (Exception failure) {
        // The report names this shard as missing; its branch must not stop the others.
        echo "Tessera: shard ${which} stashed no bundle (${failure.message}); the report will name it missing"
    }
    return status
}

/**
 * Worker `which` of the in-pipeline queue: takes the next batch number, runs it (the CLI adds it to this
 * worker's bundle), and asks again until the CLI answers that the queue is drained; that last invocation
 * stages the bundle and returns the whole worker's exit code. A CLI that fails (exit 2 or more) stops this
 * worker only: the report names the batches nobody ran.
 */
int takeBatches(Map cfg, String arguments, String command, String which) {
    while (true) {
        int batch = tesseraQueue.take(cfg.queue as Map)
        int status = tessera.runCli(cfg, "${arguments} --batch ${batch}${command}".toString(),
                "tessera worker ${which}: batch ${batch}".toString())
        if (status > 1) {
            echo "Tessera: worker ${which} stopped at batch ${batch} (exit ${status}); the report will name what did not run"
            return status
        }
        String state = tessera.output('queue', '')
        if (state == 'drained') {
            return status
        }
        if (state != 'taken') {
            error("tesseraShard: the CLI did not say whether the queue is drained (.tessera/outputs/queue: '${state}')")
        }
    }
}
