package org.cytobench.fit;

/**
 * The start of a 4PL/5PL fit: a grid over the nonlinear parameters — ln c at 9 points from ¼ of the standards'
 * log-range below the lowest non-zero standard to ¼ above the highest, b ∈ {0.4, 0.8, 1.5, 3}, and for 5PL
 * g ∈ {0.2, 0.5, 1, 2, 5} — where at every point the asymptotes a and d follow exactly from a 2×2 weighted least-squares
 * problem. Starts are θ = (a, ln b, ln c, d[, ln g]).
 */
final class LogisticStartGrid {
    private static final double[] B_GRID = {0.4, 0.8, 1.5, 3.0};
    private static final double[] G_GRID = {0.2, 0.5, 1.0, 2.0, 5.0};
    private static final int C_GRID = 9;

    private final double[] lnx, y, w;
    private final ConcentrationLevels levels;
    private final double lnXMin, lnXMax;
    /** ln(1 + (x/c)^b) per level and grid cell (b, c), made on first use; see {@link #log1p}. */
    private double[][] log1pCells;
    /** exp(b·ln x) per slope and level, made on first use. */
    private final double[][] powers = new double[B_GRID.length][];
    private final double[] levelT, levelS;

    /**
     * @param lnx    ln x per well, NaN for a zero standard; {@code lnXMin}, {@code lnXMax} over the non-zero standards
     * @param levels the wells' concentration levels
     */
    LogisticStartGrid(double[] lnx, ConcentrationLevels levels, double[] y, double[] w, double lnXMin, double lnXMax) {
        this.lnx = lnx;
        this.levels = levels;
        levelT = new double[levels.count()];
        levelS = new double[levels.count()];
        this.y = y;
        this.w = w;
        this.lnXMin = lnXMin;
        this.lnXMax = lnXMax;
    }

    /**
     * The best point of the start grid: for every (b, c[, g]) the asymptotes follow exactly from a 2×2 weighted
     * least-squares problem, because f = a·s + d·(1 − s). Null when no grid point gives a finite sum of squares.
     *
     * @param g the fixed g, or NaN to search g as well (5PL)
     */
    double[] start(double g, boolean factored) {
        return factored ? factoredGridStart(g) : directGridStart(g);
    }

