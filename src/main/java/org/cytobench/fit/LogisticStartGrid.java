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
    private final double lnXMin, lnXMax;
    /** ln(1 + (x/c)^b) per grid cell (b, c), made on first use; see {@link #log1p}. */
    private double[][] log1pCells;

    /** @param lnx ln x per well, NaN for a zero standard; {@code lnXMin}, {@code lnXMax} over the non-zero standards */
    LogisticStartGrid(double[] lnx, double[] y, double[] w, double lnXMin, double lnXMax) {
        this.lnx = lnx;
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
     * exp per well and one per midpoint (4·n + 36 in all, against 36·n), and a 5PL asymmetry one log per cell. The
     * asymmetries 2, 5 and ½ are powers and a root of 1/t. The factored forms differ from the direct one in the last
     * bits, so the grid only chooses the cell: the start is
     * then computed at that cell exactly as {@link #directGridStart} does, and the fit is bit for bit the same.
     */
    private double[] factoredGridStart(double g) {
        double span = Math.max(lnXMax - lnXMin, Math.log(10));
        double from = lnXMin - 0.25 * span, step = 1.5 * span / (C_GRID - 1);
        // the factors must neither overflow nor underflow: b ≤ 3, so |ln x| and |ln c| below 200 keep them within e^±600
        double reach = Math.max(Math.max(Math.abs(lnXMin), Math.abs(lnXMax)), Math.max(Math.abs(from), Math.abs(from + 1.5 * span)));
        if (!(reach < 200)) return directGridStart(g);
        boolean freeG = Double.isNaN(g);
        double[] gs = freeG ? G_GRID : new double[] {g};
        int n = lnx.length;
        double[] ebx = new double[n], t = new double[n], s = new double[n];
        double bestRss = Double.POSITIVE_INFINITY;
        int bestG = -1, bestB = -1, bestK = -1;
        for (int bi = 0; bi < B_GRID.length; bi++) {
            double b = B_GRID[bi];
            for (int i = 0; i < n; i++) ebx[i] = Double.isNaN(lnx[i]) ? 0 : Math.exp(b * lnx[i]);
            for (int k = 0; k < C_GRID; k++) {
                double ebc = Math.exp(-b * (from + k * step));
                for (int i = 0; i < n; i++) t[i] = ebx[i] * ebc;   // (x/c)^b; 0 for a zero standard
                double[] lnT = null;
                for (int gi = 0; gi < gs.length; gi++) {
                    double gv = gs[gi];
                    if (gv == 1) {
                        for (int i = 0; i < n; i++) s[i] = 1 / (1 + t[i]);
                    } else if (gv == 2 || gv == 5 || gv == 0.5) {     // powers of q = 1/(1 + t) without exp
                        for (int i = 0; i < n; i++) {
                            double q = 1 / (1 + t[i]), q2 = q * q;
                            s[i] = gv == 2 ? q2 : gv == 5 ? q2 * q2 * q : Math.sqrt(q);
                        }
                    } else {
                        if (lnT == null) lnT = log1p(bi * C_GRID + k, t);
                        for (int i = 0; i < n; i++) s[i] = Math.exp(-gv * lnT[i]);
                    }
                    double rss = asymptoteRss(s, y, w);
                    if (rss < bestRss) {
                        bestRss = rss;
                        bestG = gi;
                        bestB = bi;
                        bestK = k;
                    }
                }
            }
        }
        if (bestG < 0) return null;
        return startAt(gs[bestG], B_GRID[bestB], from + bestK * step, freeG);
    }

    /**
     * ln(1 + tᵢ) at grid cell {@code cell} ({@code t} is (x/c)^b there), computed once per grid: a 5PL fit searches the
     * free asymmetries and then both held ones over the same cells, and t, hence ln(1 + t), does not depend on g.
     */
    private double[] log1p(int cell, double[] t) {
        if (log1pCells == null) log1pCells = new double[B_GRID.length * C_GRID][];
        double[] l = log1pCells[cell];
        if (l == null) {
            l = new double[t.length];
            for (int i = 0; i < t.length; i++) l[i] = Math.log1p(t[i]);
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
        double[] s = new double[lnx.length];
        for (int i = 0; i < lnx.length; i++) {
            if (Double.isNaN(lnx[i])) { s[i] = 1; continue; }
            double t = 1 + Math.exp(b * (lnx[i] - lnc));
            s[i] = gi == 1 ? 1 / t : Math.pow(t, -gi);
        }
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
