package org.cytobench.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.io.ImportException;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.SpreadsheetReader;
import org.cytobench.io.TextDecoder;
import org.cytobench.plate.PlateFormat;

/**
 * Reads plate maps from CSV/TSV text (comma, semicolon or tab, quotes allowed) or the first sheet of an xlsx/xls workbook.
 * A block starts at a row whose first cell is the attribute's name and whose next cells are exactly 1…12 or 1…24; the
 * following 8 or 16 rows start with the letters A… in order. Anything between blocks must be empty. Every block must
 * have the same size.
 */
public final class PlateMapReader {
    private PlateMapReader() {}

    public static PlateMap read(SourceFile file) throws PlateMapException {
        String lower = file.name().toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            List<SheetGrid> sheets;
            try {
                sheets = SpreadsheetReader.read(file);
            } catch (ImportException e) {
                throw new PlateMapException(e.getMessage());
            }
            if (sheets.isEmpty()) throw new PlateMapException(file.name() + ": the workbook has no sheet");
            SheetGrid s = sheets.get(0);
            return parse(file.name(), s.rows(), (r, c) -> "sheet '" + s.name() + "', cell " + SheetGrid.address(r, c));
        }
        List<String> lines = TextDecoder.lines(file);
        char sep = separator(lines);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) rows.add(split(line, sep));
        return parse(file.name(), rows, (r, c) -> "line " + (r + 1) + ", column " + (c + 1));
    }

    interface Where { String at(int row, int column); }

    static PlateMap parse(String file, List<List<String>> rows, Where where) throws PlateMapException {
        Map<String, PlateMap.Block> blocks = new LinkedHashMap<>();
        PlateFormat format = null;
        int r = 0;
        while (r < rows.size()) {
            List<String> row = rows.get(r);
            if (blank(row)) {
                r++;
                continue;
            }
            String name = cell(row, 0).strip();
            int columns = headerColumns(row);
            if (name.isEmpty() || columns == 0) {
                throw new PlateMapException(file + ", " + where.at(r, 0) + ": expected a block header (the attribute's name, then"
                        + " the column numbers 1…12 or 1…24), found '" + String.join(",", row).strip() + "'");
            }
            int expectedRows = columns == 12 ? 8 : 16;
            PlateFormat f = PlateFormat.of(expectedRows, columns);
            if (format != null && f != format) {
                throw new PlateMapException(file + ", " + where.at(r, 0) + ": block '" + name + "' is " + expectedRows + "×" + columns
                        + " but the first block is " + format.rows() + "×" + format.columns());
            }
            format = f;
            if (blocks.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                throw new PlateMapException(file + ", " + where.at(r, 0) + ": block '" + name + "' appears twice");
            }
            List<List<String>> values = new ArrayList<>();
            List<List<String>> places = new ArrayList<>();
            for (int i = 0; i < expectedRows; i++) {
                int line = r + 1 + i;
                List<String> data = line < rows.size() ? rows.get(line) : List.of();
                String letter = String.valueOf((char) ('A' + i));
                if (blank(data) || !cell(data, 0).strip().equalsIgnoreCase(letter)) {
                    throw new PlateMapException(file + ", " + where.at(line, 0) + ": block '" + name + "' has " + i + " rows (A–"
                            + (char) ('A' + Math.max(0, i - 1)) + "); a " + f.wellCount() + "-well block has " + expectedRows
                            + " (A–" + (char) ('A' + expectedRows - 1) + "), row " + letter + " expected");
                }
                for (int c = columns + 1; c < data.size(); c++) {
                    if (!data.get(c).isBlank()) {
                        throw new PlateMapException(file + ", " + where.at(line, c) + ": block '" + name + "' row " + letter + " has a value '"
                                + data.get(c).strip() + "' beyond column " + columns);
                    }
                }
                List<String> v = new ArrayList<>();
                List<String> p = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    v.add(cell(data, c).strip());
                    p.add(where.at(line, c));
                }
                values.add(v);
                places.add(p);
            }
            int after = r + 1 + expectedRows;
            if (after < rows.size() && !blank(rows.get(after)) && cell(rows.get(after), 0).strip().equalsIgnoreCase(String.valueOf((char) ('A' + expectedRows)))) {
                throw new PlateMapException(file + ", " + where.at(after, 0) + ": block '" + name + "' has more than " + expectedRows
                        + " rows; a " + f.wellCount() + "-well block has " + expectedRows);
            }
            blocks.put(name, new PlateMap.Block(name, values, places));
            r = after;
        }
        if (format == null) throw new PlateMapException(file + ": no plate-shaped block (a name, then columns 1…12 or 1…24, then rows A…)");
        return new PlateMap(format, blocks);
    }

    /** 12 or 24 when cells 1… of the row are exactly the column numbers (trailing empty cells allowed), else 0. */
    private static int headerColumns(List<String> row) {
        int n = 0;
        for (int c = 1; c < row.size(); c++) {
            String s = row.get(c).strip();
            if (s.isEmpty()) {
                for (int d = c; d < row.size(); d++) if (!row.get(d).isBlank()) return 0;
                break;
            }
            if (!s.equals(Integer.toString(c))) return 0;
            n = c;
        }
        return n == 12 || n == 24 ? n : 0;
    }

    private static boolean blank(List<String> row) {
        for (String s : row) if (!s.isBlank()) return false;
        return true;
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c) : "";
    }

    private static char separator(List<String> lines) {
        for (String l : lines) {
            if (l.isBlank()) continue;
            if (l.indexOf('\t') >= 0) return '\t';
            if (l.indexOf(';') >= 0 && l.indexOf(',') < 0) return ';';
            return ',';
        }
        return ',';
    }

    /** One CSV line: fields separated by {@code sep}, "quoted" fields may hold the separator and "" for a quote. */
    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    b.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == sep) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        out.add(b.toString());
        return out;
    }
}
