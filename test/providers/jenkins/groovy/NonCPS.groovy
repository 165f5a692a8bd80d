// What `@NonCPS` in a vars script compiles against: Jenkins imports its own annotation
// (com.cloudbees.groovy.cps.NonCPS) by default there, and runs such a method as plain Groovy instead of
// continuation-passing style. The harness runs all code as plain Groovy, so this stand-in is only a marker.
import java.lang.annotation.ElementType
import java.lang.annotation.Retention
import java.lang.annotation.RetentionPolicy
import java.lang.annotation.Target

@Retention(RetentionPolicy.RUNTIME)
@Target([ElementType.METHOD])
@interface NonCPS {
}
