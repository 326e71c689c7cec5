package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cytobench.cli.QuickCompilerJvm.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} in a second JVM on C1 (decision 0016): when it is started, what it is given, that its exit code and
 * output are the command's, and that it does not outlive the process that started it.
 */
class QuickCompilerJvmTest {
    private static final String HOTSPOT = "OpenJDK 64-Bit Server VM";

    @Test
    void aPlainJvmStartsTheSecondOne() {
        assertEquals(Plan.SECOND_JVM, QuickCompilerJvm.plan(List.of(), null, HOTSPOT));
        assertEquals(Plan.SECOND_JVM, QuickCompilerJvm.plan(List.of("-Xmx4g", "-Dfile.encoding=UTF-8", "-ea", "-Xmixed"), null,
                "Java HotSpot(TM) 64-Bit Server VM"));
        assertEquals(Plan.DIRECTIVE, QuickCompilerJvm.plan(null), "options unknown");
    }

    @Test
    void aCompilerChosenOnTheCommandLineIsKept() {
        assertEquals(Plan.AS_IS, QuickCompilerJvm.plan(List.of(), "c2", HOTSPOT));
        assertEquals(Plan.AS_IS, QuickCompilerJvm.plan(List.of(), "C1", HOTSPOT));
        for (String o : List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-Xint", "-XX:-TieredCompilation",
                "-XX:CompilationMode=high-only")) {
            assertEquals(Plan.AS_IS, QuickCompilerJvm.plan(List.of("-Xmx1g", o), null, HOTSPOT), o);
        }
        assertEquals(Plan.AS_IS, QuickCompilerJvm.plan(List.of(), null, "Eclipse OpenJ9 VM"));
    }

    @Test
    void anOptionThatMustNotRunTwiceKeepsTheRunInThisJvmWithTheDirective() {
        for (String o : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:probe.jar",
                "-XX:StartFlightRecording=filename=run.jfr", "-Xlog:gc:file=gc.log", "-Xloggc:gc.log", "-XX:ArchiveClassesAtExit=app.jsa",
                "-Dcom.sun.management.jmxremote.port=9010")) {
            assertEquals(Plan.DIRECTIVE, QuickCompilerJvm.plan(List.of("-Xmx1g", o), null, HOTSPOT), o);
        }
        for (String o : List.of("-Xlog:gc:gc.log", "-Xlog:gc*:file=C:\\logs\\gc.txt:uptime", "-Xlog:safepoint:other.log::")) {
            assertEquals(Plan.DIRECTIVE, QuickCompilerJvm.plan(List.of(o), null, HOTSPOT), o);
        }
        // logging to the console, or switched off, is harmless twice
        for (String o : List.of("-Xlog:cds=off", "-Xlog:gc", "-Xlog:gc:stdout", "-Xlog:gc:stderr:uptime", "-Xlog:disable")) {
            assertEquals(Plan.SECOND_JVM, QuickCompilerJvm.plan(List.of(o), null, HOTSPOT), o);
        }
    }

    @Test
    void theSecondJvmGetsTheFlagThisJvmsOptionsAndTheCommand() {
        List<String> cmd = QuickCompilerJvm.command(Path.of("/opt/jdk/bin/java"), List.of("-Xmx2g", "-Dx=a b"), "/tmp/s dir",
                "app.jar", 4242, "org.cytobench.cli.Main", List.of("analyze", "my file.cytobench", "--out", "o"));
        assertEquals(List.of("/opt/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-Xmx2g", "-Dx=a b", "-Dcytobench.jit=c1",
                "-Dcytobench.launcherPid=4242", "-Dcytobench.settingsDir=/tmp/s dir", "-cp", "app.jar",
                "org.cytobench.cli.Main", "analyze", "my file.cytobench", "--out", "o"), cmd);
        assertFalse(QuickCompilerJvm.command(Path.of("java"), List.of(), null, "a.jar", 1, "M", List.of())
                .stream().anyMatch(s -> s.contains("settingsDir")));
    }

    @Test
    void fitCountsItsCurveFilesAsItReadsThem() {
        assertEquals(3, FitCommand.curveFiles(new String[] {"a.csv", "--model", "4pl", "b.csv", "--weighting=1/y", "c.csv",
                "--predict", "0.5,1.2"}));
        assertEquals(0, FitCommand.curveFiles(new String[] {"--model", "4pl"}));
        assertEquals(2000, FitCommand.SECOND_JVM_FROM, "the measured crossover (docs/benchmarks.md)");
    }

    // ---- in real JVMs ----

    /** The launching JVM of these tests: runs {@link Probe} in the second JVM and exits with its exit code. */
    public static void main(String[] args) {
        System.out.println("launcher " + ProcessHandle.current().pid());
        System.out.flush();
        OptionalInt code = QuickCompilerJvm.run(QuickCompilerJvm.jvmOptions(), Probe.class.getName(), args);
        System.exit(code.orElse(99));
    }

    /** The second JVM: says what it was started with, then sleeps or exits with the code asked for. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            QuickCompilerJvm.followLauncher();
            HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            System.out.println("probe " + ProcessHandle.current().pid());
            System.out.println("TieredStopAtLevel=" + hs.getVMOption("TieredStopAtLevel").getValue());
            System.out.println("options=" + ManagementFactory.getRuntimeMXBean().getInputArguments());
            System.out.println("args=" + List.of(args));
            System.out.println("jit=" + System.getProperty("cytobench.jit"));
            System.err.println("to stderr");
            System.out.flush();
            if (args[0].equals("sleep")) Thread.sleep(120_000);
            System.exit(Integer.parseInt(args[0]));
        }
    }

    /** {@code java OPTIONS -cp (this class path) MAIN ARGS}, without the option variables of the test's environment. */
    private static ProcessBuilder java(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        QuickCompilerJvm.OPTION_VARIABLES.forEach(pb.environment()::remove);
        return pb;
    }

    private static Process launch(Map<String, String> env, List<String> jvmOptions, String... args) throws IOException {
        ProcessBuilder pb = java(jvmOptions, QuickCompilerJvmTest.class, args);
        pb.environment().putAll(env);
        return pb.start();
    }

    private static String text(byte[] b) { return new String(b, StandardCharsets.UTF_8); }

    @Test
    void theSecondJvmRunsOnC1WithThisJvmsOptionsItsStreamsAndItsExitCode() throws Exception {
        Process p = launch(Map.of("JDK_JAVA_OPTIONS", "-Dfrom.env=yes"), List.of("-Xmx321m", "-Dprobe.option=a b"),
                "7", "with space", "µ");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
        String out = text(p.getInputStream().readAllBytes());
        String err = text(p.getErrorStream().readAllBytes());
        assertEquals(7, p.exitValue(), out + err);
        assertTrue(out.contains("TieredStopAtLevel=1"), out);
        assertTrue(out.contains("-Xmx321m") && out.contains("-Dprobe.option=a b") && out.contains("-Dfrom.env=yes"), out);
        assertEquals(1, count(out, "-Dfrom.env=yes"), "the variable's option is given once, not once more by the variable: " + out);
        assertTrue(out.contains("args=[7, with space, µ]"), out);
        assertTrue(out.contains("jit=c1"), out);
        assertTrue(err.contains("to stderr"), err);
        assertEquals(1, count(err, "Picked up JDK_JAVA_OPTIONS"), "the launcher's note only, not the second JVM's: " + err);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void killingTheLauncherEndsTheSecondJvm() throws Exception {
        for (boolean forcibly : new boolean[] {false, true}) {
            Process p = launch(Map.of(), List.of(), "sleep");
            try {
                long probe = probePid(p);
                ProcessHandle child = ProcessHandle.of(probe).orElseThrow();
                if (forcibly) p.destroyForcibly(); else p.destroy();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                // SIGTERM: the launcher's shutdown hook stops it; SIGKILL: it sees the launcher gone (polled) and stops
                child.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(child.isAlive(), "second JVM outlived its launcher (forcibly=" + forcibly + ")");
            } finally {
                p.destroyForcibly();
                p.descendants().forEach(ProcessHandle::destroyForcibly);
            }
        }
    }

    /** Reads the launcher's stdout until the probe says its pid. */
    private static long probePid(Process p) throws IOException {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("probe ")) return Long.parseLong(line.substring(6).trim());
        }
        throw new AssertionError("the second JVM never started: " + text(p.getErrorStream().readAllBytes()));
    }

    /** Runs {@code java -cp … Main ARGS}, watching for a child JVM started with the flag; stdout, stderr, code and whether. */
    private record ThroughMain(String out, String err, int code, boolean secondJvm) {}

    private static ThroughMain throughMain(Path tmp, List<String> jvmOptions, String... args) throws Exception {
        ProcessBuilder pb = java(jvmOptions, Main.class, args);
        Path stdout = Files.createTempFile(tmp, "out", ".txt");
        Path stderr = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean sawSecondJvm = false;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < until) {
            // the command line, not arguments(): Linux leaves that empty for a long class path
            sawSecondJvm |= p.descendants().anyMatch(h -> h.info().commandLine()
                    .map(c -> c.contains(" " + QuickCompilerJvm.QUICK_COMPILER + " ")).orElse(false));
            Thread.sleep(10);
        }
        assertTrue(p.waitFor(1, TimeUnit.SECONDS), "the command did not finish");
        return new ThroughMain(Files.readString(stdout), Files.readString(stderr), p.exitValue(), sawSecondJvm);
    }

    /**
     * {@code fit} of many curve files (the threshold lowered to 2 for the test) runs in the second JVM and prints what it
     * prints in one; below the threshold it stays in one JVM.
     */
    @Test
    void fitOfManyCurvesRunsInTheSecondJvmWithTheSameOutput(@TempDir Path tmp) throws Exception {
        String[] args = {"fit", "src/test/resources/fit/dnase1.csv", "src/test/resources/fit/decreasing-zero.csv",
                "--model", "4pl", "--weighting", "1/y2", "--predict", "0.4,1.1"};
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int expected = Main.run(args, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        ThroughMain many = throughMain(tmp, List.of("-Dcytobench.fitSecondJvmFrom=2"), args);
        assertTrue(many.secondJvm(), "no second JVM for 2 curve files with the threshold at 2");
        assertEquals(expected, many.code(), many.err());
        assertEquals(text(out.toByteArray()), many.out());
        assertEquals(text(err.toByteArray()), many.err());
        ThroughMain few = throughMain(tmp, List.of("-Dcytobench.fitSecondJvmFrom=3"), args);
        assertFalse(few.secondJvm(), "a second JVM for 2 curve files with the threshold at 3");
        assertEquals(text(out.toByteArray()), few.out());
    }

    /**
     * {@code analyze} through {@link Main#main} as a script runs it: the second JVM (seen among the process's children,
     * started with the flag) writes the same tables and prints the same verdicts as the command run in this JVM, and
     * its exit code is the command's.
     */
    @Test
    void analyzeThroughMainGivesTheSameFilesAndExitCodeAsInThisJvm(@TempDir Path tmp) throws Exception {
        Path experiment = Path.of("sample-data", "thymalfasin-pbmc.cytobench");
        Path inProcess = tmp.resolve("in-process");
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int expected = Main.run(new String[] {"analyze", experiment.toString(), "--out", inProcess.toString(), "--no-charts"},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));

        Path viaMain = tmp.resolve("via-main");
        ThroughMain r = throughMain(tmp, List.of(), "analyze", experiment.toString(), "--out", viaMain.toString(), "--no-charts");
        assertTrue(r.secondJvm(), "no second JVM with " + QuickCompilerJvm.QUICK_COMPILER + " was started");
        assertEquals(expected, r.code(), r.err());
        // the same lines, the output folder's name aside
        String folder = inProcess.toString();
        assertEquals(text(out.toByteArray()), r.out().replace(viaMain.toString(), folder));
        assertEquals(text(err.toByteArray()), r.err().replace(viaMain.toString(), folder));
        try (Stream<Path> files = Files.list(inProcess)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                assertEquals(Files.readString(f), Files.readString(viaMain.resolve(f.getFileName())), f.getFileName().toString());
            }
        }
    }
}
