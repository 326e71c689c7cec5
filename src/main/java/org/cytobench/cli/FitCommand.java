package org.cytobench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.Weighting;

/**
 * {@code fit CURVE.csv [...] --model 4pl|5pl|linear|loglog --weighting none|1/y|1/y2|1/x2 [--predict R1,R2,...]}: fits
 * each file and prints its result as one JSON object per line (with {@code "file"} when several files are given).
 * Model and weighting default to 4pl and none. Exit code: the worst over all files — 2 invalid input, 1 not converged
 * or degenerate, 0 all fitted; 3 for a usage error (nothing is fitted then).
 *
 * <p>Many files are read and fitted on all cores (at most 256 in flight) and printed in the order given; output is written in
 * blocks, not line by line. The JSON is written by {@link FitJson}, not by Jackson, so that a short run does not pay for
 * starting an ObjectMapper.
 */
final class FitCommand {
    /** Every curve needs at least this many concentration levels to be accepted as input. */
    static final int MINIMUM_LEVELS = 4;
    /** Fewer files than this are fitted on the calling thread: starting threads would cost more than it saves. */
    private static final int PARALLEL_FROM = 16;
    /** Files in flight at once: bounds the memory held by results waiting for their turn to be printed. */
    private static final int WINDOW = 256;
    private static final int FLUSH_AT = 1 << 16;

    private final List<Path> files = new ArrayList<>();
    private CurveModel model = CurveModel.FOUR_PL;
    private Weighting weighting = Weighting.NONE;
    private final List<Double> responses = new ArrayList<>();

    private FitCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        FitCommand cmd = new FitCommand();
        String problem = cmd.parse(args);
        if (problem != null) {
            err.println("cytobench fit: " + problem);
            err.println("usage: fit CURVE.csv [...] --model 4pl|5pl|linear|loglog --weighting none|1/y|1/y2|1/x2 [--predict R1,R2,...]");
            return Main.USAGE;
        }
        return cmd.fitAll(out, err);
    }

    /**
     * From this many curve files on, {@code fit} runs in a second JVM on the quick compiler ({@link QuickCompilerJvm},
     * decision 0016). Measured on 2 cores (docs/benchmarks.md): a JVM started with the flag fitted 500 curves in 0.26–0.28 s
     * against 0.38–0.45 s with C2, 5 000 in 0.46–0.50 s against 0.85–0.98 s, 20 000 in 1.2–1.4 s against 2.5–2.7 s — C2's
     * compilations cost more than they save even there — but the second JVM costs 0.1–0.15 s of its own (the first JVM's
     * start and the 43 MB jar opened twice): through it, 1 000 curves took as long as in one JVM, 2 000 0.51–0.56 s
     * against 0.53–0.58 s, 5 000 0.60–0.71 s against 0.81–1.03 s, and 50 curves 0.31–0.36 s against 0.20–0.23 s. The
     * property {@code cytobench.fitSecondJvmFrom} moves the threshold (tests, measurements).
     */
    static final int SECOND_JVM_FROM = Integer.getInteger("cytobench.fitSecondJvmFrom", 2000);

    /** How many curve files {@code args} (the arguments after {@code fit}) name, counted as {@link #parse} reads them. */
    static int curveFiles(String[] args) {
        int files = 0;
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) files++;
            else if (!args[i].contains("=")) i++;   // the option's value
        }
        return files;
    }

    /** Reads the arguments; returns what is wrong with them, or null. */
    private String parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i], value = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
                arg = arg.substring(0, arg.indexOf('='));
            }
            if (!arg.startsWith("--")) { files.add(Path.of(arg)); continue; }
            if (!List.of("--model", "--weighting", "--predict").contains(arg)) return "unknown option " + arg;
            if (value == null) {
                if (i + 1 >= args.length) return arg + " needs a value";
                value = args[++i];
            }
            try {
                switch (arg) {
                    case "--model" -> model = CurveModel.fromId(value);
                    case "--weighting" -> weighting = Weighting.fromId(value);
                    default -> {
                        for (String r : value.split(",")) if (!r.isBlank()) responses.add(response(r));
                    }
                }
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        return files.isEmpty() ? "no curve file given" : null;
    }

    private static double response(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--predict value '" + text.strip() + "' is not a number");
    }

    /** What one file gave: its JSON line or its one-line error, and the exit code it asks for. */
    private record Outcome(String json, String error, int exit) {}

    private Outcome fitOne(Path file, boolean named) {
        CurveCsv curve;
        try {
            curve = CurveCsv.read(file, MINIMUM_LEVELS);
        } catch (CurveCsv.InvalidCurveException e) {
            return new Outcome(null, e.getMessage(), Main.BAD_INPUT);
        }
        FitResult fit = CurveFitter.fit(curve.conc(), curve.od(), model, weighting);
        StringBuilder b = new StringBuilder(1024);
        FitJson.append(b, fit, named ? file.toString() : null, responses);
        return new Outcome(b.toString(), null, fit.isConverged() ? Main.OK : Main.FAILED);
    }

    private int fitAll(PrintStream out, PrintStream err) {
        boolean named = files.size() > 1;
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size() / PARALLEL_FROM + 1);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fit");
            t.setDaemon(true);
            return t;
        }) : null;
        int exit = Main.OK;
        StringBuilder pending = new StringBuilder(FLUSH_AT + 4096);
        try {
            // a sliding window of files in flight: the next file starts as soon as one is printed
            java.util.ArrayDeque<Future<Outcome>> window = new java.util.ArrayDeque<>();
            int next = 0;
            while (pool != null && next < files.size() && window.size() < WINDOW) window.add(submit(pool, files.get(next++), named));
            for (int i = 0; i < files.size(); i++) {
                Outcome o = pool != null ? result(window.poll()) : fitOne(files.get(i), named);
                if (pool != null && next < files.size()) window.add(submit(pool, files.get(next++), named));
                if (o.error() != null) {
                    out.print(pending);      // keep stdout and stderr in step when both go to a terminal
                    pending.setLength(0);
                    out.flush();
                    err.println(o.error());
                } else {
                    pending.append(o.json()).append(System.lineSeparator());
                    if (pending.length() >= FLUSH_AT) { out.print(pending); pending.setLength(0); }
                }
                exit = Math.max(exit, o.exit());
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        out.print(pending);
        out.flush();
        return exit;
    }

    private Future<Outcome> submit(ExecutorService pool, Path file, boolean named) {
        return pool.submit(() -> fitOne(file, named));
    }

    private static Outcome result(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error x) throw x;
            throw new IllegalStateException(e.getCause());
        }
    }
}
