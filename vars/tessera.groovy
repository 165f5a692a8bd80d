// Tessera for Jenkins: one step that plans the test suite, runs one parallel branch per planned shard and
// reports once, in one Jenkinsfile line. The work is done by the `tessera` CLI on the agents (Node >= 20):
// this library only moves files (stash, unstash, archiveArtifacts) and tells Jenkins what the CLI found
// (junit, the build description and result). Help: vars/tessera.txt.
//
// Kept CPS-friendly: plain for loops, no closures handed to collect/sort, no JSON parsing (outputs are read
// as one file each), so the library also runs sandboxed as a folder library without script approvals.

/** The npm package the CLI comes from, pinned to the release this library belongs to. */
String cliVersion() {
    return '0.1.0'
}

/**
 * tessera(tests: 'test/**' + '/*.test.js', command: 'npx vitest run {files}', shards: 4, agent: 'linux', ...)
 * Plans on one node, runs the shards in parallel (one branch per planned shard, each on a node with the
 * agent label) and reports on one node. Returns the report's exit code (0 passed, 1 tests failed).
 */
def call(Map config = [:]) {
    Map cfg = settings(config)
    int total = 0
    List empty = []
    node(cfg.agent) {
        prepareWorkspace(cfg)
        total = tesseraPlan(cfg)
        empty = emptyShards(total)
    }
    // skipUnchanged may leave shards with no file to run, or all of them (every file reused). A fixed shard
    // with nothing to run gets no branch, and no CLI run anywhere: the report reads the plan, which accounts
    // for it. A queue's workers are not tied to a shard's files, so they all run unless no file does.
    boolean idle = empty.size() == total
    List skipped = idle || cfg.balance == 'static' ? empty : []
    // balance: 'pipeline': the branches take batches from one queue this pipeline holds (tesseraQueue).
    Map queue = cfg.balance == 'pipeline' && !idle ? tesseraQueue() : null
    String kind = cfg.balance == 'static' ? 'shard' : 'worker'
    Map branches = [:]
    for (int i = 1; i <= total; i++) {
        int index = i
        if (!skipped.contains(index)) {
            branches["${kind} ${index}/${total}".toString()] = {
                node(cfg.agent) {
                    String started = startTime()
                    prepareWorkspace(cfg)
                    tesseraShard(cfg + [shard: index, total: total, startedAt: started, queue: queue])
                }
            }
        }
    }
    if (branches.isEmpty()) {
        echo "Tessera: the plan runs no test file (all reused from earlier builds): no ${kind} branch is started"
    } else {
        parallel branches
    }
    int status = 0
    node(cfg.agent) {
        prepareWorkspace(cfg)
        // The shards without a branch left no bundle: the report takes them from the plan it unstashes
        // ("nothing to run by plan", not missing). With no file run anywhere, no queue holds work to wait for.
        Map still = [balance: 'static', queue: null, requeue: 0, requeueTolerance: null]
        status = tesseraReport(cfg + [total: total] + (idle ? still : [:]))
    }
    return status
}

