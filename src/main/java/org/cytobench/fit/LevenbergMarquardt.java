package org.cytobench.fit;

import java.util.Arrays;

/**
 * Weighted least squares by Levenberg–Marquardt over primitive arrays, for a fixed number of observations and
 * parameters: every work array is allocated once, in the constructor, so an iteration allocates nothing.
 *
 * <p>The algorithm, its constants and the order of every floating-point operation are those of Commons Math 3.6.1's
 * {@code LevenbergMarquardtOptimizer} (Apache-2.0; itself a translation of MINPACK's {@code lmder}: Householder QR with
 * column pivoting, the trust-region parameter by Moré's iteration, Givens rotations for the damped system) as the
 * logistic fit used it: initial step bound factor 100, orthogonality tolerance 1e-10, cost and parameter relative
 * tolerances 1e-12, ranking threshold {@code Double.MIN_NORMAL}, a projection of every evaluated point onto the bounds.
 * So the same problem from the same start gives the same optimum, bit for bit, as before (tested over 50 000 curves
 * against the Commons Math engine). Why it is written here: docs/decisions/0005-own-levenberg-marquardt.md.
 *
 * <p>Residuals are yᵢ − f(xᵢ), weighted by √wᵢ; the cost is √(Σ wᵢ rᵢ²). Not thread-safe: one instance per fit.
 */
final class LevenbergMarquardt {

    /** The model: values and Jacobian of f at θ, and the projection of θ onto the bounds. */
    interface Model {
        /** Fills {@code value[i]} = f(xᵢ; θ) and {@code jac[i][k]} = ∂f(xᵢ)/∂θₖ. */
        void evaluate(double[] theta, double[] value, double[][] jac);

        /** Moves θ, in place, onto the feasible set. */
        void project(double[] theta);
    }

    /**
     * A model that can also give its Jacobian by columns ({@code columns[k][i]} = ∂f(xᵢ)/∂θₖ, the same numbers), the
     * layout the QR works in: then no transposition is needed.
     */
    interface ColumnModel extends Model {
        void evaluateColumns(double[] theta, double[] value, double[][] columns);
    }

    /** How a minimisation ended. */
    enum Outcome {
        /** A default convergence criterion was met (relative reduction, step size or orthogonality). */
        CONVERGED,
        /** More than the allowed iterations or evaluations. */
        TOO_MANY_ITERATIONS,
        /** The tolerances cannot be met in double precision, or the Jacobian is not finite. */
        NO_PROGRESS
    }

    private static final double TWO_EPS = 2 * 0x1.0p-53;
    private static final double SAFE_MIN = 0x1.0p-1022;
    private static final double INITIAL_STEP_BOUND_FACTOR = 100;
    private static final double COST_RELATIVE_TOLERANCE = 1e-12;
    private static final double PARAMETER_RELATIVE_TOLERANCE = 1e-12;
    private static final double ORTHO_TOLERANCE = 1e-10;
    private static final double QR_RANKING_THRESHOLD = SAFE_MIN;

    private Model model;
    private ColumnModel columnModel;
    /** Where a model that gives rows writes them (null for a {@link ColumnModel}). */
    private double[][] rows;
    private final int nR, nC, maxIterations, maxEvaluations;
    private double[] y;
    private final double[] sqrtW;

    /**
     * An evaluated point: the projected point, the model's values and Jacobian there (unweighted, by columns), the
     * weighted residuals and the cost. The weighted Jacobian √wᵢ·Jᵢₖ is formed only where the QR needs it, for the
     * point the iteration continues from (a rejected trial point never needs it).
     */
    private static final class Evaluation {
        final double[] point, residuals, value;
        final double[][] columns;
        double cost;

        Evaluation(int nR, int nC) {
            point = new double[nC];
            residuals = new double[nR];
            value = new double[nR];
            columns = new double[nC][nR];
        }
    }

    private Evaluation current, trial;
    private final double[][] qr;
    private final int[] permutation;
    private final double[] diagR, jacNorm, beta, norm2;
    private final double[][] targets;
    private int rank;
    private final double[] lmDir, diag, oldX, qtf, work1, work2, work3, currentPoint;
    private int iterations, evaluations;

