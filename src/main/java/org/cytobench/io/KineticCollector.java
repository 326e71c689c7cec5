package org.cytobench.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.WellPosition;

/**
 * Collects a kinetic data set time point by time point. A well with no number at a time point gets {@code null} there; the
 * first marker a well shows is kept. Wells that never hold anything are left out.
 */
public final class KineticCollector {
    private final List<Double> times = new ArrayList<>();
    private final Map<WellPosition, List<Double>> series = new LinkedHashMap<>();
    private final Map<WellPosition, String> markers = new LinkedHashMap<>();

    /** Starts a new time point; the cells put afterwards belong to it. */
    public void nextTimePoint(double seconds) {
        times.add(seconds);
        for (List<Double> s : series.values()) s.add(null);
    }

    public void put(WellPosition well, Cell cell) {
        if (times.isEmpty()) throw new IllegalStateException("no time point started");
        if (cell.isEmpty()) return;
        List<Double> s = series.computeIfAbsent(well, w -> {
            List<Double> l = new ArrayList<>();
            for (int i = 0; i < times.size(); i++) l.add(null);
            return l;
        });
        if (cell.isNumber()) s.set(times.size() - 1, cell.number());
        else markers.putIfAbsent(well, cell.marker());
    }

    public int timePoints() { return times.size(); }

    public boolean isEmpty() { return series.isEmpty(); }

    public KineticRead build(String name, Double wavelengthNm) {
        return new KineticRead(name, wavelengthNm, times, series, markers);
    }
}
