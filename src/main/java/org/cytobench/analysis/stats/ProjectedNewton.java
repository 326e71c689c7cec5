package org.cytobench.analysis.stats;

import java.util.function.ToDoubleFunction;

/**
 * Minimises a smooth function of a few variables, each in [0, upper], by Newton steps with derivatives from
 * central differences, projected onto the bounds (Bertsekas' projected Newton method with an Armijo line search along
 * the projection arc). A variable on a bound whose derivative points outwards is held there; the others take the Newton step
 * of their own block of the Hessian (or steepest descent where that block is not positive definite). A variable that a
 * step would take beyond a bound lands on it exactly, so an optimum on the bound is reported as exactly 0 (or the upper
 * bound).
 *
 * <p>Why not Commons Math's BOBYQA, which the mixed model used first: its optimiser is one 5 771-byte method whose
 * loops the JIT compiles again and again (one on-stack replacement per loop entry, each a C2 compilation of seconds):
 * measured on a 100-plate {@code analyze}, 1–3 CPU s per run, more than the statistics themselves
 * (docs/decisions/0015-own-minimiser-for-the-mixed-model.md). For two variances a Newton method needs a few dozen
 * function values.
 *
 * <p>The function must be defined a little below 0 (central differences at a variable on its bound look a step
 * {@code h} below it): the variance ratios of the mixed model are, as long as the covariance matrix stays positive
 * definite.
 */
public final class ProjectedNewton {
    /** Where the minimum is and its value; {@code iterations} Newton steps, {@code evaluations} function values. */
    public record Minimum(double[] point, double value, int iterations, int evaluations) {
        public Minimum {
            point = point.clone();
        }

        @Override
        public double[] point() { return point.clone(); }
    }

    private final ToDoubleFunction<double[]> f;
    private final double upper;
    private final int maxIterations;
    private int evaluations;

    /**
     * @param f     the function; it must not keep or change the array it is given
     * @param upper every variable's upper bound
     */
    public ProjectedNewton(ToDoubleFunction<double[]> f, double upper, int maxIterations) {
        if (!(upper > 0)) throw new IllegalArgumentException("upper bound must be positive: " + upper);
        this.f = f;
        this.upper = upper;
        this.maxIterations = maxIterations;
    }

    /** The minimum reached from {@code start} (every value within the bounds). */
    public Minimum minimise(double[] start) {
        int k = start.length;
        double[] x = start.clone();
        for (int i = 0; i < k; i++) if (!(x[i] >= 0 && x[i] <= upper)) throw new IllegalArgumentException("start outside the bounds: " + x[i]);
        double fx = value(x);
        double[] g = new double[k];
        double[][] h = new double[k][k];
        int it = 0;
        for (; it < maxIterations; it++) {
            derivatives(x, fx, g, h);
            boolean[] held = new boolean[k];
            for (int i = 0; i < k; i++) held[i] = x[i] <= 0 && g[i] > 0 || x[i] >= upper && g[i] < 0;
            double[] d = direction(g, h, held);
            double slope = 0;
            for (int i = 0; i < k; i++) slope += g[i] * d[i];
            if (!(slope < 0)) break;   // no descent direction: x is stationary on the box (to the derivatives' accuracy)
            // Armijo along the projection arc x(α) = min(upper, max(0, x + α d)), α = 1, ½, ¼, …
            double alpha = 1;
            double[] next = new double[k];
            double fNext = Double.NaN;
            boolean accepted = false;
            for (int halving = 0; halving < 40; halving++, alpha /= 2) {
                double decrease = 0;
                for (int i = 0; i < k; i++) {
                    next[i] = Math.min(upper, Math.max(0, x[i] + alpha * d[i]));
                    decrease += g[i] * (x[i] - next[i]);
                }
                fNext = value(next);
                if (fNext <= fx - 1e-4 * decrease) {
                    accepted = true;
                    break;
                }
            }
            if (!accepted) break;      // the function cannot be lowered along d any more: converged to rounding
            double step = 0, size = 0;
            for (int i = 0; i < k; i++) {
                step = Math.max(step, Math.abs(next[i] - x[i]));
                size = Math.max(size, Math.abs(next[i]));
            }
            double change = fx - fNext;
            System.arraycopy(next, 0, x, 0, k);
            fx = fNext;
            if (step <= 1e-10 * (1 + size) || change <= 1e-15 * Math.abs(fx)) {
                it++;
                break;
            }
        }
        return new Minimum(x, fx, it, evaluations);
    }

