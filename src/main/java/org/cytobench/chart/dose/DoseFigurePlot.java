package org.cytobench.chart.dose;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.ui.RectangleInsets;

/**
 * A {@link DoseFigure} as a JFreeChart plot, so the figure travels through everything that handles charts (the report,
 * the chart files, exporters) unchanged. The chart around it draws nothing of its own: no title, legend, padding or border.
 */
final class DoseFigurePlot extends Plot {
    private static final long serialVersionUID = 1L;
    private final transient DoseFigure figure;

    DoseFigurePlot(DoseFigure figure) {
        this.figure = figure;
        setInsets(RectangleInsets.ZERO_INSETS);
        setOutlineVisible(false);
        setBackgroundPaint(null);
    }

    @Override
    public String getPlotType() { return "Dose-response figure"; }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) info.setPlotArea(area);
        figure.draw(g2, area);
    }

    static JFreeChart chart(DoseFigure figure) {
        JFreeChart c = new JFreeChart(null, null, new DoseFigurePlot(figure), false);
        c.setPadding(RectangleInsets.ZERO_INSETS);
        c.setBorderVisible(false);
        c.setBackgroundPaint(java.awt.Color.WHITE);
        return c;
    }
}
