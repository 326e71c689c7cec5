package org.cytobench.plate;

import java.util.Locale;

/**
 * A well on a microplate, 0-based row and column; printed and parsed as {@code A1} … {@code P24}.
 * Ordering is row-major (A1 &lt; A2 &lt; … &lt; B1), the order plate readers list wells in.
 */
public record WellPosition(int row, int column) implements Comparable<WellPosition> {

    public static final int MAX_ROWS = 16;
    public static final int MAX_COLUMNS = 24;

    public WellPosition {
        if (row < 0 || row >= MAX_ROWS) throw new IllegalArgumentException("row index " + row + " is outside A–P");
        if (column < 0 || column >= MAX_COLUMNS) throw new IllegalArgumentException("column " + (column + 1) + " is outside 1–24");
    }

    /**
     * Parses {@code A1}, {@code a01}, {@code P24}, {@code "A 2"}. Rejects {@code Q1}, {@code A0}, {@code A25} with a message that
     * says which part is wrong.
     */
    public static WellPosition parse(String label) {
        if (label == null) throw new IllegalArgumentException("empty well label");
        String s = label.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (s.length() < 2 || !Character.isLetter(s.charAt(0))) {
            throw new IllegalArgumentException("'" + label + "' is not a well label (expected a row letter A–P and a column 1–24, e.g. B7)");
        }
        char rowChar = s.charAt(0);
        if (rowChar < 'A' || rowChar > 'P') {
            throw new IllegalArgumentException("well '" + label + "': row " + rowChar + " is outside A–P");
        }
        String digits = s.substring(1);
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 3) {
            throw new IllegalArgumentException("'" + label + "' is not a well label (expected a row letter A–P and a column 1–24, e.g. B7)");
        }
        int column = Integer.parseInt(digits);
        if (column < 1 || column > MAX_COLUMNS) {
            throw new IllegalArgumentException("well '" + label + "': column " + column + " is outside 1–24");
        }
        return new WellPosition(rowChar - 'A', column - 1);
    }

    public static WellPosition of(char rowLetter, int columnNumber) {
        return new WellPosition(Character.toUpperCase(rowLetter) - 'A', columnNumber - 1);
    }

    public char rowLetter() { return (char) ('A' + row); }

    public int columnNumber() { return column + 1; }

    /** {@code B7}. */
    public String label() { return "" + rowLetter() + columnNumber(); }

    @Override
    public int compareTo(WellPosition o) {
        return row != o.row ? Integer.compare(row, o.row) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() { return label(); }
}
