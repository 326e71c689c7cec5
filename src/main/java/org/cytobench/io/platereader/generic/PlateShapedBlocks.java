package org.cytobench.io.platereader.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.CellTable;
import org.cytobench.io.LabelledGrid;
import org.cytobench.io.WellCells;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * Finds whole-plate blocks in a table: 8 rows × 12 columns or 16 × 24, with a 1…12 header and A…H row letters, with only
 * one of the two, or bare. Deliberately strict (exact shape, mostly numbers) because it serves the importer of last resort:
 * a block one row short or one column long is not a plate.
 */
final class PlateShapedBlocks {
    private PlateShapedBlocks() {}

    /**
     * One block found.
     *
     * @param firstRow first row of the block (its header row if it has one)
     * @param endRow   row after the block
     * @param title    a caption found just above the block, or null
     */
    record Block(int firstRow, int endRow, String title, PlateFormat format, WellCells cells) {}

    private static final Pattern WAVELENGTH = Pattern.compile("(?i)(?:^|[^0-9])(\\d{3})(?:\\s*nm|$)|(?i)^(?:OD|A|Abs)\\s*(\\d{3})\\b");

    static List<Block> find(CellTable t, boolean decimalComma) {
        List<Block> found = new ArrayList<>();
        int r = 0;
        while (r < t.rowCount()) {
            Block b = at(t, r, decimalComma);
            if (b != null && mostlyNumbers(b.cells())) {
                found.add(b);
                r = b.endRow();
            } else {
                r++;
            }
        }
        return found;
    }

    /** A wavelength in nm stated by a caption such as "450 nm", "OD450", "A 570" or "450"; null if none. */
    static Double wavelength(String title) {
        if (title == null) return null;
        Matcher m = WAVELENGTH.matcher(title.strip());
        if (!m.find()) return null;
        double nm = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
        return nm >= 200 && nm <= 1000 ? nm : null;
    }

    private static Block at(CellTable t, int r, boolean decimalComma) {
        for (int c = 0; c <= 3; c++) {
            int w = LabelledGrid.headerWidth(t, r, c);
            if ((w == 12 || w == 24) && LabelledGrid.rowIndex(t.cell(r + 1, c)) == 0) {
                LabelledGrid g = LabelledGrid.parse(t, r, c, decimalComma);
                if (g.rows() != rowsFor(w) || widthAfter(t, r, c) != w) return null;
                String corner = t.cell(r, c);
                String title = caption(t, r - 1);
                if (title == null && !corner.isEmpty() && !corner.equals("<>")) title = corner;
                return new Block(r, g.endRow(), title, format(w), g.cells());
            }
        }
        for (int c = 0; c <= 3; c++) {
            if (LabelledGrid.rowIndex(t.cell(r, c)) == 0 && t.nonBlank(r).get(0).equals(t.cell(r, c))) return rowLabelled(t, r, c, decimalComma);
        }
        return bare(t, r, decimalComma);
    }

    /** Rows "A, v1 … v12" without a column header. */
    private static Block rowLabelled(CellTable t, int r, int c, boolean decimalComma) {
        int w = widthAfter(t, r, c);
        if (w != 12 && w != 24) return null;
        int rows = rowsFor(w);
        WellCells cells = new WellCells();
        for (int i = 0; i < rows; i++) {
            if (LabelledGrid.rowIndex(t.cell(r + i, c)) != i || widthAfter(t, r + i, c) > w) return null;
            for (int j = 0; j < w; j++) cells.put(new WellPosition(i, j), Cell.parse(t.cell(r + i, c + 1 + j), decimalComma));
        }
        if (LabelledGrid.rowIndex(t.cell(r + rows, c)) == rows) return null; // more lettered rows than a plate has
        return new Block(r, r + rows, caption(t, r - 1), format(w), cells);
    }

    /** Rows of exactly 12 (or 24) cells, all starting in the same column; optionally a 1…12 header first. */
    private static Block bare(CellTable t, int r, boolean decimalComma) {
        int start = firstNonBlank(t, r);
        if (start < 0) return null;
        int w = lastNonBlank(t, r) - start + 1;
        if (w != 12 && w != 24) return null;
        int first = r;
        boolean header = LabelledGrid.headerWidth(t, r, start - 1) == w;
        if (header) first++;
        int rows = rowsFor(w);
        for (int i = 0; i < rows; i++) {
            if (!sameSpan(t, first + i, start, w)) return null;
        }
        if (sameSpan(t, first + rows, start, w) || (!header && sameSpan(t, r - 1, start, w))) return null;
        WellCells cells = new WellCells();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < w; j++) cells.put(new WellPosition(i, j), Cell.parse(t.cell(first + i, start + j), decimalComma));
        }
        return new Block(r, first + rows, caption(t, r - 1), format(w), cells);
    }

    private static boolean sameSpan(CellTable t, int r, int start, int w) {
        return r >= 0 && r < t.rowCount() && firstNonBlank(t, r) == start && lastNonBlank(t, r) - start + 1 == w;
    }

    /** The text of a row holding exactly one short cell, non-numeric or a wavelength ("450"), used as the block's name. */
    private static String caption(CellTable t, int r) {
        if (r < 0) return null;
        List<String> cells = t.nonBlank(r);
        if (cells.size() != 1 || cells.get(0).length() > 60) return null;
        Cell c = Cell.parse(cells.get(0));
        return !c.isNumber() || wavelength(cells.get(0)) != null ? cells.get(0) : null;
    }

    private static int widthAfter(CellTable t, int r, int c) {
        return lastNonBlank(t, r) - c;
    }

    private static int firstNonBlank(CellTable t, int r) {
        List<String> row = t.row(r);
        for (int i = 0; i < row.size(); i++) if (!row.get(i).isBlank()) return i;
        return -1;
    }

    private static int lastNonBlank(CellTable t, int r) {
        List<String> row = t.row(r);
        for (int i = row.size() - 1; i >= 0; i--) if (!row.get(i).isBlank()) return i;
        return -1;
    }

    private static boolean mostlyNumbers(WellCells cells) {
        long n = cells.numberCount();
        return n > 0 && n * 2 >= cells.size();
    }

    private static int rowsFor(int columns) { return columns == 12 ? 8 : 16; }

    private static PlateFormat format(int columns) { return columns == 12 ? PlateFormat.WELLS_96 : PlateFormat.WELLS_384; }
}
