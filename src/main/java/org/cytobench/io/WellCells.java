package org.cytobench.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * The cells of one data set keyed by well, as an importer collects them, turned into a {@link Read}: numbers become values,
 * markers stay markers, empty cells are wells that were not read.
 */
public final class WellCells {
    private final Map<WellPosition, Cell> cells = new LinkedHashMap<>();

    public void put(WellPosition well, Cell cell) {
        if (!cell.isEmpty()) cells.put(well, cell);
    }

    public boolean isEmpty() { return cells.isEmpty(); }

    public int size() { return cells.size(); }

    public Map<WellPosition, Cell> cells() { return cells; }

    public long numberCount() { return cells.values().stream().filter(Cell::isNumber).count(); }

    /** The smallest plate format that holds every well here, but never smaller than {@code atLeast}. */
    public PlateFormat format(PlateFormat atLeast) {
        PlateFormat f = atLeast;
        for (WellPosition w : cells.keySet()) {
            if (!f.contains(w)) f = PlateFormat.WELLS_384;
        }
        return f;
    }

    public Read toRead(String name, ReadKind kind, Double wavelengthNm) {
        Map<WellPosition, Double> values = new LinkedHashMap<>();
        Map<WellPosition, String> markers = new LinkedHashMap<>();
        for (Map.Entry<WellPosition, Cell> e : cells.entrySet()) {
            if (e.getValue().isNumber()) values.put(e.getKey(), e.getValue().number());
            else markers.put(e.getKey(), e.getValue().marker());
        }
        return new Read(name, kind, wavelengthNm, values, markers);
    }
}
