package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class DoseResponseChartTest {

    static DoseChartData data(DoseChartData.Style style) {
        String[] labels = {"Unstim.", "LPS + veh", "LPS + Tα1 10", "LPS + Tα1 100"};
        double[] level = {5, 900, 1000, 1600};
        Double[] p = {null, null, 0.2, 0.0004};
        List<DoseChartData.Group> groups = new ArrayList<>();
        for (int g = 0; g < labels.length; g++) {
            List<DoseChartData.Point> pts = new ArrayList<>();
            for (int d = 1; d <= 3; d++) {
                for (int k = 0; k < 2; k++) {
                    double v = level[g] * (0.9 + 0.05 * d + 0.02 * k);
                    pts.add(new DoseChartData.Point("D" + d, v < 15.6 ? 7.8 : v, v < 15.6));
                }
            }
            double mean = pts.stream().mapToDouble(DoseChartData.Point::value).average().orElseThrow();
            groups.add(new DoseChartData.Group(labels[g], mean, 0.1 * mean, 6, p[g], pts));
        }
        return new DoseChartData("TNF-α", "pg/mL", groups, 15.6, "SEM", style);
    }

    @Test
    void everyCultureWellIsAPointColouredByDonor() {
        XYPlot plot = (XYPlot) DoseResponseChart.create(data(DoseChartData.Style.BARS)).getPlot();
        XYDataset ds = plot.getDataset();
        assertEquals(3, ds.getSeriesCount(), "one series per donor");
        assertEquals("D1", ds.getSeriesKey(0));
        int total = 0;
        for (int s = 0; s < 3; s++) total += ds.getItemCount(s);
        assertEquals(24, total, "4 groups × 3 donors × 2 wells");
        // donor 1's points sit left of the group centre, donor 3's right
        assertTrue(ds.getXValue(0, 0) < 0 && ds.getXValue(2, 0) > 0);
        assertEquals(ChartStyle.color(1), plot.getRenderer().getSeriesPaint(1));
    }

    @Test
    void wellsBelowTheLloqAreDrawnOpen() {
        XYPlot plot = (XYPlot) DoseResponseChart.create(data(DoseChartData.Style.DOTS)).getPlot();
        XYItemRenderer r = plot.getRenderer();
        // first items of each donor are the unstimulated wells (5 × 0.95.. < 15.6): open; later ones filled
        var shapes = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) r;
        assertFalse(shapes.getItemShapeFilled(0, 0));
        assertTrue(shapes.getItemShapeFilled(0, 2));
        ValueMarker lloq = (ValueMarker) plot.getRangeMarkers(Layer.BACKGROUND).iterator().next();
        assertEquals(15.6, lloq.getValue());
        assertEquals("LLOQ", lloq.getLabel());
    }

    @Test
    void starsFollowDunnettPValuesOnlyForDoses() {
        JFreeChart chart = DoseResponseChart.create(data(DoseChartData.Style.BARS));
        List<String> stars = ((XYPlot) chart.getPlot()).getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation).map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertEquals(List.of("ns", "***"), stars);
        assertEquals("*", DoseResponseChart.stars(0.049));
        assertEquals("**", DoseResponseChart.stars(0.001));
        assertEquals("***", DoseResponseChart.stars(0.000999));
        assertEquals("ns", DoseResponseChart.stars(0.05));
        assertEquals("", DoseResponseChart.stars(Double.NaN));
    }

    @Test
    void axisLeavesRoomAboveTheHighestErrorBar() {
        DoseChartData d = data(DoseChartData.Style.BARS);
        XYPlot plot = (XYPlot) DoseResponseChart.create(d).getPlot();
        DoseChartData.Group top = d.groups().get(3);
        assertTrue(plot.getRangeAxis().getUpperBound() > top.mean() + top.error());
        assertEquals(0, plot.getRangeAxis().getLowerBound());
        assertTrue(plot.getRangeAxis().getLabel().endsWith("mean ± SEM"));
    }
}
