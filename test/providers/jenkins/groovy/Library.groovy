// What `@Library('tessera') _` at the top of a Jenkinsfile compiles against: Jenkins' own annotation
// (org.jenkinsci.plugins.workflow.libs.Library) is imported by default there; this stand-in lets groovyc and
// the harness compile the example Jenkinsfiles unchanged.
import java.lang.annotation.Retention
import java.lang.annotation.RetentionPolicy

@Retention(RetentionPolicy.SOURCE)
@interface Library {
    String[] value()
}
