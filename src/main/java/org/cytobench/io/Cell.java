package org.cytobench.io;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One cell of an export as Cytobench understands it: a number, an instrument marker kept as text ({@code OVRFLW},
 * {@code MISSED}, {@code Masked}, {@code *0.356*}, {@code ?????}, {@code Range?}, {@code >105.000}, {@code <0.000},
 * {@code NaN}, {@code > Max}), or empty. A marker never becomes a number.
 */
public record Cell(Double number, String marker) {

    public static final Cell EMPTY = new Cell(null, null);

    /**
     * Longest text read as a number. The longest number an instrument writes is a 17-significant-digit double with
     * exponent (about 25 characters); longer text is kept as a marker, never parsed (and never matched against the
     * number patterns, so a cell of tens of thousands of digits costs no more than a short one).
     */
    public static final int MAX_NUMBER_CHARS = 100;

    // The fraction digits are only allowed after the point: "\\d+\\.?\\d*" let the two digit runs split a long
    // digit string in every way, which made a failing match quadratic in its length.
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?\\d+,\\d+([eE][+-]?\\d+)?");
    private static final Set<String> KNOWN_MARKERS = Set.of("OVRFLW", "OVER", "OVERFLOW", "MISSED", "MASKED", "RANGE?", "?????",
            "NAN", "N/A", "NA", "INVALID", "SAT", "SATURATED", "ERROR", "-INF", "INF", "R", "> MAX", "< MIN", "#N/A", "#VALUE!");

    public boolean isEmpty() { return number == null && marker == null; }

    public boolean isNumber() { return number != null; }

    public boolean isMarker() { return marker != null; }

    /**
     * Parses text from a file. {@code decimalComma}: the file writes 2,6173 for 2.6173 (only then is a comma a decimal
     * separator; with it off, "2,6173" is a marker, never silently 26173).
     */
    public static Cell parse(String raw, boolean decimalComma) {
        if (raw == null) return EMPTY;
        String s = raw.replace('\u00A0', ' ').strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1).strip();
        if (s.isEmpty()) return EMPTY;
        if (s.length() > MAX_NUMBER_CHARS) return new Cell(null, s);
        if (PLAIN_NUMBER.matcher(s).matches()) return number(Double.parseDouble(s), s);
        if (decimalComma && COMMA_NUMBER.matcher(s).matches()) return number(Double.parseDouble(s.replace(',', '.')), s);
        return new Cell(null, s);
    }

    public static Cell parse(String raw) { return parse(raw, false); }

    /** True when the text is a marker one of the supported instruments is known to write. */
    public static boolean isKnownMarker(String s) {
        String u = s.strip().toUpperCase(Locale.ROOT);
        return KNOWN_MARKERS.contains(u) || u.startsWith(">") || u.startsWith("<") || (u.startsWith("*") && u.endsWith("*"));
    }

    private static Cell number(double v, String text) {
        return Double.isFinite(v) ? new Cell(v, null) : new Cell(null, text);
    }
}