/** The configuration with its defaults, checked: a mistake is an error that says what to write instead. */
Map settings(Map config) {
    Map cfg = [
        agent: null,
        retries: 0,
        failOn: 'failures',
        unstable: false,
        checkout: true,
        install: null,
        junit: true,
        recordIssues: false,
        comment: true,
        jenkinsCredentials: null,
        codeHostCredentials: null,
        cli: "npx --yes tessera-ci@${cliVersion()}".toString(),
        balance: 'static',
        queueCredentials: null,
        queueFallback: false,
        skipUnchanged: false,
        bail: false,
        requeue: 0,
        requeueTolerance: null,
    ]
    cfg.putAll(config)
    List known = ['tests', 'command', 'shards', 'target', 'setup', 'timings', 'retries', 'failOn', 'agent',
                  'unstable', 'checkout', 'install', 'junit', 'recordIssues', 'comment', 'jenkinsCredentials',
                  'codeHostCredentials', 'cli', 'shard', 'total', 'timeout', 'results', 'startedAt',
                  'balance', 'queue', 'queueCredentials', 'queueFallback', 'skipUnchanged', 'bail', 'requeue',
                  'requeueTolerance']
    for (Object key : config.keySet()) {
        if (!known.contains(key.toString())) {
            error("tessera: unknown option '${key}'. Known options: ${known.join(', ')} (see vars/tessera.txt)")
        }
    }
    if (cfg.shards != null && cfg.target != null) {
        error("tessera: give either shards: or target:, not both")
    }
    if (!(cfg.balance in ['static', 'pipeline', 'redis'])) {
        error("tessera: balance must be 'static', 'pipeline' or 'redis', not '${cfg.balance}'")
    }
    if (cfg.balance == 'redis' && !cfg.queueCredentials) {
        error("tessera: balance: 'redis' needs queueCredentials: the id of a Secret text credential holding the redis:// URL")
    }
    if (!(cfg.failOn in ['failures', 'new-failures', 'never'])) {
        error("tessera: failOn must be 'failures', 'new-failures' or 'never', not '${cfg.failOn}'")
    }
    if (!(cfg.skipUnchanged instanceof Boolean)) {
        error("tessera: skipUnchanged must be true or false (without quotes), not '${cfg.skipUnchanged}'")
    }
    checkBail(cfg)
    checkRequeue(cfg)
    return cfg
}

/**
 * `bail`, as `tessera run --bail n` takes it: true is 1 (stop after the first failing file), false or 0
 * never stops. Stored back as the count, so that a step handed these settings checks them again unchanged.
 */
def checkBail(Map cfg) {
    Integer bail = cfg.bail instanceof Boolean ? (cfg.bail ? 1 : 0) : wholeNumber(cfg.bail)
    if (bail == null) {
        error("tessera: bail must be true (stop a shard after its first failing file), a number of failing files (bail: 3) or false, not '${cfg.bail}'")
    }
    // Each batch of the in-pipeline queue is a CLI run of its own: none could stop the worker's next batch.
    if (bail > 0 && (cfg.balance == 'pipeline' || cfg.queue != null)) {
        error("tessera: bail stops a shard (balance: 'static') or a Redis queue worker (balance: 'redis'), not a worker of the in-pipeline queue (balance: 'pipeline', or queue: tesseraQueue()); drop bail:, or use balance: 'redis' to bail with a queue")
    }
    cfg.bail = bail
}

/**
 * `requeue` (`tessera run --requeue n`) and `requeueTolerance` (`--requeue-tolerance f`): the CLI puts a
 * failed file back only into the Redis queue; the fixed shards have no other worker to hand it to, and the
 * in-pipeline queue's batches are fixed numbers, so both are refused here rather than by the CLI on every
 * branch.
 */
def checkRequeue(Map cfg) {
    Integer requeue = wholeNumber(cfg.requeue)
    if (requeue == null) {
        error("tessera: requeue must be how many times a failed file may go back to the queue (requeue: 1), or 0, not '${cfg.requeue}'")
    }
    if (requeue > 0 && cfg.balance != 'redis') {
        error("tessera: requeue: needs balance: 'redis' (a failed file goes back to the Redis queue for another branch); with balance: '${cfg.balance}' there is no queue to put it back in: drop requeue:, or re-run failed files on the same branch with retries:")
    }
    if (cfg.requeueTolerance != null) {
        if (requeue == 0) {
            error('tessera: requeueTolerance needs requeue: n, e.g. requeue: 1, requeueTolerance: 0.05')
        }
        if (!(cfg.requeueTolerance.toString() ==~ /0*\.[0-9]*[1-9][0-9]*|1(\.0*)?/)) {
            error("tessera: requeueTolerance must be a fraction above 0 and at most 1 (requeueTolerance: 0.05), not '${cfg.requeueTolerance}'")
        }
    }
    cfg.requeue = requeue
}

/** A whole number option (an int, or a string of digits), or null when it is not one. */
Integer wholeNumber(Object value) {
    String text = value == null ? '' : value.toString()
    return text ==~ /[0-9]{1,6}/ ? (text as int) : null
}

