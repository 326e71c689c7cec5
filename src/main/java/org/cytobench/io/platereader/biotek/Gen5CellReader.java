package org.cytobench.io.platereader.biotek;

import java.util.Locale;
import org.cytobench.io.Cell;

/** Reads one value cell of a Gen5 table: a number, a marker, or a time (kept as seconds). */
final class Gen5CellReader {
    private Gen5CellReader() {}

    /** Data sets whose values are times (Gen5's kinetic analysis writes them as h:mm:ss, or as day numbers in workbooks). */
    static boolean isTimeValued(String dataSet) {
        String n = dataSet.toLowerCase(Locale.ROOT);
        return n.startsWith("t at ") || n.startsWith("lagtime") || n.startsWith("onset") || n.startsWith("time to");
    }

    static Cell read(Gen5Grid grid, int row, int column, String dataSet, Gen5Plate plate) {
        String text = grid.cell(row, column);
        if (text.isEmpty()) return Cell.EMPTY;
        Double secs = Gen5Times.parse(text);
        if (secs != null) {
            plate.timeValuedSets.add(dataSet);
            return new Cell(secs, null);
        }
        Cell c = Cell.parse(text, grid.decimalComma());
        if (c.isNumber() && grid.isWorkbook() && isTimeValued(dataSet)) {
            plate.timeValuedSets.add(dataSet);
            return new Cell(Gen5Times.fromDays(c.number(), plate.dayOffset), null);
        }
        return c;
    }
}
