package org.cytobench.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;

/**
 * Compares what was imported from a damaged copy of an export with what the intact export gives: every plate, read and
 * kinetic series the damaged copy reports must be in the original, and every number it reports must be the original's
 * number for that well (fewer wells or reads is allowed; a different or invented number is not).
 */
public final class ImportedValues {
    private ImportedValues() {}

    /** The first difference, or empty when every reported number is the original's. */
    public static Optional<String> firstDifference(ImportResult original, ImportResult damaged) {
        for (PlateData pd : damaged.plates()) {
            PlateData po = plate(original, pd.name());
            if (po == null) return Optional.of("plate '" + pd.name() + "' is not in the original (it has " + names(original) + ")");
            for (Read rd : pd.reads()) {
                Optional<Read> ro = po.read(rd.name());
                KineticRead firstPointOf = ro.isPresent() ? null : kinetic(po, rd.name());
                if (ro.isEmpty() && firstPointOf == null) {
                    return Optional.of("plate '" + pd.name() + "': read '" + rd.name() + "' is not in the original");
                }
                for (Map.Entry<WellPosition, Double> e : rd.values().entrySet()) {
                    // a kinetic export cut after its first time point reads as an endpoint read of that time point
                    Double v = ro.isPresent() ? ro.get().value(e.getKey()) : firstPoint(firstPointOf, e.getKey());
                    if (!Objects.equals(v, e.getValue())) {
                        return Optional.of("plate '" + pd.name() + "', read '" + rd.name() + "', " + e.getKey() + ": " + e.getValue()
                                + " but the original has " + (v != null ? v : "no number there"));
                    }
                }
            }
            for (KineticRead kd : pd.kinetic()) {
                KineticRead ko = po.kinetic().stream().filter(k -> k.name().equals(kd.name())).findFirst().orElse(null);
                if (ko == null) return Optional.of("plate '" + pd.name() + "': kinetic read '" + kd.name() + "' is not in the original");
                for (Map.Entry<WellPosition, List<Double>> e : kd.series().entrySet()) {
                    List<Double> so = ko.series().get(e.getKey());
                    List<Double> sd = e.getValue();
                    for (int i = 0; i < sd.size(); i++) {
                        Double v = sd.get(i);
                        if (v == null) continue;
                        Double o = so == null || i >= so.size() ? null : so.get(i);
                        if (!v.equals(o)) {
                            return Optional.of("plate '" + pd.name() + "', kinetic '" + kd.name() + "', " + e.getKey() + " point " + (i + 1)
                                    + ": " + v + " but the original has " + o);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static KineticRead kinetic(PlateData p, String name) {
        return p.kinetic().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    private static Double firstPoint(KineticRead k, WellPosition w) {
        List<Double> s = k.series().get(w);
        return s == null || s.isEmpty() ? null : s.get(0);
    }

    private static PlateData plate(ImportResult r, String name) {
        for (PlateData p : r.plates()) if (p.name().equals(name)) return p;
        return null;
    }

    private static List<String> names(ImportResult r) {
        return r.plates().stream().map(PlateData::name).toList();
    }
}
