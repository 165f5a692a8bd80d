// tesseraReport(total: N, failOn: 'new-failures', unstable: true, …): on the current node, unstashes the
// plan and every shard's bundle, reports once (PR comment, history, HTML report) and shows the result in
// Jenkins: junit (Tests tab and trend), archiveArtifacts, the build description and the build result.
// Returns the report's exit code. Help: vars/tesseraReport.txt.

def call(Map config = [:]) {
    Map cfg = tessera.settings(config)
    if (cfg.total == null) {
        error('tesseraReport: total: (the number of shards tesseraPlan returned) is required')
    }
    tessera.cleanStaging()
    unstash 'tessera-plan'
    for (int i = 1; i <= (cfg.total as int); i++) {
        try {
            unstash "tessera-shard-${i}".toString()
        } catch (Exception failure) {
            echo "Tessera: no bundle of shard ${i}/${cfg.total} to unstash (${failure.message})"
        }
    }
    String dir = '.tessera/report'
    String arguments = "report --ci --provider jenkins --fail-on ${tessera.quote(cfg.failOn)}" +
            " --json ${dir}/report.json --junit ${dir}/junit.xml --html ${dir}/report.html" +
            " --markdown ${dir}/comment.md"
    if (!cfg.comment) {
        arguments += ' --no-comment'
    }
    if (cfg.balance == 'redis') {
        // Waits until the Redis queue is drained, then checks that every planned file ran exactly once.
        arguments += ' --queue'
    }
    int status = tessera.runCli(cfg, arguments, 'tessera report')

    if (cfg.junit && fileExists("${dir}/junit.xml".toString())) {
        junit(testResults: "${dir}/junit.xml".toString(), allowEmptyResults: true)
    }
    archiveArtifacts(artifacts: "${dir}/**,.tessera/history/**,.tessera/summary.md,.tessera/warnings-ng.json",
            allowEmptyArchive: true)
    if (cfg.recordIssues && fileExists('.tessera/warnings-ng.json')) {
        recordIssues(tools: [issues(pattern: '.tessera/warnings-ng.json', id: 'tessera', name: 'Tessera')])
    }
    currentBuild.description = description(status)

    if (status == 1) {
        if (cfg.unstable) {
            unstable('Tessera: tests failed, or a shard is missing')
        } else {
            currentBuild.result = 'FAILURE'
            error('Tessera: tests failed, or a shard is missing (see the report above, the Tests tab and the archived report)')
        }
    } else if (status != 0) {
        currentBuild.result = 'FAILURE'
        error("Tessera: the report could not be made (exit ${status}); its log above says why")
    }
    return status
}

/** One line for the build's description: the counts, or why there are none. */
String description(int status) {
    String tests = count('tests')
    if (tests == null) {
        return "Tessera: no report (exit ${status})".toString()
    }
    String line = "Tessera: ${tests} tests, ${count('failed') ?: '?'} failed, " +
            "${count('flaky') ?: '?'} flaky, ${count('passed') ?: '?'} passed"
    return line.toString()
}

/**
 * A count the CLI left in `.tessera/outputs/`, or null. Only digits pass: the description may be rendered
 * as HTML, and the workspace is writable by the tests that ran in it.
 */
String count(String name) {
    String value = tessera.output(name, '')
    return value ==~ /[0-9]{1,9}/ ? value : null
}
