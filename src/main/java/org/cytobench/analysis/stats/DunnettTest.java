package org.cytobench.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dunnett's many-to-one test: each treated group against one control, two-sided, with the pooled variance of all groups
 * (the residual mean square of the one-way ANOVA over control and treated groups) — the test Prism runs after a one-way
 * ANOVA with "compare every mean to a control", and R's {@code multcomp::glht(aov(y ~ g), mcp(g = "Dunnett"))}.
 * Unequal group sizes are handled exactly (see {@link DunnettDistribution}).
 */
public final class DunnettTest {
    private DunnettTest() {}

    /**
     * @param control the control group's values
     * @param treated one array per treated group
     * @return one comparison per treated group, in input order; comparisons are undefined (p = NaN) when the control or
     *         that group is empty, when there are no residual degrees of freedom, or when the pooled variance is 0
     */
    public static List<DunnettComparison> test(double[] control, List<double[]> treated) {
        List<double[]> all = new ArrayList<>();
        all.add(control);
        all.addAll(treated);
        AnovaResult anova = OneWayAnova.test(all);
        int df = anova.dfWithin();
        return compare(control, treated, df >= 1 ? anova.msWithin() : Double.NaN, df);
    }

    /**
     * Dunnett's test on a randomized-complete-block model (R's {@code glht(aov(y ~ g + donor), mcp(g = "Dunnett"))}):
     * the same many-to-one comparisons, but with the block ANOVA's residual variance and df = (t − 1)(d − 1).
     *
     * @param control one value per block
     * @param treated per treated group, one value per block in the same order
     * @param anova   the block ANOVA over control and treated groups
     */
    public static List<DunnettComparison> blocked(double[] control, List<double[]> treated, BlockAnovaResult anova) {
        return compare(control, treated, anova.msResidual(), anova.dfResidual());
    }

    private static List<DunnettComparison> compare(double[] control, List<double[]> treated, double mse, int df) {
        int[] sizes = treated.stream().filter(g -> g.length > 0).mapToInt(g -> g.length).toArray();
        boolean usable = control.length > 0 && df >= 1 && mse > 0 && sizes.length > 0;
        DunnettDistribution dist = usable ? DunnettDistribution.forGroupSizes(control.length, sizes, df) : null;
        double critical = usable ? criticalValue(control.length, sizes, df, dist) : Double.NaN;
        double controlMean = control.length > 0 ? Moments.mean(control) : Double.NaN;
        List<DunnettComparison> out = new ArrayList<>();
        for (double[] g : treated) {
            double diff = g.length > 0 ? Moments.mean(g) - controlMean : Double.NaN;
            if (!usable || g.length == 0) {
                out.add(new DunnettComparison(diff, Double.NaN, Double.NaN, df, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            double se = Math.sqrt(mse * (1.0 / g.length + 1.0 / control.length));
            double t = diff / se;
            out.add(new DunnettComparison(diff, se, t, df, dist.pValue(t), diff - critical * se, diff + critical * se));
        }
        return List.copyOf(out);
    }

    private record Design(int controlN, List<Integer> treatedN, int df) {}

    /** Critical values by design: the analytes of one experiment share their group sizes, and the root search is the cost. */
    private static final Map<Design, Double> CRITICAL = new ConcurrentHashMap<>();

    private static double criticalValue(int controlN, int[] sizes, int df, DunnettDistribution dist) {
        Design d = new Design(controlN, Arrays.stream(sizes).boxed().toList(), df);
        if (CRITICAL.size() > 1000) CRITICAL.clear();
        return CRITICAL.computeIfAbsent(d, k -> dist.quantile(0.95));
    }

    /** Convenience for tests and scripts: p-values only. */
    public static double[] pValues(double[] control, double[]... treated) {
        return test(control, Arrays.asList(treated)).stream().mapToDouble(DunnettComparison::p).toArray();
    }
}
