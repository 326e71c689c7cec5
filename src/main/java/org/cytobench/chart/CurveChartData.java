package org.cytobench.chart;

import java.util.List;
import java.util.Objects;
import org.cytobench.fit.FitResult;

/**
 * What a standard-curve chart shows, independent of how the analysis produced it.
 *
 * @param title         e.g. "IL-6 plate 1"
 * @param unit          concentration unit, e.g. "pg/mL"
 * @param responseLabel y axis, e.g. "OD 450−570 (blank-subtracted)"
 * @param fit           the fitted curve (may be unconverged: then no curve is drawn and the title says so)
 * @param standards     one point per standard well; concentration 0 for the zero standard
 * @param samples       one point per sample well: the back-calculated concentration (before dilution) and its response
 * @param lloq          lowest passing standard, or null
 * @param uloq          highest passing standard, or null
 * @param blank         mean blank response on the y scale of the points, or null
 */
public record CurveChartData(String title, String unit, String responseLabel, FitResult fit, List<Point> standards,
                             List<Point> samples, Double lloq, Double uloq, Double blank) {

    public CurveChartData {
        Objects.requireNonNull(fit, "fit");
        standards = List.copyOf(standards);
        samples = List.copyOf(samples);
        unit = unit == null ? "" : unit;
    }

    /**
     * One well on the chart.
     *
     * @param concentration nominal (standards) or back-calculated (samples); null when there is none
     * @param excluded      masked or otherwise left out of the fit: drawn open
     */
    public record Point(String well, Double concentration, double response, boolean excluded) {}
}
