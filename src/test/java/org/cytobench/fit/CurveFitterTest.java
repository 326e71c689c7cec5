package org.cytobench.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Behaviour of the fitting engine on constructed data; agreement with R is in ReferenceFitTest. */
class CurveFitterTest {

    private static double fourPl(double x, double a, double b, double c, double d) {
        return d + (a - d) / (1 + Math.pow(x / c, b));
    }

    /** 8 levels (zero standard + 7 two-fold dilutions), duplicates, 2% multiplicative noise from a fixed seed. */
    private static double[][] curve(double a, double b, double c, double d, double top, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[16], y = new double[16];
        for (int i = 0; i < 16; i++) {
            int level = i / 2;
            x[i] = level == 0 ? 0 : top / Math.pow(2, 7 - level);
            y[i] = fourPl(x[i], a, b, c, d) * (1 + 0.02 * rnd.nextGaussian());
        }
        return new double[][] {x, y};
    }

    @Test
    void recoversKnownParametersOfAnIncreasingCurveWithZeroStandard() {
        double[][] s = curve(0.05, 1.2, 150, 2.8, 1000, 1);
        FitResult r = CurveFitter.fit(s[0], s[1], CurveModel.FOUR_PL, Weighting.NONE);
        assertEquals(FitStatus.CONVERGED, r.status());
        assertEquals(150, r.parameter("c"), 15);
        assertEquals(1.2, r.parameter("b"), 0.15);
        assertTrue(r.parameter("a") < r.parameter("d"));
        assertEquals(16, r.residuals().size());
        assertTrue(r.r2() > 0.99);
    }

    @Test
    void decreasingCurveHasPositiveSlopeAndAAboveD() {
        double[][] s = curve(2.0, 0.9, 5, 0.1, 50, 2);
        FitResult r = CurveFitter.fit(s[0], s[1], CurveModel.FOUR_PL, Weighting.INV_Y);
        assertEquals(FitStatus.CONVERGED, r.status());
        assertTrue(r.parameter("b") > 0);
        assertTrue(r.parameter("a") > r.parameter("d"));
        assertEquals(5, r.parameter("c"), 1);
    }

    @Test
    void fitDoesNotDependOnTheConcentrationUnit() {
        double[][] s = curve(0.05, 1.2, 150, 2.8, 1000, 3);
        double[] molar = new double[16];
        for (int i = 0; i < 16; i++) molar[i] = s[0][i] * 1e-11;  // 1.5e-9 … 1e-8 M
        FitResult pg = CurveFitter.fit(s[0], s[1], CurveModel.FOUR_PL, Weighting.INV_Y2);
        FitResult m = CurveFitter.fit(molar, s[1], CurveModel.FOUR_PL, Weighting.INV_Y2);
        assertEquals(FitStatus.CONVERGED, m.status());
        assertEquals(pg.parameter("c") * 1e-11, m.parameter("c"), 1e-6 * m.parameter("c"));
        assertEquals(pg.standardErrors().get(2) * 1e-11, m.standardErrors().get(2), 1e-5 * m.standardErrors().get(2));
        assertEquals(pg.rss(), m.rss(), 1e-9 * pg.rss());
    }

    @Test
    void inversePredictionRoundTripsAndFlagsExtrapolation() {
        double[][] s = curve(0.05, 1.2, 150, 2.8, 1000, 4);
        FitResult r = CurveFitter.fit(s[0], s[1], CurveModel.FOUR_PL, Weighting.NONE);
        double y = CurveFitter.predict(r, 200);
        InversePrediction ip = CurveFitter.inverse(r, y);
        assertEquals(200, ip.concentration(), 1e-6);
        assertEquals(PredictionFlag.OK, ip.flag());
        assertTrue(ip.ciLow() < 200 && ip.ciHigh() > 200);
        InversePrediction low = CurveFitter.inverse(r, CurveFitter.predict(r, 2));   // below the lowest non-zero standard
        assertEquals(PredictionFlag.EXTRAPOLATED, low.flag());
        InversePrediction beyond = CurveFitter.inverse(r, r.parameter("d") + 0.01);
        assertEquals(PredictionFlag.NO_SOLUTION, beyond.flag());
        assertNull(beyond.concentration());
    }

    @Test
    void tooFewLevelsIsDegenerate() {
        double[] x = {0, 0, 10, 10, 100, 100}, y = {0.1, 0.11, 0.5, 0.52, 2.0, 2.1};
        FitResult r = CurveFitter.fit(x, y, CurveModel.FOUR_PL, Weighting.NONE);
        assertEquals(FitStatus.DEGENERATE, r.status());
        assertTrue(r.reason().startsWith("too few standard levels"), r.reason());
        assertTrue(r.parameters().isEmpty());
        assertTrue(Double.isNaN(CurveFitter.predict(r, 10)));
        assertEquals(PredictionFlag.NO_SOLUTION, CurveFitter.inverse(r, 0.5).flag());
    }

    @Test
    void flatResponseIsDegenerate() {
        double[] x = {0, 1, 2, 4, 8, 16}, y = {0.3, 0.3, 0.3, 0.3, 0.3, 0.3};
        FitResult r = CurveFitter.fit(x, y, CurveModel.FOUR_PL, Weighting.NONE);
        assertEquals(FitStatus.DEGENERATE, r.status());
        assertTrue(r.reason().startsWith("flat response"), r.reason());
    }