/**
 * Now, in milliseconds since the epoch, from the agent's clock (GNU date), or null where `date` cannot say
 * (BSD date has no %N): taken before checkout and install, it lets each shard's bundle record its set-up
 * time, from which `tessera plan` learns the cost of a shard.
 */
String startTime() {
    String now = sh(script: 'date +%s%3N', returnStdout: true, label: 'tessera: shard start').trim()
    return now ==~ /[0-9]{13}/ ? now : null
}

/** `checkout scm` and the install command, as the configuration asks. */
def prepareWorkspace(Map cfg) {
    if (cfg.checkout) {
        checkout scm
    }
    if (cfg.install) {
        sh(script: cfg.install.toString(), label: 'install')
    }
}

/**
 * Empties `.tessera/` in the workspace. Jenkins keeps a job's workspace between builds on an agent, and a
 * step must see only what this build stashed to it: a shard bundle left by an earlier build would be
 * reported again, or stop this build's shard from staging its own.
 */
def cleanStaging() {
    dir('.tessera') {
        deleteDir()
    }
}

/** `text` as one single-quoted shell word: safe for any glob, name or command. */
String quote(Object text) {
    return "'" + text.toString().replace("'", "'\"'\"'") + "'"
}

/** `flag value` pairs for every value of a string-or-list option, quoted. */
String repeated(String flag, Object values) {
    if (values == null) {
        return ''
    }
    List list = values instanceof List ? values : [values]
    String out = ''
    for (Object value : list) {
        out += " ${flag} ${quote(value)}"
    }
    return out
}

/**
 * Runs the CLI (`cfg.cli`, then the arguments) in CI mode with the credentials the configuration names
 * bound, and returns its exit code. The credentials reach the CLI as environment variables only.
 */
int runCli(Map cfg, String arguments, String label) {
    String script = "${cfg.cli} ${arguments}".toString()
    List bindings = []
    if (cfg.jenkinsCredentials) {
        bindings.add(usernamePassword(credentialsId: cfg.jenkinsCredentials.toString(),
                usernameVariable: 'TESSERA_JENKINS_USER', passwordVariable: 'TESSERA_JENKINS_TOKEN'))
    }
    if (cfg.codeHostCredentials) {
        bindings.add(string(credentialsId: cfg.codeHostCredentials.toString(), variable: 'TESSERA_TOKEN'))
    }
    if (cfg.balance == 'redis' && (arguments.startsWith('run ') || arguments.startsWith('report '))) {
        // The URL holds the queue's password: it reaches the CLI as a variable, never on the command line,
        // and only the steps that talk to the queue (the shards, the report) get it.
        bindings.add(string(credentialsId: cfg.queueCredentials.toString(), variable: 'TESSERA_QUEUE_URL'))
    }
    int status = 0
    List env = ['TESSERA_PROVIDER=jenkins']
    if (cfg.startedAt) {
        env.add("TESSERA_JOB_STARTED_AT=${cfg.startedAt}".toString())
    }
    withEnv(env) {
        if (bindings.isEmpty()) {
            status = sh(script: script, returnStatus: true, label: label)
        } else {
            withCredentials(bindings) {
                status = sh(script: script, returnStatus: true, label: label)
            }
        }
    }
    return status
}

/**
 * The shards the plan left with no file to run (`.tessera/outputs/empty-shards`, e.g. `3,4`), as numbers
 * from 1 to `total`; none when the CLI wrote no such output.
 */
List emptyShards(int total) {
    List shards = []
    for (String word : output('empty-shards', '').split(',')) {
        if (word ==~ /[0-9]{1,6}/ && (word as int) >= 1 && (word as int) <= total) {
            shards.add(word as int)
        }
    }
    return shards
}

/** One output the CLI left in `.tessera/outputs/`, or `fallback` when it wrote none. */
String output(String name, String fallback) {
    String path = ".tessera/outputs/${name}".toString()
    if (!fileExists(path)) {
        return fallback
    }
    return readFile(path).trim()
}
