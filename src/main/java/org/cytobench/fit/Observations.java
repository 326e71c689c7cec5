package org.cytobench.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wells that enter a fit, with their weights, after the exclusions a model or weighting forces (a zero standard in
 * log-log, a zero concentration under 1/x², a non-positive response under 1/y or 1/y²). Each exclusion is a warning.
 *
 * @param x concentrations of the wells used
 * @param y responses of the wells used, on the model's own scale (log10 for log-log)
 * @param w the fixed weights, one per well used
 */
record Observations(double[] x, double[] y, double[] w, List<String> warnings) {

    /** Chooses the wells and weights; throws for input that no caller should pass (mismatched lengths, x &lt; 0). */
    static Observations select(double[] conc, double[] resp, CurveModel model, Weighting weighting) {
        if (conc.length != resp.length) {
            throw new IllegalArgumentException("concentration and response differ in length: " + conc.length + " vs " + resp.length);
        }
        List<String> warnings = new ArrayList<>();
        int zeroLogLog = 0, zeroX2 = 0, nonPositiveY = 0, notNumber = 0;
        double[] x = new double[conc.length], y = new double[conc.length], w = new double[conc.length];
        int n = 0;
        for (int i = 0; i < conc.length; i++) {
            double xi = conc[i], yi = resp[i];
            if (!(xi >= 0) || Double.isInfinite(xi)) {
                throw new IllegalArgumentException("concentration " + xi + " of observation " + (i + 1) + " is not a finite number ≥ 0");
            }
            if (!Double.isFinite(yi)) { notNumber++; continue; }
            if (model == CurveModel.LOG_LOG && xi == 0) { zeroLogLog++; continue; }
            if (weighting == Weighting.INV_X2 && xi == 0) { zeroX2++; continue; }
            boolean needsPositiveY = model == CurveModel.LOG_LOG || weighting == Weighting.INV_Y || weighting == Weighting.INV_Y2;
            if (needsPositiveY && yi <= 0) { nonPositiveY++; continue; }
            x[n] = xi;
            y[n] = model == CurveModel.LOG_LOG ? Math.log10(yi) : yi;
            w[n] = weight(weighting, xi, yi);
            n++;
        }
        if (notNumber > 0) warnings.add(count(notNumber, "well") + " without a numeric response excluded");
        if (zeroLogLog > 0) warnings.add("zero standard excluded from the log-log fit (" + count(zeroLogLog, "well") + ")");
        if (zeroX2 > 0) warnings.add("zero standard excluded: 1/x² weighting gives it infinite weight (" + count(zeroX2, "well") + ")");
        if (nonPositiveY > 0) {
            String why = model == CurveModel.LOG_LOG ? "its logarithm is undefined" : weighting.id() + " weighting needs a positive response";
            warnings.add(count(nonPositiveY, "well") + " with a response ≤ 0 excluded: " + why);
        }
        if (n == conc.length) return new Observations(x, y, w, List.copyOf(warnings));   // every well used: no shorter copy
        return new Observations(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n), java.util.Arrays.copyOf(w, n),
                List.copyOf(warnings));
    }

    private static double weight(Weighting weighting, double x, double y) {
        return switch (weighting) {
            case NONE -> 1.0;
            case INV_Y -> 1.0 / y;
            case INV_Y2 -> 1.0 / (y * y);
            case INV_X2 -> 1.0 / (x * x);
        };
    }

    private static String count(int k, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", k, noun, k == 1 ? "" : "s");
    }

    /**
     * Responses, concentrations and weights far beyond any assay (|y| or x above 1e100, weights outside 1e-100 … 1e100)
     * make the sums of squares overflow or underflow in double precision: such a fit could only give arbitrary numbers.
     *
     * @return the plain reason when a value is out of that range, or null
     */
    String outOfRange() {
        double maxY = 0, maxX = 0, minW = Double.POSITIVE_INFINITY, maxW = 0;
        // plain comparisons, the same numbers: Math.max/min also order −0.0 against 0.0 and propagate NaN, which make no
        // difference here (finite y, x ≥ 0 or −0.0, w ≥ 0)
        for (int i = 0; i < x.length; i++) {
            double ay = Math.abs(y[i]), wi = w[i];
            if (ay > maxY) maxY = ay;
            if (x[i] > maxX) maxX = x[i];
            if (wi < minW) minW = wi;
            if (wi > maxW) maxW = wi;
        }
        if (maxY > LIMIT) return "responses too large to fit: " + plain(maxY) + " (at most 1e100 in size)";
        if (maxX > LIMIT) return "concentrations too large to fit: " + plain(maxX) + " (at most 1e100)";
        if (minW < 1 / LIMIT || maxW > LIMIT) {
            return "weights out of range: from " + plain(minW) + " to " + plain(maxW) + " (the fit needs 1e-100 to 1e100;"
                    + " responses or concentrations this close to zero or this large cannot be weighted)";
        }
        return null;
    }

    private static final double LIMIT = 1e100;

    private static String plain(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    int size() { return x.length; }

    /** True when the mean response hardly differs between concentration levels: there is no curve to fit. */
    boolean isFlat() {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, scale = 0, sum = 0;
        int k = 0;
        for (int m = 0; m < order.length; m++) {
            sum += y[order[m]];
            k++;
            if (m == order.length - 1 || x[order[m + 1]] != x[order[m]]) {   // end of a level
                double mean = sum / k;
                lo = Math.min(lo, mean);
                hi = Math.max(hi, mean);
                scale = Math.max(scale, Math.abs(mean));
                sum = 0;
                k = 0;
            }
        }
        return !(hi - lo > 1e-9 * scale);
    }
}
