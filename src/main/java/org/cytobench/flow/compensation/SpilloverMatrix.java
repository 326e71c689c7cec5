package org.cytobench.flow.compensation;

import java.util.List;
import java.util.Locale;

/**
 * A spillover (spectrum) matrix: row i is how much of fluorochrome i's light each detector sees, column j belongs to
 * detector {@code detectors.get(j)}. Square when read from an FCS file ($SPILLOVER, SPILL, $SPILL), where fluorochromes
 * are named after their primary detector.
 *
 * @param fluorochromes row names (for a file's matrix, the detector names again)
 * @param detectors     column names: the channels ($PnN) the matrix applies to
 * @param values        {@code values[fluorochrome][detector]}
 */
public record SpilloverMatrix(List<String> fluorochromes, List<String> detectors, double[][] values) {

    public SpilloverMatrix {
        fluorochromes = List.copyOf(fluorochromes);
        detectors = List.copyOf(detectors);
        if (values.length != fluorochromes.size()) throw new IllegalArgumentException("spillover matrix has " + values.length
                + " rows for " + fluorochromes.size() + " fluorochromes");
        for (double[] row : values) {
            if (row.length != detectors.size()) throw new IllegalArgumentException("spillover matrix row has " + row.length
                    + " values for " + detectors.size() + " detectors");
        }
    }

    /** A square matrix over the same channels (the FCS keyword form). */
    public static SpilloverMatrix square(List<String> channels, double[][] values) {
        return new SpilloverMatrix(channels, channels, values);
    }

    /**
     * Parses the FCS keyword value {@code n,name1,...,namen,v11,v12,...,vnn} (row-major, rows = fluorochromes).
     *
     * @throws IllegalArgumentException with a plain message when the value does not have that shape
     */
    public static SpilloverMatrix parseKeyword(String value) {
        String[] parts = value.split(",", -1);
        int n;
        try {
            n = Integer.parseInt(parts[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the spillover matrix does not start with its size (found '" + parts[0].trim() + "')");
        }
        if (n <= 0 || parts.length != 1 + n + n * n) {
            throw new IllegalArgumentException("the spillover matrix of " + n + " channels needs " + (1 + n + n * n)
                    + " comma-separated fields, found " + parts.length);
        }
        List<String> names = List.of(parts).subList(1, n + 1).stream().map(String::trim).toList();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                String s = parts[1 + n + i * n + j].trim();
                try {
                    m[i][j] = Double.parseDouble(s.toLowerCase(Locale.ROOT));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("spillover value '" + s + "' (row " + (i + 1) + ", column " + (j + 1)
                            + ") is not a number");
                }
            }
        }
        return square(names, m);
    }

    public boolean isSquare() { return fluorochromes.size() == detectors.size(); }
}