    /**
     * @param y              the observed responses (not copied)
     * @param w              the weights (not copied)
     * @param parameters     the number of parameters of the model
     * @param maxIterations  iterations allowed (the Commons Math iteration counter)
     * @param maxEvaluations evaluations allowed
     */
    LevenbergMarquardt(Model model, double[] y, double[] w, int parameters, int maxIterations, int maxEvaluations) {
        this.model = model;
        this.columnModel = model instanceof ColumnModel c ? c : null;
        this.y = y;
        this.nR = y.length;
        this.nC = parameters;
        this.maxIterations = maxIterations;
        this.maxEvaluations = maxEvaluations;
        sqrtW = new double[nR];
        for (int i = 0; i < nR; i++) sqrtW[i] = Math.sqrt(w[i]);
        rows = columnModel == null ? new double[nR][nC] : null;
        current = new Evaluation(nR, nC);
        trial = new Evaluation(nR, nC);
        qr = new double[nC][nR];   // column-major: qr[column][row], so the QR's loops run along arrays
        permutation = new int[nC];
        diagR = new double[nC];
        jacNorm = new double[nC];
        beta = new double[nC];
        norm2 = new double[nC];
        targets = new double[nC + 1][];
        lmDir = new double[nC];
        diag = new double[nC];
        oldX = new double[nC];
        qtf = new double[nR];
        work1 = new double[nC];
        work2 = new double[nC];
        work3 = new double[nC];
        currentPoint = new double[nC];
    }

    /** Observations per problem (the length of y). */
    int observations() { return nR; }

    /** Parameters per problem. */
    int parameters() { return nC; }

    /**
     * The same work arrays for another problem of the same size: the state {@link #minimize} starts from does not
     * depend on what ran before (every work array is reset or overwritten before it is read), so reusing an instance
     * gives the same numbers as a new one and saves allocating it per fit.
     */
    void rebind(Model model, double[] y, double[] w) {
        if (y.length != nR || w.length != nR) throw new IllegalArgumentException("problem size " + y.length + ", not " + nR);
        this.model = model;
        this.columnModel = model instanceof ColumnModel c ? c : null;
        if (columnModel == null && rows == null) rows = new double[nR][nC];
        this.y = y;
        for (int i = 0; i < nR; i++) sqrtW[i] = Math.sqrt(w[i]);
    }

    /** The point where the last {@link #minimize} stopped (valid after {@link Outcome#CONVERGED}). */
    double[] point() { return current.point; }

    /** Σ wᵢ rᵢ² at {@link #point()}. */
    double rss() { return current.cost * current.cost; }

    int iterations() { return iterations; }

    /** The model's values f(xᵢ) at {@link #point()} (valid after {@link Outcome#CONVERGED}; overwritten by the next run). */
    double[] value() { return current.value; }

    /** The model's Jacobian at {@link #point()} by columns, [k][i] = ∂f(xᵢ)/∂θₖ, unweighted (as {@link #value()}). */
    double[][] jacobianColumns() { return current.columns; }

    private void evaluate(double[] point, Evaluation e) {
        System.arraycopy(point, 0, e.point, 0, nC);
        model.project(e.point);
        if (columnModel != null) {
            columnModel.evaluateColumns(e.point, e.value, e.columns);
        } else {
            model.evaluate(e.point, e.value, rows);
            for (int i = 0; i < nR; i++) for (int k = 0; k < nC; k++) e.columns[k][i] = rows[i][k];
        }
        double[] value = e.value, residuals = e.residuals;
        double dot = 0;
        for (int i = 0; i < nR; i++) {
            double r = sqrtW[i] * (y[i] - value[i]);
            residuals[i] = r;
            dot += r * r;
        }
        e.cost = Math.sqrt(dot);
    }

