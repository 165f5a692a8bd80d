// Runs a Jenkinsfile with the shared library's vars/ in a real Groovy, with Jenkins' pipeline steps bound to
// recording stand-ins that do the real work on this machine:
//
// - node(label) { }      a fresh workspace folder per call (as a new executor slot would get)
// - checkout scm         copies the scenario's repository into it
// - dir, deleteDir       change into a folder of the workspace, delete it
// - sh                   runs the script with bash in the workspace, with withEnv/withCredentials applied
// - stash / unstash      copy files (Ant-style includes) into a stash store and back, per build
// - parallel             runs every branch on its own thread, as Jenkins runs branches concurrently
// - junit, archiveArtifacts, recordIssues, issues, stage, echo, error, unstable, currentBuild: recorded
//
// Usage: groovy -cp <this folder> harness.groovy <scenario.json> (Library.groovy beside it stands in for
// Jenkins' @Library annotation). The scenario names the vars folder, the repository to check
// out, the Jenkinsfile text, the credentials store, the build's environment, stashes to refuse, and where to
// write the record (JSON). A step a Jenkinsfile calls that is not bound here fails the run, so the library
// cannot come to depend on a step untested.
import groovy.json.JsonOutput
import groovy.io.FileType
import groovy.json.JsonSlurper
import java.nio.file.FileSystems
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.PathMatcher
import java.nio.file.Paths
import java.nio.file.StandardCopyOption
import java.util.concurrent.atomic.AtomicInteger
import org.codehaus.groovy.control.CompilerConfiguration
import org.codehaus.groovy.runtime.InvokerHelper

/** A Jenkins `error` step: stops the pipeline with a message. */
class PipelineError extends RuntimeException {
    PipelineError(String message) { super(message) }
}

/** What `currentBuild` holds that the library sets. */
class Build {
    String description
    String result
}

/**
 * The base class of the vars scripts and the Jenkinsfile: a call to a name that is no method resolves to the
 * global variable of that name (a step closure, or a vars script's `call`), as Jenkins' CpsScript does.
 */
abstract class PipelineScript extends Script {
    Object invokeMethod(String name, Object args) {
        try {
            return super.invokeMethod(name, args)
        } catch (MissingMethodException missing) {
            if (missing.method != name || !binding.hasVariable(name)) throw missing
            Object target = binding.getVariable(name)
            if (target instanceof Closure) return ((Closure) target).call((Object[]) args)
            return InvokerHelper.invokeMethod(target, 'call', args)
        }
    }
}

