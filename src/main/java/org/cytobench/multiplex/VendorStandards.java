package org.cytobench.multiplex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytobench.io.multiplex.ImplausibleValue;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;

/**
 * One analyte's standard wells as the vendor fitted them: expected concentration and signal per well. An expected
 * concentration flagged implausible is taken at the value its series implies — the vendor's own fit evidently used that
 * value (with the written one the vendor's coefficients are far from optimal; docs/multiplex.md) — and listed in
 * {@code corrected}, so the report can say so.
 */
public record VendorStandards(String analyte, double[] concentration, double[] signal, List<WellPosition> wells,
                              List<ImplausibleValue> corrected) {

    public static VendorStandards of(MultiplexPlate plate, String analyte) {
        Map<String, Double> expected = plate.expected().getOrDefault(analyte, Map.of());
        Read signal = plate.read(analyte, plate.signalRead()).orElse(null);
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        List<WellPosition> ws = new ArrayList<>();
        List<ImplausibleValue> used = new ArrayList<>();
        for (VendorWell w : plate.wells().values()) {
            if (w.type() != VendorWellType.STANDARD || w.level() == null || signal == null) continue;
            Double x = expected.get(w.level()), y = signal.value(w.well());
            if (x == null || y == null) continue;
            for (ImplausibleValue v : plate.implausible()) {
                if (v.analyte().equals(analyte) && v.level().equals(w.level())) {
                    x = v.implied();
                    if (!used.contains(v)) used.add(v);
                }
            }
            xs.add(x);
            ys.add(y);
            ws.add(w.well());
        }
        return new VendorStandards(analyte, xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray(), ws, used);
    }
}
