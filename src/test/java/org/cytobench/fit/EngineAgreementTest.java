package org.cytobench.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The array Levenberg–Marquardt against the Commons Math engine it replaced, on 50 000 seeded random standard curves
 * (4PL and 5PL, increasing and decreasing, with and without a zero standard, 5–12 levels, 1–3 replicates, 0.5–10 %
 * noise, the occasional gross outlier, every weighting, concentrations from molar to µg/mL): the same status and
 * reason everywhere, and where both converge the same parameters and standard errors within 1e-7 relative.
 */
class EngineAgreementTest {
    private static final int CURVES = 50_000;

    record Curve(double[] x, double[] y, CurveModel model, Weighting weighting) {}

    /** One random curve; the generator is deterministic for a given {@code rnd} state. */
    static Curve randomCurve(Random rnd) {
        CurveModel model = rnd.nextInt(10) == 0 ? CurveModel.FIVE_PL : CurveModel.FOUR_PL;
        int levels = 5 + rnd.nextInt(8), reps = 1 + rnd.nextInt(3);
        boolean zero = rnd.nextBoolean();
        double unit = Math.pow(10, -11 + 14 * rnd.nextDouble());          // top standard from 1e-11 to 1e3
        double dilution = 1.5 + 2.5 * rnd.nextDouble();
        double lo = 0.02 + 0.3 * rnd.nextDouble(), hi = 0.8 + 3 * rnd.nextDouble();
        boolean decreasing = rnd.nextInt(4) == 0;
        double a = decreasing ? hi : lo, d = decreasing ? lo : hi;
        double b = 0.5 + 2.0 * rnd.nextDouble();
        double c = unit * Math.pow(dilution, -(levels - 1) * (0.1 + 0.8 * rnd.nextDouble()));
        double g = model == CurveModel.FIVE_PL ? Math.exp(-1.5 + 3 * rnd.nextDouble()) : 1;
        double cv = 0.005 + 0.095 * rnd.nextDouble() * rnd.nextDouble();
        int n = (levels + (zero ? 1 : 0)) * reps;
        double[] x = new double[n], y = new double[n];
        int i = 0;
        for (int l = zero ? -1 : 0; l < levels; l++) {
            double xl = l < 0 ? 0 : unit * Math.pow(dilution, -(levels - 1 - l));
            for (int r = 0; r < reps; r++, i++) {
                x[i] = xl;
                double f = xl == 0 ? a : d + (a - d) / Math.pow(1 + Math.pow(xl / c, b), g);
                y[i] = f * (1 + cv * rnd.nextGaussian());
            }
        }
        if (rnd.nextInt(40) == 0) y[rnd.nextInt(n)] *= 1.5 + 2 * rnd.nextDouble();   // a gross outlier now and then
        // 1/x² is rarer, as in practice: it is also the weighting whose fits most often run to a bound (slowly)
        int wi = rnd.nextInt(20);
        Weighting weighting = wi < 7 ? Weighting.NONE : wi < 12 ? Weighting.INV_Y : wi < 18 ? Weighting.INV_Y2 : Weighting.INV_X2;
        return new Curve(x, y, model, weighting);
    }

    @Test
    void arrayEngineGivesTheFitsOfTheCommonsMathEngine() {
        Random rnd = new Random(20261201);
        List<Curve> curves = new ArrayList<>(CURVES);
        for (int k = 0; k < CURVES; k++) curves.add(randomCurve(rnd));
        // both engines on each curve, the curves shared out over the cores; the outcome does not depend on the order
        String[] outcome = new String[CURVES];
        double[] difference = new double[CURVES];
        java.util.stream.IntStream.range(0, CURVES).parallel().forEach(k -> {
            Curve cv = curves.get(k);
            FitResult now = CurveFitter.fit(cv.x, cv.y, cv.model, cv.weighting, LogisticFitter.Engine.ARRAYS);
            FitResult before = CurveFitter.fit(cv.x, cv.y, cv.model, cv.weighting, LogisticFitter.Engine.COMMONS_MATH);
            if (now.status() != before.status() || !java.util.Objects.equals(now.reason(), before.reason())) {
                outcome[k] = "curve " + k + ": " + before.status() + " (" + before.reason() + ") became " + now.status()
                        + " (" + now.reason() + ")";
                return;
            }
            if (!now.isConverged()) { outcome[k] = "same"; return; }
            outcome[k] = now.equals(before) ? "identical" : "converged";
            for (int j = 0; j < now.parameters().size(); j++) {
                difference[k] = Math.max(difference[k], relative(before.parameters().get(j), now.parameters().get(j)));
                difference[k] = Math.max(difference[k], relative(before.standardErrors().get(j), now.standardErrors().get(j)));
            }
        });
        int identical = 0, converged = 0;
        double worst = 0;
        List<String> disagreements = new ArrayList<>();
        for (int k = 0; k < CURVES; k++) {
            switch (outcome[k]) {
                case "same" -> { }
                case "identical" -> { identical++; converged++; }
                case "converged" -> converged++;
                default -> { if (disagreements.size() < 10) disagreements.add(outcome[k]); }
            }
            worst = Math.max(worst, difference[k]);
        }
        System.out.printf("engine agreement: %d curves, %d converged, %d bit for bit identical, largest relative difference %.1e, %d status differences%n",
                CURVES, converged, identical, worst, disagreements.size());
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
        assertTrue(worst <= 1e-7, "largest relative difference " + worst);
        assertTrue(converged > CURVES / 2, "too few converged fits to compare: " + converged);
    }

    private static double relative(double expected, double actual) {
        if (Double.compare(expected, actual) == 0) return 0;   // equal, or both NaN (a standard error of an ill-posed fit)
        return Math.abs(expected - actual) / Math.abs(expected);
    }

    @Test
    void statusesCoverEveryOutcome() {
        // the generator must exercise the degenerate paths too, or agreement there means nothing
        Random rnd = new Random(20261201);
        java.util.Map<FitStatus, Integer> counts = new java.util.EnumMap<>(FitStatus.class);
        for (int k = 0; k < 5_000; k++) {
            Curve cv = randomCurve(rnd);
            counts.merge(CurveFitter.fit(cv.x, cv.y, cv.model, cv.weighting).status(), 1, Integer::sum);
        }
        assertTrue(counts.getOrDefault(FitStatus.DEGENERATE, 0) > 50, counts.toString());
        assertEquals(5_000, counts.values().stream().mapToInt(Integer::intValue).sum());
    }
}
