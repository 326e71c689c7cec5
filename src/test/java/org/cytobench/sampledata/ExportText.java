package org.cytobench.sampledata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Number formatting and byte encoding shared by the simulated instrument exports. */
final class ExportText {
    private ExportText() {}

    /** Fixed decimals, as Gen5 prints ("0.052"); never "-0.000". */
    static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.0*") ? s.substring(1) : s;
    }

    /** Up to {@code decimals}, trailing zeros dropped, as SoftMax Pro prints raw ODs ("0.1003", "0.122"). */
    static String trimmed(double v, int decimals) {
        BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.signum() == 0 ? "0" : b.toPlainString();
    }

    /** A concentration as a layout shows it: 1000, 62.5, 15.625. */
    static String concentration(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The lines joined with the given line ending (each line terminated), optionally with a byte-order mark. */
    static byte[] encode(List<String> lines, String eol, Charset charset, boolean bom) {
        StringBuilder sb = new StringBuilder();
        if (bom) sb.append('\uFEFF');
        for (String l : lines) sb.append(l).append(eol);
        // UTF_16LE does not write a BOM itself; the explicit U+FEFF above becomes FF FE as SoftMax writes it.
        return sb.toString().getBytes(charset);
    }

    static final Charset UTF_8 = StandardCharsets.UTF_8;
    static final Charset UTF_16LE = StandardCharsets.UTF_16LE;
}