    /** Minimises the weighted sum of squares from {@code start} (not modified). */
    Outcome minimize(double[] start) {
        final int solvedCols = Math.min(nR, nC);
        iterations = 0;
        evaluations = 0;
        double lmPar = 0, delta = 0, xNorm = 0;
        Arrays.fill(lmDir, 0);
        Arrays.fill(diag, 0);
        Arrays.fill(oldX, 0);
        Arrays.fill(work1, 0);
        Arrays.fill(work2, 0);
        Arrays.fill(work3, 0);

        if (++evaluations > maxEvaluations) return Outcome.TOO_MANY_ITERATIONS;
        evaluate(start, current);
        double currentCost = current.cost;
        System.arraycopy(current.point, 0, currentPoint, 0, nC);

        boolean firstIteration = true;
        while (true) {
            if (++iterations > maxIterations) return Outcome.TOO_MANY_ITERATIONS;
            System.arraycopy(current.residuals, 0, qtf, 0, nR);
            if (!qrDecomposition(current.columns, solvedCols)) return Outcome.NO_PROGRESS;   // also qtf ← Qᵀ qtf
            for (int k = 0; k < solvedCols; ++k) {
                int pk = permutation[k];
                qr[pk][k] = diagR[pk];
            }
            if (firstIteration) {
                xNorm = 0;
                for (int k = 0; k < nC; ++k) {
                    double dk = jacNorm[k];
                    if (dk == 0) dk = 1.0;
                    double xk = dk * currentPoint[k];
                    xNorm += xk * xk;
                    diag[k] = dk;
                }
                xNorm = Math.sqrt(xNorm);
                delta = (xNorm == 0) ? INITIAL_STEP_BOUND_FACTOR : (INITIAL_STEP_BOUND_FACTOR * xNorm);
            }
            double maxCosine = 0;
            if (currentCost != 0) {
                for (int j = 0; j < solvedCols; ++j) {
                    int pj = permutation[j];
                    double s = jacNorm[pj];
                    if (s != 0) {
                        double sum = 0;
                        for (int i = 0; i <= j; ++i) sum += qr[pj][i] * qtf[i];
                        maxCosine = Math.max(maxCosine, Math.abs(sum) / (s * currentCost));
                    }
                }
            }
            if (maxCosine <= ORTHO_TOLERANCE) return Outcome.CONVERGED;
            for (int j = 0; j < nC; ++j) diag[j] = Math.max(diag[j], jacNorm[j]);

            for (double ratio = 0; ratio < 1.0e-4;) {
                for (int j = 0; j < solvedCols; ++j) {
                    int pj = permutation[j];
                    oldX[pj] = currentPoint[pj];
                }
                final double previousCost = currentCost;
                lmPar = determineLMParameter(qtf, delta, solvedCols, lmPar);
                double lmNorm = 0;
                for (int j = 0; j < solvedCols; ++j) {
                    int pj = permutation[j];
                    lmDir[pj] = -lmDir[pj];
                    currentPoint[pj] = oldX[pj] + lmDir[pj];
                    double s = diag[pj] * lmDir[pj];
                    lmNorm += s * s;
                }
                lmNorm = Math.sqrt(lmNorm);
                if (firstIteration) delta = Math.min(delta, lmNorm);

                if (++evaluations > maxEvaluations) return Outcome.TOO_MANY_ITERATIONS;
                evaluate(currentPoint, trial);
                currentCost = trial.cost;
                System.arraycopy(trial.point, 0, currentPoint, 0, nC);

                double actRed = -1.0;
                if (0.1 * currentCost < previousCost) {
                    double r = currentCost / previousCost;
                    actRed = 1.0 - r * r;
                }
                for (int j = 0; j < solvedCols; ++j) {
                    int pj = permutation[j];
                    double dirJ = lmDir[pj];
                    work1[j] = 0;
                    for (int i = 0; i <= j; ++i) work1[i] += qr[pj][i] * dirJ;
                }
                double coeff1 = 0;
                for (int j = 0; j < solvedCols; ++j) coeff1 += work1[j] * work1[j];
                double pc2 = previousCost * previousCost;
                coeff1 /= pc2;
                double coeff2 = lmPar * lmNorm * lmNorm / pc2;
                double preRed = coeff1 + 2 * coeff2;
                double dirDer = -(coeff1 + coeff2);
                ratio = (preRed == 0) ? 0 : (actRed / preRed);

                if (ratio <= 0.25) {
                    double tmp = (actRed < 0) ? (0.5 * dirDer / (dirDer + 0.5 * actRed)) : 0.5;
                    if ((0.1 * currentCost >= previousCost) || (tmp < 0.1)) tmp = 0.1;
                    delta = tmp * Math.min(delta, 10.0 * lmNorm);
                    lmPar /= tmp;
                } else if ((lmPar == 0) || (ratio >= 0.75)) {
                    delta = 2 * lmNorm;
                    lmPar *= 0.5;
                }

                if (ratio >= 1.0e-4) {
                    firstIteration = false;
                    xNorm = 0;
                    for (int k = 0; k < nC; ++k) {
                        double xK = diag[k] * currentPoint[k];
                        xNorm += xK * xK;
                    }
                    xNorm = Math.sqrt(xNorm);
                    Evaluation t = current;   // the trial point is the new current one
                    current = trial;
                    trial = t;
                } else {
                    currentCost = previousCost;
                    for (int j = 0; j < solvedCols; ++j) {
                        int pj = permutation[j];
                        currentPoint[pj] = oldX[pj];
                    }
                }

                if ((Math.abs(actRed) <= COST_RELATIVE_TOLERANCE && preRed <= COST_RELATIVE_TOLERANCE && ratio <= 2.0)
                        || delta <= PARAMETER_RELATIVE_TOLERANCE * xNorm) {
                    return Outcome.CONVERGED;
                }
                if (Math.abs(actRed) <= TWO_EPS && preRed <= TWO_EPS && ratio <= 2.0) return Outcome.NO_PROGRESS;
                if (delta <= TWO_EPS * xNorm) return Outcome.NO_PROGRESS;
                if (maxCosine <= TWO_EPS) return Outcome.NO_PROGRESS;
            }
        }
    }

