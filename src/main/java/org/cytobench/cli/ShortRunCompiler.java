package org.cytobench.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps a short batch run on HotSpot's quick compiler (C1), as {@code -XX:TieredStopAtLevel=1} does for the installed app
 * and {@code packaging/cytobench}, which a jar's manifest cannot ask for: a compiler directive excluding the optimising
 * compiler (C2) for every method, added at run time through the JVM's diagnostic-command MBean (what
 * {@code jcmd PID Compiler.directives_add} does). Methods that would have gone to C2 are compiled by C1 instead.
 *
 * <p>Why (decision 0016, measured): a cold {@code java -jar cytobench.jar analyze} of 100 plates spent about 8 of its 19
 * CPU seconds in C2 compilations of code that then ran for a second or two; on a 2-core lab PC that CPU is taken from
 * the run itself. Long-lived processes (the workbench) keep the default. {@code -Dcytobench.jit=c2} keeps C2 for an
 * {@code analyze} too (a very large batch).
 *
 * <p>Best effort: on a JVM without the MBean or the directive (not HotSpot), nothing changes and the run goes on.
 *
 * <p>Since the second JVM ({@link QuickCompilerJvm}) this is the fallback: {@code analyze} adds the directive only where
 * that JVM is not started (an option of this JVM must not run twice) or could not be started. The directive gets most,
 * not all, of the flag's gain: HotSpot still compiles hot methods twice, first with profiling for a C2 that never comes.
 */
final class ShortRunCompiler {
    private ShortRunCompiler() {}

    /** The directive: C2 excluded for every method (HotSpot's compiler-directive JSON). */
    static final String DIRECTIVE = "[ { match: \"*.*\", c2: { Exclude: true } } ]";

    /** Adds the directive unless {@code -Dcytobench.jit=c2}; true when the JVM took it. */
    static boolean preferQuickCompiler() {
        if ("c2".equalsIgnoreCase(System.getProperty("cytobench.jit"))) return false;
        Path file = null;
        try {
            file = Files.createTempFile("cytobench-jit", ".json");
            Files.writeString(file, DIRECTIVE);
            Object r = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(r).contains("1 compiler directives added");
        } catch (IOException | JMException | RuntimeException | LinkageError notHere) {
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a leftover 50-byte file in the temporary folder; the run is not affected
                }
            }
        }
    }
}
