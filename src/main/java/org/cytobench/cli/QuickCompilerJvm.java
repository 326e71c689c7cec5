package org.cytobench.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short batch command ({@code analyze}, {@code fit} of many curves) in a second JVM started with
 * {@code -XX:TieredStopAtLevel=1}, the flag the installed app and {@code packaging/cytobench} pass and a jar's manifest
 * cannot carry (decision 0016).
 *
 * <p>Why a second JVM rather than the compiler directive {@link ShortRunCompiler} adds: with the directive HotSpot still
 * compiles every hot method twice — first by C1 with full profiling (tier 3, for a C2 compilation that never comes), then
 * by C1 again without it — and the run pays for the platform MBean server (about 0.2 s). On the 100-plate experiment
 * with every chart file, a cold {@code java -jar cytobench.jar analyze} took 5.9–6.3 s with the directive and 4.4–4.8 s
 * in a JVM started with the flag (2 cores, docs/benchmarks.md); starting the second JVM costs about 0.1 s.
 *
 * <p>The second JVM gets this JVM's options (so {@code -Xmx}, {@code -D…} and the like hold there too), the same class
 * path, standard streams and working directory, and its exit code becomes this one's. It is not started when the JVM's
 * compiler was chosen on its command line ({@code -XX:TieredStopAtLevel}, {@code -Xint}, {@code -Dcytobench.jit=c2} …:
 * the run keeps what was asked for) or when an option must not run twice (a debugger or profiling agent, a flight
 * recording or log file, an archive dump: two JVMs would fight over the port or the file); then {@link #plan} says
 * whether the directive is still worth adding. If this JVM ends (killed by a script's timeout, say), it ends the second
 * one with it: its shutdown hook stops it, and the second JVM also watches this process and stops when it is gone.
 */
final class QuickCompilerJvm {
    private QuickCompilerJvm() {}

    /** The flag the second JVM is started with. */
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

    /** {@code c2} keeps the optimising compiler; {@code c1} says the JVM already runs on C1 (the second JVM gets it). */
    static final String JIT_PROPERTY = "cytobench.jit";

    /** The launching process's id, given to the second JVM so that it can stop when that process is gone. */
    static final String LAUNCHER_PROPERTY = "cytobench.launcherPid";

    /** Environment variables whose options the JVM already lists among its own (they would be applied twice). */
    static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /** What a short batch run does about the compiler. */
    enum Plan {
        /** Start a second JVM with {@link #QUICK_COMPILER}. */
        SECOND_JVM,
        /** Stay in this JVM and add {@link ShortRunCompiler}'s directive. */
        DIRECTIVE,
        /** Leave the compilers as they are (chosen on the command line, or not HotSpot). */
        AS_IS
    }

    /** Options that choose the compiler: whoever passed them gets what they asked for. */
    private static final List<String> CHOOSES_COMPILER = List.of("-XX:TieredStopAtLevel=", "-Xint", "-Xcomp",
            "-XX:-TieredCompilation", "-XX:CompilationMode=", "-XX:+UseJVMCICompiler");

    /** Options a second JVM must not repeat: a port, an agent or an output file both JVMs would use. */
    private static final List<String> NOT_TWICE = List.of("-agentlib:", "-agentpath:", "-javaagent:", "-Xrun", "-Xdebug",
            "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-XX:+FlightRecorder", "-Xloggc",
            "-XX:LogFile=", "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList", "-XX:+PerfDataSaveToFile",
            "-XX:PerfDataSaveFile", "-Dcom.sun.management.jmxremote");

    /**
     * The plan for this JVM, from its options ({@code RuntimeMXBean.getInputArguments()}: the command line's and the
     * option variables'), the value of {@code -Dcytobench.jit} (null when not set) and {@code java.vm.name}.
     */
    static Plan plan(List<String> jvmOptions, String jit, String vmName) {
        if (jit != null && (jit.equalsIgnoreCase("c2") || jit.equalsIgnoreCase("c1"))) return Plan.AS_IS;
        if (vmName == null || !(vmName.contains("HotSpot") || vmName.contains("OpenJDK")) || vmName.contains("OpenJ9")) {
            return Plan.AS_IS;
        }
        for (String o : jvmOptions) {
            if (CHOOSES_COMPILER.stream().anyMatch(o::startsWith)) return Plan.AS_IS;
        }
        for (String o : jvmOptions) {
            if (NOT_TWICE.stream().anyMatch(o::startsWith) || logsToAFile(o)) return Plan.DIRECTIVE;
        }
        return Plan.SECOND_JVM;
    }

    /**
     * Whether {@code -Xlog:WHAT:OUTPUT…} writes to a file: an output other than stdout or stderr ({@code file=} is
     * optional). {@code -Xlog:cds=off}, as {@code packaging/cytobench} passes, writes nothing.
     */
    static boolean logsToAFile(String option) {
        if (!option.startsWith("-Xlog:")) return false;
        String[] parts = option.split(":", -1);
        if (parts.length < 3) return false;
        String output = parts[2];
        return !(output.isEmpty() || output.equals("stdout") || output.equals("stderr"));
    }

    /** This JVM's options ({@code RuntimeMXBean.getInputArguments()}), or null when they cannot be known. */
    static List<String> jvmOptions() {
        try {
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError noManagement) {
            return null;
        }
    }

    /** The plan for this JVM with {@code options} ({@link #jvmOptions}; unknown: do not risk repeating one). */
    static Plan plan(List<String> options) {
        if (options == null) return Plan.DIRECTIVE;
        return plan(options, System.getProperty(JIT_PROPERTY), System.getProperty("java.vm.name"));
    }

    /**
     * The second JVM's command line: {@code java}, the quick-compiler flag, this JVM's options, the properties that say it
     * is the second JVM (and the settings folder when {@code --settings-dir} set it, which is not among the options), the
     * class path and {@code mainClass} with the command's arguments.
     */
    static List<String> command(Path java, List<String> jvmOptions, String settingsDir, String classPath, long launcherPid,
                                String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add(QUICK_COMPILER);
        cmd.addAll(jvmOptions);
        cmd.add("-D" + JIT_PROPERTY + "=c1");
        cmd.add("-D" + LAUNCHER_PROPERTY + "=" + launcherPid);
        if (settingsDir != null) cmd.add("-D" + org.cytobench.desktop.AppDirectories.SETTINGS_PROPERTY + "=" + settingsDir);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs {@code mainClass} with {@code args} in a second JVM on the quick compiler, with this JVM's {@code options}
     * ({@link #jvmOptions}), and waits for it; its exit code, or empty when it could not be started (then the caller runs
     * the command itself).
     */
    static OptionalInt run(List<String> options, String mainClass, String[] args) {
        String exe = org.cytobench.desktop.DesktopPlatform.current().isWindows() ? "java.exe" : "java";
        List<String> cmd = command(Path.of(System.getProperty("java.home"), "bin", exe), options,
                System.getProperty(org.cytobench.desktop.AppDirectories.SETTINGS_PROPERTY),
                System.getProperty("java.class.path"), ProcessHandle.current().pid(), mainClass, List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        Map<String, String> env = pb.environment();
        OPTION_VARIABLES.forEach(env::remove);   // their options are among this JVM's, passed on above
        Process child;
        try {
            child = pb.start();
        } catch (IOException | RuntimeException cannotStart) {
            return OptionalInt.empty();
        }
        Thread stopChild = new Thread(() -> stop(child), "cytobench-stop-second-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // nothing interrupts the main thread of a command; keep waiting for the child's own exit code
            }
        }
    }

    /** Asks the second JVM to stop (it runs its own shutdown hooks) and gives it a moment to do so. */
    private static void stop(Process child) {
        if (!child.isAlive()) return;
        child.destroy();
        try {
            if (!child.waitFor(10, TimeUnit.SECONDS)) child.destroyForcibly();
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /**
     * In the second JVM: stops this JVM once the launching process has ended (it was killed without its shutdown hooks
     * running, so nothing else would stop this one). Does nothing in a JVM that was not started by {@link #run}.
     */
    static void followLauncher() {
        String pid = System.getProperty(LAUNCHER_PROPERTY);
        if (pid == null) return;
        long launcher;
        try {
            launcher = Long.parseLong(pid.trim());
        } catch (NumberFormatException notAPid) {
            return;
        }
        ProcessHandle.of(launcher).ifPresentOrElse(h -> h.onExit().thenRun(QuickCompilerJvm::launcherGone),
                QuickCompilerJvm::launcherGone);
    }

    private static void launcherGone() {
        System.err.println("cytobench: the process that started this command has ended; stopping");
        System.exit(Main.FAILED);
    }
}