    @Test
    void logLogExcludesTheZeroStandardWithAWarning() {
        double[] x = {0, 1, 2, 4, 8}, y = {0.01, 0.1, 0.2, 0.4, 0.8};
        FitResult r = CurveFitter.fit(x, y, CurveModel.LOG_LOG, Weighting.NONE);
        assertEquals(FitStatus.CONVERGED, r.status());
        assertEquals(4, r.n());
        assertEquals(1.0, r.parameter("b"), 1e-12);
        assertEquals(-1.0, r.parameter("a"), 1e-12);
        assertTrue(r.warnings().get(0).contains("zero standard excluded"), r.warnings().toString());
    }

    @Test
    void inverseXSquaredWeightingExcludesTheZeroStandard() {
        double[][] s = curve(0.05, 1.2, 150, 2.8, 1000, 5);
        FitResult r = CurveFitter.fit(s[0], s[1], CurveModel.FOUR_PL, Weighting.INV_X2);
        assertEquals(14, r.n());
        assertTrue(r.warnings().get(0).contains("1/x²"), r.warnings().toString());
    }

    @Test
    void rejectsNegativeConcentrationAndMismatchedLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> CurveFitter.fit(new double[] {-1, 1, 2, 3}, new double[] {1, 2, 3, 4}, CurveModel.LINEAR, Weighting.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> CurveFitter.fit(new double[] {1, 2}, new double[] {1}, CurveModel.LINEAR, Weighting.NONE));
    }

    @Test
    void stepLikeDataFromAGrossOutlierIsReportedAsRunawayNotAsAFit() {
        // the increasing-zero reference curve with one 250 pg/mL replicate read 2.5× too high: the least-squares optimum
        // is a step (b → ∞) between 125 and 250 pg/mL
        double[] x = {0, 0, 15.625, 15.625, 31.25, 31.25, 62.5, 62.5, 125, 125, 250, 250, 500, 500, 1000, 1000};
        double[] y = {0.0593, 0.0577, 0.2204, 0.2327, 0.4015, 0.4155, 0.7144, 0.7346, 1.1735, 1.1804, 1.7461, 4.3842,
                      2.2228, 2.2728, 2.4683, 2.5357};
        FitResult r = CurveFitter.fit(x, y, CurveModel.FOUR_PL, Weighting.NONE);
        assertEquals(FitStatus.DEGENERATE, r.status());
        assertEquals("4PL has no finite best fit: the slope b runs to its bound", r.reason());
    }

    @Test
    void absurdlyLargeResponsesAreADegenerateFitWithAReasonNotAnException() {
        double[][] s = curve(0.05, 1.2, 150, 2.8, 1000, 6);
        double[] huge = s[1].clone();
        for (int i = 0; i < huge.length; i++) huge[i] *= 1e160;
        FitResult r = CurveFitter.fit(s[0], huge, CurveModel.FOUR_PL, Weighting.NONE);
        assertEquals(FitStatus.DEGENERATE, r.status());
        assertTrue(r.reason().startsWith("responses too large to fit: "), r.reason());
        assertTrue(r.parameters().isEmpty());
        // 1/y² of responses near 1e150 gives weights near 1e-300
        for (int i = 0; i < huge.length; i++) huge[i] = s[1][i] * 1e99;
        FitResult w = CurveFitter.fit(s[0], huge, CurveModel.FIVE_PL, Weighting.INV_Y2);
        assertEquals(FitStatus.DEGENERATE, w.status());
        assertTrue(w.reason().startsWith("weights out of range: from "), w.reason());
        assertEquals(FitStatus.DEGENERATE, CurveFitter.fit(s[0], huge, CurveModel.LINEAR, Weighting.INV_Y2).status());
    }

    @Test
    void largeButSaneResponsesStillFitAsTheScaledCurve() {
        // the model is linear in the asymptotes: responses × 1e6 (e.g. RLU) give the same b and c
        double[][] s = curve(0.05, 1.2, 150, 2.8, 1000, 7);
        double[] big = s[1].clone();
        for (int i = 0; i < big.length; i++) big[i] *= 1e6;
        FitResult r = CurveFitter.fit(s[0], s[1], CurveModel.FOUR_PL, Weighting.NONE);
        FitResult b = CurveFitter.fit(s[0], big, CurveModel.FOUR_PL, Weighting.NONE);
        assertEquals(FitStatus.CONVERGED, b.status());
        assertEquals(r.parameter("c"), b.parameter("c"), 1e-6 * r.parameter("c"));
        assertEquals(r.parameter("d") * 1e6, b.parameter("d"), 1e-6 * b.parameter("d"));
    }

    @Test
    void aStandardErrorThatCannotBeComputedIsSaidInAWarning() {
        // a step-like optimum (b ≈ 25) with the lowest standard fitted exactly: (JᵀWJ)⁻¹ has a negative diagonal in rounding
        double[] x = {4.106653588713487E-9, 1.2423680512880734E-8, 3.75848203779189E-8, 1.1370372261069018E-7,
                      3.4398292729700794E-7, 1.0406365909139903E-6, 3.1481926235660334E-6, 9.524090236314542E-6, 2.8812816010830533E-5};
        double[] y = {0.32195696012221064, 0.949664294141444, 1.6203085785751472, 1.64029843573817, 1.7464246273710424,
                      1.4867003745021228, 1.482762254253387, 1.6077016398877728, 1.5924133645316683};
        FitResult r = CurveFitter.fit(x, y, CurveModel.FOUR_PL, Weighting.INV_Y2);
        assertEquals(FitStatus.CONVERGED, r.status());
        assertTrue(Double.isNaN(r.standardErrors().get(0)));
        assertEquals(List.of("no standard error or 95% CI for a, b, c: the information matrix is too ill-conditioned to invert reliably"),
                r.warnings());
    }
}
