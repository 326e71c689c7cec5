package org.cytobench.ui.grid;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/** The wells of the rectangle spanned by two corner wells (in either order), as a drag or shift-click selects them. */
public final class WellRectangle {
    private WellRectangle() {}

    public static List<WellPosition> between(WellPosition a, WellPosition b) {
        List<WellPosition> wells = new ArrayList<>();
        for (int r = Math.min(a.row(), b.row()); r <= Math.max(a.row(), b.row()); r++) {
            for (int c = Math.min(a.column(), b.column()); c <= Math.max(a.column(), b.column()); c++) {
                wells.add(new WellPosition(r, c));
            }
        }
        return wells;
    }

    /** Whole rows {@code fromRow}..{@code toRow} (either order). */
    public static List<WellPosition> rows(PlateFormat f, int fromRow, int toRow) {
        return between(new WellPosition(Math.min(fromRow, toRow), 0), new WellPosition(Math.max(fromRow, toRow), f.columns() - 1));
    }

    /** Whole columns {@code fromCol}..{@code toCol} (either order). */
    public static List<WellPosition> columns(PlateFormat f, int fromCol, int toCol) {
        return between(new WellPosition(0, Math.min(fromCol, toCol)), new WellPosition(f.rows() - 1, Math.max(fromCol, toCol)));
    }
}
