package org.cytobench.chart.dose;

import java.util.List;
import java.util.Objects;

/**
 * What one panel of the dose-response figure shows: one analyte (or flow read-out), its treatment groups in display
 * order, and how the statistics were done (for the caption). Built from the analysis by
 * {@code org.cytobench.report.AnalysisCharts}; the chart package knows nothing of the analysis.
 *
 * @param analyte       panel title and y-axis name, e.g. "TNF-α"
 * @param unit          concentration unit, e.g. "pg/mL"
 * @param groups        display order: unstimulated controls, then per stimulus its vehicle control and rising doses
 * @param lloq          the reporting limit drawn as a dashed line, or null
 * @param substitution  how values below the LLOQ are drawn, e.g. "LLOQ/2", or null when none are
 * @param nUnit         what n counts, e.g. "donors" or "culture wells"
 * @param test          the test behind the brackets, e.g. "Dunnett vs vehicle (donor-blocked)"
 * @param blocked       whether donors are blocks (then a donor's values are joined by lines)
 * @param note          why the panel is empty (no data, plate failed QC …), or null
 */
public record DosePanelData(String analyte, String unit, List<Group> groups, Double lloq, String substitution, String nUnit,
                            String test, boolean blocked, String note) {

    public DosePanelData {
        Objects.requireNonNull(analyte, "analyte");
        unit = unit == null ? "" : unit;
        groups = List.copyOf(groups);
        nUnit = nUnit == null ? "donors" : nUnit;
        test = test == null ? "Dunnett vs vehicle" : test;
    }

    /** A panel with nothing to draw, saying why. */
    public static DosePanelData empty(String analyte, String unit, String why) {
        return new DosePanelData(analyte, unit, List.of(), null, null, null, null, false, why);
    }

    /**
     * One treatment group.
     *
     * @param stimulus     the bracket it sits under, e.g. "LPS 100 ng/mL" or "Unstimulated"
     * @param category     its label on the x-axis: "Vehicle", "Medium" (no vehicle) or the thymalfasin dose "10"
     * @param mean         NaN when the group has no usable value
     * @param sd           NaN when n &lt; 2
     * @param sem          NaN when n &lt; 2
     * @param ciLow        95 % CI of the mean, NaN when n &lt; 2
     * @param ciHigh       95 % CI of the mean, NaN when n &lt; 2
     * @param n            the n of the statistics
     * @param controlIndex the index (in the panel's groups) of the control this group was tested against, or -1
     * @param p            that test's p-value, or null when untested
     * @param points       every culture well with a value, as it entered the statistics
     * @param geometric    true when the statistics were done on log10 values: {@code mean} is then the geometric mean
     *                     and {@code sd}, {@code sem} are the SD and SEM of the log10 values, so their bars are
     *                     multiplicative (mean ×/÷ 10^sd, Prism's "geometric SD factor"), not mean ± sd
     */
    public record Group(String stimulus, String category, double mean, double sd, double sem, double ciLow, double ciHigh,
                        int n, int controlIndex, Double p, List<Point> points, boolean geometric) {
        public Group {
            Objects.requireNonNull(stimulus, "stimulus");
            Objects.requireNonNull(category, "category");
            points = List.copyOf(points);
        }

        /** A group whose statistics are on the linear scale. */
        public Group(String stimulus, String category, double mean, double sd, double sem, double ciLow, double ciHigh,
                     int n, int controlIndex, Double p, List<Point> points) {
            this(stimulus, category, mean, sd, sem, ciLow, ciHigh, n, controlIndex, p, points, false);
        }

        /** The top of the error bar of that kind: mean + spread, or mean × 10^spread when geometric. */
        public double upper(org.cytobench.chart.dose.DoseFigureSettings.Error kind) {
            return switch (kind) {
                case SD -> geometric ? mean * Math.pow(10, sd) : mean + sd;
                case SEM -> geometric ? mean * Math.pow(10, sem) : mean + sem;
                case CI95 -> ciHigh;
            };
        }

        /** The bottom of the error bar of that kind: mean − spread, or mean / 10^spread when geometric. */
        public double lower(org.cytobench.chart.dose.DoseFigureSettings.Error kind) {
            return switch (kind) {
                case SD -> geometric ? mean / Math.pow(10, sd) : mean - sd;
                case SEM -> geometric ? mean / Math.pow(10, sem) : mean - sem;
                case CI95 -> ciLow;
            };
        }
    }

    /**
     * One culture well (technical replicates already averaged).
     *
     * @param substituted true when the value is not measured but stands in for one outside the range (&lt; LLOQ)
     */
    public record Point(String donor, double value, boolean substituted) {
        public Point {
            donor = donor == null || donor.isBlank() ? "—" : donor;
        }
    }
}
