package org.cytobench.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * What Copy puts on the clipboard from a results table: a header row and the selected rows (every row when none is
 * selected), in the order shown, each number as the table shows it (so what was pasted is what was read), tab-separated.
 * Numeric columns carry their display format as the column's user data. Text cells are neutralised against formula
 * injection like every other Copy ({@link org.cytobench.ui.Copyable}).
 */
final class TableCopy {
    private TableCopy() {}

    static <R> String tsv(TableView<R> table, BiFunction<String, Double, String> format) {
        List<R> rows = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        if (rows.isEmpty()) rows = new ArrayList<>(table.getItems());
        List<TableColumn<R, ?>> columns = new ArrayList<>();
        for (TableColumn<R, ?> c : table.getVisibleLeafColumns()) columns.add(c);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) s.append(i == 0 ? "" : "\t").append(text(columns.get(i).getText()));
        s.append('\n');
        for (R row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                TableColumn<R, ?> c = columns.get(i);
                Object v = c.getCellObservableValue(row) == null ? null : c.getCellObservableValue(row).getValue();
                String cell;
                if (v instanceof Double d) cell = d.isNaN() ? "" : c.getUserData() instanceof String f ? format.apply(f, d) : Double.toString(d);
                else cell = v == null ? "" : text(String.valueOf(v));
                s.append(i == 0 ? "" : "\t").append(cell);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * A text cell on one line (tabs and line ends would split it), neutralised against formula injection
     * ({@link org.cytobench.report.SpreadsheetText}) — except a column's text that is a plain number ("-0.35" shown as
     * text), which a spreadsheet reads as that number and which must paste as one.
     */
    static String text(String s) {
        if (PLAIN_NUMBER.matcher(s.strip()).matches()) return s.strip();
        return org.cytobench.report.SpreadsheetText.tsvCell(s);
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?\\d{1,40}(\\.\\d{1,40})?([eE][-+]?\\d{1,3})?");
}
