package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.CurveModel;
import org.cytobench.fit.FitResult;
import org.cytobench.fit.Weighting;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class StandardCurveChartTest {

    static final double[] CONC = {1000, 1000, 500, 500, 250, 250, 125, 125, 62.5, 62.5, 31.25, 31.25, 15.625, 15.625, 0, 0};

    static CurveChartData data() {
        double[] y = new double[CONC.length];
        List<CurveChartData.Point> std = new ArrayList<>();
        for (int i = 0; i < CONC.length; i++) {
            y[i] = ChartFixtures.od(CONC[i]) * (1 + 0.02 * Math.sin(i * 1.7));
            std.add(new CurveChartData.Point("W" + i, CONC[i], y[i], i == 5));
        }
        FitResult fit = CurveFitter.fit(CONC, y, CurveModel.FOUR_PL, Weighting.INV_Y2);
        List<CurveChartData.Point> samples = List.of(
                new CurveChartData.Point("C3", 200.0, CurveFitter.predict(fit, 200), false),
                new CurveChartData.Point("C4", 3.0, 0.06, false),          // below the drawn range
                new CurveChartData.Point("C5", null, 3.5, false),          // above the top asymptote
                new CurveChartData.Point("C6", 100.0, CurveFitter.predict(fit, 100), true)); // masked
        return new CurveChartData("IL-6 plate 1", "pg/mL", "OD 450", fit, std, samples, 15.625, 1000.0, 0.05);
    }

    @Test
    void drawsTheFittedCurveThroughCurveFitterPredict() {
        CurveChartData d = data();
        XYPlot curve = curvePanel(StandardCurveChart.create(d));
        XYDataset line = curve.getDataset(1);
        int n = line.getItemCount(0);
        assertEquals(241, n);
        assertEquals(1000.0 * 2, line.getXValue(0, n - 1), 1e-6, "curve runs to twice the top standard");
        assertEquals(15.625 / 2, line.getXValue(0, 0), 1e-9, "and from half the lowest non-zero standard");
        for (int i = 0; i < n; i += 40) {
            assertEquals(CurveFitter.predict(d.fit(), line.getXValue(0, i)), line.getYValue(0, i), 1e-12);
        }
    }

    @Test
    void placesStandardsSamplesAndTheZeroStandardApart() {
        JFreeChart chart = StandardCurveChart.create(data());
        XYPlot curve = curvePanel(chart);
        XYDataset pts = curve.getDataset(0);
        assertEquals(1, pts.getItemCount(0), "only the placeable, unmasked sample (C3) is on the curve");
        assertEquals(200.0, pts.getXValue(0, 0), 1e-9);
        assertEquals(13, pts.getItemCount(1), "14 non-zero standards, one excluded");
        assertEquals(1, pts.getItemCount(2), "the excluded standard is drawn separately (open)");
        XYPlot zero = (XYPlot) ((CombinedRangeXYPlot) chart.getPlot()).getSubplots().get(0);
        assertEquals(2, zero.getDataset().getItemCount(0), "both zero-standard wells in the left panel");
        assertEquals(0.0, zero.getDataset().getXValue(0, 0));
    }

    @Test
    void marksLimitsBlankAndSaysHowManySamplesAreOffTheCurve() {
        JFreeChart chart = StandardCurveChart.create(data());
        XYPlot curve = curvePanel(chart);
        List<Double> limits = curve.getDomainMarkers(Layer.BACKGROUND).stream().map(m -> ((ValueMarker) m).getValue()).toList();
        assertEquals(List.of(15.625, 1000.0), limits);
        assertEquals(0.05, ((ValueMarker) curve.getRangeMarkers(Layer.BACKGROUND).iterator().next()).getValue(), 1e-12);
        String subtitle = ((TextTitle) chart.getSubtitle(0)).getText();
        assertTrue(subtitle.startsWith("4PL, 1/y² weights · R² = 0.99"), subtitle);
        assertTrue(subtitle.contains("range 15.625–1000 pg/mL"), subtitle);
        assertTrue(subtitle.endsWith("1 sample off the curve"), subtitle);
    }

    @Test
    void residualsAreObservedMinusFitted() {
        CurveChartData d = data();
        XYDataset r = ((XYPlot) StandardCurveChart.residuals(d).getPlot()).getDataset();
        assertEquals(13, r.getItemCount(0));
        CurveChartData.Point first = d.standards().get(0);
        assertEquals(first.response() - CurveFitter.predict(d.fit(), 1000), r.getYValue(0, 0), 1e-12);
    }

    @Test
    void anUnconvergedFitDrawsNoCurveAndSaysWhy() {
        double[] c = {100, 100};
        double[] y = {1, 1.1};
        FitResult failed = CurveFitter.fit(c, y, CurveModel.FOUR_PL, Weighting.NONE);
        assertFalse(failed.isConverged());
        CurveChartData d = new CurveChartData("P", "pg/mL", "OD", failed,
                List.of(new CurveChartData.Point("A1", 100.0, 1, false)), List.of(), null, null, null);
        JFreeChart chart = StandardCurveChart.create(d);
        assertEquals(0, curvePanel(chart).getDataset(1).getItemCount(0));
        assertTrue(((TextTitle) chart.getSubtitle(0)).getText().contains(failed.status().id()));
        assertTrue(ChartExporter.png(chart, StandardCurveChart.SIZE, 72).length > 1000, "still renders");
    }

    static XYPlot curvePanel(JFreeChart chart) {
        return (XYPlot) ((CombinedRangeXYPlot) chart.getPlot()).getSubplots().get(1);
    }
}
