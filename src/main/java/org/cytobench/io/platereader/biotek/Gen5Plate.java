package org.cytobench.io.platereader.biotek;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cytobench.io.DataSetCollector;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;

/** One plate of a Gen5 export while it is being parsed: its data sets, kinetic tables and what fixes its dimensions. */
final class Gen5Plate {
    final String name;
    final DataSetCollector reads = new DataSetCollector();
    final List<KineticRead> kinetic = new ArrayList<>();
    /** Whole days Gen5 added to the workbook's time cells (0 for text exports). */
    double dayOffset;
    /** From a matrix table: the most reliable source of the dimensions. */
    PlateFormat tableFormat;
    /** From the procedure's "Plate Type" line. */
    PlateFormat declaredFormat;
    /** The largest well seen in kinetic or well-wise tables. */
    PlateFormat wellsFormat;
    final Set<String> timeValuedSets = new HashSet<>();
    /** The Layout block: Well ID and Conc/Dil cells by well (see Gen5Layout). */
    final java.util.Map<org.cytobench.plate.WellPosition, String> layoutIds = new java.util.TreeMap<>();
    final java.util.Map<org.cytobench.plate.WellPosition, String> layoutValues = new java.util.TreeMap<>();

    Gen5Plate(String name) {
        this.name = name;
    }

    /** A data-set name not yet used on this plate: Gen5 can repeat a name in a second Results block. */
    String unusedName(String wanted) {
        String n = wanted;
        for (int i = 2; reads.has(n) || kineticNamed(n); i++) n = wanted + " (" + i + ")";
        return n;
    }

    private boolean kineticNamed(String n) {
        return kinetic.stream().anyMatch(k -> k.name().equals(n));
    }

    void seeWells(PlateFormat f) {
        if (wellsFormat == null || f.wellCount() > wellsFormat.wellCount()) wellsFormat = f;
    }

    PlateFormat format() {
        if (tableFormat != null) return tableFormat;
        if (declaredFormat != null && (wellsFormat == null || declaredFormat.wellCount() >= wellsFormat.wellCount())) return declaredFormat;
        return wellsFormat != null ? wellsFormat : PlateFormat.WELLS_96;
    }

    boolean isEmpty() {
        return reads.reads(Gen5Names::kind, Gen5Names::wavelength).isEmpty() && kinetic.isEmpty();
    }

    PlateData build(String finalName, List<String> warnings) {
        List<Read> rs = reads.reads(Gen5Names::kind, Gen5Names::wavelength);
        PlateFormat f = format();
        if (rs.isEmpty() && kinetic.isEmpty()) {
            warnings.add("plate '" + finalName + "' holds no data (no numeric wells)");
        } else if (kinetic.isEmpty() && rs.stream().noneMatch(r -> r.kind() == ReadKind.RAW)) {
            warnings.add("plate '" + finalName + "' carries only values Gen5 computed ("
                    + String.join(", ", rs.stream().map(Read::name).toList()) + "), no raw reads");
        }
        if (!timeValuedSets.isEmpty()) {
            warnings.add("plate '" + finalName + "': the time data sets " + String.join(", ", timeValuedSets.stream().sorted().toList())
                    + " are in seconds");
        }
        return new PlateData(finalName, f.rows(), f.columns(), rs, kinetic);
    }
}
