package org.cytobench.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/**
 * Collects the wells of a plate's data sets while a file is parsed, in the order the file introduces them, and turns
 * them into {@link Read}s at the end. Data sets that hold no number and no marker are dropped (and reported).
 */
public final class DataSetCollector {
    private final Map<String, Map<WellPosition, Double>> values = new LinkedHashMap<>();
    private final Map<String, Map<WellPosition, String>> markers = new LinkedHashMap<>();

    public boolean has(String dataSet) { return values.containsKey(dataSet); }

    /** Makes sure the data set exists (so that its place in the order is kept even if it stays empty). */
    public void declare(String dataSet) {
        values.computeIfAbsent(dataSet, k -> new TreeMap<>());
        markers.computeIfAbsent(dataSet, k -> new TreeMap<>());
    }

    public void put(String dataSet, WellPosition well, Cell cell) {
        declare(dataSet);
        if (cell.isNumber()) {
            values.get(dataSet).put(well, cell.number());
            markers.get(dataSet).remove(well);
        } else if (cell.isMarker()) {
            markers.get(dataSet).put(well, cell.marker());
            values.get(dataSet).remove(well);
        }
    }

    public void putNumber(String dataSet, WellPosition well, double v) {
        put(dataSet, well, new Cell(v, null));
    }

    /** Names of declared data sets with nothing in them. */
    public List<String> emptyDataSets() {
        List<String> out = new ArrayList<>();
        for (String n : values.keySet()) if (values.get(n).isEmpty() && markers.get(n).isEmpty()) out.add(n);
        return out;
    }

    public List<Read> reads(Function<String, ReadKind> kind, Function<String, Double> wavelength) {
        List<Read> out = new ArrayList<>();
        for (String n : values.keySet()) {
            if (values.get(n).isEmpty() && markers.get(n).isEmpty()) continue;
            out.add(new Read(n, kind.apply(n), wavelength.apply(n), values.get(n), markers.get(n)));
        }
        return out;
    }
}