    /** Moré's iteration for the LM parameter; fills {@link #lmDir} (MINPACK lmpar). */
    private double determineLMParameter(double[] qy, double delta, int solvedCols, double lmPar) {
        for (int j = 0; j < rank; ++j) lmDir[permutation[j]] = qy[j];
        for (int j = rank; j < nC; ++j) lmDir[permutation[j]] = 0;
        for (int k = rank - 1; k >= 0; --k) {
            int pk = permutation[k];
            double ypk = lmDir[pk] / diagR[pk];
            for (int i = 0; i < k; ++i) lmDir[permutation[i]] -= ypk * qr[pk][i];
            lmDir[pk] = ypk;
        }
        double dxNorm = 0;
        for (int j = 0; j < solvedCols; ++j) {
            int pj = permutation[j];
            double s = diag[pj] * lmDir[pj];
            work1[pj] = s;
            dxNorm += s * s;
        }
        dxNorm = Math.sqrt(dxNorm);
        double fp = dxNorm - delta;
        if (fp <= 0.1 * delta) return 0;

        double sum2;
        double parl = 0;
        if (rank == solvedCols) {
            for (int j = 0; j < solvedCols; ++j) {
                int pj = permutation[j];
                work1[pj] *= diag[pj] / dxNorm;
            }
            sum2 = 0;
            for (int j = 0; j < solvedCols; ++j) {
                int pj = permutation[j];
                double sum = 0;
                for (int i = 0; i < j; ++i) sum += qr[pj][i] * work1[permutation[i]];
                double s = (work1[pj] - sum) / diagR[pj];
                work1[pj] = s;
                sum2 += s * s;
            }
            parl = fp / (delta * sum2);
        }
        sum2 = 0;
        for (int j = 0; j < solvedCols; ++j) {
            int pj = permutation[j];
            double sum = 0;
            for (int i = 0; i <= j; ++i) sum += qr[pj][i] * qy[i];
            sum /= diag[pj];
            sum2 += sum * sum;
        }
        double gNorm = Math.sqrt(sum2);
        double paru = gNorm / delta;
        if (paru == 0) paru = SAFE_MIN / Math.min(delta, 0.1);
        lmPar = Math.min(paru, Math.max(lmPar, parl));
        if (lmPar == 0) lmPar = gNorm / dxNorm;

        for (int countdown = 10; countdown >= 0; --countdown) {
            if (lmPar == 0) lmPar = Math.max(SAFE_MIN, 0.001 * paru);
            double sPar = Math.sqrt(lmPar);
            for (int j = 0; j < solvedCols; ++j) {
                int pj = permutation[j];
                work1[pj] = sPar * diag[pj];
            }
            determineLMDirection(qy, work1, work2, solvedCols, work3);
            dxNorm = 0;
            for (int j = 0; j < solvedCols; ++j) {
                int pj = permutation[j];
                double s = diag[pj] * lmDir[pj];
                work3[pj] = s;
                dxNorm += s * s;
            }
            dxNorm = Math.sqrt(dxNorm);
            double previousFP = fp;
            fp = dxNorm - delta;
            if (Math.abs(fp) <= 0.1 * delta || (parl == 0 && fp <= previousFP && previousFP < 0)) return lmPar;
            for (int j = 0; j < solvedCols; ++j) {
                int pj = permutation[j];
                work1[pj] = work3[pj] * diag[pj] / dxNorm;
            }
            for (int j = 0; j < solvedCols; ++j) {
                int pj = permutation[j];
                work1[pj] /= work2[j];
                double tmp = work1[pj];
                for (int i = j + 1; i < solvedCols; ++i) work1[permutation[i]] -= qr[pj][i] * tmp;
            }
            sum2 = 0;
            for (int j = 0; j < solvedCols; ++j) {
                double s = work1[permutation[j]];
                sum2 += s * s;
            }
            double correction = fp / (delta * sum2);
            if (fp > 0) parl = Math.max(parl, lmPar);
            else if (fp < 0) paru = Math.min(paru, lmPar);
            lmPar = Math.max(parl, lmPar + correction);
        }
        return lmPar;
    }

