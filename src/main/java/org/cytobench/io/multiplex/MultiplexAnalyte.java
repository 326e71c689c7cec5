package org.cytobench.io.multiplex;

import java.util.Objects;

/**
 * One analyte of a multiplex panel as the vendor's file names it.
 *
 * @param name   as written in the file ("IL10", "IL-1b", "TNF-a"), never renamed
 * @param unit   concentration unit the file states, or null
 * @param region bead region (Luminex BeadID, Bio-Plex region) or MSD spot, or null when the file does not say
 */
public record MultiplexAnalyte(String name, String unit, String region) {
    public MultiplexAnalyte {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("an analyte needs a name");
        name = name.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        region = region == null || region.isBlank() ? null : region.strip();
    }
}
