package org.cytobench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.cytobench.report.ExperimentOutputs;
import org.cytobench.report.Progress;

/**
 * A measured run of {@code analyze} on a 100-plate experiment (the three sample-data plates repeated): wall-clock time of
 * {@link ExperimentOutputs#write} per section (analysis, tables, charts, report), several runs in one JVM so the first shows
 * the JIT warm-up. Usage (from the project directory, test classpath):
 * {@code java -cp target/classes:target/test-classes:DEPS org.cytobench.bench.AnalyzeRun [PLATES] [RUNS] [charts|no-charts] [DPI] [PLATE-CHART-FORMATS: png,svg,pdf|png|none]}
 */
public final class AnalyzeRun {
    private AnalyzeRun() {}

    public static void main(String[] args) throws Exception {
        int plates = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean charts = args.length > 2 && args[2].equals("charts");
        int dpi = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        // the plates' chart files (analyze --plate-charts): png,svg,pdf (all: analyze's default, decision 0009), png, none
        // (only in report.pdf); the dose charts are always written in all three
        java.util.Set<org.cytobench.chart.ExportFormat> formats = java.util.EnumSet.noneOf(org.cytobench.chart.ExportFormat.class);
        String list = args.length > 4 ? args[4] : "png,svg,pdf";
        if (!list.equals("none")) for (String f : list.split(",")) formats.add(org.cytobench.chart.ExportFormat.fromExtension(f));
        Project project = experiment(plates);
        for (int r = 1; r <= runs; r++) {
            Path dir = Files.createTempDirectory("analyze-bench");
            Map<String, Long> sections = new LinkedHashMap<>();
            // this (the main) thread's CPU per section too: its report section is report.pdf's cost on the critical path
            Map<String, Long> mainSections = new LinkedHashMap<>();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long mainId = Thread.currentThread().getId();
            long[] lastMain = {threads.getThreadCpuTime(mainId)};
            long[] last = {System.nanoTime()};
            String[] current = {"analysis"};
            Progress timing = new Progress() {
                @Override
                public void step(String what, int done, int total) {
                    String section = what.startsWith("analysing") || what.startsWith("dose response") ? "analysis" : what;
                    long now = System.nanoTime();
                    sections.merge(current[0], now - last[0], Long::sum);
                    last[0] = now;
                    long main = threads.getThreadCpuTime(mainId);
                    mainSections.merge(current[0], main - lastMain[0], Long::sum);
                    lastMain[0] = main;
                    current[0] = section;
                }

                @Override
                public boolean isCancelled() { return false; }
            };
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            long main0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long jit0 = jitCpuNanos();
            ExperimentOutputs.Written w = ExperimentOutputs.write(project, dir, new ExperimentOutputs.Options(dpi, charts, formats), timing);
            long total = System.nanoTime() - t0;
            long cpu = processCpuNanos() - cpu0;
            // this thread analyses and draws report.pdf: when its CPU is close to the wall clock, it is the critical path
            long mainCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - main0;
            long jitCpu = jitCpuNanos() - jit0;
            // CPU time of the whole process (every thread, JIT included) next to the wall clock: on a shared machine the
            // wall clock grows with the other users' load, the CPU seconds much less
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "run %d: %d plates, %s, %d files: total %.2f s, cpu %.2f s (main thread %.2f s, JIT %.2f s)",
                    r, w.plates(), charts ? "charts (" + list + ") at " + dpi + " dpi" : "no charts", w.files().size(), total / 1e9, cpu / 1e9,
                    mainCpu / 1e9, jitCpu / 1e9));
            sections.forEach((k, v) -> { if (!k.equals("done")) s.append(String.format(Locale.ROOT, " | %s %.3f s", k, v / 1e9)); });
            if (mainSections.containsKey("report")) s.append(String.format(Locale.ROOT, " | report main-thread cpu %.3f s", mainSections.get("report") / 1e9));
            System.out.println(s);
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time of the JIT compiler threads so far (Linux: /proc/self/task/N/stat, fields utime + stime in clock ticks of
     * 10 ms); 0 elsewhere. The compiler threads are not Java threads, so the thread MX bean cannot see them.
     */
    static long jitCpuNanos() {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open || !stat.substring(open + 1, close).contains("CompilerThre")) continue;
                String[] f = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);   // fields 14 and 15 of stat
            }
        } catch (java.io.IOException | RuntimeException notLinux) {
            return 0;
        }
        return ticks * 10_000_000L;
    }

    /** The sample experiment's three plates repeated until there are {@code plates} assay plates. */
    public static Project experiment(int plates) throws Exception {
        Project p = new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench"));
        Experiment e = p.experiment();
        Experiment big = e;
        for (int i = e.assays().size(); i < plates; i++) {
            AssayRun run = e.assays().get(i % e.assays().size());
            big = big.withAssay(run.withLayout(run.layout().withName(run.layout().analyte().name() + " " + (i + 1))));
        }
        return p.withExperiment(big);
    }
}
