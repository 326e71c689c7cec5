package org.cytobench.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.WellPosition;

/**
 * The cells of one kinetic data set as an importer collects them (time point by time point, or well by well), turned
 * into a {@link KineticRead}: markers become {@code null} in the series and the well's first marker is kept.
 */
public final class KineticCells {
    private final int points;
    private final Map<WellPosition, Cell[]> cells = new LinkedHashMap<>();

    public KineticCells(int points) {
        this.points = points;
    }

    public void put(int point, WellPosition well, Cell cell) {
        if (cell.isEmpty()) return;
        cells.computeIfAbsent(well, w -> new Cell[points])[point] = cell;
    }

    public boolean isEmpty() { return cells.isEmpty(); }

    public java.util.Set<WellPosition> wells() { return cells.keySet(); }

    public KineticRead toKinetic(String name, Double wavelengthNm, List<Double> timesSeconds) {
        Map<WellPosition, List<Double>> series = new LinkedHashMap<>();
        Map<WellPosition, String> markers = new LinkedHashMap<>();
        for (Map.Entry<WellPosition, Cell[]> e : cells.entrySet()) {
            List<Double> values = new ArrayList<>(Collections.nCopies(points, (Double) null));
            for (int i = 0; i < points; i++) {
                Cell c = e.getValue()[i];
                if (c == null) continue;
                values.set(i, c.number());
                if (c.isMarker()) markers.putIfAbsent(e.getKey(), c.marker());
            }
            series.put(e.getKey(), values);
        }
        return new KineticRead(name, wavelengthNm, timesSeconds, series, markers);
    }

    /** The cells of one time point as an endpoint data set. */
    public WellCells at(int point) {
        WellCells out = new WellCells();
        cells.forEach((w, c) -> {
            if (c[point] != null) out.put(w, c[point]);
        });
        return out;
    }
}
