package org.cytobench.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement with R on committed reference fits (src/test/resources/fit, made by make-references.R with nls/minpack.lm
 * and lm): parameters and standard errors to 1e-4 relative, rss to 1e-6 relative, and the inverse predictions.
 */
class ReferenceFitTest {
    private static final Path DIR = Path.of("src/test/resources/fit");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            assertTrue(names.size() >= 15, "reference cases missing: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithR(String name) throws IOException {
        JsonNode ref = new ObjectMapper().readTree(DIR.resolve(name).toFile());
        double[][] curve = readCurve(DIR.resolve(ref.get("curve").asText()));
        CurveModel model = CurveModel.fromId(ref.get("model").asText());
        FitResult fit = CurveFitter.fit(curve[0], curve[1], model, Weighting.fromId(ref.get("weighting").asText()));

        if (ref.get("status").asText().equals("degenerate")) {
            assertEquals(FitStatus.DEGENERATE, fit.status());
            assertEquals(LogisticFitter.ASYMMETRY_RUNS_AWAY, fit.reason());
            assertTrue(fit.parameters().isEmpty());
            return;
        }
        assertEquals(FitStatus.CONVERGED, fit.status(), fit.reason());
        assertEquals(ref.get("n").asInt(), fit.n());
        List<String> names = model.parameterNames();
        for (int i = 0; i < names.size(); i++) {
            String p = names.get(i);
            assertClose(ref.get("params").get(p).asDouble(), fit.parameters().get(i), 1e-4, p);
            assertClose(ref.get("stderr").get(p).asDouble(), fit.standardErrors().get(i), 1e-4, "SE " + p);
        }
        assertClose(ref.get("rss").asDouble(), fit.rss(), 1e-6, "rss");
        assertEquals(ref.get("r2").asDouble(), fit.r2(), 1e-8, "r2");
        if (ref.has("predictions")) {
            for (JsonNode p : ref.get("predictions")) {
                InversePrediction ip = CurveFitter.inverse(fit, p.get("response").asDouble());
                assertEquals(p.get("flag").asText(), ip.flag().id(), "flag at " + p.get("response"));
                if (p.get("concentration").isNull()) {
                    assertNull(ip.concentration());
                    continue;
                }
                assertClose(p.get("concentration").asDouble(), ip.concentration(), 1e-4, "x at " + p.get("response"));
                // the interval is x·exp(∓t·SE(ln x)): compare the half-widths on the log scale, where SE lives
                double x = p.get("concentration").asDouble();
                assertClose(Math.log(p.get("ciLow").asDouble() / x), Math.log(ip.ciLow() / ip.concentration()), 1e-4,
                        "ciLow at " + p.get("response"));
                assertClose(Math.log(p.get("ciHigh").asDouble() / x), Math.log(ip.ciHigh() / ip.concentration()), 1e-4,
                        "ciHigh at " + p.get("response"));
            }
        }
    }

    private static void assertClose(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, relative * Math.abs(expected), what);
    }

    static double[][] readCurve(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        double[] x = new double[lines.size() - 1], y = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            x[i - 1] = Double.parseDouble(c[0]);
            y[i - 1] = Double.parseDouble(c[1]);
        }
        return new double[][] {x, y};
    }
}