    /** Solves the damped system R z = Qᵀr, D z = 0 by Givens rotations; fills {@link #lmDir} (MINPACK qrsolv). */
    private void determineLMDirection(double[] qy, double[] dg, double[] lmDiag, int solvedCols, double[] work) {
        for (int j = 0; j < solvedCols; ++j) {
            int pj = permutation[j];
            for (int i = j + 1; i < solvedCols; ++i) qr[pj][i] = qr[permutation[i]][j];
            lmDir[j] = diagR[pj];
            work[j] = qy[j];
        }
        for (int j = 0; j < solvedCols; ++j) {
            int pj = permutation[j];
            double dpj = dg[pj];
            if (dpj != 0) Arrays.fill(lmDiag, j + 1, lmDiag.length, 0);
            lmDiag[j] = dpj;
            double qtbpj = 0;
            for (int k = j; k < solvedCols; ++k) {
                int pk = permutation[k];
                if (lmDiag[k] != 0) {
                    final double sin, cos;
                    double rkk = qr[pk][k];
                    if (Math.abs(rkk) < Math.abs(lmDiag[k])) {
                        final double cotan = rkk / lmDiag[k];
                        sin = 1.0 / Math.sqrt(1.0 + cotan * cotan);
                        cos = sin * cotan;
                    } else {
                        final double tan = lmDiag[k] / rkk;
                        cos = 1.0 / Math.sqrt(1.0 + tan * tan);
                        sin = cos * tan;
                    }
                    qr[pk][k] = cos * rkk + sin * lmDiag[k];
                    final double temp = cos * work[k] + sin * qtbpj;
                    qtbpj = -sin * work[k] + cos * qtbpj;
                    work[k] = temp;
                    for (int i = k + 1; i < solvedCols; ++i) {
                        double rik = qr[pk][i];
                        final double temp2 = cos * rik + sin * lmDiag[i];
                        lmDiag[i] = -sin * rik + cos * lmDiag[i];
                        qr[pk][i] = temp2;
                    }
                }
            }
            lmDiag[j] = qr[permutation[j]][j];
            qr[permutation[j]][j] = lmDir[j];
        }
        int nSing = solvedCols;
        for (int j = 0; j < solvedCols; ++j) {
            if ((lmDiag[j] == 0) && (nSing == solvedCols)) nSing = j;
            if (nSing < solvedCols) work[j] = 0;
        }
        if (nSing > 0) {
            for (int j = nSing - 1; j >= 0; --j) {
                int pj = permutation[j];
                double sum = 0;
                for (int i = j + 1; i < nSing; ++i) sum += qr[pj][i] * work[i];
                work[j] = (work[j] - sum) / lmDiag[j];
            }
        }
        for (int j = 0; j < lmDir.length; ++j) lmDir[permutation[j]] = work[j];
    }

