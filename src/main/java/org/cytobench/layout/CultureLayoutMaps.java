package org.cytobench.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;

/**
 * The culture plate as a plate map: blocks {@code treatment} (the stimulus, "LPS 100 ng/mL", "Unstimulated"), {@code dose}
 * (thymalfasin, ng/mL; empty = 0), {@code vehicle} (yes/no; optional, empty = no) and {@code donor}. A well is used when
 * its treatment cell is filled; a value in another block for a well without treatment is refused.
 */
public final class CultureLayoutMaps {
    private CultureLayoutMaps() {}

    public static final String TREATMENT = "treatment";
    public static final String DOSE = "dose";
    public static final String VEHICLE = "vehicle";
    public static final String DONOR = "donor";

    public static PlateMap toMap(CulturePlate plate) {
        Map<String, PlateMap.Block> blocks = new LinkedHashMap<>();
        blocks.put(TREATMENT, block(plate, TREATMENT, t -> t.stimulus().label()));
        blocks.put(DOSE, block(plate, DOSE, t -> LayoutValues.number(t.thymalfasinNgPerMl())));
        blocks.put(VEHICLE, block(plate, VEHICLE, t -> t.vehicle() ? "yes" : "no"));
        blocks.put(DONOR, block(plate, DONOR, t -> t.donor() == null ? "" : t.donor()));
        return new PlateMap(plate.format(), blocks);
    }

    private static PlateMap.Block block(CulturePlate plate, String name, java.util.function.Function<Treatment, String> text) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < plate.format().rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < plate.format().columns(); c++) {
                Treatment t = plate.treatment(new WellPosition(r, c));
                row.add(t == null ? "" : text.apply(t));
            }
            rows.add(row);
        }
        return new PlateMap.Block(name, rows, null);
    }

    /** The culture plate a map describes, named {@code name}. */
    public static CulturePlate fromMap(PlateMap map, String file, String name) throws PlateMapException {
        PlateMap.Block treatment = map.block(TREATMENT);
        if (treatment == null) throw new PlateMapException(file + ": no 'treatment' block (blocks found: " + String.join(", ", map.blocks().keySet()) + ")");
        PlateMap.Block dose = map.block(DOSE);
        PlateMap.Block vehicle = map.block(VEHICLE);
        PlateMap.Block donor = map.block(DONOR);
        Map<WellPosition, Treatment> wells = new LinkedHashMap<>();
        for (WellPosition w : map.format().wells()) {
            String stim = treatment.value(w);
            if (stim.isEmpty()) {
                for (PlateMap.Block other : new PlateMap.Block[] {dose, vehicle, donor}) {
                    if (other != null && !other.value(w).isEmpty()) {
                        throw new PlateMapException(file + ", " + other.location(w) + ": block '" + other.name() + "' has '" + other.value(w)
                                + "' but the well has no treatment");
                    }
                }
                continue;
            }
            double d = dose == null || dose.value(w).isEmpty() ? 0 : LayoutValues.number(dose.value(w), file, dose, w, "thymalfasin ng/mL");
            if (d < 0) throw new PlateMapException(file + ", " + dose.location(w) + ": block 'dose': " + dose.value(w) + " is below 0 ng/mL");
            boolean v = vehicle != null && LayoutValues.yesNo(vehicle.value(w), file, vehicle, w);
            String donorName = donor == null || donor.value(w).isEmpty() ? null : donor.value(w);
            try {
                wells.put(w, Treatment.of(LayoutValues.stimulus(stim), d, v, donorName));
            } catch (IllegalArgumentException e) {
                throw new PlateMapException(file + ", " + treatment.location(w) + ": " + e.getMessage());
            }
        }
        return new CulturePlate(name, map.format(), wells);
    }
}
