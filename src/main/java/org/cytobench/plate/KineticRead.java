package org.cytobench.plate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A kinetic data set: for each well, one value per time point. A missing or non-numeric reading is {@code null} in the
 * series (its marker, if any, is in {@code markers} under the well, first marker seen).
 *
 * @param name         channel name as the file gives it
 * @param timesSeconds time of each read since the start, in seconds
 */
public record KineticRead(String name, Double wavelengthNm, List<Double> timesSeconds,
                          Map<WellPosition, List<Double>> series, Map<WellPosition, String> markers) {

    public KineticRead {
        timesSeconds = List.copyOf(timesSeconds);
        TreeMap<WellPosition, List<Double>> s = new TreeMap<>();
        for (Map.Entry<WellPosition, List<Double>> e : series.entrySet()) {
            if (e.getValue().size() != timesSeconds.size()) {
                throw new IllegalArgumentException("well " + e.getKey() + " has " + e.getValue().size() + " reads but there are "
                        + timesSeconds.size() + " time points");
            }
            s.put(e.getKey(), Collections.unmodifiableList(new java.util.ArrayList<>(e.getValue())));
        }
        series = Collections.unmodifiableMap(s);
        markers = Collections.unmodifiableMap(new TreeMap<>(markers));
    }
}
