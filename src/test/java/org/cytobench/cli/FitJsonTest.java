package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.FitStatus;
import org.cytobench.fit.InversePrediction;
import org.cytobench.fit.Weighting;
import org.junit.jupiter.api.Test;

/**
 * {@link FitJson} writes the same bytes as the Jackson tree the command used before (kept here as the oracle, with the
 * one intended change: non-finite CI bounds are null, as every other number already was).
 */
class FitJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The command's JSON as it was built with Jackson (FitCommand.json before the direct writer). */
    private static String jackson(FitResult fit, String file, List<Double> responses) {
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
            Double lo = fit.ciLow().get(i), hi = fit.ciHigh().get(i);
            if (Double.isFinite(lo)) bounds.add(lo); else bounds.addNull();
            if (Double.isFinite(hi)) bounds.add(hi); else bounds.addNull();
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

    private static void number(ObjectNode o, String key, Double v) {
        if (v == null || !Double.isFinite(v)) o.putNull(key);
        else o.put(key, v);
    }

    private static String direct(FitResult fit, String file, List<Double> responses) {
        StringBuilder b = new StringBuilder();
        FitJson.append(b, fit, file, responses);
        return b.toString();
    }

    @Test
    void writesJacksonsBytesForThousandsOfFits() {
        Random rnd = new Random(7);
        CurveModel[] models = CurveModel.values();
        Weighting[] weightings = Weighting.values();
        for (int k = 0; k < 1000; k++) {
            int levels = 3 + rnd.nextInt(9);
            double[] x = new double[levels * 2], y = new double[levels * 2];
            double scale = Math.pow(10, -12 + 16 * rnd.nextDouble()), c = scale * Math.pow(2, -levels / 2.0);
            for (int i = 0; i < x.length; i++) {
                x[i] = i < 2 && rnd.nextBoolean() ? 0 : scale * Math.pow(2, -(i / 2));
                y[i] = 0.05 + 2.5 / (1 + Math.pow(c / Math.max(x[i], 1e-300), 1.1)) + 0.05 * rnd.nextGaussian();
            }
            if (rnd.nextInt(10) == 0) y[0] = Double.NaN;
            FitResult fit = CurveFitter.fit(x, y, models[rnd.nextInt(models.length)], weightings[rnd.nextInt(weightings.length)]);
            List<Double> responses = List.of(0.05, 0.5 + rnd.nextDouble(), 1.0, -1.0, 2.6, 1e-320, -0.0);
            String file = rnd.nextBoolean() ? null : "dir/curve " + k + ".csv";
            assertEquals(jackson(fit, file, responses), direct(fit, file, responses));
        }
    }

    @Test
    void escapesStringsAsJacksonDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x250; c++) all.append(c);
        String odd = "a\"b\\c/d\u2028e\uFEFFf\u00b5g\u03b1 ≤ 1/x² " + all + "\uD83D\uDE00 end";
        FitResult fit = new FitResult(CurveModel.FOUR_PL, Weighting.INV_Y2, FitStatus.DEGENERATE, odd, List.of(), List.of(),
                List.of(), List.of(), List.of(), Double.NaN, Double.NEGATIVE_INFINITY, 0, List.of(), 0, List.of(odd, ""),
                Double.NaN, Double.NaN);
        assertEquals(jackson(fit, odd, List.of(Double.MIN_VALUE, Double.MAX_VALUE, 1e7, 1e-3, 123456789.0)),
                direct(fit, odd, List.of(Double.MIN_VALUE, Double.MAX_VALUE, 1e7, 1e-3, 123456789.0)));
    }

    @Test
    void nonFiniteNumbersAreNullEverywhere() {
        FitResult fit = new FitResult(CurveModel.LINEAR, Weighting.NONE, FitStatus.CONVERGED, null, List.of(1.0, Double.NaN),
                List.of(Double.POSITIVE_INFINITY, 0.5), List.of(Double.NaN, 0.1), List.of(2.0, Double.NEGATIVE_INFINITY),
                List.of(List.of(1.0, 0.0), List.of(0.0, 1.0)), 0.25, 0.99, 5, List.of(), 0, List.of(), 1, 8);
        String json = direct(fit, null, List.of());
        assertEquals("{\"model\":\"linear\",\"weighting\":\"none\",\"status\":\"converged\",\"params\":{\"a\":1.0,\"b\":null},"
                + "\"stderr\":{\"a\":null,\"b\":0.5},\"ci95\":{\"a\":[null,2.0],\"b\":[0.1,null]},\"rss\":0.25,\"r2\":0.99,"
                + "\"n\":5,\"warnings\":[],\"predictions\":[]}", json);
    }
}
