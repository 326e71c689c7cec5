package org.cytobench.io.platereader.moleculardevices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.ProposedLayout;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.WellPosition;

/**
 * The plate layout SoftMax Pro's group tables state, offered on import. A group is a set of wells with a role; the text
 * export does not write the group's type, so it is read from the group's name as SoftMax's templates name them: Standards,
 * Std, "Standards 1" are standards (the Concentration column gives each sample's concentration, the column header its
 * unit), Control, Ctrl, QC, "Positive control 1" are controls (with a concentration when the table has one), every other
 * group holds unknowns (with the Dilution column's factor where there is one). A sample's replicate rows leave Sample,
 * Concentration and Dilution blank: they are the row above's. A group belongs to the plate its WellPlateName column
 * names, else to the plate section before it.
 */
final class SoftMaxGroupLayout {
    private static final Pattern STANDARDS = Pattern.compile("(?i)^(std|standard)s?\\b.*|^standards?\\d*$|^std\\d*$");
    private static final Pattern CONTROLS = Pattern.compile("(?i).*\\b(control|ctrl|qc)s?\\b.*");

    private final Map<String, Map<WellPosition, VendorWell>> wellsByPlate = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> expectedByPlate = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> levelGroupByPlate = new LinkedHashMap<>();
    private final Map<String, String> unitByPlate = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** Reads one {@code Group:} block (its lines up to, not including, {@code ~End}). */
    void scan(List<String> groupLines, String currentPlate, Map<String, String> uniqueNames) {
        if (groupLines.size() < 2) return;
        String group = groupLines.get(0).substring("Group:".length()).strip();
        List<String> head = List.of(groupLines.get(1).split("\t", -1));
        int wellCol = indexOf(head, "wells", "well"), sampleCol = indexOf(head, "sample"), plateCol = indexOf(head, "wellplatename");
        int concCol = startsWith(head, "concentration", "conc"), dilCol = indexOf(head, "dilution");
        if (wellCol < 0 || sampleCol < 0) return; // a summary table, not a list of wells
        VendorWellType type = STANDARDS.matcher(group).matches() ? VendorWellType.STANDARD
                : CONTROLS.matcher(group).matches() ? VendorWellType.CONTROL : VendorWellType.UNKNOWN;
        String sample = null;
        Double conc = null, dil = null;
        for (int i = 2; i < groupLines.size() && !groupLines.get(i).isBlank(); i++) {
            String[] f = groupLines.get(i).split("\t", -1);
            String s = field(f, sampleCol);
            if (!s.isEmpty()) {
                sample = s;
                conc = number(field(f, concCol));
                dil = number(field(f, dilCol));
            }
            String plate = plateCol >= 0 && !field(f, plateCol).isEmpty() ? uniqueNames.getOrDefault(field(f, plateCol), currentPlate) : currentPlate;
            WellPosition well = well(field(f, wellCol));
            if (plate == null || sample == null || well == null) continue;
            add(plate, group, type, sample, conc, dil, well, concCol >= 0 ? head.get(concCol) : null);
        }
    }

    private void add(String plate, String group, VendorWellType type, String sample, Double conc, Double dil, WellPosition well,
                     String concHeader) {
        Map<WellPosition, VendorWell> wells = wellsByPlate.computeIfAbsent(plate, p -> new TreeMap<>());
        if (wells.containsKey(well)) {
            warnings.add(plate + ": well " + well.label() + " is in group '" + group + "' and an earlier group; the layout keeps the earlier one");
            return;
        }
        String level = null;
        if (type != VendorWellType.UNKNOWN) {
            // a level is named by its sample ("01", "St3"); two groups may both have a sample "1" (Standards and Control):
            // the later one is then named with its group, so that it never takes the other's concentration
            Map<String, String> levels = levelGroupByPlate.computeIfAbsent(plate, p -> new LinkedHashMap<>());
            level = levels.containsKey(sample) && !levels.get(sample).equals(group) ? group + ": " + sample : sample;
            levels.putIfAbsent(level, group);
            if (conc != null && conc >= 0) expectedByPlate.computeIfAbsent(plate, p -> new LinkedHashMap<>()).putIfAbsent(level, conc);
            if (type == VendorWellType.STANDARD && concHeader != null) unitByPlate.putIfAbsent(plate, unit(concHeader));
        }
        Double dilution = type == VendorWellType.UNKNOWN && dil != null && dil > 0 ? dil : null;
        wells.put(well, new VendorWell(well, type, sample, level, dilution, null));
    }

    /** One layout per plate that had groups, in the order the plates were named. */
    List<ProposedLayout> layouts() {
        List<ProposedLayout> out = new ArrayList<>();
        wellsByPlate.forEach((plate, wells) -> out.add(new ProposedLayout(plate, wells,
                expectedByPlate.getOrDefault(plate, Map.of()), unitByPlate.get(plate))));
        return out;
    }

    List<String> warnings() { return warnings; }

    /** "Concentration pg/mL" → "pg/mL"; "Conc" → null. */
    private static String unit(String header) {
        String h = header.strip();
        int sp = h.indexOf(' ');
        return sp < 0 ? null : h.substring(sp + 1).strip();
    }

    private static WellPosition well(String s) {
        try {
            return s.isEmpty() ? null : WellPosition.parse(s);
        } catch (IllegalArgumentException e) {
            return null; // not a well: a group's summary or note row
        }
    }

    private static Double number(String s) {
        Cell c = Cell.parse(s);
        return c.isNumber() ? c.number() : null;
    }

    private static String field(String[] f, int col) { return col >= 0 && col < f.length ? f[col].strip() : ""; }

    private static int indexOf(List<String> head, String... names) {
        for (int i = 0; i < head.size(); i++) {
            String h = head.get(i).strip().toLowerCase(Locale.ROOT);
            for (String n : names) if (h.equals(n)) return i;
        }
        return -1;
    }

    private static int startsWith(List<String> head, String... prefixes) {
        for (int i = 0; i < head.size(); i++) {
            String h = head.get(i).strip().toLowerCase(Locale.ROOT);
            for (String p : prefixes) if (h.equals(p) || h.startsWith(p + " ")) return i;
        }
        return -1;
    }
}
