package org.cytobench.fit;

/**
 * Least-squares fit of the 4PL and 5PL logistic curves (Levenberg–Marquardt on arrays, {@link LevenbergMarquardt}; the
 * former Commons Math engine, {@link CommonsMathLeastSquares}, can be chosen for comparison).
 *
 * <p>The optimiser works on θ = (a, ln b, ln c, d[, ln g]): b, c, g stay positive and the fit does not depend on the
 * unit of concentration (molar and pg/mL curves are the same problem shifted in ln x). Starting values come from a grid
 * over (ln b, ln c[, ln g]) spanning the standards; at each grid point the asymptotes a and d, on which the curve depends
 * linearly, are solved exactly by weighted least squares, and the optimiser starts from the best grid point. Bounds keep
 * b in [1e-2, 1e2], c within 1000× (5PL: 10⁸×) beyond the standards and g in [1e-3, 1e3]; a best fit on a bound means the data have no
 * finite best fit for that parameter and is reported as degenerate, never as parameters.
 */
final class LogisticFitter {
    static final double G_MIN = 1e-3, G_MAX = 1e3;
    private static final double LN_B_MIN = Math.log(1e-2), LN_B_MAX = Math.log(1e2);
    private static final double LN_G_MIN = Math.log(G_MIN), LN_G_MAX = Math.log(G_MAX);
    private static final double LN_C_MARGIN_4PL = Math.log(1e3);
    /** Wider for 5PL: as g runs away c follows it (c ≈ k·g^(1/b)); the g bound should be met first. */
    private static final double LN_C_MARGIN_5PL = Math.log(1e8);
    private static final double ON_BOUND = 1e-6;
    private static final int MAX_ITERATIONS = 1000;

    /** Which least-squares engine runs the fit; the Commons Math one is kept to check the array engine against. */
    enum Engine { ARRAYS, COMMONS_MATH }

    private final Observations obs;
    private final Engine engine;
    private final double[] lnx;     // ln x, or NaN for a zero standard (f(0) = a)
    private final ConcentrationLevels levels;
    /** Per level: the model value and its derivatives, when wells share levels. */
    private final double[] levelValue;
    private final double[][] levelColumns;
    /** The columns {@link #evaluate} transposes into rows (the Commons Math engine's form); made on first use. */
    private double[][] rowScratch;
    private final double lnCMin, lnCMax, lnXMin, lnXMax;
    private final LogisticStartGrid grid;
    /** One array LM per parameter count (5PL: 5 free, and 4 with g held at a bound), made on first use. */
    private LevenbergMarquardt lm4, lm5;
    private double lmFixedG;

    LogisticFitter(Observations obs, CurveModel model) {
        this(obs, model, Engine.ARRAYS);
    }

    LogisticFitter(Observations obs, CurveModel model, Engine engine) {
        this(obs, ConcentrationLevels.of(obs.x()), model, engine);
    }

