package org.cytobench.plate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a kinetic data set into an endpoint {@link Read} the ELISA path can use: the reading at one time point, the last
 * reading, the mean slope (least squares over every reading) or the maximum slope over a sliding window (Gen5's "Max V").
 * Results are {@link ReadKind#DERIVED} and named after the kinetic set and the reduction, e.g. {@code "OD600 (last read)"}.
 * A well whose reading is missing where it is needed keeps its instrument marker (e.g. {@code OVRFLW}) instead of a value.
 */
public final class KineticReductions {
    private KineticReductions() {}

    /** The reading at the last time point. */
    public static Read lastRead(KineticRead k) {
        return atIndex(k, k.timesSeconds().size() - 1, k.name() + " (last read)");
    }

    /** The reading at time point {@code index} (0-based), named e.g. "420 (read 5, 120 s)". */
    public static Read atTimePoint(KineticRead k, int index) {
        if (index < 0 || index >= k.timesSeconds().size()) {
            throw new IllegalArgumentException("time point " + (index + 1) + " is outside 1–" + k.timesSeconds().size());
        }
        return atIndex(k, index, k.name() + " (read " + (index + 1) + ", " + seconds(k.timesSeconds().get(index)) + " s)");
    }

    /**
     * The least-squares slope of reading against time over every numeric reading of the well, in units per minute (the
     * unit Gen5 and SoftMax use for "Mean V", there multiplied by 1000 as mOD/min). Needs two numeric readings.
     */
    public static Read meanSlope(KineticRead k) {
        Map<WellPosition, Double> values = new TreeMap<>();
        Map<WellPosition, String> markers = new TreeMap<>();
        for (Map.Entry<WellPosition, List<Double>> e : k.series().entrySet()) {
            Double s = slope(k.timesSeconds(), e.getValue(), 0, e.getValue().size());
            put(e.getKey(), s == null ? null : s * 60.0, k, values, markers);
        }
        return new Read(k.name() + " (mean slope per min)", ReadKind.DERIVED, k.wavelengthNm(), values, markers);
    }

    /**
     * The steepest least-squares slope over any {@code points} consecutive readings, per minute (Gen5's "Max V"). A window
     * containing a missing reading is not used.
     */
    public static Read maxSlope(KineticRead k, int points) {
        if (points < 2) throw new IllegalArgumentException("a slope window needs at least 2 points, not " + points);
        Map<WellPosition, Double> values = new TreeMap<>();
        Map<WellPosition, String> markers = new TreeMap<>();
        for (Map.Entry<WellPosition, List<Double>> e : k.series().entrySet()) {
            List<Double> ys = e.getValue();
            Double best = null;
            for (int from = 0; from + points <= ys.size(); from++) {
                if (ys.subList(from, from + points).contains(null)) continue;
                Double s = slope(k.timesSeconds(), ys, from, from + points);
                if (s != null && (best == null || s > best)) best = s;
            }
            put(e.getKey(), best == null ? null : best * 60.0, k, values, markers);
        }
        return new Read(k.name() + " (max slope per min, " + points + " points)", ReadKind.DERIVED, k.wavelengthNm(), values, markers);
    }

    private static Read atIndex(KineticRead k, int index, String name) {
        Map<WellPosition, Double> values = new TreeMap<>();
        Map<WellPosition, String> markers = new TreeMap<>();
        for (Map.Entry<WellPosition, List<Double>> e : k.series().entrySet()) put(e.getKey(), e.getValue().get(index), k, values, markers);
        return new Read(name, ReadKind.DERIVED, k.wavelengthNm(), values, markers);
    }

    private static void put(WellPosition w, Double v, KineticRead k, Map<WellPosition, Double> values, Map<WellPosition, String> markers) {
        if (v != null && Double.isFinite(v)) values.put(w, v);
        else if (k.markers().containsKey(w)) markers.put(w, k.markers().get(w));
    }

    /** Least-squares slope (units per second) over the numeric points in [from, to), null with fewer than two. */
    static Double slope(List<Double> times, List<Double> ys, int from, int to) {
        int n = 0;
        double sx = 0, sy = 0;
        for (int i = from; i < to; i++) {
            if (ys.get(i) == null) continue;
            n++;
            sx += times.get(i);
            sy += ys.get(i);
        }
        if (n < 2) return null;
        double mx = sx / n, my = sy / n, sxx = 0, sxy = 0;
        for (int i = from; i < to; i++) {
            if (ys.get(i) == null) continue;
            double dx = times.get(i) - mx;
            sxx += dx * dx;
            sxy += dx * (ys.get(i) - my);
        }
        return sxx == 0 ? null : sxy / sxx;
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