    /**
     * Householder QR with column pivoting of −(√W J), in place in {@link #qr}, applying Qᵀ to {@link #qtf} on the way; false when a column norm is not finite
     * (Commons Math: "unable to perform QR decomposition"). {@code columns} is the model's Jacobian, unweighted: √wᵢ·Jᵢₖ and
     * then its negation are the two roundings Commons Math made (weighting the Jacobian, then negating it for the QR).
     */
    private boolean qrDecomposition(double[][] columns, int solvedCols) {
        Arrays.fill(diagR, 0);
        Arrays.fill(beta, 0);
        // Every sum below is a chain of additions in row order, as in Commons Math; the sums of different columns are
        // independent, so they are accumulated side by side (the same operations per sum, in the same order, hence the
        // same bits) instead of one column after another, which lets the processor overlap them.
        for (int k = 0; k < nC; ++k) permutation[k] = k;
        copyWithNorms2(columns);
        for (int k = 0; k < nC; ++k) jacNorm[k] = Math.sqrt(norm2[k]);
        for (int k = 0; k < nC; ++k) {
            // at k = 0 the columns' squared norms are those just computed for jacNorm (the same sums)
            if (k > 0) columnNorms2(k, k, norm2);
            int nextColumn = -1;
            double ak2 = Double.NEGATIVE_INFINITY;
            for (int i = k; i < nC; ++i) {
                double n2 = norm2[i - k];
                if (!(n2 < Double.POSITIVE_INFINITY)) return false;   // infinite or NaN (a sum of squares is never −∞)
                if (n2 > ak2) {
                    nextColumn = i;
                    ak2 = n2;
                }
            }
            if (ak2 <= QR_RANKING_THRESHOLD) {
                rank = k;
                qTy(qtf, k);   // the remaining steps of Qᵀ (β = 0 there), as Commons Math applied them
                return true;
            }
            int pk = permutation[nextColumn];
            permutation[nextColumn] = permutation[k];
            permutation[k] = pk;
            double akk = qr[pk][k];
            double alpha = (akk > 0) ? -Math.sqrt(ak2) : Math.sqrt(ak2);
            double betak = 1.0 / (ak2 - akk * alpha);
            beta[pk] = betak;
            diagR[pk] = alpha;
            qr[pk][k] -= alpha;
            reflect(k, qr[pk], betak);
        }
        rank = solvedCols;
        return true;
    }

    /**
     * qr ← −(√W J) column by column, and each column's Σ a_j² over all rows into {@link #norm2} as it is written (the
     * sums {@link #columnNorms2}(0, 0, …) gives), four columns side by side.
     */
    private void copyWithNorms2(double[][] columns) {
        int k = 0;
        for (; k + 3 < nC; k += 4) {
            double[] s0 = columns[k], s1 = columns[k + 1], s2 = columns[k + 2], s3 = columns[k + 3];
            double[] d0 = qr[k], d1 = qr[k + 1], d2 = qr[k + 2], d3 = qr[k + 3];
            double n0 = 0, n1 = 0, n2 = 0, n3 = 0;
            for (int i = 0; i < nR; i++) {
                double sw = sqrtW[i];
                double a0 = (sw * s0[i]) * -1, a1 = (sw * s1[i]) * -1, a2 = (sw * s2[i]) * -1, a3 = (sw * s3[i]) * -1;
                d0[i] = a0;
                d1[i] = a1;
                d2[i] = a2;
                d3[i] = a3;
                n0 += a0 * a0;
                n1 += a1 * a1;
                n2 += a2 * a2;
                n3 += a3 * a3;
            }
            norm2[k] = n0;
            norm2[k + 1] = n1;
            norm2[k + 2] = n2;
            norm2[k + 3] = n3;
        }
        for (; k < nC; k++) {
            double[] src = columns[k], dst = qr[k];
            double n0 = 0;
            for (int i = 0; i < nR; i++) {
                double a0 = (sqrtW[i] * src[i]) * -1;
                dst[i] = a0;
                n0 += a0 * a0;
            }
            norm2[k] = n0;
        }
    }

    /** Σ_{j ≥ fromRow} a_j² of the columns permutation[fromColumn …], into {@code out[0 …]}, up to four side by side. */
    private void columnNorms2(int fromColumn, int fromRow, double[] out) {
        int m = nC - fromColumn, i = 0;
        for (; i + 3 < m; i += 4) {
            double[] c0 = qr[permutation[fromColumn + i]], c1 = qr[permutation[fromColumn + i + 1]];
            double[] c2 = qr[permutation[fromColumn + i + 2]], c3 = qr[permutation[fromColumn + i + 3]];
            double n0 = 0, n1 = 0, n2 = 0, n3 = 0;
            for (int j = fromRow; j < nR; ++j) {
                double a0 = c0[j], a1 = c1[j], a2 = c2[j], a3 = c3[j];
                n0 += a0 * a0;
                n1 += a1 * a1;
                n2 += a2 * a2;
                n3 += a3 * a3;
            }
            out[i] = n0;
            out[i + 1] = n1;
            out[i + 2] = n2;
            out[i + 3] = n3;
        }
        if (i + 2 < m) {
            double[] c0 = qr[permutation[fromColumn + i]], c1 = qr[permutation[fromColumn + i + 1]];
            double[] c2 = qr[permutation[fromColumn + i + 2]];
            double n0 = 0, n1 = 0, n2 = 0;
            for (int j = fromRow; j < nR; ++j) {
                double a0 = c0[j], a1 = c1[j], a2 = c2[j];
                n0 += a0 * a0;
                n1 += a1 * a1;
                n2 += a2 * a2;
            }
            out[i] = n0;
            out[i + 1] = n1;
            out[i + 2] = n2;
        } else if (i + 1 < m) {
            double[] c0 = qr[permutation[fromColumn + i]], c1 = qr[permutation[fromColumn + i + 1]];
            double n0 = 0, n1 = 0;
            for (int j = fromRow; j < nR; ++j) {
                double a0 = c0[j], a1 = c1[j];
                n0 += a0 * a0;
                n1 += a1 * a1;
            }
            out[i] = n0;
            out[i + 1] = n1;
        } else if (i < m) {
            double[] c0 = qr[permutation[fromColumn + i]];
            double n0 = 0;
            for (int j = fromRow; j < nR; ++j) {
                double a0 = c0[j];
                n0 += a0 * a0;
            }
            out[i] = n0;
        }
    }

