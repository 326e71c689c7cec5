package org.cytobench.io.platereader.biotek;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Cell;
import org.cytobench.io.ProposedLayout;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.WellPosition;

/**
 * The plate layout a Gen5 export states in its Layout block: per well the Well ID line ({@code BLK}, {@code STD3},
 * {@code CTL1}, {@code SPL4}, {@code SPL1:2}, {@code SPLC3}) and the Conc/Dil line under it (a standard's or control's
 * concentration, a sample's dilution). Gen5 multiplies a sample's concentration by its Dil value (its Conc×Dil), as
 * Cytobench multiplies by the dilution factor, so Dil is taken as written.
 */
final class Gen5Layout {
    private Gen5Layout() {}

    private static final Pattern ID = Pattern.compile("(?i)(BLK|STD|CTL|SPLC|SPL)(\\d*)(?::(\\d+))?");

    /** Collects the cells of one Layout line; {@code line} is the line's name ("Well ID", "Conc/Dil"). */
    static void put(Gen5Plate plate, String line, WellPosition well, String text) {
        if (text.isEmpty()) return;
        if (line.equalsIgnoreCase("Well ID")) plate.layoutIds.put(well, text);
        else if (line.toLowerCase(java.util.Locale.ROOT).contains("conc") || line.toLowerCase(java.util.Locale.ROOT).contains("dil")) {
            plate.layoutValues.put(well, text);
        }
    }

    /** The layout of a plate, or null when its export has no Layout block with well ids. */
    static ProposedLayout of(Gen5Plate plate, String plateName, List<String> warnings) {
        if (plate.layoutIds.isEmpty()) return null;
        Map<WellPosition, VendorWell> wells = new TreeMap<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        TreeSet<String> belowOne = new TreeSet<>();
        for (Map.Entry<WellPosition, String> e : plate.layoutIds.entrySet()) {
            WellPosition w = e.getKey();
            String id = e.getValue();
            Cell v = Cell.parse(plate.layoutValues.getOrDefault(w, ""));
            Double value = v.isNumber() ? v.number() : null;
            Matcher m = ID.matcher(id);
            String kind = m.matches() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : "";
            VendorWellType type = switch (kind) {
                case "BLK" -> VendorWellType.BACKGROUND;
                case "STD" -> VendorWellType.STANDARD;
                case "CTL" -> VendorWellType.CONTROL;
                default -> VendorWellType.UNKNOWN;
            };
            String level = type == VendorWellType.STANDARD || type == VendorWellType.CONTROL ? id : null;
            Double dilution = null;
            if (level != null && value != null && value >= 0) expected.putIfAbsent(level, value);
            if (type == VendorWellType.UNKNOWN && value != null && value > 0) {
                dilution = value;
                if (value < 1) belowOne.add(id);
            }
            wells.put(w, new VendorWell(w, type, id, level, dilution, null));
        }
        if (!belowOne.isEmpty()) {
            warnings.add("plate '" + plateName + "': the Layout gives samples Dil values below 1 (" + String.join(", ", belowOne.size() > 6
                    ? List.copyOf(belowOne).subList(0, 6) : belowOne) + (belowOne.size() > 6 ? ", …" : "") + "); Gen5 multiplies "
                    + "concentrations by Dil, and so does Cytobench's dilution factor: check that these are meant");
        }
        return new ProposedLayout(plateName, wells, expected, null);
    }
}
