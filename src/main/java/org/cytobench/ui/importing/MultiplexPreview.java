package org.cytobench.ui.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.io.multiplex.VendorWell;
import org.cytobench.io.multiplex.VendorWellType;
import org.cytobench.plate.Numbers;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;

/**
 * What the import preview shows of a multiplex plate before anything lands: its analytes, per analyte the signal that
 * will be fitted and the bead counts (wells under the experiment's minimum marked), and the layout the file proposes.
 */
public record MultiplexPreview(MultiplexPlate plate) {

    /** Reads plate {@code index} of a multiplex export (run off the FX thread: it parses the file again). */
    public static MultiplexPreview read(SourceFile file, String formatId, int index) throws ImportException {
        List<MultiplexPlate> plates = MultiplexImporters.importFile(file, formatId).plates();
        return new MultiplexPreview(plates.get(Math.max(0, Math.min(index, plates.size() - 1))));
    }

    public List<String> analytes() { return plate.analyteNames(); }

    /** The analyte's signal as the fit will use it ("Net MFI", "FI - Bkgd", "Signal"). */
    public Optional<Read> signal(String analyte) { return plate.read(analyte, plate.signalRead()); }

    /** The analyte's bead counts; empty for formats without them (MSD). */
    public Optional<Read> beadCounts(String analyte) {
        return plate.beadCountRead() == null ? Optional.empty() : plate.read(analyte, plate.beadCountRead());
    }

    /** The wells whose bead count for the analyte is under {@code minimum}. */
    public Set<WellPosition> lowBeads(String analyte, int minimum) {
        Set<WellPosition> low = new TreeSet<>();
        beadCounts(analyte).ifPresent(r -> r.values().forEach((w, n) -> { if (n < minimum) low.add(w); }));
        return low;
    }

    /** How many analytes have at least one well under the minimum. */
    public int analytesWithLowBeads(int minimum) {
        return (int) analytes().stream().filter(a -> !lowBeads(a, minimum).isEmpty()).count();
    }

    /** The vendor's type of a well, null for a well the file does not lay out. */
    public VendorWellType type(WellPosition w) {
        VendorWell v = plate.wells().get(w);
        return v == null ? null : v.type();
    }

    /** The letter the preview draws: B background, S standard, C control, U unknown (as on the assay plate). */
    public static String letter(VendorWellType t) {
        if (t == null) return "";
        return switch (t) {
            case BACKGROUND -> "B";
            case STANDARD -> "S";
            case CONTROL -> "C";
            case UNKNOWN -> "U";
        };
    }

    /** "Layout from the file: 2 background, 16 standards (8 levels), 4 controls, 74 unknowns; dilutions 1–2". */
    public String layoutSummary() {
        Map<VendorWellType, Integer> n = new EnumMap<>(VendorWellType.class);
        Set<String> levels = new TreeSet<>();
        double minDil = Double.NaN, maxDil = Double.NaN;
        for (VendorWell w : plate.wells().values()) {
            n.merge(w.type(), 1, Integer::sum);
            if (w.type() == VendorWellType.STANDARD && w.level() != null) levels.add(w.level());
            if (w.dilution() != null) {
                minDil = Double.isNaN(minDil) ? w.dilution() : Math.min(minDil, w.dilution());
                maxDil = Double.isNaN(maxDil) ? w.dilution() : Math.max(maxDil, w.dilution());
            }
        }
        StringBuilder s = new StringBuilder("Layout from the file: ")
                .append(n.getOrDefault(VendorWellType.BACKGROUND, 0)).append(" background, ")
                .append(n.getOrDefault(VendorWellType.STANDARD, 0)).append(" standards (").append(levels.size()).append(" levels), ")
                .append(n.getOrDefault(VendorWellType.CONTROL, 0)).append(" controls, ")
                .append(n.getOrDefault(VendorWellType.UNKNOWN, 0)).append(" unknowns");
        if (!Double.isNaN(minDil)) {
            s.append("; dilutions ").append(Numbers.compact(minDil));
            if (maxDil > minDil) s.append("–").append(Numbers.compact(maxDil));
        }
        return s.toString();
    }

    /** What the well is according to the file, for the tooltip: "control Control1, dilution 2". */
    public String describe(WellPosition w) {
        VendorWell v = plate.wells().get(w);
        if (v == null) return "not in the file's layout";
        StringBuilder s = new StringBuilder(v.type().name().toLowerCase(java.util.Locale.ROOT));
        if (v.sample() != null && !v.sample().isBlank()) s.append(" ").append(v.sample());
        if (v.level() != null && (v.sample() == null || !v.sample().equals(v.level()))) s.append(" (").append(v.level()).append(")");
        if (v.dilution() != null && v.dilution() != 1) s.append(", dilution ").append(Numbers.compact(v.dilution()));
        return s.toString();
    }
}
