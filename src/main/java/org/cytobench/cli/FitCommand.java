package org.cytobench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.InversePrediction;
import org.cytobench.fit.Weighting;

/**
 * {@code fit CURVE.csv [...] --model 4pl|5pl|linear|loglog --weighting none|1/y|1/y2|1/x2 [--predict R1,R2,...]}: fits
 * each file and prints its result as one JSON object per line (with {@code "file"} when several files are given).
 * Model and weighting default to 4pl and none. Exit code: the worst over all files — 2 invalid input, 1 not converged
 * or degenerate, 0 all fitted; 3 for a usage error (nothing is fitted then).
 */
final class FitCommand {
    /** Every curve needs at least this many concentration levels to be accepted as input. */
    static final int MINIMUM_LEVELS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private int fitAll(PrintStream out, PrintStream err) {
        int exit = Main.OK;
        for (Path file : files) {
            CurveCsv curve;
            try {
                curve = CurveCsv.read(file, MINIMUM_LEVELS);
            } catch (CurveCsv.InvalidCurveException e) {
                err.println(e.getMessage());
                exit = Math.max(exit, Main.BAD_INPUT);
                continue;
            }
            FitResult fit = CurveFitter.fit(curve.conc(), curve.od(), model, weighting);
            out.println(json(fit, files.size() > 1 ? file.toString() : null));
            if (!fit.isConverged()) exit = Math.max(exit, Main.FAILED);
        }
        return exit;
    }

    private String json(FitResult fit, String file) {
        ObjectNode o = JSON.createObjectNode();
        if (file != null) o.put("file", file);
        o.put("model", fit.model().id());
        o.put("weighting", fit.weighting().id());
        o.put("status", fit.status().id());
        if (fit.reason() != null) o.put("reason", fit.reason());
        ObjectNode params = o.putObject("params"), se = o.putObject("stderr"), ci = o.putObject("ci95");
        List<String> names = fit.model().parameterNames();
        for (int i = 0; i < fit.parameters().size(); i++) {
            String p = names.get(i);
            number(params, p, fit.parameters().get(i));
            number(se, p, fit.standardErrors().get(i));
            ArrayNode bounds = ci.putArray(p);
            bounds.add(fit.ciLow().get(i));
            bounds.add(fit.ciHigh().get(i));
        }
        number(o, "rss", fit.rss());
        number(o, "r2", fit.r2());
        o.put("n", fit.n());
        ArrayNode warnings = o.putArray("warnings");
        fit.warnings().forEach(warnings::add);
        ArrayNode predictions = o.putArray("predictions");
        for (double r : responses) {
            InversePrediction ip = CurveFitter.inverse(fit, r);
            ObjectNode p = predictions.addObject();
            p.put("response", r);
            number(p, "concentration", ip.concentration());
            number(p, "ciLow", ip.ciLow());
            number(p, "ciHigh", ip.ciHigh());
            p.put("flag", ip.flag().id());
        }
        return o.toString();
    }

    /** JSON has no NaN or infinity: those, and absent values, are written as null. */
    private static void number(ObjectNode o, String key, Double v) {
        if (v == null || !Double.isFinite(v)) o.putNull(key);
        else o.put(key, v);
    }
}
