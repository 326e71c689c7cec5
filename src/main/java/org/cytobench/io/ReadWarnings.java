package org.cytobench.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;

/** Warnings about plates that were read but hold something a scientist should look at: markers, reads without numbers. */
public final class ReadWarnings {
    private ReadWarnings() {}

    private static final int SHOWN = 5;

    public static List<String> forPlate(PlateData p) {
        List<String> out = new ArrayList<>();
        for (Read r : p.reads()) {
            if (r.values().isEmpty()) out.add(p.name() + ", read " + r.name() + ": no well holds a number");
            if (!r.markers().isEmpty()) out.add(p.name() + ", read " + r.name() + ": " + describe(r.markers()));
        }
        for (KineticRead k : p.kinetic()) {
            if (!k.markers().isEmpty()) out.add(p.name() + ", kinetic read " + k.name() + ": " + describe(k.markers()));
        }
        return out;
    }

    private static String describe(Map<WellPosition, String> markers) {
        StringBuilder sb = new StringBuilder();
        sb.append(markers.size()).append(markers.size() == 1 ? " well holds a marker" : " wells hold markers")
                .append(" instead of a number (");
        int n = 0;
        for (Map.Entry<WellPosition, String> e : markers.entrySet()) {
            if (n == SHOWN) {
                sb.append(", …");
                break;
            }
            if (n++ > 0) sb.append(", ");
            sb.append(e.getKey().label()).append(" '").append(e.getValue()).append("'");
        }
        return sb.append(")").toString();
    }
}