    /**
     * The grid with the exponentials factored: exp(b·(ln x − ln c)) = exp(b·ln x)·exp(−b·ln c), so a slope costs one
     * exp per concentration level and one per midpoint, and a 5PL asymmetry one log per level and cell. The
     * asymmetries 2, 5 and ½ are powers and a root of 1/t. The factored forms differ from the direct one in the last
     * bits, so the grid only chooses the cell: the start is then computed at that cell exactly as
     * {@link #directGridStart} does, and the fit is bit for bit the same.
     *
     * <p>The cell is chosen as before — the first cell, in the order b, c, g, whose sum of squares
     * Σ wᵢ (yᵢ − d − (a − d)·sᵢ)² is smallest — but that sum is computed in a well loop only for the cells that can be
     * the smallest. Every cell first gets it in closed form from the sums that give its asymptotes,
     * Σwy² − 2(a·Σwsy + d·Σw(1−s)y) + a²·Σws² + 2ad·Σws(1−s) + d²·Σw(1−s)², with a rounding bound E on the difference
     * between the two (see {@link #roundingBound}); a cell whose closed form exceeds the smallest closed form by more
     * than 2E cannot be the smallest by the well loop, and the well loop (today's numbers, in today's order) decides
     * among the rest. Usually that is one cell.
     */
    private double[] factoredGridStart(double g) {
        double span = Math.max(lnXMax - lnXMin, Math.log(10));
        double from = lnXMin - 0.25 * span, step = 1.5 * span / (C_GRID - 1);
        // the factors must neither overflow nor underflow: b ≤ 3, so |ln x| and |ln c| below 200 keep them within e^±600
        double reach = Math.max(Math.max(Math.abs(lnXMin), Math.abs(lnXMax)), Math.max(Math.abs(from), Math.abs(from + 1.5 * span)));
        if (!(reach < 200)) return directGridStart(g);
        boolean freeG = Double.isNaN(g);
        double[] gs = freeG ? G_GRID : new double[] {g};
        int n = lnx.length, cells = B_GRID.length * C_GRID * gs.length;
        double[] s = new double[n];
        double[] closed = new double[cells], bound = new double[cells];
        double syy = 0, sw = 0;
        for (int i = 0; i < n; i++) {
            syy += w[i] * y[i] * y[i];
            sw += w[i];
        }
        double smallestUpper = Double.POSITIVE_INFINITY;
        int[] levelOf = levels.levelOf();
        // Σw and Σwy per concentration level, in well order
        double[] levelW = new double[levels.count()], levelWY = new double[levels.count()];
        for (int i = 0; i < n; i++) {
            levelW[levelOf[i]] += w[i];
            levelWY[levelOf[i]] += w[i] * y[i];
        }
        for (int bi = 0, cell = 0; bi < B_GRID.length; bi++) {
            for (int k = 0; k < C_GRID; k++) {
                levelT(bi, k, from, step);
                for (int gi = 0; gi < gs.length; gi++, cell++) {
                    double[] sl = levelShares(bi, k, gs[gi]);   // a well's share is its level's
                    // the sums behind the asymptotes, a level at a time (its wells share s): the closed form only
                    // prunes, and these sums carry no more rounding than the well-by-well ones (roundingBound)
                    double s11 = 0, s12 = 0, s22 = 0, r1 = 0, r2 = 0;
                    for (int l = 0; l < sl.length; l++) {
                        double u = sl[l], v = 1 - u, wl = levelW[l], wyl = levelWY[l];
                        s11 += wl * u * u;
                        s12 += wl * u * v;
                        s22 += wl * v * v;
                        r1 += u * wyl;
                        r2 += v * wyl;
                    }
                    double det = s11 * s22 - s12 * s12;
                    if (!(det > 1e-12 * s11 * s22)) {
                        // on the edge of "no asymptotes", where the order of summation can tip the test: the well
                        // loop decides (it answers as before, with the well-by-well sums)
                        closed[cell] = Double.NEGATIVE_INFINITY;
                        continue;
                    }
                    double a = (r1 * s22 - r2 * s12) / det, d = (s11 * r2 - s12 * r1) / det;
                    double q = syy - 2 * (a * r1 + d * r2) + (a * a * s11 + 2 * a * d * s12 + d * d * s22);
                    double e = roundingBound(n, syy, sw, a, d);
                    if (Double.isFinite(q) && e < Double.POSITIVE_INFINITY) {
                        closed[cell] = q;
                        bound[cell] = e;
                        smallestUpper = Math.min(smallestUpper, q + e);
                    } else {
                        closed[cell] = Double.NEGATIVE_INFINITY;   // out of the bound's reach: the well loop decides
                    }
                }
            }
        }
        double bestRss = Double.POSITIVE_INFINITY;
        int bestCell = -1;
        for (int bi = 0, cell = 0; bi < B_GRID.length; bi++) {
            for (int k = 0; k < C_GRID; k++) {
                for (int gi = 0; gi < gs.length; gi++, cell++) {
                    double q = closed[cell];
                    if (Double.isNaN(q) || (q != Double.NEGATIVE_INFINITY && !(q - bound[cell] <= smallestUpper))) continue;
                    levelT(bi, k, from, step);
                    spread(levelShares(bi, k, gs[gi]), s);
                    double rss = asymptoteRss(s, y, w);
                    if (rss < bestRss) {
                        bestRss = rss;
                        bestCell = cell;
                    }
                }
            }
        }
        if (bestCell < 0) return null;
        int gi = bestCell % gs.length, k = bestCell / gs.length % C_GRID, bi = bestCell / gs.length / C_GRID;
        return startAt(gs[gi], B_GRID[bi], from + k * step, freeG);
    }

