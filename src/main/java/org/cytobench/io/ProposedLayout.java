package org.cytobench.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * The layout an export says its plate had, offered on import so that the scientist does not retype what the instrument
 * software already knows: per well what the vendor calls it ({@link VendorWell}: background/blank, standard level, control,
 * unknown, with its dilution) and per standard or control level the expected concentration. Multiplex exports give one per
 * plate (their expected concentrations per analyte, see {@code MultiplexPlate}); plate-reader exports that carry one (a
 * Gen5 Layout block, SoftMax Pro group tables) give one per plate of the file.
 *
 * @param plate    the name of the file's plate it belongs to ({@code PlateData.name()})
 * @param expected standard or control level ("STD3", "St3", "1") → expected concentration as written (0: a zero standard)
 * @param unit     the concentration unit the file states, or null
 */
public record ProposedLayout(String plate, Map<WellPosition, VendorWell> wells, Map<String, Double> expected, String unit) {

    public ProposedLayout {
        Objects.requireNonNull(plate, "plate");
        wells = Collections.unmodifiableMap(new TreeMap<>(wells));
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    /**
     * The layout as Cytobench's assay wells: background wells are blanks, standards carry their expected concentration (0:
     * a zero standard; a standard without one is left out, for the scientist to fill in), controls with an expected
     * concentration are QC wells at expected ÷ dilution (the vendors state a control undiluted and multiply what they read
     * off the curve by its dilution; Cytobench judges QC wells as read off the curve), everything else is a sample with the
     * file's dilution, of the culture well at the same position when the culture plate has a treatment there.
     */
    public Map<WellPosition, AssayWell> assayWells(PlateFormat format, CulturePlate culture) {
        Map<WellPosition, AssayWell> out = new TreeMap<>();
        for (VendorWell w : wells.values()) {
            if (!format.contains(w.well())) continue;
            Double x = w.level() == null ? null : expected.get(w.level());
            double dil = w.dilution() == null ? 1 : w.dilution();
            AssayWell aw = switch (w.type()) {
                case BACKGROUND -> AssayWell.BLANK;
                case STANDARD -> x == null ? null : x > 0 ? AssayWell.standard(x) : AssayWell.ZERO_STANDARD;
                case CONTROL -> x != null && x > 0 ? new AssayWell(WellRole.QC, x / dil, List.of(), dil, w.level()) : sample(w, culture, dil);
                case UNKNOWN -> sample(w, culture, dil);
            };
            if (aw != null) out.put(w.well(), aw);
        }
        return out;
    }

    private static AssayWell sample(VendorWell w, CulturePlate culture, double dilution) {
        List<WellPosition> cw = culture != null && culture.treatment(w.well()) != null ? List.of(w.well()) : List.of();
        return new AssayWell(WellRole.SAMPLE, null, cw, dilution, w.sample());
    }

    /** "7 standards, 2 blanks, 36 samples": what the layout holds, in words, for the import preview. */
    public String summary() {
        Map<VendorWellType, Integer> n = new LinkedHashMap<>();
        for (VendorWellType t : VendorWellType.values()) n.put(t, 0);
        for (VendorWell w : wells.values()) n.merge(w.type(), 1, Integer::sum);
        long levels = wells.values().stream().filter(w -> w.type() == VendorWellType.STANDARD && w.level() != null
                && expected.containsKey(w.level())).map(VendorWell::level).distinct().count();
        List<String> parts = new ArrayList<>();
        if (n.get(VendorWellType.STANDARD) > 0) parts.add(n.get(VendorWellType.STANDARD) + " standard wells (" + levels + " levels with a concentration)");
        if (n.get(VendorWellType.BACKGROUND) > 0) parts.add(n.get(VendorWellType.BACKGROUND) + " blanks");
        if (n.get(VendorWellType.CONTROL) > 0) parts.add(n.get(VendorWellType.CONTROL) + " controls");
        if (n.get(VendorWellType.UNKNOWN) > 0) parts.add(n.get(VendorWellType.UNKNOWN) + " samples");
        return String.join(", ", parts);
    }
}
