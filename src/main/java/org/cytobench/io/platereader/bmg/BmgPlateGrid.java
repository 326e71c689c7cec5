package org.cytobench.io.platereader.bmg;

import org.cytobench.io.ImportException;
import org.cytobench.io.ReadCollector;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * One plate grid of a MARS export: a title line ({@code Raw Data (450 1)}), a column header ({@code ,1,2,…,12} or up to
 * 24), then one line per plate row, A–H or A–P. All rows of the plate must be there (MARS writes unread wells as empty
 * cells), so a file cut inside the grid is refused rather than half read.
 */
final class BmgPlateGrid {
    private BmgPlateGrid() {}

    record Section(BmgReadTitle title, ReadCollector values, PlateFormat format, int firstRow, int lastRow) {}

    static boolean isTitle(BmgCells c, int r) {
        return c.width(r) == 1 && BmgReadTitle.looksLikeTitle(c.text(r, 0)) && isColumnHeader(c, nextNonBlank(c, r + 1));
    }

    static boolean isColumnHeader(BmgCells c, int r) {
        return r >= 0 && r < c.size() && c.text(r, 0).isEmpty() && c.text(r, 1).equals("1") && c.text(r, 2).equals("2");
    }

    static Section read(BmgCells c, int titleRow) throws ImportException {
        BmgReadTitle title = BmgReadTitle.of(c.text(titleRow, 0));
        int head = nextNonBlank(c, titleRow + 1);
        int columns = c.width(head) - 1;
        for (int k = 1; k <= columns; k++) {
            if (!c.text(head, k).equals(Integer.toString(k))) {
                throw c.error(head, k, "expected column number " + k + " in the header of '" + title.title() + "', found '"
                        + c.text(head, k) + "'");
            }
        }
        if (columns != 12 && columns != 24) {
            throw c.error(head, 0, "expected 12 or 24 columns in the header of '" + title.title() + "', found " + columns);
        }
        int r = head + 1;
        int rowCount = 0, rowWidth = -1;
        ReadCollector values = new ReadCollector();
        while (r < c.size() && isRowLabel(c.text(r, 0), rowCount)) {
            int width = c.size() > r ? c.width(r) : 0;
            if (width - 1 > columns) {
                throw c.error(r, columns + 1, "expected at most " + columns + " values in row " + c.text(r, 0) + " of '"
                        + title.title() + "', found " + (width - 1));
            }
            int fields = fieldCount(c, r);
            if (c.isText() && rowWidth >= 0 && fields < rowWidth && r == c.size() - 1) {
                throw c.error(r, fields, "row " + c.text(r, 0) + " of '" + title.title() + "' has " + (fields - 1)
                        + " fields where the rows above have " + (rowWidth - 1) + "; the file looks cut");
            }
            rowWidth = Math.max(rowWidth, fields);
            for (int k = 1; k <= columns; k++) values.put(new WellPosition(rowCount, k - 1), c.cell(r, k));
            rowCount++;
            r++;
        }
        PlateFormat format = rowCount > 8 || columns > 12 ? PlateFormat.WELLS_384 : PlateFormat.WELLS_96;
        if (rowCount != format.rows()) {
            throw c.error(Math.min(r, c.size() - 1), 0, "expected plate rows A–" + (char) ('A' + format.rows() - 1) + " in '"
                    + title.title() + "', found " + (rowCount == 0 ? "none" : "A–" + (char) ('A' + rowCount - 1))
                    + "; the file looks truncated");
        }
        return new Section(title, values, format, titleRow, r - 1);
    }

    private static boolean isRowLabel(String s, int index) {
        return index < 16 && s.length() == 1 && Character.toUpperCase(s.charAt(0)) == 'A' + index;
    }

    /** Fields on the line including empty trailing ones: a CSV row cut mid-line has fewer than its neighbours. */
    private static int fieldCount(BmgCells c, int r) {
        return c.rawWidth(r);
    }

    static int nextNonBlank(BmgCells c, int r) {
        while (r < c.size() && c.blank(r)) r++;
        return r < c.size() ? r : -1;
    }
}
