package org.cytobench.io.platereader.bmg;

import java.util.List;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;

/**
 * A BMG MARS export as rows of cell texts (a CSV file split on its separator, or a worksheet), with the way to name a
 * cell in a message: "line 12" for text, "sheet 'Table All Cycles', cell C16" for a workbook.
 */
final class BmgCells {

    /** Names a cell for messages. */
    interface Locator {
        String at(int row, int column);
    }

    private final String fileName;
    private final List<List<String>> rows;
    private final Locator locator;
    private final boolean decimalComma;
    private final boolean text;

    /** @param text true for a text export, where a line cut short by truncation can be told from a full one */
    BmgCells(String fileName, List<List<String>> rows, Locator locator, boolean decimalComma, boolean text) {
        this.fileName = fileName;
        this.text = text;
        this.rows = rows;
        this.locator = locator;
        this.decimalComma = decimalComma;
    }

    int size() { return rows.size(); }

    boolean isText() { return text; }

    String text(int row, int column) {
        if (row < 0 || row >= rows.size()) return "";
        List<String> r = rows.get(row);
        return column < 0 || column >= r.size() ? "" : r.get(column).strip();
    }

    /** Number of cells up to the last non-blank one. */
    int width(int row) {
        List<String> r = rows.get(row);
        int n = r.size();
        while (n > 0 && r.get(n - 1).isBlank()) n--;
        return n;
    }

    /** Number of cells on the row, empty trailing ones included (for text: the fields the line was split into). */
    int rawWidth(int row) { return rows.get(row).size(); }

    boolean blank(int row) { return width(row) == 0; }

    Cell cell(int row, int column) { return Cell.parse(text(row, column), decimalComma); }

    ImportException error(int row, int column, String problem) {
        return new ImportException(fileName, locator.at(row, column), problem);
    }
}
