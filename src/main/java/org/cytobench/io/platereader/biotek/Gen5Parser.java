package org.cytobench.io.platereader.biotek;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.ImportException;
import org.cytobench.io.ProposedLayout;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;

/**
 * Parses the Gen5 export layout from a {@link Gen5Grid}: a header (Software Version, Plate Number, Date, Time, Reading
 * Type…), the procedure, then tables — Layout, Results matrices, per-data-set matrices, kinetic tables, the row-wise
 * well table. A file can hold several plates (each starts at its "Plate Number" line; several complete exports can be
 * appended in one file). Everything that is not a table (curve fits, gains, temperatures) is passed over.
 */
final class Gen5Parser {
    private Gen5Parser() {}

    private static final Pattern PLATE_TYPE = Pattern.compile("\\b(\\d{1,4})\\s*(?:-\\s*)?well", Pattern.CASE_INSENSITIVE);

    /** The plates of the grid; adds what the user should know to {@code warnings}. */
    static List<PlateData> parse(Gen5Grid g, List<String> warnings) throws ImportException {
        return parse(g, warnings, new ArrayList<>());
    }

    /** As {@link #parse(Gen5Grid, List)}, and adds each plate's Layout block, where it has one, to {@code layouts}. */
    static List<PlateData> parse(Gen5Grid g, List<String> warnings, List<ProposedLayout> layouts) throws ImportException {
        List<Integer> starts = new ArrayList<>();
        for (int r = 0; r < g.size(); r++) if (g.cell(r, 0).equalsIgnoreCase("Plate Number")) starts.add(r);
        if (starts.isEmpty()) starts.add(0);
        List<PlateData> plates = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = i == 0 ? 0 : starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : g.size();
            String name = g.cell(starts.get(i), 1);
            if (name.isEmpty() || !g.cell(starts.get(i), 0).equalsIgnoreCase("Plate Number")) name = "Plate " + (i + 1);
            Gen5Plate plate = new Gen5Plate(name);
            readSegment(g, from, to, plate, warnings);
            int n = seen.merge(name, 1, Integer::sum);
            String finalName = n == 1 ? name : name + " (" + n + ")";
            if (n > 1) warnings.add("the file holds more than one plate named '" + name + "'; this one is called '" + finalName + "'");
            plates.add(plate.build(finalName, warnings));
            ProposedLayout layout = Gen5Layout.of(plate, finalName, warnings);
            if (layout != null) layouts.add(layout);
        }
        if (plates.stream().allMatch(p -> p.reads().isEmpty() && p.kinetic().isEmpty())) {
            throw new ImportException(g.fileName(), g.isWorkbook() ? "sheet '" + g.sheetName() + "'" : null,
                    "no Gen5 data table was found (expected a Results block or a kinetic table after the header)");
        }
        return plates;
    }

    private static void readSegment(Gen5Grid g, int from, int to, Gen5Plate plate, List<String> warnings) throws ImportException {
        readHeader(g, from, to, plate, warnings);
        String title = null;
        for (int r = from; r < to; r++) {
            if (g.blank(r)) continue;
            if (Gen5MatrixTable.headerColumn(g, r) >= 0) {
                r = Gen5MatrixTable.read(g, r, title, plate) - 1;
                title = null;
            } else if (Gen5KineticTable.isHeader(g, r)) {
                r = Gen5KineticTable.read(g, r, title, plate) - 1;
                title = null;
            } else if (Gen5WellTable.wellColumn(g, r) >= 0) {
                r = Gen5WellTable.read(g, r, plate) - 1;
                title = null;
                if (r + 1 >= g.size() && !g.isWorkbook()) {
                    // Gen5 ends a text export with a blank line after the last table; a table the file ends in may have lost wells
                    warnings.add("plate '" + plate.name + "': the well table runs to the end of the file without the blank line "
                            + "Gen5 writes after it; if the file was truncated, wells after its last line (" + g.where(r, 0) + ") are missing");
                }
            } else if (g.nonEmptyCount(r) == 1) {
                title = g.cell(r, g.first(r));
            }
        }
    }

    /** Plate type, reading type and (for workbooks) the day offset of time cells, from the header and procedure. */
    private static void readHeader(Gen5Grid g, int from, int to, Gen5Plate plate, List<String> warnings) throws ImportException {
        for (int r = from; r < to; r++) {
            String key = g.cell(r, 0);
            String value = g.cell(r, 1);
            if (key.equalsIgnoreCase("Plate Type") && plate.declaredFormat == null) {
                plate.declaredFormat = plateType(g, r, value);
            } else if (key.equalsIgnoreCase("Reading Type")) {
                String v = value.toLowerCase(Locale.ROOT);
                if (v.equals("simulation")) warnings.add("plate '" + plate.name + "': Gen5 simulated these values (Reading Type: Simulation); they were not measured");
                if (v.equals("manual")) warnings.add("plate '" + plate.name + "': the values were entered in Gen5 by hand (Reading Type: Manual), not read by an instrument");
            } else if (key.equalsIgnoreCase("Time") && g.nonEmptyCount(r) == 2 && g.isWorkbook()) {
                Cell c = Cell.parse(value, false);
                if (c.isNumber() && c.number() >= 1 && c.number() < 1000) {
                    // a time of day is under one day: the whole part is an offset Gen5 added to every time cell
                    plate.dayOffset = Math.floor(c.number());
                    warnings.add("plate '" + plate.name + "': the workbook's time cells carry an offset of " + (int) plate.dayOffset
                            + " days; it was removed");
                }
            }
        }
    }

    private static PlateFormat plateType(Gen5Grid g, int r, String value) throws ImportException {
        Matcher m = PLATE_TYPE.matcher(value);
        if (!m.find()) return null;
        return switch (m.group(1)) {
            case "96" -> PlateFormat.WELLS_96;
            case "384" -> PlateFormat.WELLS_384;
            default -> throw g.error(r, 1, "the plate type is '" + value + "'; Cytobench reads 96- and 384-well plates only");
        };
    }
}
