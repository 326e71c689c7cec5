package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    @Test
    void enlargeScalesTitleAxesAndAnnotations() {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), new NumberAxis("x"), new NumberAxis("y"), new XYLineAndShapeRenderer());
        XYTextAnnotation stars = new XYTextAnnotation("**", 1, 1);
        stars.setFont(new java.awt.Font(ChartStyle.FAMILY, java.awt.Font.BOLD, 8));
        plot.addAnnotation(stars);
        JFreeChart chart = ChartStyle.apply(new JFreeChart("IL-6", ChartStyle.TITLE, plot, true));
        ChartStyle.enlarge(chart, 1.5f);
        assertEquals(13.5f, chart.getTitle().getFont().getSize2D(), 1e-6);
        assertEquals(ChartStyle.TICK.getSize2D() * 1.5f, plot.getRangeAxis().getTickLabelFont().getSize2D(), 1e-6);
        assertEquals(ChartStyle.LABEL.getSize2D() * 1.5f, plot.getDomainAxis().getLabelFont().getSize2D(), 1e-6);
        assertEquals(12f, stars.getFont().getSize2D(), 1e-6);
        assertEquals(ChartStyle.SMALL.getSize2D() * 1.5f, chart.getLegend().getItemFont().getSize2D(), 1e-6);
    }

    @Test
    void enlargeScalesASharedAxisOfACombinedPlotOnce() {
        NumberAxis shared = new NumberAxis("OD");
        org.jfree.chart.plot.CombinedRangeXYPlot combined = new org.jfree.chart.plot.CombinedRangeXYPlot(shared);
        combined.add(new XYPlot(new XYSeriesCollection(), new NumberAxis("zero"), null, new XYLineAndShapeRenderer()));
        combined.add(new XYPlot(new XYSeriesCollection(), new NumberAxis("conc"), null, new XYLineAndShapeRenderer()));
        JFreeChart chart = ChartStyle.apply(new JFreeChart("c", ChartStyle.TITLE, combined, false));
        ChartStyle.enlarge(chart, 2f);
        assertEquals(ChartStyle.TICK.getSize2D() * 2f, shared.getTickLabelFont().getSize2D(), 1e-6);
        assertEquals(ChartStyle.LABEL.getSize2D() * 2f, shared.getLabelFont().getSize2D(), 1e-6);
    }
}
