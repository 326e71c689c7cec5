package org.cytobench.flow.assay;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;

/**
 * Which culture well an acquired sample came from: the plate position the cytometer wrote ({@code WELL ID} on BD HTS
 * and FACSDiva plates, {@code $WELLID} in FCS 3.1, then {@code TUBE NAME} and {@code $SMNO} when they hold a well label
 * such as "B07"), else a well label in the file name ("Specimen_001_B7_B07.fcs", "Well_A02.fcs"). Labels outside the
 * culture plate are ignored, so "H13" on a 96-well plate maps nothing.
 */
public final class CultureWellMapping {
    private static final List<String> KEYWORDS = List.of("WELL ID", "$WELLID", "TUBE NAME", "$SMNO");
    private static final Pattern LABEL = Pattern.compile("^\\s*([A-Pa-p])\\s*0*([1-9][0-9]?)\\s*$");
    private static final Pattern IN_NAME = Pattern.compile("(?:^|[^A-Za-z0-9])([A-Pa-p])0*([1-9][0-9]?)(?=$|[^0-9A-Za-z])");

    private CultureWellMapping() {}

    public static Optional<WellPosition> guess(FcsFile file, PlateFormat format) {
        for (String k : KEYWORDS) {
            Optional<String> v = file.keyword(k);
            if (v.isEmpty()) continue;
            Optional<WellPosition> w = label(v.get(), format);
            if (w.isPresent()) return w;
        }
        return fromFileName(file.name(), format);
    }

    /** The last well label in a file name (instrument names put the well at the end), within the plate. */
    public static Optional<WellPosition> fromFileName(String name, PlateFormat format) {
        String base = name.replaceFirst("(?i)\\.fcs$", "").replaceFirst("\\.\\d{3}$", "");
        Matcher m = IN_NAME.matcher(base);
        WellPosition found = null;
        while (m.find()) {
            Optional<WellPosition> w = position(m.group(1), m.group(2), format);
            if (w.isPresent()) found = w.get();
        }
        return Optional.ofNullable(found);
    }

    static Optional<WellPosition> label(String value, PlateFormat format) {
        Matcher m = LABEL.matcher(value);
        return m.matches() ? position(m.group(1), m.group(2), format) : Optional.empty();
    }

    private static Optional<WellPosition> position(String row, String col, PlateFormat format) {
        int r = Character.toUpperCase(row.charAt(0)) - 'A';
        int c = Integer.parseInt(col) - 1;
        if (r >= format.rows() || c >= format.columns()) return Optional.empty();
        return Optional.of(new WellPosition(r, c));
    }
}
