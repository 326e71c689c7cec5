package org.cytobench.plate;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One data set of a plate as the instrument exported it: e.g. the 450 nm read, the 570 nm reference read, or a derived
 * "Blank 450" set. A well has either a number in {@code values} or an instrument marker in {@code markers}
 * ({@code OVRFLW}, {@code MISSED}, {@code Masked}, {@code >105.000}, …), never both; wells with neither were not read.
 *
 * @param name         as the file names it ("450", "abs450:450", "Blank 450")
 * @param kind         raw or derived
 * @param wavelengthNm the wavelength when the file states one, else null
 */
public record Read(String name, ReadKind kind, Double wavelengthNm, Map<WellPosition, Double> values,
                   Map<WellPosition, String> markers) {

    public Read {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        markers = Collections.unmodifiableMap(new TreeMap<>(markers));
        for (WellPosition w : markers.keySet()) {
            if (values.containsKey(w)) throw new IllegalArgumentException("well " + w + " has both a value and a marker in read " + name);
        }
        for (Map.Entry<WellPosition, Double> e : values.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("well " + e.getKey() + " of read " + name + " is not a finite number; keep it as a marker");
            }
        }
    }

    public Double value(WellPosition w) { return values.get(w); }

    public String marker(WellPosition w) { return markers.get(w); }
}
