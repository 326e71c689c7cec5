package org.cytobench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The curves the fit benchmarks time ({@link FitBenchmark}, {@link FitSpeedModeRun}, {@code fit.FitPhaseModeRun}), so that
 * their figures are of the same fits: a 16-well ELISA standard curve in duplicate (OD 450) and the 5PL fixture
 * {@code fivepl-finite.csv}. Each call gives a fresh copy.
 */
public final class BenchmarkCurves {
    private static final double[] CONC = {0, 0, 15.625, 15.625, 31.25, 31.25, 62.5, 62.5, 125, 125, 250, 250, 500, 500,
                                          1000, 1000};
    private static final double[] OD = {0.0593, 0.0577, 0.2204, 0.2327, 0.4015, 0.4155, 0.7144, 0.7346, 1.1735, 1.1804,
                                        1.7461, 1.7537, 2.2228, 2.2728, 2.4683, 2.5357};

    private BenchmarkCurves() {}

    /** The ELISA curve's concentrations (pg/mL). */
    public static double[] elisaConcentrations() { return CONC.clone(); }

    /** The ELISA curve's optical densities. */
    public static double[] elisaResponses() { return OD.clone(); }

    /** The 5PL fixture as {concentrations, responses}, read from the project root. */
    public static double[][] fivePl() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/fit/fivepl-finite.csv"));
        double[] conc = new double[lines.size() - 1];
        double[] od = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            conc[i - 1] = Double.parseDouble(c[0]);
            od[i - 1] = Double.parseDouble(c[1]);
        }
        return new double[][] {conc, od};
    }
}
