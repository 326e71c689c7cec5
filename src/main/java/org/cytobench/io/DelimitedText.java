package org.cytobench.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text export split into cells with its separator and decimal mark worked out from the content: tab, ';', ',' or runs
 * of spaces; a decimal comma only where the separator is not a comma and comma numbers outnumber point numbers.
 *
 * @param separator    the field separator, or ' ' for whitespace-aligned columns
 * @param decimalComma whether 0,123 means 0.123 in this file
 */
public record DelimitedText(CellTable table, char separator, boolean decimalComma) {

    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?\\d+,\\d+([eE][+-]?\\d+)?");
    private static final Pattern POINT_NUMBER = Pattern.compile("[+-]?\\d*\\.\\d+([eE][+-]?\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[ ]+");

    public static DelimitedText of(List<String> lines) {
        char sep = Delimiters.detect(lines);
        if (sep == '\t' && lines.stream().noneMatch(l -> l.indexOf('\t') >= 0)) sep = ' ';
        CellTable table = sep == ' ' ? whitespace(lines) : CellTable.ofLines(lines, sep);
        return new DelimitedText(table, sep, sep != ',' && decimalComma(table));
    }

    private static CellTable whitespace(List<String> lines) {
        List<String> joined = new ArrayList<>(lines.size());
        for (String l : lines) {
            // an indented first cell is an empty corner or label column: keep it as an empty cell
            String cells = SPACES.matcher(l.strip()).replaceAll("\t");
            joined.add(!l.isBlank() && l.charAt(0) == ' ' ? "\t" + cells : cells);
        }
        return CellTable.ofLines(joined, '\t');
    }

    private static boolean decimalComma(CellTable t) {
        int comma = 0, point = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            for (String s : t.row(r)) {
                String v = s.strip();
                if (COMMA_NUMBER.matcher(v).matches()) comma++;
                else if (POINT_NUMBER.matcher(v).matches()) point++;
            }
        }
        return comma > point;
    }
}
