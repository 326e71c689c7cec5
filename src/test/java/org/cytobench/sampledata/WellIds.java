package org.cytobench.sampledata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/** The well identifiers plate-reader software shows for a layout: STD1…, CTL1…, BLK, SPL1… */
final class WellIds {
    private WellIds() {}

    /** Gen5 style: STD1 = highest standard, the zero standard last; CTL1–3 low → high; samples numbered row by row. */
    static Map<WellPosition, String> gen5(AssayPlate layout) {
        List<Double> levels = ElisaPlateSimulator.STANDARDS.concentrations();
        List<Double> qcLevels = layout.wells().values().stream().filter(w -> w.role() == WellRole.QC)
                .map(AssayWell::nominalConcentration).distinct().sorted().toList();
        Map<WellPosition, String> ids = new LinkedHashMap<>();
        int sample = 0;
        for (Map.Entry<WellPosition, AssayWell> e : layout.wells().entrySet()) {
            AssayWell w = e.getValue();
            String id = switch (w.role()) {
                case STANDARD -> "STD" + (levels.indexOf(w.nominalConcentration()) + 1);
                case ZERO_STANDARD -> "STD" + (levels.size() + 1);
                case QC -> "CTL" + (qcLevels.indexOf(w.nominalConcentration()) + 1);
                case BLANK -> "BLK";
                case SAMPLE -> "SPL" + (++sample);
                case EMPTY -> "";
            };
            ids.put(e.getKey(), id);
        }
        return ids;
    }
}
