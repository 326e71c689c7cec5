package org.cytobench.io.multiplex;

import java.util.Objects;
import org.cytobench.plate.WellPosition;

/**
 * One well of the layout the vendor's file proposes. The layout is the plate's and shared by every analyte; what differs
 * per analyte (expected concentrations) is kept in {@link MultiplexPlate#expected()}.
 *
 * @param sample   the sample name as written ("Standard3", "Control1", "B_sid_13_CSP", "X12")
 * @param level    the standard or control level ("Standard3", "S3", "C1"), null for background and unknowns
 * @param dilution the dilution factor the file gives, or null when it gives none (neat)
 * @param group    replicate group: wells with the same non-null group were averaged by the vendor ("A3,B3")
 */
public record VendorWell(WellPosition well, VendorWellType type, String sample, String level, Double dilution, String group) {
    public VendorWell {
        Objects.requireNonNull(well, "well");
        Objects.requireNonNull(type, "type");
        if (dilution != null && !(dilution > 0)) throw new IllegalArgumentException("dilution factor must be > 0");
    }
}
