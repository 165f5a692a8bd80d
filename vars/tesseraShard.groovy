// tesseraShard(shard: i, total: N, command: 'npx vitest run {files}', retries: 1, …): runs shard i of the
// stashed plan on the current node and stashes its bundle as `tessera-shard-<i>`. Returns the shard's exit
// code (1 when a test failed) without failing the branch, so that every shard reaches the report.
// Help: vars/tesseraShard.txt.

def call(Map config = [:]) {
    Map cfg = tessera.settings(config)
    if (cfg.command == null) {
        error("tesseraShard: command: is required, e.g. command: 'npx vitest run {files}'")
    }
    if (cfg.shard == null || cfg.total == null) {
        error('tesseraShard: shard: and total: are required (tessera() sets them for every branch)')
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
    arguments += " -- ${tessera.quote(cfg.command)}"
    int status = tessera.runCli(cfg, arguments, "tessera shard ${which}".toString())
    try {
        stash(name: "tessera-shard-${cfg.shard}".toString(),
                includes: ".tessera/artifacts/tessera-shard-${cfg.shard}-of-${cfg.total}/**".toString())
    } catch (Exception failure) {
        // The report names this shard as missing; its branch must not stop the others.
        echo "Tessera: shard ${which} stashed no bundle (${failure.message}); the report will name it missing"
    }
    return status
}
