package org.cytobench.io.multiplex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.plate.WellPosition;

/**
 * Reads what a vendor's sample name says about a well: xPONENT writes "Background0", "Standard3", "Control1", "Unknown7" (or
 * the sample's own name for unknowns, or B / S / C in some protocols); Bio-Plex writes Type "B", "S3", "C1", "X12".
 */
public final class VendorWellNames {
    private VendorWellNames() {}

    private static final Pattern BACKGROUND = Pattern.compile("(?i)(background|blank)\\s*\\d*|B\\d*");
    private static final Pattern STANDARD = Pattern.compile("(?i)(standard|std)\\s*(\\d*)|S(\\d*)");
    private static final Pattern CONTROL = Pattern.compile("(?i)(control|ctrl)\\s*(\\d*)|C(\\d*)");

    /** The well with its type and level read from the name. */
    public static VendorWell classify(WellPosition well, String sample, Double dilution, String group) {
        String s = sample == null ? "" : sample.strip();
        Matcher m;
        if (BACKGROUND.matcher(s).matches()) return new VendorWell(well, VendorWellType.BACKGROUND, s, null, dilution, group);
        if ((m = STANDARD.matcher(s)).matches()) return new VendorWell(well, VendorWellType.STANDARD, s, level(s, m), dilution, group);
        if ((m = CONTROL.matcher(s)).matches()) return new VendorWell(well, VendorWellType.CONTROL, s, level(s, m), dilution, group);
        return new VendorWell(well, VendorWellType.UNKNOWN, s, null, dilution, group);
    }

    /** The level as the file names it ("Standard3", "S3"); null for a bare "S" (levels defined elsewhere). */
    private static String level(String s, Matcher m) {
        String digits = m.group(2) != null ? m.group(2) : m.group(3);
        return digits == null || digits.isEmpty() ? null : s;
    }
}