/** Runs one build of the scenario in `workRoot` and returns its record. */
Closure runBuild = { Map scenario, File workRoot ->
File stashRoot = new File(workRoot, 'stashes')
File archiveRoot = new File(workRoot, 'archive')
Set refusedStashes = (scenario.refuseStashes ?: []) as Set
Map credentials = (scenario.credentials ?: [:]) as Map

Map record = Collections.synchronizedMap([
    nodes: Collections.synchronizedList([]), parallel: [], sh: Collections.synchronizedList([]),
    stash: Collections.synchronizedList([]), unstash: Collections.synchronizedList([]), junit: [],
    archiveArtifacts: [], recordIssues: [], echo: Collections.synchronizedList([]), unstable: [], stages: [], deleteDir: Collections.synchronizedList([]),
    error: null, returned: null, description: null, result: null,
])
Build build = new Build()
AtomicInteger workspaces = new AtomicInteger()

/** Per thread (parallel branches): the current workspace and the environment added by withEnv/withCredentials. */
ThreadLocal<Map> state = new ThreadLocal<Map>()
state.set([workspace: null, env: [:]])
Closure current = { -> state.get() }

/** Files under `root` matching any of the comma-separated Ant-style patterns, as relative paths. */
Closure matching = { File root, String includes ->
    List<PathMatcher> matchers = includes.split(',').collect { String p ->
        String pattern = p.trim()
        // Ant's `dir/**` means everything under dir; NIO's `**` needs a file after it.
        FileSystems.default.getPathMatcher("glob:${pattern}")
    }
    List<String> found = []
    if (!root.exists()) return found
    Path base = root.toPath()
    root.eachFileRecurse(FileType.FILES) { File file ->
        Path rel = base.relativize(file.toPath())
        if (matchers.any { it.matches(rel) }) found << rel.toString()
    }
    return found.sort()
}

Closure copyFiles = { File from, File to, List<String> paths ->
    for (String rel : paths) {
        File target = new File(to, rel)
        target.parentFile.mkdirs()
        Files.copy(new File(from, rel).toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING)
    }
}

Closure workspace = { ->
    File ws = current().workspace as File
    if (ws == null) throw new PipelineError('Required context class hudson.FilePath is missing: run this step inside node { }')
    return ws
}

Binding binding = new Binding()
binding.setVariable('scm', [kind: 'scm'])
binding.setVariable('env', scenario.env)
binding.setVariable('currentBuild', build)

binding.setVariable('node', { Object... arguments ->
    Closure body = arguments[-1] as Closure
    Object label = arguments.length > 1 ? arguments[0] : null
    File ws = new File(workRoot, "workspace-${workspaces.incrementAndGet()}")
    ws.mkdirs()
    record.nodes << [label: label, workspace: ws.name]
    Map saved = current()
    state.set([workspace: ws, env: new LinkedHashMap(saved.env as Map)])
    try {
        return body.call()
    } finally {
        state.set(saved)
    }
})
binding.setVariable('checkout', { Object scm ->
    File repo = new File(scenario.repository as String)
    copyFiles(repo, workspace(), matching(repo, '**'))
})
binding.setVariable('withEnv', { List pairs, Closure body ->
    Map saved = current()
    Map env = new LinkedHashMap(saved.env as Map)
    for (Object pair : pairs) {
        String text = pair.toString()
        int eq = text.indexOf('=')
        env[text.substring(0, eq)] = text.substring(eq + 1)
    }
    state.set([workspace: saved.workspace, env: env])
    try {
        return body.call()
    } finally {
        state.set(saved)
    }
})
binding.setVariable('usernamePassword', { Map spec -> [kind: 'usernamePassword'] + spec })
binding.setVariable('string', { Map spec -> [kind: 'string'] + spec })
binding.setVariable('withCredentials', { List bindings, Closure body ->
    Map saved = current()
    Map env = new LinkedHashMap(saved.env as Map)
    for (Map spec : bindings) {
        Map stored = credentials[spec.credentialsId] as Map
        // Jenkins' own message for a credential id that does not exist.
        if (stored == null) throw new PipelineError("Could not find credentials entry with ID '${spec.credentialsId}'")
        if (spec.kind == 'usernamePassword') {
            env[spec.usernameVariable] = stored.username
            env[spec.passwordVariable] = stored.password
        } else {
            env[spec.variable] = stored.secret
        }
    }
    state.set([workspace: saved.workspace, env: env])
    try {
        return body.call()
    } finally {
        state.set(saved)
    }
})
binding.setVariable('sh', { Object spec ->
    Map args = spec instanceof Map ? spec as Map : [script: spec.toString()]
    ProcessBuilder builder = new ProcessBuilder('bash', '-c', args.script as String)
    builder.directory(workspace())
    builder.redirectErrorStream(true)
    Map<String, String> env = builder.environment()
    (scenario.env as Map).each { k, v -> env[k as String] = v as String }
    env['WORKSPACE'] = workspace().absolutePath
    (current().env as Map).each { k, v -> env[k as String] = v as String }
    Process process = builder.start()
    String output = process.inputStream.getText('UTF-8')
    int status = process.waitFor()
    // Jenkins masks bound credentials in the console; the record keeps what the process printed, so the test
    // can check that Tessera itself never prints a secret.
    record.sh << [label: args.label, script: args.script, status: status, output: output,
                  workspace: workspace().name]
    if (args.returnStatus) return status
    if (status != 0) throw new PipelineError("script returned exit code ${status}")
    return args.returnStdout ? output : null
})
binding.setVariable('dir', { String path, Closure body ->
    Map saved = current()
    File inner = new File(workspace(), path)
    inner.mkdirs()
    state.set([workspace: inner, env: saved.env])
    try {
        return body.call()
    } finally {
        state.set(saved)
    }
})
binding.setVariable('deleteDir', { ->
    File target = workspace()
    record.deleteDir << target.absolutePath.substring(workRoot.absolutePath.length() + 1)
    target.deleteDir()
})
binding.setVariable('fileExists', { String path -> new File(workspace(), path).exists() })
binding.setVariable('readFile', { Object spec ->
    String path = spec instanceof Map ? (spec as Map).file : spec.toString()
    new File(workspace(), path).getText('UTF-8')
})
binding.setVariable('stash', { Map spec ->
    String name = spec.name
    if (refusedStashes.contains(name)) throw new IOException("stash ${name} failed: agent went offline")
    List<String> files = matching(workspace(), spec.includes as String)
    // Jenkins' message when a stash matches nothing (allowEmpty: false is the default).
    if (files.isEmpty()) throw new PipelineError("No files included in stash ‘${name}’")
    File into = new File(stashRoot, name)
    into.deleteDir()
    copyFiles(workspace(), into, files)
    record.stash << [name: name, files: files.size(), workspace: workspace().name]
})
binding.setVariable('unstash', { String name ->
    File from = new File(stashRoot, name)
    if (!from.exists()) throw new PipelineError("No such saved stash ‘${name}’")
    copyFiles(from, workspace(), matching(from, '**'))
    record.unstash << [name: name, workspace: workspace().name]
})
binding.setVariable('parallel', { Map branches ->
    record.parallel.addAll(branches.keySet().collect { it.toString() })
    Map parent = current()
    List<Throwable> failures = Collections.synchronizedList([])
    List<Thread> threads = branches.collect { name, body ->
        Thread.start("branch ${name}") {
            state.set([workspace: parent.workspace, env: new LinkedHashMap(parent.env as Map)])
            try {
                (body as Closure).call()
            } catch (Throwable failure) {
                failures << failure
            }
        }
    }
    threads*.join()
    if (!failures.isEmpty()) throw failures[0]
})
binding.setVariable('junit', { Map spec ->
    File source = new File(workspace(), spec.testResults as String)
    File copy = new File(workRoot, "junit-${record.junit.size() + 1}.xml")
    Files.copy(source.toPath(), copy.toPath(), StandardCopyOption.REPLACE_EXISTING)
    record.junit << [testResults: spec.testResults, copy: copy.absolutePath]
})
binding.setVariable('archiveArtifacts', { Map spec ->
    List<String> files = matching(workspace(), spec.artifacts as String)
    if (files.isEmpty() && !spec.allowEmptyArchive) throw new PipelineError('No artifacts found that match the file pattern')
    copyFiles(workspace(), archiveRoot, files)
    record.archiveArtifacts << [artifacts: spec.artifacts, files: files]
})
binding.setVariable('issues', { Map spec -> [tool: 'issues'] + spec })
binding.setVariable('recordIssues', { Map spec -> record.recordIssues << spec })
binding.setVariable('stage', { String name, Closure body ->
    record.stages << name
    body.call()
})
binding.setVariable('echo', { Object message ->
    println message
    record.echo << message.toString()
})
binding.setVariable('error', { Object message -> throw new PipelineError(message.toString()) })
binding.setVariable('unstable', { Object message ->
    build.result = 'UNSTABLE'
    record.unstable << message.toString()
})

CompilerConfiguration config = new CompilerConfiguration()
config.scriptBaseClass = PipelineScript.name
GroovyShell shell = new GroovyShell(this.class.classLoader, binding, config)
new File(scenario.vars as String).listFiles().findAll { it.name.endsWith('.groovy') }.sort { it.name }.each { File file ->
    Script script = shell.parse(file)
    script.binding = binding
    binding.setVariable(file.name - '.groovy', script)
}

try {
    record.returned = shell.evaluate(scenario.jenkinsfile as String, 'Jenkinsfile')
} catch (PipelineError failure) {
    record.error = failure.message
    if (build.result == null) build.result = 'FAILURE'
}
record.description = build.description
record.result = build.result ?: 'SUCCESS'
return record
}

Map input = new JsonSlurper().parse(new File(args[0])) as Map
List records = []
(input.builds as List).eachWithIndex { Map spec, int i ->
    File root = new File(input.workRoot as String, "build-${i + 1}")
    root.mkdirs()
    records << runBuild(input.subMap(['vars', 'repository', 'credentials']) + spec, root)
}
new File(input.out as String).text = JsonOutput.prettyPrint(JsonOutput.toJson(records))
