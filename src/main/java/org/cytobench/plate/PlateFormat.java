package org.cytobench.plate;

/** The microplate formats Cytobench lays out and imports: 96 wells (8×12) and 384 wells (16×24). */
public enum PlateFormat {
    WELLS_96(8, 12),
    WELLS_384(16, 24);

    private final int rows;
    private final int columns;

    PlateFormat(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
    }

    public int rows() { return rows; }

    public int columns() { return columns; }

    public int wellCount() { return rows * columns; }

    /** The format with exactly these dimensions. */
    public static PlateFormat of(int rows, int columns) {
        for (PlateFormat f : values()) {
            if (f.rows == rows && f.columns == columns) return f;
        }
        throw new IllegalArgumentException("no plate format has " + rows + " rows and " + columns + " columns");
    }

    /** The smallest format that holds a well at this row and column (0-based). */
    public static PlateFormat holding(int row, int column) {
        return row < 8 && column < 12 ? WELLS_96 : WELLS_384;
    }

    public boolean contains(WellPosition well) {
        return well.row() < rows && well.column() < columns;
    }

    /** Parses a label such as {@code B7} and checks that the well lies on this plate. */
    public WellPosition parseWell(String label) {
        WellPosition well = WellPosition.parse(label);
        if (!contains(well)) {
            throw new IllegalArgumentException("well " + well.label() + " is not on a " + wellCount()
                    + "-well plate (rows A–" + (char) ('A' + rows - 1) + ", columns 1–" + columns + ")");
        }
        return well;
    }

    /** All wells, row by row (A1, A2, … A12, B1, …). */
    public java.util.List<WellPosition> wells() {
        java.util.List<WellPosition> all = new java.util.ArrayList<>(wellCount());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) all.add(new WellPosition(r, c));
        }
        return all;
    }
}
