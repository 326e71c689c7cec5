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
    /** ln(1 + (x/c)^b) per level and slot (b, c) from the filter's t, made on first use; see {@link #filterLog1p}. */
    private double[][] log1pCells;
    /** exp(b·ln x) per slope and level, made on first use. */
    private final double[][] powers = new double[B_GRID.length][];
    /** x^b per slope and level as the filter takes it ({@link #filterPowers}), made on first use. */
    private final double[][] filterPowers = new double[B_GRID.length][];
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
     * Σwy² − 2(a·Σwsy + d·Σw(1−s)y) + a²·Σws² + 2ad·Σws(1−s) + d²·Σw(1−s)², with a bound E on the difference
     * between the two (see {@link #cellBound}); a cell whose closed form minus its E exceeds the smallest closed form plus
     * E of any cell cannot be the smallest by the well loop, and the well loop (today's numbers, in today's order)
     * decides among the rest. Usually that is one cell.
     *
     * <p>The closed forms are a filter and never reach the result, so they are taken from cheaper shares than the well
     * loop's: (x/c)^b from x^b = x·x·x, x·√x, (x^0.4)² (only b = 0.4 needs its exponentials) and exp(−b·ln c) from two
     * exponentials per slope, exp(−b·from)·exp(−b·step)^k. Their error on the shares is bounded ({@link #shareError})
     * and the bound E covers it ({@link #cellBound}). Grids whose concentrations span more than e^{@value #FILTER_SPAN}
     * (where (x/c)^b could leave the range of doubles) skip the filter: every cell takes the well loop.
     */
    private double[] factoredGridStart(double g) {
        double span = Math.max(lnXMax - lnXMin, Math.log(10));
        double from = lnXMin - 0.25 * span, step = 1.5 * span / (C_GRID - 1);
        // the factors must neither overflow nor underflow: b ≤ 3, so |ln x| and |ln c| below 200 keep them within e^±600
        double reach = Math.max(Math.max(Math.abs(lnXMin), Math.abs(lnXMax)), Math.max(Math.abs(from), Math.abs(from + 1.5 * span)));
        if (!(reach < 200)) return directGridStart(g);
        boolean freeG = Double.isNaN(g);
        double[] gs = freeG ? G_GRID : new double[] {g};
        int n = lnx.length, cells = SLOTS * gs.length;
        FilterArrays f = FILTER_ARRAYS.get();
        double smallestUpper = Double.POSITIVE_INFINITY;
        if (span < FILTER_SPAN) {
            smallestUpper = filter(gs, n, from, step, reach, f);
        } else {
            java.util.Arrays.fill(f.closed, 0, cells, Double.NEGATIVE_INFINITY);   // no filter: every cell by the well loop
        }
        double[] closed = f.closed, bound = f.bound;
        // the cells the filter leaves; one that counts (its closed form finite) and is alone is the well loop's choice:
        // its well-loop sum is finite (cellBound) and no other cell is a candidate, so the loop is not run
        int candidates = 0, only = -1;
        for (int j = 0; j < cells; j++) {
            double q = closed[j];
            if (q != Double.NEGATIVE_INFINITY && !(q - bound[j] <= smallestUpper)) continue;
            candidates++;
            only = q == Double.NEGATIVE_INFINITY ? -1 : j;
        }
        if (candidates == 1 && only >= 0) {
            int gi = only / SLOTS, bi = only % SLOTS / C_GRID, k = only % C_GRID;
            return startAt(gs[gi], B_GRID[bi], from + k * step, freeG);
        }
        double bestRss = Double.POSITIVE_INFINITY;
        int bestCell = -1;
        double[] s = f.perWell(n);
        for (int bi = 0, cell = 0; bi < B_GRID.length; bi++) {
            for (int k = 0; k < C_GRID; k++) {
                for (int gi = 0; gi < gs.length; gi++, cell++) {
                    int j = gi * SLOTS + bi * C_GRID + k;   // the filter's index of this cell
                    double q = closed[j];
                    if (q != Double.NEGATIVE_INFINITY && !(q - bound[j] <= smallestUpper)) continue;
                    levelT(bi, k, from, step);
                    spread(levelShares(levelT, gs[gi]), s);
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
     * For tests: at slot (b, c) = ({@code bi}, {@code k}) and asymmetry {@code g}, the filter's shares per level, the
     * well loop's, and the bound {@link #shareError} on their difference; null when the grid does not filter.
     */
    double[][] filterAndWellLoopShares(int bi, int k, double g) {
        double span = Math.max(lnXMax - lnXMin, Math.log(10));
        double from = lnXMin - 0.25 * span, step = 1.5 * span / (C_GRID - 1);
        double reach = Math.max(Math.max(Math.abs(lnXMin), Math.abs(lnXMax)), Math.max(Math.abs(from), Math.abs(from + 1.5 * span)));
        if (!(reach < 200) || !(span < FILTER_SPAN)) return null;
        double[] ebc = new double[SLOTS], t = new double[SLOTS], tl = new double[levels.count()];
        filterEbc(bi, from, step, ebc);
        for (int l = 0; l < tl.length; l++) {
            filterT(l, ebc, filterPowers(0), filterPowers(1), filterPowers(2), filterPowers(3), t);
            tl[l] = t[bi * C_GRID + k];
        }
        double[] filterShares = levelShares(tl, g).clone();    // the filter's formulas (filter) on the filter's t
        levelT(bi, k, from, step);
        double[] wellLoopShares = levelShares(levelT, g).clone();
        return new double[][] {filterShares, wellLoopShares, {shareError(tError(B_GRID[bi], reach), g)}};
    }

    /** Slots (b, c) of the grid; a cell is a slot and an asymmetry g. */
    private static final int SLOTS = 4 * C_GRID;

    /**
     * The filter's work arrays, one set per thread, indexed by cell as g·{@link #SLOTS} + b·9 + k (each g's cells side
     * by side, so that the loops over cells are plain array loops the JIT can run several cells at a time).
     */
    private static final class FilterArrays {
        final double[] ebc = new double[SLOTS], t = new double[SLOTS], q = new double[SLOTS];
        final double[] share, sigma, s11, s12, s22, r1, r2, det, closed, bound, omega, rho;

        /** Per level and per well, grown when a fit has more. */
        double[] levelW = new double[16], levelWY = new double[16], perWell = new double[32];

        /** {@link #levelW} and {@link #levelWY} for {@code m} levels, zero. */
        double[] levelW(int m) {
            if (levelW.length < m) {
                levelW = new double[m];
                levelWY = new double[m];
            } else {
                java.util.Arrays.fill(levelW, 0, m, 0);
                java.util.Arrays.fill(levelWY, 0, m, 0);
            }
            return levelW;
        }

        /** A per-well array of at least {@code n} (only its first n read). */
        double[] perWell(int n) {
            if (perWell.length < n) perWell = new double[n];
            return perWell;
        }

        FilterArrays() {
            int cells = SLOTS * G_GRID.length;
            share = new double[cells];
            sigma = new double[cells];
            s11 = new double[cells];
            s12 = new double[cells];
            s22 = new double[cells];
            r1 = new double[cells];
            r2 = new double[cells];
            det = new double[cells];
            closed = new double[cells];
            bound = new double[cells];
            omega = new double[cells];
            rho = new double[cells];
        }
    }

    private static final ThreadLocal<FilterArrays> FILTER_ARRAYS = ThreadLocal.withInitial(FilterArrays::new);

    /**
     * Pass 1: every cell's closed form into {@code f.closed} and its bound into {@code f.bound}, or −∞ in
     * {@code f.closed} when the well loop must decide; returns the smallest closed form plus bound.
     */
    private double filter(double[] gs, int n, double from, double step, double reach, FilterArrays f) {
        int cells = SLOTS * gs.length, m = levels.count();
        double syy = 0, sw = 0;
        for (int i = 0; i < n; i++) {
            syy += w[i] * y[i] * y[i];
            sw += w[i];
        }
        int[] levelOf = levels.levelOf();
        // Σw and Σwy per concentration level, in well order
        double[] levelW = f.levelW(m), levelWY = f.levelWY;
        for (int i = 0; i < n; i++) {
            levelW[levelOf[i]] += w[i];
            levelWY[levelOf[i]] += w[i] * y[i];
        }
        double[] ebc = f.ebc, t = f.t, q = f.q, share = f.share, sigma = f.sigma;
        double[] s11 = f.s11, s12 = f.s12, s22 = f.s22, r1 = f.r1, r2 = f.r2;
        for (int bi = 0; bi < B_GRID.length; bi++) {
            filterEbc(bi, from, step, ebc);
            double tError = tError(B_GRID[bi], reach);
            for (int gi = 0; gi < gs.length; gi++) {
                java.util.Arrays.fill(sigma, gi * SLOTS + bi * C_GRID, gi * SLOTS + (bi + 1) * C_GRID, shareError(tError, gs[gi]));
            }
        }
        // zero standards (the first levels, if any): t = 0 and s = 1 in every cell, so their terms are w, 0, 0, wy, 0 —
        // the sums start from those
        double[] lnxl = levels.lnx();
        int first = 0;
        double w0 = 0, wy0 = 0;
        while (first < m && Double.isNaN(lnxl[first])) {
            w0 += levelW[first];
            wy0 += levelWY[first];
            first++;
        }
        java.util.Arrays.fill(s11, 0, cells, w0);
        java.util.Arrays.fill(s12, 0, cells, 0);
        java.util.Arrays.fill(s22, 0, cells, 0);
        java.util.Arrays.fill(r1, 0, cells, wy0);
        java.util.Arrays.fill(r2, 0, cells, 0);
        boolean reciprocal = false, logs = false;
        for (double gv : gs) {
            if (needsLog1p(gv)) logs = true;
            else reciprocal = true;
        }
        double[][] lnT = logs ? filterLog1p(ebc) : null;
        double[] p0 = filterPowers(0), p1 = filterPowers(1), p2 = filterPowers(2), p3 = filterPowers(3);
        boolean onlyReciprocal = gs.length == 1 && gs[0] == 1;   // a 4PL: the shares are 1/(1 + t) themselves
        // the sums behind each cell's asymptotes, a level at a time (its wells share s), each cell's in level order:
        // the closed form only prunes, and these sums carry no more rounding than the well-by-well ones (cellBound)
        for (int l = first; l < m; l++) {
            filterT(l, ebc, p0, p1, p2, p3, t);
            if (reciprocal) for (int j = 0; j < SLOTS; j++) q[j] = 1 / (1 + t[j]);
            for (int gi = onlyReciprocal ? gs.length : 0; gi < gs.length; gi++) {
                double gv = gs[gi];
                int o = gi * SLOTS;
                if (gv == 1) {
                    System.arraycopy(q, 0, share, o, SLOTS);
                } else if (gv == 2) {
                    for (int j = 0; j < SLOTS; j++) share[o + j] = q[j] * q[j];
                } else if (gv == 5) {
                    for (int j = 0; j < SLOTS; j++) {
                        double q2 = q[j] * q[j];
                        share[o + j] = q2 * q2 * q[j];
                    }
                } else if (gv == 0.5) {
                    for (int j = 0; j < SLOTS; j++) share[o + j] = Math.sqrt(q[j]);
                } else {
                    double[] lnRow = lnT[l];
                    for (int j = 0; j < SLOTS; j++) share[o + j] = Math.exp(-gv * lnRow[j]);
                }
            }
            double wl = levelW[l], wyl = levelWY[l];
            double[] sh = onlyReciprocal ? q : share;
            for (int c = 0; c < cells; c++) {
                double u = sh[c], v = 1 - u;
                s11[c] += wl * u * u;
                s12[c] += wl * u * v;
                s22[c] += wl * v * v;
                r1[c] += u * wyl;
                r2[c] += v * wyl;
            }
        }
        double[] det = f.det, closed = f.closed, bound = f.bound, omega = f.omega, rho = f.rho;
        for (int c = 0; c < cells; c++) {
            double a11 = s11[c], a12 = s12[c], a22 = s22[c], b1 = r1[c], b2 = r2[c];
            double dt = a11 * a22 - a12 * a12;
            double inverse = 1 / dt, a = (b1 * a22 - b2 * a12) * inverse, d = (a11 * b2 - a12 * b1) * inverse;
            double qc = syy - 2 * (a * b1 + d * b2) + (a * a * a11 + 2 * a * d * a12 + d * d * a22);
            det[c] = dt;
            closed[c] = qc;
            bound[c] = cellBoundTerms(n, syy, sw, a11, a22, dt, inverse, a, d, qc, sigma[c], omega, rho, c);
        }
        double smallestUpper = Double.POSITIVE_INFINITY;
        for (int c = 0; c < cells; c++) {
            double qc = closed[c], e = bound[c];
            if (counts(n, det[c], s11[c], s22[c], omega[c], rho[c], qc, e)) smallestUpper = Math.min(smallestUpper, qc + e);
            else closed[c] = Double.NEGATIVE_INFINITY;
        }
        return smallestUpper;
    }

    /** The filter's exp(−b·ln c) for slope {@code bi} at the nine midpoints, into {@code ebc[bi·9 …]} ({@link #tError}). */
    private static void filterEbc(int bi, double from, double step, double[] ebc) {
        double b = B_GRID[bi];
        double e = Math.exp(-b * from), ratio = Math.exp(-b * step);
        for (int k = 0; k < C_GRID; k++) {
            if (k > 0) e *= ratio;
            ebc[bi * C_GRID + k] = e;
        }
    }

    /** The filter's t = (x/c)^b at level {@code l} for every slot, into {@code t}. */
    private static void filterT(int l, double[] ebc, double[] p0, double[] p1, double[] p2, double[] p3, double[] t) {
        double x0 = p0[l], x1 = p1[l], x2 = p2[l], x3 = p3[l];
        for (int k = 0; k < C_GRID; k++) {
            t[k] = x0 * ebc[k];
            t[C_GRID + k] = x1 * ebc[C_GRID + k];
            t[2 * C_GRID + k] = x2 * ebc[2 * C_GRID + k];
            t[3 * C_GRID + k] = x3 * ebc[3 * C_GRID + k];
        }
    }

    private static final double U = 0x1.0p-53;
    /** The filter runs where every (x/c)^b of the grid stays within e^±563: |b·(ln x − ln c)| ≤ 3·1.25·span. */
    private static final double FILTER_SPAN = 150;
    /**
     * A cell's closed form counts only with det above this multiple of s11·s22 (the well loop's test is 10⁻¹²): then the
     * well loop, with its own sums and shares, finds asymptotes too (see {@link #cellBound}).
     */
    private static final double DET_MARGIN = 2e-12;
    /** Relative allowance for the few roundings in the bound's own arithmetic (each well below 10⁻¹³). */
    private static final double SAFE = 1 + 1e-6;

    /**
     * A bound η on |ln(t̃/t)| for slope b, t̃ the filter's (x/c)^b and t the well loop's, both against the real
     * T = exp(b·λ − b·γ) of the doubles λ = ln x and γ = ln c (u = 2⁻⁵³, |λ|, |γ| ≤ reach; Math.exp and Math.log are
     * within one ulp, 2u relative):
     * <ul>
     *   <li>the well loop's t = exp(b·λ)·exp(−b·γ): each product b·λ, b·γ rounded (u·b·reach in the exponent), two
     *       exponentials and a product: |ln(t/T)| ≤ (2b·reach + 5)·u;
     *   <li>the filter's x^b: exp(0.4·λ) as the well loop's, (x^0.4)² (2(0.4·reach·u + 2u) + u), x·√x and x·x·x
     *       against e^{bλ}, where λ is within 2u·|λ| of ln x (b·2u·reach, plus 2u): at most (2b·reach + 5)·u;
     *   <li>the filter's exp(−b·γₖ) as exp(−b·from)·r^k, r = exp(−b·step), k ≤ 8: the rounded −b·from, −b·step (k times)
     *       and γₖ = from + k·step itself (|γₖ − from − k·step| ≤ u·(k·step + |γₖ|), k·step ≤ 1.5·span ≤ 2·reach):
     *       b·u·(reach + 2·reach + 2·reach + reach), and 2u + k·(2u + u): at most (6b·reach + 26)·u;
     *   <li>the filter's product: u.
     * </ul>
     * In all |ln(t̃/t)| ≤ (10b·reach + 37)·u; taken twice over, (20b·reach + 80)·u, which also covers ln(1 ± x) ≠ ±x.
     */
    static double tError(double b, double reach) {
        return (20 * b * reach + 80) * U;
    }

    /**
     * A bound σ on |s̃ − s| for the shares s = (1 + t)^(−g) computed from t̃ (the filter's) and t (the well loop's) with
     * |ln(t̃/t)| ≤ η: d ln s / d ln t = −g·t/(1 + t) lies in [−g, 0], so |ln s̃ − ln s| ≤ g·η and, s ≤ 1,
     * |s̃ − s| ≤ expm1(g·η) in exact arithmetic; each computed share is within 15u of its exact value (1/(1 + t): 2u;
     * q², q⁴·q: 5u, 14u; √q: 2u; exp(−g·log1p t): s·(3u·g·ln(1 + t) + 2u) ≤ 3.2u), 30u for the two.
     */
    static double shareError(double eta, double g) {
        double x = g * eta;             // ≤ 3·10⁻⁹ (g ≤ 1000): expm1(x) ≤ x + x²
        return (x + x * x) * SAFE + 32 * U;
    }

    /**
     * A bound on |closed form − well loop| for one cell, or +∞ when the cell must take the well loop. The closed form is
     * computed from the filter's shares s̃ (levels' sums), the well loop from its own s, with |s̃ₗ − sₗ| ≤ σ at every level.
     * Two parts:
     *
     * <p><b>Rounding.</b> From the rounding error analysis of both (s ∈ [0, 1], w > 0): with u = 2⁻⁵³ and
     * ρ = Σwy² + (a² + 4d²)·Σw, the well loop's residuals carry at most 5u·(|yᵢ| + |a| + 2|d|) and its sum (n + 12)·u·3ρ
     * in all, the sums behind the closed form (n + 4)·u·3ρ and its last operations 24u·ρ: at most (6n + 72)·u·ρ. The
     * bound taken is (24n + 160)·u·ρ plus an allowance for underflow; infinite (the well loop decides) when ρ is so large
     * that a term could overflow. The closed form's sums are taken a level at a time from each level's Σw and Σwy (a
     * well's rounding enters once in its level's sum and once in the level's term, no more than in the well order).
     * Each side's ρ is the one of its own asymptotes: the closed form's a, d for it, and for the well loop bounds on
     * its a and d (below) — ρ is the larger of the two.
     *
     * <p><b>The shares.</b> Let R(s) = min over (a, d) of Σw(y − d − (a − d)·s)² = dist²(y, span{s, 1 − s}) in the norm
     * ‖v‖² = Σwv², and ‖s − s̃‖ ≤ σ·√W (W = Σw). A point a·s̃ + d·(1 − s̃) moves by |a − d|·‖s − s̃‖ when s̃ becomes s, so
     * √R(s) ≤ √F(s̃; ã, d̃) + |ã − d̃|·σ√W (ã, d̃ the closed form's asymptotes, F their sum of squares, within E of the
     * closed form) and √R(s̃) ≤ √R(s) + |c*|·σ√W with c* = a* − d* at R(s)'s minimum. The amplitude c* is the
     * coefficient of s − s̄ in the projection of y: |c*| = |⟨y − ȳ, s − s̄⟩|/‖s − s̄‖² ≤ √(Σwy²)/√S(s), S(s) = ‖s − s̄‖²;
     * √S is a distance (to the constants), so √S(s) ≥ √S(s̃) − σ√W, and S(s̃) = det H(s̃)/W (Lagrange's identity for
     * the 2×2 matrix of the sums), det known to (8n + 40)·u·s11·s22. With C bounding both amplitudes and
     * (√x − y)² ≥ x − 2√x·y: R(s) ≤ (√F + C·σ√W)² and R(s) ≥ R(s̃) − 2√R(s̃)·C·σ√W, so
     * |R(s) − F| ≤ 2√F·C·σ√W + C²σ²W up to F − R(s̃) (second order in F's rounding, inside E), with F ≤ q + E; taken
     * without a square root as σ·(q + E + C²W) + C²σ²W (2√F·C√W ≤ F + C²W). The well loop's own asymptotes are
     * a* = ȳ + c*·(1 − s̄) and d* = ȳ − c*·s̄ with |ȳ| ≤ √(Σwy²/W), up to its rounding (relative (n + 10)·u
     * times the conditioning s11·s22/det, allowed for 8 times over) — which gives its ρ. The few roundings of this
     * bound's own arithmetic are covered by factors 1 + 10⁻⁶ ({@code SAFE}).
     *
     * <p>The cell takes the well loop unless σ√W ≤ 10⁻³·√S(s̃); with det above {@link #DET_MARGIN}·s11·s22 (plus the
     * rounding of both dets) that keeps det H(s) / (s11·s22) above 0.99 times the filter's (√S moves by at most σ√W,
     * √s11 and √s22 likewise, and both are at least √S), so the well loop finds asymptotes for every cell whose closed
     * form counts as an upper bound. {@code LogisticStartGridFilterTest} checks this bound with shares moved by up to
     * 10⁻⁶, and the shares' bound on concentrations to e^±130.
     */
    static double cellBound(int n, double syy, double sw, double s11, double s22, double det, double a, double d, double q,
                            double sigma) {
        double[] omega = new double[1], rho = new double[1];
        double e = cellBoundTerms(n, syy, sw, s11, s22, det, 1 / det, a, d, q, sigma, omega, rho, 0);
        return counts(n, det, s11, s22, omega[0], rho[0], q, e) ? e : Double.POSITIVE_INFINITY;
    }

    /**
     * True when a cell's closed form counts, with bound {@code e} ({@link #cellBound}); false when it is near "no
     * asymptotes" (where the order of summation or the filter's shares can tip the well loop's test), its shares'
     * error is not small against their spread, or it is out of the bound's reach: the well loop decides.
     */
    private static boolean counts(int n, double det, double s11, double s22, double omega, double rho, double q, double e) {
        return det > (DET_MARGIN + (16.0 * n + 80) * U) * s11 * s22 && omega <= 0 && rho < 1e300 && Double.isFinite(q)
                && e < Double.POSITIVE_INFINITY;
    }

    /**
     * {@link #cellBound} without its tests, in plain arithmetic (the filter runs it for many cells side by side): the
     * bound, with {@code omega[c]} = σ²W² − 10⁻⁶·det (≤ 0 when σ√W ≤ 10⁻³·√S(s̃)) and {@code rho[c]} = ρ for
     * {@link #counts}.
     */
    private static double cellBoundTerms(int n, double syy, double sw, double s11, double s22, double det,
                                         double inverseDet, double a, double d, double q, double sigma, double[] omega,
                                         double[] rho, int c) {
        double prod = s11 * s22, x = (8.0 * n + 40) * U * prod * inverseDet;
        // detLow = det − (8n + 40)·u·s11·s22 ≤ det H(s̃), and 1/detLow ≤ (1 + 2x)/det for x ≤ ½, which counts ensures
        // (x ≥ 48u: the slack covers the rounding of 1/det)
        double detLow = det * (1 - x), inverse = (1 + 2 * x) * inverseDet;
        double wUp = sw * SAFE, syyUp = syy * SAFE;
        double sigma2W = sigma * sigma * wUp * SAFE;                  // ≥ ‖s − s̃‖²
        omega[c] = sigma2W * wUp - 1e-6 * detLow;                      // S(s̃) ≥ detLow/W
        double cStar2 = syyUp * wUp * inverse * (SAFE / 0.998);       // ≥ c*² = Σwy²/(√S(s̃) − σ√W)²
        double c2 = Math.max((a - d) * (a - d) * SAFE, cStar2);
        // |a|, |d| of the well loop ≤ (√(Σwy²/W) + c*)·(1 + its rounding): squared, with (p + q)² ≤ 2p² + 2q²; the
        // rounding's factor 1 + 8(n + 10)·u·s11·s22/detLow, where counts holds, at most the one below
        double grow = 1 + 8 * (n + 10) * U / (DET_MARGIN + (8.0 * n + 40) * U);
        double rhoLoop = syyUp + 10 * (syyUp * SAFE * SAFE + cStar2 * wUp) * grow * grow * SAFE;
        double r = Math.max(syy + (a * a + 4 * d * d) * sw, rhoLoop);
        rho[c] = r;
        double e = (24.0 * n + 160) * U * r + 1e-300;
        // 2√(q + E)·C·σ√W + C²σ²W with 2·√(q + E)·(C√W) ≤ (q + E) + C²W
        return e + (sigma * (Math.max(q, 0) + e + c2 * wUp) + c2 * sigma2W) * SAFE;
    }

    /** Copies per-level numbers to the wells. */
    private void spread(double[] perLevel, double[] perWell) {
        int[] levelOf = levels.levelOf();
        for (int i = 0; i < levelOf.length; i++) perWell[i] = perLevel[levelOf[i]];
    }

    /** t = (x/c)^b per level at grid cell (b, c) as the well loop computes it, into {@link #levelT}: 0 for a zero standard. */
    private void levelT(int bi, int k, double from, double step) {
        double b = B_GRID[bi];
        double[] ebx = levelPowers(bi);
        double ebc = Math.exp(-b * (from + k * step));
        for (int l = 0; l < ebx.length; l++) levelT[l] = ebx[l] * ebc;
    }

    /** True when a share (1 + t)^(−g) is taken as exp(−g·ln(1 + t)), not from 1/(1 + t) ({@link #levelShares}). */
    private static boolean needsLog1p(double gv) {
        return !(gv == 1 || gv == 2 || gv == 5 || gv == 0.5);
    }

    /**
     * The shares s = (1 + t)^(−g) per level from the well loop's {@code t}, into {@link #levelS}: the numbers the
     * well-by-well grid computed for each of the level's wells.
     */
    private double[] levelShares(double[] t, double gv) {
        double[] sl = levelS;
        int m = t.length;
        if (gv == 1) {
            for (int l = 0; l < m; l++) sl[l] = 1 / (1 + t[l]);
        } else if (gv == 2 || gv == 5 || gv == 0.5) {     // powers of q = 1/(1 + t) without exp
            for (int l = 0; l < m; l++) {
                double q = 1 / (1 + t[l]), q2 = q * q;
                sl[l] = gv == 2 ? q2 : gv == 5 ? q2 * q2 * q : Math.sqrt(q);
            }
        } else {
            for (int l = 0; l < m; l++) sl[l] = Math.exp(-gv * Math.log1p(t[l]));
        }
        return sl;
    }

    /** exp(b·ln x) per level for slope {@code bi} (the well loop's), 0 for a zero standard; made on first use. */
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
     * x^b per level for slope {@code bi} as the filter takes it (see {@link #tError}), 0 for a zero standard; made on
     * first use: b = 0.4 the well loop's exp(0.4·ln x), b = 0.8 its square, b = 1.5 x·√x, b = 3 x·x·x.
     */
    private double[] filterPowers(int bi) {
        double[] e = filterPowers[bi];
        if (e == null) {
            if (bi == 0) {
                e = levelPowers(0);
            } else {
                double[] x = levels.values(), lnxl = levels.lnx(), p04 = levelPowers(0);
                e = new double[lnxl.length];
                for (int l = 0; l < e.length; l++) {
                    if (Double.isNaN(lnxl[l])) continue;
                    double xl = x[l];
                    e[l] = bi == 1 ? p04[l] * p04[l] : bi == 2 ? xl * Math.sqrt(xl) : xl * xl * xl;
                }
            }
            filterPowers[bi] = e;
        }
        return e;
    }

    static {
        // filterPowers' forms are these slopes'
        if (B_GRID.length != 4 || B_GRID[0] != 0.4 || B_GRID[1] != 2 * B_GRID[0] || B_GRID[2] != 1.5 || B_GRID[3] != 3) {
            throw new AssertionError("filterPowers assumes the slopes 0.4, 0.8, 1.5, 3");
        }
    }

    /**
     * ln(1 + t̃) per level and slot ({@code t̃} the filter's (x/c)^b, {@code ebc} its exp(−b·ln c)), computed once per
     * grid: a 5PL fit searches the free asymmetries and then both held ones over the same cells, and t̃, hence
     * ln(1 + t̃), does not depend on g. Only the filter uses them; the well loop takes its own from its own t.
     */
    private double[][] filterLog1p(double[] ebc) {
        if (log1pCells == null) {
            double[] p0 = filterPowers(0), p1 = filterPowers(1), p2 = filterPowers(2), p3 = filterPowers(3);
            log1pCells = new double[levels.count()][SLOTS];
            for (int l = 0; l < log1pCells.length; l++) {
                double[] row = log1pCells[l];
                filterT(l, ebc, p0, p1, p2, p3, row);
                for (int j = 0; j < SLOTS; j++) row[j] = Math.log1p(row[j]);
            }
        }
        return log1pCells;
    }

    /** Weighted rss of y ≈ a·s + d·(1 − s) with the best asymptotes (s: its first y.length); +∞ when s does not vary. */
    private static double asymptoteRss(double[] s, double[] y, double[] w) {
        double[] ad = asymptotes(s, y, w);
        if (ad == null) return Double.POSITIVE_INFINITY;
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - ad[1] - (ad[0] - ad[1]) * s[i];
            rss += w[i] * r * r;
        }
        return rss;
    }

    /** The start at one grid cell, computed in the direct form (the numbers {@link #directGridStart} gives there). */
    private double[] startAt(double gi, double b, double lnc, boolean freeG) {
        double[] lnxl = levels.lnx();
        double[] sl = levelS;
        for (int l = 0; l < lnxl.length; l++) {
            if (Double.isNaN(lnxl[l])) { sl[l] = 1; continue; }
            double t = 1 + Math.exp(b * (lnxl[l] - lnc));
            sl[l] = gi == 1 ? 1 / t : Math.pow(t, -gi);
        }
        double[] s = FILTER_ARRAYS.get().perWell(lnx.length);
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
        for (int i = 0; i < y.length; i++) {   // s may be longer (a reused array): its first y.length
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