    /**
     * A bound on |closed form − well loop| for one cell, from the rounding error analysis of both (s ∈ [0, 1], w > 0):
     * with u = 2⁻⁵³ and ρ = Σwy² + (a² + 4d²)·Σw, the well loop's residuals carry at most 5u·(|yᵢ| + |a| + 2|d|) and
     * its sum (n + 12)·u·3ρ in all, the sums behind the closed form (n + 4)·u·3ρ and its last operations 24u·ρ: at most
     * (6n + 72)·u·ρ. The bound taken is (24n + 160)·u·ρ plus an allowance for underflow; infinite (the well loop
     * decides) when ρ is so large that a term could overflow. The closed form's sums are taken a level at a time from
     * each level's Σw and Σwy (a well's rounding enters once in its level's sum and once in the level's term, no more
     * than in the well order), so its asymptotes can differ from the well loop's in their last bits; where the sums
     * determine them (det above 10⁻¹²·s11·s22) that moves the sum of squares by far less than the bound (second order
     * in the difference), and a cell at that threshold goes to the well loop.
     */
    private static double roundingBound(int n, double syy, double sw, double a, double d) {
        double rho = syy + (a * a + 4 * d * d) * sw;
        if (!(rho < 1e300)) return Double.POSITIVE_INFINITY;
        return (24.0 * n + 160) * 0x1.0p-53 * rho + 1e-300;
    }

    /** Copies per-level numbers to the wells. */
    private void spread(double[] perLevel, double[] perWell) {
        int[] levelOf = levels.levelOf();
        for (int i = 0; i < perWell.length; i++) perWell[i] = perLevel[levelOf[i]];
    }

    /** t = (x/c)^b per level at grid cell (b, c), into {@link #levelT}: 0 for a zero standard. */
    private void levelT(int bi, int k, double from, double step) {
        double b = B_GRID[bi];
        double[] ebx = levelPowers(bi);
        double ebc = Math.exp(-b * (from + k * step));
        for (int l = 0; l < ebx.length; l++) levelT[l] = ebx[l] * ebc;
    }

    /**
     * The shares s = (1 + t)^(−g) per level from {@link #levelT} (the numbers the well-by-well grid computed for each of
     * the level's wells), into {@link #levelS}.
     */
    private double[] levelShares(int bi, int k, double gv) {
        double[] t = levelT, sl = levelS;
        int m = t.length;
        if (gv == 1) {
            for (int l = 0; l < m; l++) sl[l] = 1 / (1 + t[l]);
        } else if (gv == 2 || gv == 5 || gv == 0.5) {     // powers of q = 1/(1 + t) without exp
            for (int l = 0; l < m; l++) {
                double q = 1 / (1 + t[l]), q2 = q * q;
                sl[l] = gv == 2 ? q2 : gv == 5 ? q2 * q2 * q : Math.sqrt(q);
            }
        } else {
            double[] lnT = log1p(bi * C_GRID + k, t);
            for (int l = 0; l < m; l++) sl[l] = Math.exp(-gv * lnT[l]);
        }
        return sl;
    }

    /** exp(b·ln x) per level for slope {@code bi}, 0 for a zero standard; made on first use. */
    private double[] levelPowers(int bi) {
        double[] e = powers[bi];
        if (e == null) {
            double b = B_GRID[bi];
            double[] lnxl = levels.lnx();
            e = new double[lnxl.length];
            for (int l = 0; l < e.length; l++) e[l] = Double.isNaN(lnxl[l]) ? 0 : Math.exp(b * lnxl[l]);
            powers[bi] = e;
        }
        return e;
    }

    /**
     * ln(1 + t) per level at grid cell {@code cell} ({@code t} is (x/c)^b there), computed once per grid: a 5PL fit
     * searches the free asymmetries and then both held ones over the same cells, and t, hence ln(1 + t), does not
     * depend on g.
     */
    private double[] log1p(int cell, double[] t) {
        if (log1pCells == null) log1pCells = new double[B_GRID.length * C_GRID][];
        double[] l = log1pCells[cell];
        if (l == null) {
            l = new double[levels.count()];
            for (int i = 0; i < l.length; i++) l[i] = Math.log1p(t[i]);
            log1pCells[cell] = l;
        }
        return l;
    }

