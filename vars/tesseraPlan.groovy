// tesseraPlan(tests: …, shards: 4 | target: '10m', …): plans the suite on the current node and stashes the
// plan for the shards. Returns the number of shards the plan has; with skipUnchanged: true some may have no
// file to run (`.tessera/outputs/empty-shards`), or all (`.tessera/outputs/items` is 0). Help:
// vars/tesseraPlan.txt.

def call(Map config = [:]) {
    Map cfg = tessera.settings(config)
    if (cfg.tests == null) {
        error("tesseraPlan: tests: is required, e.g. tests: 'test/**/*.test.js'")
    }
    tessera.cleanStaging()
    String arguments = 'plan --ci --provider jenkins' + tessera.repeated('--tests', cfg.tests) +
            tessera.repeated('--timings', cfg.timings)
    if (cfg.target != null) {
        arguments += " --target ${tessera.quote(cfg.target)}"
        if (cfg.setup != null) {
            arguments += " --setup ${tessera.quote(cfg.setup)}"
        }
    } else {
        arguments += " --shards ${tessera.quote(cfg.shards == null ? 1 : cfg.shards)}"
    }
    if (cfg.skipUnchanged) {
        // The plan decides for every shard; the test command is part of each file's content key.
        if (cfg.command == null) {
            error("tesseraPlan: skipUnchanged: true needs command: here too, the same as the shards': the test command is part of every file's content key")
        }
        arguments += " --skip-unchanged -- ${tessera.quote(cfg.command)}"
    }
    int status = tessera.runCli(cfg, arguments, 'tessera plan')
    if (status != 0) {
        error("tesseraPlan: tessera plan failed (exit ${status}); its log above says why")
    }
    String shards = tessera.output('shards', '')
    if (!(shards ==~ /[1-9][0-9]*/)) {
        error("tesseraPlan: the plan step wrote no shard count (.tessera/outputs/shards)")
    }
    stash(name: 'tessera-plan', includes: '.tessera/artifacts/tessera-plan/**')
    List empty = tessera.emptyShards(shards as int)
    if (tessera.output('items', '') == '0') {
        echo "Tessera planned ${shards} shard(s) with no test file to run: every file is reused"
    } else if (!empty.isEmpty()) {
        echo "Tessera planned ${shards} shard(s); shard(s) ${empty.join(', ')} have no test file to run"
    } else {
        echo "Tessera planned ${shards} shard(s)"
    }
    return shards as int
}
