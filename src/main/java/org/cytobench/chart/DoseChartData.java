package org.cytobench.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a dose chart shows for one analyte: the groups in display order (unstimulated, vehicle, each thymalfasin dose),
 * each with its summary and every culture well.
 *
 * @param errorLabel "SD" or "SEM": what {@link Group#error()} is, printed on the axis
 * @param lloq       the reporting limit (already × dilution), drawn as a line; null when unknown
 */
public record DoseChartData(String analyte, String unit, List<Group> groups, Double lloq, String errorLabel, Style style) {

    /** Bars (filled to the mean) or a horizontal mean line; both with error bars. */
    public enum Style { BARS, DOTS }

    public DoseChartData {
        Objects.requireNonNull(analyte, "analyte");
        groups = List.copyOf(groups);
        unit = unit == null ? "" : unit;
        style = style == null ? Style.BARS : style;
        errorLabel = errorLabel == null ? "SD" : errorLabel;
    }

    /**
     * @param label  short axis label, e.g. "LPS + Tα1 10"
     * @param mean   NaN when the group has no usable value
     * @param error  SD or SEM, NaN when n &lt; 2
     * @param pValue Dunnett p against the vehicle control; null for the controls themselves
     * @param points every culture well, the value as it enters the summary
     */
    public record Group(String label, double mean, double error, int n, Double pValue, List<Point> points) {
        public Group {
            points = List.copyOf(points);
        }
    }

    /** One culture well (technical replicates already averaged). */
    public record Point(String donor, double value, boolean belowLloq) {}
}