    /** Weighted rss of y ≈ a·s + d·(1 − s) with the best asymptotes; +∞ when s does not vary. */
    private static double asymptoteRss(double[] s, double[] y, double[] w) {
        double[] ad = asymptotes(s, y, w);
        if (ad == null) return Double.POSITIVE_INFINITY;
        double rss = 0;
        for (int i = 0; i < s.length; i++) {
            double r = y[i] - ad[1] - (ad[0] - ad[1]) * s[i];
            rss += w[i] * r * r;
        }
        return rss;
    }

    /** The start at one grid cell, computed in the direct form (the numbers {@link #directGridStart} gives there). */
    private double[] startAt(double gi, double b, double lnc, boolean freeG) {
        double[] lnxl = levels.lnx();
        double[] sl = new double[lnxl.length];
        for (int l = 0; l < lnxl.length; l++) {
            if (Double.isNaN(lnxl[l])) { sl[l] = 1; continue; }
            double t = 1 + Math.exp(b * (lnxl[l] - lnc));
            sl[l] = gi == 1 ? 1 / t : Math.pow(t, -gi);
        }
        double[] s = new double[lnx.length];
        spread(sl, s);
        double[] ad = asymptotes(s, y, w);
        if (ad == null) return null;
        return freeG ? new double[] {ad[0], Math.log(b), lnc, ad[1], Math.log(gi)} : new double[] {ad[0], Math.log(b), lnc, ad[1]};
    }

    /** The grid as first written: exp(b·(ln x − ln c)) for every cell and well (the Commons Math engine's start). */
    private double[] directGridStart(double g) {
        double span = Math.max(lnXMax - lnXMin, Math.log(10));
        double from = lnXMin - 0.25 * span, step = 1.5 * span / (C_GRID - 1);
        double[] gs = Double.isNaN(g) ? G_GRID : new double[] {g};
        double bestRss = Double.POSITIVE_INFINITY;
        double[] best = null;
        double[] s = new double[lnx.length];
        for (double gi : gs) {
            for (double b : B_GRID) {
                for (int k = 0; k < C_GRID; k++) {
                    double lnc = from + k * step;
                    for (int i = 0; i < lnx.length; i++) {
                        if (Double.isNaN(lnx[i])) { s[i] = 1; continue; }
                        double t = 1 + Math.exp(b * (lnx[i] - lnc));
                        s[i] = gi == 1 ? 1 / t : Math.pow(t, -gi);
                    }
                    double[] ad = asymptotes(s, y, w);
                    if (ad == null) continue;
                    double rss = 0;
                    for (int i = 0; i < s.length; i++) {
                        double r = y[i] - ad[1] - (ad[0] - ad[1]) * s[i];
                        rss += w[i] * r * r;
                    }
                    if (rss < bestRss) {
                        bestRss = rss;
                        best = Double.isNaN(g) ? new double[] {ad[0], Math.log(b), lnc, ad[1], Math.log(gi)}
                                : new double[] {ad[0], Math.log(b), lnc, ad[1]};
                    }
                }
            }
        }
        return best;   // null: no grid point gives a finite sum of squares (absurd responses or weights)
    }

    /** Weighted least squares for y ≈ a·s + d·(1 − s); null when s does not vary. */
    private static double[] asymptotes(double[] s, double[] y, double[] w) {
        double s11 = 0, s12 = 0, s22 = 0, r1 = 0, r2 = 0;
        for (int i = 0; i < s.length; i++) {
            double u = s[i], v = 1 - s[i];
            s11 += w[i] * u * u;
            s12 += w[i] * u * v;
            s22 += w[i] * v * v;
            r1 += w[i] * u * y[i];
            r2 += w[i] * v * y[i];
        }
        double det = s11 * s22 - s12 * s12;
        if (!(det > 1e-12 * s11 * s22)) return null;
        return new double[] {(r1 * s22 - r2 * s12) / det, (s11 * r2 - s12 * r1) / det};
    }
}