    private double value(double[] x) {
        evaluations++;
        return f.applyAsDouble(x.clone());
    }

    /**
     * Gradient and Hessian by central differences, steps h = 10⁻⁴·max(|x|, 10⁻²): truncation error O(h²) relative, and
     * rounding ε·|f|/h, both far below what moves the minimiser beyond its 10⁻⁸-relative accuracy here.
     */
    private void derivatives(double[] x, double fx, double[] g, double[][] hess) {
        int k = x.length;
        double[] step = new double[k];
        double[] plus = new double[k], minus = new double[k];
        for (int i = 0; i < k; i++) {
            step[i] = 1e-4 * Math.max(Math.abs(x[i]), 1e-2);
            double[] p = x.clone(), m = x.clone();
            p[i] += step[i];
            m[i] -= step[i];
            plus[i] = value(p);
            minus[i] = value(m);
            g[i] = (plus[i] - minus[i]) / (2 * step[i]);
            hess[i][i] = (plus[i] - 2 * fx + minus[i]) / (step[i] * step[i]);
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                double[] pp = x.clone(), mm = x.clone();
                pp[i] += step[i];
                pp[j] += step[j];
                mm[i] -= step[i];
                mm[j] -= step[j];
                // f(x+hᵢ+hⱼ) + f(x−hᵢ−hⱼ) − f(x+hᵢ) − f(x−hᵢ) − f(x+hⱼ) − f(x−hⱼ) + 2f(x) = 2 hᵢhⱼ ∂²f/∂xᵢ∂xⱼ + O(h⁴)
                double v = (value(pp) + value(mm) - plus[i] - minus[i] - plus[j] - minus[j] + 2 * fx) / (2 * step[i] * step[j]);
                hess[i][j] = v;
                hess[j][i] = v;
            }
        }
    }

    /** The Newton direction on the variables not held (Cholesky of their Hessian block), else scaled steepest descent. */
    private static double[] direction(double[] g, double[][] h, boolean[] held) {
        int k = g.length;
        int[] free = new int[k];
        int m = 0;
        for (int i = 0; i < k; i++) if (!held[i]) free[m++] = i;
        double[] d = new double[k];
        double[][] l = new double[m][m];
        boolean positive = true;
        for (int a = 0; a < m && positive; a++) {
            for (int b = 0; b <= a; b++) {
                double s = h[free[a]][free[b]];
                for (int c = 0; c < b; c++) s -= l[a][c] * l[b][c];
                if (a == b) {
                    if (!(s > 0)) {
                        positive = false;
                        break;
                    }
                    l[a][a] = Math.sqrt(s);
                } else {
                    l[a][b] = s / l[b][b];
                }
            }
        }
        if (positive) {
            double[] z = new double[m];
            for (int a = 0; a < m; a++) {          // L z = −g
                double s = -g[free[a]];
                for (int c = 0; c < a; c++) s -= l[a][c] * z[c];
                z[a] = s / l[a][a];
            }
            for (int a = m - 1; a >= 0; a--) {     // Lᵀ d = z
                double s = z[a];
                for (int c = a + 1; c < m; c++) s -= l[c][a] * d[free[c]];
                d[free[a]] = s / l[a][a];
            }
        } else {
            for (int a = 0; a < m; a++) {
                int i = free[a];
                d[i] = -g[i] / Math.max(Math.abs(h[i][i]), 1);
            }
        }
        return d;
    }
}
