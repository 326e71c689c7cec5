package org.cytobench.multiplex;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One analyte's agreement with the vendor: the wells side by side and the summary (median and largest absolute relative
 * difference over the wells where both give a number, and how many wells one calls in range and the other not).
 */
public record AnalyteConcordance(String plate, String analyte, String vendorModel, String vendorEquation, String cytobenchModel,
                                 String cytobenchParameters, List<WellConcordance> wells, String refitEquation) {

    public AnalyteConcordance {
        wells = List.copyOf(wells);
    }

    public int compared() { return (int) wells.stream().map(WellConcordance::relativeDifference).filter(Objects::nonNull).count(); }

    /** Median |relative difference|, NaN when no well has both numbers. */
    public double medianDifference() {
        double[] d = absDifferences();
        if (d.length == 0) return Double.NaN;
        Arrays.sort(d);
        return d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
    }

    public double maxDifference() {
        return Arrays.stream(absDifferences()).max().orElse(Double.NaN);
    }

    /** Largest |relative difference| between the vendor-model re-fit and the vendor, NaN when there is no re-fit. */
    public double maxRefitDifference() {
        return wells.stream().filter(w -> w.refit() != null && w.vendor() != null && w.vendor() != 0)
                .mapToDouble(w -> Math.abs(w.refit() - w.vendor()) / Math.abs(w.vendor())).max().orElse(Double.NaN);
    }

    public int statusDifferences() { return (int) wells.stream().filter(WellConcordance::statusDiffers).count(); }

    private double[] absDifferences() {
        return wells.stream().map(WellConcordance::relativeDifference).filter(Objects::nonNull).mapToDouble(Math::abs).toArray();
    }
}
