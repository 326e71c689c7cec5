package org.cytobench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every number here was computed by R (src/test/resources/.../stats-reference.R: aov, t.test, p.adjust, multcomp::glht
 * and mvtnorm::pmvt with abseps 1e-7/1e-8) on the data sets in stats-input.csv.
 */
class StatisticsAgainstRTest {

    private static final StatsReference R = StatsReference.load();
    private static final List<String> DATASETS = List.of("balanced3", "unbalanced", "nine", "two", "five", "smalldf");

    @Test
    void dunnettPValuesMatchMultcompAndMvtnorm() {
        for (String ds : DATASETS) {
            List<DunnettComparison> result = dunnett(ds);
            List<String> groups = R.groups(ds);
            for (int i = 0; i < result.size(); i++) {
                String g = groups.get(i + 1);
                DunnettComparison c = result.get(i);
                String where = ds + " " + g;
                assertEquals(R.expect(ds, g, "dunnett.diff"), c.meanDifference(), 1e-9 * Math.abs(c.meanDifference()) + 1e-12, where);
                assertEquals(R.expect(ds, g, "dunnett.t"), c.t(), 1e-9 * Math.abs(c.t()) + 1e-12, where);
                double exact = R.expect(ds, g, "dunnett.p.integrate");
                assertEquals(exact, c.p(), 1e-6 * exact + 1e-12, where + " (R integrate)");
                assertPValue(R.expect(ds, g, "dunnett.p.mvtnorm"), c.p(), where + " (mvtnorm)");
                assertPValue(R.expect(ds, g, "dunnett.p"), c.p(), where + " (multcomp)");
            }
        }
    }

    @Test
    void dunnettSimultaneousIntervalsMatchMultcomp() {
        for (String ds : DATASETS) {
            List<DunnettComparison> result = dunnett(ds);
            List<String> groups = R.groups(ds);
            for (int i = 0; i < result.size(); i++) {
                String g = groups.get(i + 1);
                double width = R.expect(ds, g, "dunnett.ciHigh") - R.expect(ds, g, "dunnett.ciLow");
                // the critical value from multcomp is itself a randomised root: agree to 1e-4 of the interval width
                assertEquals(R.expect(ds, g, "dunnett.ciLow"), result.get(i).ciLow(), 1e-4 * width, ds + " " + g);
                assertEquals(R.expect(ds, g, "dunnett.ciHigh"), result.get(i).ciHigh(), 1e-4 * width, ds + " " + g);
            }
        }
    }

    @Test
    void welchTestAndHolmMatchR() {
        for (String ds : DATASETS) {
            List<String> groups = R.groups(ds);
            double[] control = R.values(ds, groups.get(0));
            double[] p = new double[groups.size() - 1];
            for (int i = 1; i < groups.size(); i++) {
                String g = groups.get(i);
                TTestResult w = WelchTest.test(R.values(ds, g), control);
                assertEquals(R.expect(ds, g, "welch.t"), w.t(), 1e-10 * Math.abs(w.t()), ds + " " + g);
                assertEquals(R.expect(ds, g, "welch.df"), w.df(), 1e-9 * w.df(), ds + " " + g);
                assertEquals(R.expect(ds, g, "welch.p"), w.p(), 1e-9 * w.p() + 1e-14, ds + " " + g);
                assertEquals(R.expect(ds, g, "welch.ciLow"), w.ciLow(), 1e-8 * Math.abs(w.ciLow()) + 1e-10, ds + " " + g);
                assertEquals(R.expect(ds, g, "welch.ciHigh"), w.ciHigh(), 1e-8 * Math.abs(w.ciHigh()) + 1e-10, ds + " " + g);
                p[i - 1] = w.p();
            }
            double[] holm = Holm.adjust(p);
            for (int i = 1; i < groups.size(); i++) {
                assertEquals(R.expect(ds, groups.get(i), "welch.holm"), holm[i - 1], 1e-9 * holm[i - 1] + 1e-14, ds);
            }
        }
    }

    @Test
    void oneWayAnovaMatchesAov() {
        for (String ds : DATASETS) {
            List<double[]> groups = new ArrayList<>();
            for (String g : R.groups(ds)) groups.add(R.values(ds, g));
            AnovaResult a = OneWayAnova.test(groups);
            assertEquals(R.expect(ds, "", "anova.df1"), a.dfBetween(), ds);
            assertEquals(R.expect(ds, "", "anova.df2"), a.dfWithin(), ds);
            assertEquals(R.expect(ds, "", "anova.F"), a.f(), 1e-10 * a.f(), ds);
            assertEquals(R.expect(ds, "", "anova.p"), a.p(), 1e-8 * a.p() + 1e-13, ds);
        }
    }

    @Test
    void summariesMatchR() {
        for (String ds : DATASETS) {
            for (String g : R.groups(ds)) {
                SampleSummary s = SampleSummary.of(R.values(ds, g));
                for (String q : List.of("mean", "sd", "sem", "ciLow", "ciHigh")) {
                    double actual = switch (q) {
                        case "mean" -> s.mean();
                        case "sd" -> s.sd();
                        case "sem" -> s.sem();
                        case "ciLow" -> s.ciLow();
                        default -> s.ciHigh();
                    };
                    double e = R.expect(ds, g, q);
                    assertEquals(e, actual, 1e-10 * Math.abs(e) + 1e-12, ds + " " + g + " " + q);
                }
            }
        }
    }

    private static List<DunnettComparison> dunnett(String ds) {
        List<String> groups = R.groups(ds);
        List<double[]> treated = new ArrayList<>();
        for (String g : groups.subList(1, groups.size())) treated.add(R.values(ds, g));
        return DunnettTest.test(R.values(ds, groups.get(0)), treated);
    }

    /**
     * Against Genz's randomised rule (mvtnorm, multcomp): 1e-4 absolute, tightening for small p down to the ~5e-6 absolute
     * error those runs reach ("Completion with error &gt; abseps").
     */
    private static void assertPValue(double expected, double actual, String where) {
        double tol = Math.max(1e-4 * Math.min(1, 20 * expected), 5e-6);
        assertTrue(Math.abs(expected - actual) <= tol, where + ": expected p " + expected + " but was " + actual);
    }
}