    /**
     * Applies the Householder reflection of column k ({@code colK}, from row k) to the columns after it and to
     * {@link #qtf} (Qᵀ times the residuals, built up as the QR goes: the same operations {@link #qTy} does after it).
     * Each target's γ is its own sum, so up to four are accumulated side by side.
     */
    private void reflect(int k, double[] colK, double betak) {
        int m = 0;
        for (int dk = nC - 1 - k; dk > 0; --dk) targets[m++] = qr[permutation[k + dk]];
        targets[m++] = qtf;
        int t = 0;
        for (; t + 3 < m; t += 4) {
            double[] o0 = targets[t], o1 = targets[t + 1], o2 = targets[t + 2], o3 = targets[t + 3];
            double g0 = 0, g1 = 0, g2 = 0, g3 = 0;
            for (int j = k; j < nR; ++j) {
                double c = colK[j];
                g0 += c * o0[j];
                g1 += c * o1[j];
                g2 += c * o2[j];
                g3 += c * o3[j];
            }
            g0 *= betak;
            g1 *= betak;
            g2 *= betak;
            g3 *= betak;
            for (int j = k; j < nR; ++j) {
                double c = colK[j];
                o0[j] -= g0 * c;
                o1[j] -= g1 * c;
                o2[j] -= g2 * c;
                o3[j] -= g3 * c;
            }
        }
        if (t + 2 < m) {
            double[] o0 = targets[t], o1 = targets[t + 1], o2 = targets[t + 2];
            double g0 = 0, g1 = 0, g2 = 0;
            for (int j = k; j < nR; ++j) {
                double c = colK[j];
                g0 += c * o0[j];
                g1 += c * o1[j];
                g2 += c * o2[j];
            }
            g0 *= betak;
            g1 *= betak;
            g2 *= betak;
            for (int j = k; j < nR; ++j) {
                double c = colK[j];
                o0[j] -= g0 * c;
                o1[j] -= g1 * c;
                o2[j] -= g2 * c;
            }
        } else if (t + 1 < m) {
            double[] o0 = targets[t], o1 = targets[t + 1];
            double g0 = 0, g1 = 0;
            for (int j = k; j < nR; ++j) {
                double c = colK[j];
                g0 += c * o0[j];
                g1 += c * o1[j];
            }
            g0 *= betak;
            g1 *= betak;
            for (int j = k; j < nR; ++j) {
                double c = colK[j];
                o0[j] -= g0 * c;
                o1[j] -= g1 * c;
            }
        } else if (t < m) {
            double[] other = targets[t];
            double gamma = 0;
            for (int j = k; j < nR; ++j) gamma += colK[j] * other[j];
            gamma *= betak;
            for (int j = k; j < nR; ++j) other[j] -= gamma * colK[j];
        }
    }

    /** y ← Qᵀ y with the Householder vectors stored in {@link #qr}, steps {@code from} … nC − 1. */
    private void qTy(double[] v, int from) {
        for (int k = from; k < nC; ++k) {
            int pk = permutation[k];
            double[] col = qr[pk];
            double gamma = 0;
            for (int i = k; i < nR; ++i) gamma += col[i] * v[i];
            gamma *= beta[pk];
            for (int i = k; i < nR; ++i) v[i] -= gamma * col[i];
        }
    }
}
