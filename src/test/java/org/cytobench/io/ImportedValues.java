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
 * Compares what was imported from a damaged copy of an export with what the intact export gives: every number it reports
 * must be the original's number for that well — in the read of the same name (kinetic points matched by time), or, when
 * the damaged copy names a plate or read differently (a lost title line, read by another importer), in some read of the
 * original. Fewer wells or reads is allowed; a different or invented number is not.
 */
public final class ImportedValues {
    private ImportedValues() {}

    /** The first difference, or empty when every reported number is the original's. */
    public static Optional<String> firstDifference(ImportResult original, ImportResult damaged) {
        for (PlateData pd : damaged.plates()) {
            PlateData po = plate(original, pd.name());
            if (po == null) {
                // read under another name (another importer, a lost title line): each number must still be the
                // original's number for that well in one of its reads
                Optional<String> d = numbersAnywhere(original, pd);
                if (d.isPresent()) return d;
                continue;
            }
            for (Read rd : pd.reads()) {
                Optional<Read> ro = po.read(rd.name());
                KineticRead firstPointOf = ro.isPresent() ? null : kinetic(po, rd.name());
                if (ro.isEmpty() && firstPointOf == null) {
                    for (Map.Entry<WellPosition, Double> e : rd.values().entrySet()) {
                        if (!anywhere(original, e.getKey(), e.getValue())) {
                            return Optional.of("plate '" + pd.name() + "', read '" + rd.name() + "' (not in the original), " + e.getKey()
                                    + ": " + e.getValue() + " is in no read of the original there");
                        }
                    }
                    continue;
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
                if (ko == null) {
                    for (Map.Entry<WellPosition, List<Double>> e : kd.series().entrySet()) {
                        for (Double v : e.getValue()) {
                            if (v != null && !anywhere(original, e.getKey(), v)) {
                                return Optional.of("plate '" + pd.name() + "', kinetic '" + kd.name() + "' (not in the original), "
                                        + e.getKey() + ": " + v + " is in no read of the original there");
                            }
                        }
                    }
                    continue;
                }
                for (Map.Entry<WellPosition, List<Double>> e : kd.series().entrySet()) {
                    List<Double> so = ko.series().get(e.getKey());
                    List<Double> sd = e.getValue();
                    for (int i = 0; i < sd.size(); i++) {
                        Double v = sd.get(i);
                        if (v == null) continue;
                        // time points are matched by their time: a damaged copy may have lost some
                        int j = i < kd.timesSeconds().size() ? ko.timesSeconds().indexOf(kd.timesSeconds().get(i)) : -1;
                        // …unless the time itself came from a lost line (VICTOR X3: the time of the first well read)
                        if (j < 0 && kd.timesSeconds().size() == ko.timesSeconds().size()) j = i;
                        Double o = so == null || j < 0 || j >= so.size() ? null : so.get(j);
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

    /**
     * The first read or kinetic read of the damaged copy (matched by plate and read name) that has fewer wells than the
     * original's, or empty. Reads the copy does not have at all are not counted: a file cut between reads loses whole reads.
     */
    public static Optional<String> lostWells(ImportResult original, ImportResult damaged) {
        for (PlateData pd : damaged.plates()) {
            PlateData po = plate(original, pd.name());
            if (po == null) continue;
            for (Read rd : pd.reads()) {
                Optional<Read> ro = po.read(rd.name());
                int n = rd.values().size() + rd.markers().size();
                if (ro.isPresent() && n < ro.get().values().size() + ro.get().markers().size()) {
                    return Optional.of("plate '" + pd.name() + "', read '" + rd.name() + "' has " + n + " wells, the original "
                            + (ro.get().values().size() + ro.get().markers().size()));
                }
            }
            for (KineticRead kd : pd.kinetic()) {
                KineticRead ko = kinetic(po, kd.name());
                if (ko != null && kd.series().size() < ko.series().size()) {
                    return Optional.of("plate '" + pd.name() + "', kinetic '" + kd.name() + "' has " + kd.series().size()
                            + " wells, the original " + ko.series().size());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> numbersAnywhere(ImportResult original, PlateData pd) {
        for (Read rd : pd.reads()) {
            for (Map.Entry<WellPosition, Double> e : rd.values().entrySet()) {
                if (!anywhere(original, e.getKey(), e.getValue())) {
                    return Optional.of("plate '" + pd.name() + "' (not in the original), read '" + rd.name() + "', " + e.getKey() + ": "
                            + e.getValue() + " is in no read of the original there");
                }
            }
        }
        for (KineticRead kd : pd.kinetic()) {
            for (Map.Entry<WellPosition, List<Double>> e : kd.series().entrySet()) {
                for (Double v : e.getValue()) {
                    if (v != null && !anywhere(original, e.getKey(), v)) {
                        return Optional.of("plate '" + pd.name() + "' (not in the original), kinetic '" + kd.name() + "', " + e.getKey()
                                + ": " + v + " is in no read of the original there");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** True when some read or time point of the original has exactly this number in this well. */
    private static boolean anywhere(ImportResult original, WellPosition w, double v) {
        for (PlateData p : original.plates()) {
            for (Read r : p.reads()) if (Objects.equals(r.value(w), v)) return true;
            for (KineticRead k : p.kinetic()) {
                List<Double> s = k.series().get(w);
                if (s != null && s.contains(v)) return true;
            }
        }
        return false;
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