    /** @param levels the concentration levels of {@code obs.x()} */
    LogisticFitter(Observations obs, ConcentrationLevels levels, CurveModel model, Engine engine) {
        this.obs = obs;
        this.engine = engine;
        int n = obs.size();
        lnx = new double[n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        // ln x per well is its level's (the same logarithm of the same number); min and max do not depend on the order
        double[] lnxl = levels.lnx();
        int[] levelOf = levels.levelOf();
        for (int i = 0; i < n; i++) lnx[i] = lnxl[levelOf[i]];
        // the levels increase and so does ln x (Math.log is semi-monotonic): the first and last non-zero level's ln x
        // are the smallest and largest, the numbers a min and max over them gave
        double[] values = levels.values();
        for (int l = 0; l < lnxl.length; l++) {
            if (values[l] > 0) {
                lo = lnxl[l];
                hi = lnxl[lnxl.length - 1];
                break;
            }
        }
        lnXMin = lo;
        lnXMax = hi;
        double margin = model == CurveModel.FIVE_PL ? LN_C_MARGIN_5PL : LN_C_MARGIN_4PL;
        lnCMin = lo - margin;
        lnCMax = hi + margin;
        this.levels = levels;
        levelValue = new double[levels.count()];
        levelColumns = levels.allDistinct() ? null : new double[5][levels.count()];
        grid = new LogisticStartGrid(lnx, levels, obs.y(), obs.w(), lnXMin, lnXMax);
    }

    FitResult fit(CurveModel model, Weighting weighting, double minStandard, double maxStandard) {
        boolean fivePl = model == CurveModel.FIVE_PL;
        double[] start = gridStart(fivePl ? Double.NaN : 1.0);
        if (start == null) {
            return FitStatistics.failure(model, weighting, FitStatus.DEGENERATE, NO_START, obs.size(), 0, obs.warnings(),
                    minStandard, maxStandard);
        }
        Attempt best = optimize(start, fivePl ? Double.NaN : 1.0);
        if (best == null) {
            return FitStatistics.failure(model, weighting, FitStatus.NOT_CONVERGED,
                    "the optimiser did not converge within " + MAX_ITERATIONS + " iterations", obs.size(), MAX_ITERATIONS,
                    obs.warnings(), minStandard, maxStandard);
        }
        String unbounded = runaway(best.theta, fivePl);
        if (unbounded == null && fivePl && !hasFiniteAsymmetry(best)) unbounded = ASYMMETRY_RUNS_AWAY;
        if (unbounded != null) {
            return FitStatistics.failure(model, weighting, FitStatus.DEGENERATE, unbounded, obs.size(), best.iterations,
                    obs.warnings(), minStandard, maxStandard);
        }
        double[] params = canonical(best.theta, fivePl);
        int n = obs.size();
        double[] fitted = best.value;
        double[][] columns = best.columns;   // the array LM's last evaluation, not needed by it any more
        if (fitted == null) {                // the Commons Math engine keeps none
            fitted = new double[n];
            columns = new double[best.theta.length][n];
            evaluateColumns(best.theta, fivePl ? Double.NaN : 1.0, fitted, columns);
        }
        toCanonicalColumns(columns, params);
        FitResult result = FitStatistics.result(model, weighting, obs, params, columns, fitted, best.iterations,
                minStandard, maxStandard);
        String undetermined = result.isConverged() ? undetermined(result, fivePl) : null;
        if (undetermined != null) {
            return FitStatistics.failure(model, weighting, FitStatus.DEGENERATE, undetermined, obs.size(), best.iterations,
                    obs.warnings(), minStandard, maxStandard);
        }
        return result;
    }

    /**
     * The optimiser may stop on the way to a bound where the sum of squares keeps falling ever more slowly (a step-like
     * curve with b → ∞, say). Such a parameter has a standard error of more than {@value #UNDETERMINED} times its value:
     * report it as running away rather than as a fit.
     */
    private static String undetermined(FitResult r, boolean fivePl) {
        String model = fivePl ? "5PL" : "4PL";
        if (fivePl && r.standardErrors().get(4) > UNDETERMINED * r.parameters().get(4)) return ASYMMETRY_RUNS_AWAY;
        if (r.standardErrors().get(1) > UNDETERMINED * r.parameters().get(1)) {
            return model + " has no finite best fit: the slope b runs to its bound";
        }
        if (r.standardErrors().get(2) > UNDETERMINED * r.parameters().get(2)) {
            return model + " has no finite best fit: the midpoint c runs far outside the standards";
        }
        return null;
    }

    private static final double UNDETERMINED = 1e3;

    static final String NO_START = "the responses and weights are too extreme for a least-squares fit in double precision"
            + " (no start point gives a finite sum of squares)";

    static final String ASYMMETRY_RUNS_AWAY = "5PL has no finite best fit: the asymmetry parameter runs to its bound";

    /** The plain reason when the optimum sits on a bound, or null. */
    private String runaway(double[] th, boolean fivePl) {
        if (fivePl && (th[4] <= LN_G_MIN + ON_BOUND || th[4] >= LN_G_MAX - ON_BOUND)) return ASYMMETRY_RUNS_AWAY;
        String model = fivePl ? "5PL" : "4PL";
        if (th[1] <= LN_B_MIN + ON_BOUND || th[1] >= LN_B_MAX - ON_BOUND) {
            return model + " has no finite best fit: the slope b runs to its bound";
        }
        if (th[2] <= lnCMin + ON_BOUND || th[2] >= lnCMax - ON_BOUND) {
            return model + " has no finite best fit: the midpoint c runs far outside the standards";
        }
        return null;
    }

    /**
     * An interior 5PL optimum is only a best fit if holding g at either bound does worse; otherwise the sum of squares
     * keeps falling as g runs away and the interior point is where the optimiser happened to stop.
     */
    private boolean hasFiniteAsymmetry(Attempt interior) {
        for (double g : EDGES_G) {
            double[] start = gridStart(g);
            Attempt edge = start == null ? null : optimize(start, g);
            // no optimum on this edge: it cannot beat the interior one
            if (edge != null && edge.rss <= interior.rss * (1 + 1e-9)) return false;
        }
        return true;
    }

    private static final double[] EDGES_G = {G_MIN, G_MAX};

    /**
     * An optimum; {@code value} and {@code columns} (the Jacobian by columns) are the model's there when the engine
     * kept them (the array LM's last evaluation, at exactly this θ: the numbers evaluating it again would give), else
     * null.
     */
    private record Attempt(double[] theta, double rss, int iterations, double[] value, double[][] columns) {}

    /** The optimum from {@code start}, or null when the optimiser gave up (too many iterations, no progress possible). */
    private Attempt optimize(double[] start, double fixedG) {
        return engine == Engine.ARRAYS ? optimizeOnArrays(start, fixedG) : optimizeWithCommonsMath(start, fixedG);
    }

    private Attempt optimizeOnArrays(double[] start, double fixedG) {
        LevenbergMarquardt lm;
        if (start.length == 5) {
            if (lm5 == null) lm5 = workArrays(5);
            lm = lm5;
        } else {
            if (lm4 == null) lm4 = workArrays(4);
            lm = lm4;
        }
        lmFixedG = fixedG;
        if (lm.minimize(start) != LevenbergMarquardt.Outcome.CONVERGED) return null;
        return new Attempt(lm.point().clone(), lm.rss(), lm.iterations(), lm.value(), lm.jacobianColumns());
    }

    /**
     * Each thread keeps one LM per parameter count and reuses its work arrays for the next fit of as many wells
     * (allocating them was a twentieth of a 4PL fit). Within one fit the 4- and 5-parameter instances are distinct,
     * so the 5PL's interior optimum (whose last evaluation feeds the statistics) survives the held-g refits.
     */
    private static final ThreadLocal<LevenbergMarquardt[]> WORK_ARRAYS = ThreadLocal.withInitial(() -> new LevenbergMarquardt[6]);

    /** Beyond this many wells a fit allocates its own work arrays rather than keeping them on the thread. */
    private static final int REUSE_UP_TO = 1024;

    private LevenbergMarquardt workArrays(int parameters) {
        int n = obs.size();
        if (n > REUSE_UP_TO) return new LevenbergMarquardt(arrayModel(), obs.y(), obs.w(), parameters, MAX_ITERATIONS, 4 * MAX_ITERATIONS);
        LevenbergMarquardt[] kept = WORK_ARRAYS.get();
        LevenbergMarquardt lm = kept[parameters];
        if (lm == null || lm.observations() != n) {
            lm = new LevenbergMarquardt(arrayModel(), obs.y(), obs.w(), parameters, MAX_ITERATIONS, 4 * MAX_ITERATIONS);
            kept[parameters] = lm;
        } else {
            lm.rebind(arrayModel(), obs.y(), obs.w());
        }
        return lm;
    }

    private LevenbergMarquardt.Model arrayModel() {
        return new LevenbergMarquardt.ColumnModel() {
            @Override public void evaluate(double[] theta, double[] value, double[][] jac) {
                LogisticFitter.this.evaluate(theta, theta.length == 5 ? Double.NaN : lmFixedG, value, jac);
            }

            @Override public void evaluateColumns(double[] theta, double[] value, double[][] columns) {
                LogisticFitter.this.evaluateColumns(theta, theta.length == 5 ? Double.NaN : lmFixedG, value, columns);
            }

            @Override public void project(double[] theta) { clampInPlace(theta); }
        };
    }

    private void clampInPlace(double[] th) {
        th[1] = Math.max(LN_B_MIN, Math.min(LN_B_MAX, th[1]));
        th[2] = Math.max(lnCMin, Math.min(lnCMax, th[2]));
        if (th.length > 4) th[4] = Math.max(LN_G_MIN, Math.min(LN_G_MAX, th[4]));
    }

    /** The engine before the array LM (Commons Math), kept so that tests can show both give the same fits. */
    private Attempt optimizeWithCommonsMath(double[] start, double fixedG) {
        LevenbergMarquardt.Model model = new LevenbergMarquardt.Model() {
            @Override public void evaluate(double[] theta, double[] value, double[][] jac) {
                LogisticFitter.this.evaluate(theta, fixedG, value, jac);
            }

            @Override public void project(double[] theta) { clampInPlace(theta); }
        };
        CommonsMathLeastSquares.Optimum4 o = CommonsMathLeastSquares.minimize(model, obs.y(), obs.w(), start, MAX_ITERATIONS);
        return o == null ? null : new Attempt(o.point(), o.rss(), o.iterations(), null, null);
    }

    /**
     * Model values and Jacobian in θ = (a, ln b, ln c, d[, ln g]), the Jacobian by rows: {@code jac[i][k]} =
     * ∂f(xᵢ)/∂θₖ, the numbers of {@link #evaluateColumns} (the Commons Math engine's form).
     *
     * @param fixedG g for 4PL (1) or a profile with g held; NaN when g is θ[4]
     */
    void evaluate(double[] th, double fixedG, double[] value, double[][] jac) {
        int p = th.length;
        if (rowScratch == null || rowScratch.length != p) rowScratch = new double[p][lnx.length];
        evaluateColumns(th, fixedG, value, rowScratch);
        for (int i = 0; i < lnx.length; i++) {
            double[] row = jac[i];
            for (int k = 0; k < p; k++) row[k] = rowScratch[k][i];
        }
    }

    /**
     * Model values and Jacobian in θ = (a, ln b, ln c, d[, ln g]), by columns: {@code columns[k][i]} = ∂f(xᵢ)/∂θₖ. With
     * u = b·(ln x − ln c), the share of (a − d) left at x is s = (1 + eᵘ)^(−g); computed through softplus so that large
     * |u| neither overflows nor loses the derivatives (for u ≤ 0 the softplus reuses eᵘ: the same bits, one exp fewer).
     * Wells that share a concentration share one evaluation, copied to each.
     *
     * @param fixedG g for 4PL (1) or a profile with g held; NaN when g is θ[4]
     */
    void evaluateColumns(double[] th, double fixedG, double[] value, double[][] columns) {
        double a = th[0], b = Math.exp(th[1]), lnc = th[2], d = th[3];
        boolean freeG = Double.isNaN(fixedG);
        double g = freeG ? Math.exp(th[4]) : fixedG;
        boolean perLevel = !levels.allDistinct();
        double[] lnxs = perLevel ? levels.lnx() : lnx;
        double[] v = perLevel ? levelValue : value, j0, j1, j2, j3, j4;
        if (perLevel) {
            j0 = levelColumns[0]; j1 = levelColumns[1]; j2 = levelColumns[2]; j3 = levelColumns[3]; j4 = levelColumns[4];
        } else {
            j0 = columns[0]; j1 = columns[1]; j2 = columns[2]; j3 = columns[3]; j4 = freeG ? columns[4] : null;
        }
        for (int l = 0; l < lnxs.length; l++) {
            if (Double.isNaN(lnxs[l])) {          // zero standard: f(0) = a
                v[l] = a;
                j0[l] = 1;
                j1[l] = 0;
                j2[l] = 0;
                j3[l] = 0;
                if (freeG) j4[l] = 0;
                continue;
            }
            double u = b * (lnxs[l] - lnc);
            double eu = Math.exp(u);
            double q = 1 / (1 + eu);             // 1/(1 + eᵘ), 0 when eᵘ overflows
            double s, softplus = 0;
            if (!freeG && g == 1) {
                s = q;
            } else {
                softplus = u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(eu);
                s = Math.exp(-g * softplus);
            }
            double dsdu = -g * s * (1 - q);
            v[l] = d + (a - d) * s;
            j0[l] = s;
            j1[l] = (a - d) * dsdu * u;
            j2[l] = -(a - d) * dsdu * b;
            j3[l] = 1 - s;
            if (freeG) j4[l] = -(a - d) * g * softplus * s;
        }
        if (!perLevel) return;
        int[] levelOf = levels.levelOf();
        double[] c0 = columns[0], c1 = columns[1], c2 = columns[2], c3 = columns[3];
        for (int i = 0; i < value.length; i++) {
            int l = levelOf[i];
            value[i] = v[l];
            c0[i] = j0[l];
            c1[i] = j1[l];
            c2[i] = j2[l];
            c3[i] = j3[l];
        }
        if (freeG) {
            double[] c4 = columns[4];
            for (int i = 0; i < value.length; i++) c4[i] = j4[levelOf[i]];
        }
    }

    /** θ → (a, b, c, d[, g]). */
    private static double[] canonical(double[] th, boolean fivePl) {
        double[] p = new double[fivePl ? 5 : 4];
        p[0] = th[0];
        p[1] = Math.exp(th[1]);
        p[2] = Math.exp(th[2]);
        p[3] = th[3];
        if (fivePl) p[4] = Math.exp(th[4]);
        return p;
    }

    /**
     * ∂f/∂ln b = b·∂f/∂b: dividing the log-parameter columns by the parameter gives the canonical Jacobian (in place).
     */
    private static void toCanonicalColumns(double[][] columns, double[] params) {
        for (int k = 1; k < columns.length; k++) {
            if (k == 3) continue;
            double[] col = columns[k];
            double pk = params[k];
            for (int i = 0; i < col.length; i++) col[i] /= pk;
        }
    }

    double[] gridStart(double g) {
        return grid.start(g, engine == Engine.ARRAYS);
    }
}
