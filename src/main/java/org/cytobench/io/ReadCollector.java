package org.cytobench.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;

/** Collects one endpoint data set well by well: numbers become values, instrument markers stay markers, empty cells are skipped. */
public final class ReadCollector {
    private final Map<WellPosition, Double> values = new LinkedHashMap<>();
    private final Map<WellPosition, String> markers = new LinkedHashMap<>();

    public void put(WellPosition well, Cell cell) {
        if (cell.isNumber()) {
            markers.remove(well);
            values.put(well, cell.number());
        } else if (cell.isMarker()) {
            values.remove(well);
            markers.put(well, cell.marker());
        }
    }

    public boolean isEmpty() { return values.isEmpty() && markers.isEmpty(); }

    public Read build(String name, ReadKind kind, Double wavelengthNm) {
        return new Read(name, kind, wavelengthNm, values, markers);
    }
}
