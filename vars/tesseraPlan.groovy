// tesseraPlan(tests: …, shards: 4 | target: '10m', …): plans the suite on the current node and stashes the
// plan for the shards. Returns the number of shards the plan has. Help: vars/tesseraPlan.txt.

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
    int status = tessera.runCli(cfg, arguments, 'tessera plan')
    if (status != 0) {
        error("tesseraPlan: tessera plan failed (exit ${status}); its log above says why")
    }
    String shards = tessera.output('shards', '')
    if (!(shards ==~ /[1-9][0-9]*/)) {
        error("tesseraPlan: the plan step wrote no shard count (.tessera/outputs/shards)")
    }
    stash(name: 'tessera-plan', includes: '.tessera/artifacts/tessera-plan/**')
    echo "Tessera planned ${shards} shard(s)"
    return shards as int
}
