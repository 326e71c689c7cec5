package org.cytobench.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * An assay (ELISA) plate as a plate map: blocks {@code role} (standard, zero-standard, blank, sample, qc, or empty),
 * {@code nominal} (the standard's or QC's concentration in the analyte's unit), {@code dilution} (the sample's dilution
 * factor; empty = 1), {@code culture well} (the culture well(s) a sample came from, "C4" or "C4+C5"; empty = the well at
 * the same position) and {@code label} (optional free text).
 */
public final class AssayLayoutMaps {
    private AssayLayoutMaps() {}

    public static final String ROLE = "role";
    public static final String NOMINAL = "nominal";
    public static final String DILUTION = "dilution";
    public static final String CULTURE_WELL = "culture well";
    public static final String LABEL = "label";

    public static PlateMap toMap(AssayPlate plate) {
        Map<String, PlateMap.Block> blocks = new LinkedHashMap<>();
        blocks.put(ROLE, block(plate, ROLE, w -> w.role() == WellRole.EMPTY ? "" : roleId(w.role())));
        blocks.put(NOMINAL, block(plate, NOMINAL, w -> w.role() == WellRole.STANDARD || w.role() == WellRole.QC ? LayoutValues.number(w.nominalConcentration()) : ""));
        blocks.put(DILUTION, block(plate, DILUTION, w -> w.role() == WellRole.SAMPLE ? LayoutValues.number(w.dilutionFactor()) : ""));
        blocks.put(CULTURE_WELL, block(plate, CULTURE_WELL, w -> w.cultureWells().stream().map(WellPosition::label).collect(Collectors.joining("+"))));
        blocks.put(LABEL, block(plate, LABEL, w -> w.label() == null ? "" : w.label()));
        return new PlateMap(plate.format(), blocks);
    }

    static String roleId(WellRole r) {
        return r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static PlateMap.Block block(AssayPlate plate, String name, java.util.function.Function<AssayWell, String> text) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < plate.format().rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < plate.format().columns(); c++) {
                AssayWell w = plate.wells().get(new WellPosition(r, c));
                row.add(w == null ? "" : text.apply(w));
            }
            rows.add(row);
        }
        return new PlateMap.Block(name, rows, null);
    }

    /** The assay plate a map describes, for {@code analyte}, named {@code name}. */
    public static AssayPlate fromMap(PlateMap map, String file, String name, Analyte analyte) throws PlateMapException {
        PlateMap.Block role = map.block(ROLE);
        if (role == null) throw new PlateMapException(file + ": no 'role' block (blocks found: " + String.join(", ", map.blocks().keySet()) + ")");
        PlateMap.Block nominal = map.block(NOMINAL);
        PlateMap.Block dilution = map.block(DILUTION);
        PlateMap.Block culture = map.block(CULTURE_WELL);
        PlateMap.Block label = map.block(LABEL);
        Map<WellPosition, AssayWell> wells = new LinkedHashMap<>();
        for (WellPosition w : map.format().wells()) {
            String text = role.value(w).strip().toLowerCase(Locale.ROOT);
            if (text.isEmpty() || text.equals("empty")) continue;
            WellRole r = switch (text) {
                case "standard", "std" -> WellRole.STANDARD;
                case "zero-standard", "zero standard", "zero", "std0" -> WellRole.ZERO_STANDARD;
                case "blank" -> WellRole.BLANK;
                case "sample" -> WellRole.SAMPLE;
                case "qc" -> WellRole.QC;
                default -> throw new PlateMapException(file + ", " + role.location(w) + ": block 'role': '" + role.value(w)
                        + "' is not a role (standard, zero-standard, blank, sample, qc, or empty)");
            };
            Double conc = null;
            if (r == WellRole.STANDARD || r == WellRole.QC) {
                String t = nominal == null ? "" : nominal.value(w);
                if (t.isEmpty()) {
                    throw new PlateMapException(file + ", " + (nominal == null ? role.location(w) : nominal.location(w)) + ": a " + text
                            + " well needs its concentration in the 'nominal' block");
                }
                conc = LayoutValues.number(t, file, nominal, w, "nominal concentration");
                if (!(conc > 0)) throw new PlateMapException(file + ", " + nominal.location(w) + ": block 'nominal': " + t + " must be above 0");
            }
            double dil = 1;
            if (r == WellRole.SAMPLE && dilution != null && !dilution.value(w).isEmpty()) {
                dil = LayoutValues.number(dilution.value(w), file, dilution, w, "dilution factor");
                if (!(dil > 0)) throw new PlateMapException(file + ", " + dilution.location(w) + ": block 'dilution': " + dilution.value(w) + " must be above 0");
            }
            List<WellPosition> from = new ArrayList<>();
            if (r == WellRole.SAMPLE) {
                String t = culture == null ? "" : culture.value(w);
                if (t.isEmpty()) {
                    from.add(w);
                } else {
                    for (String part : t.split("[+;/ ]+")) {
                        try {
                            from.add(WellPosition.parse(part.strip()));
                        } catch (IllegalArgumentException e) {
                            throw new PlateMapException(file + ", " + culture.location(w) + ": block 'culture well': '" + part.strip() + "' is not a well");
                        }
                    }
                }
            }
            String l = label == null || label.value(w).isEmpty() ? null : label.value(w);
            wells.put(w, new AssayWell(r, conc, from, dil, l));
        }
        return new AssayPlate(name, map.format(), analyte, wells);
    }
}
