package org.cytobench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every Cytobench chart shares: sans-serif text sized for a printed journal figure (7–9 pt), white background,
 * light grid, and a colour-blind-safe palette (Okabe–Ito) for donors and series.
 */
public final class ChartStyle {
    private ChartStyle() {}

    static {
        // JFreeChart draws rotated text (the y-axis label) through a TextLayout by default, a workaround for JDK 1.4-era
        // bugs; SVG then gets glyph outlines instead of editable, searchable text.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** Logical font family: the JDK maps it to a font with µ, α, γ, ² (DejaVu Sans on Linux). */
    public static final String FAMILY = Font.SANS_SERIF;
    public static final Font TITLE = new Font(FAMILY, Font.BOLD, 9);
    public static final Font LABEL = new Font(FAMILY, Font.PLAIN, 8);
    public static final Font TICK = new Font(FAMILY, Font.PLAIN, 7);
    public static final Font SMALL = new Font(FAMILY, Font.PLAIN, 6);
    public static final Font SMALL_BOLD = new Font(FAMILY, Font.BOLD, 6);

    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED = new Color(0x77, 0x77, 0x77);
    /** Okabe & Ito (2008) colour-blind-safe palette, black left out (it is the ink). */
    public static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00), new Color(0xF0, 0xE4, 0x42)
    };
    public static final BasicStroke LINE = new BasicStroke(1.0f);
    public static final BasicStroke THIN = new BasicStroke(0.5f);
    public static final BasicStroke DASHED = new BasicStroke(0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 2f}, 0f);

    public static Color color(int i) { return PALETTE[Math.floorMod(i, PALETTE.length)]; }

    /**
     * Applies the figure look to a chart and returns it. Done by hand rather than with {@code StandardChartTheme}, which
     * also clears renderer series colours and restyles annotations, so the charts would lose their own colours.
     */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 6));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
            chart.getTitle().setPaint(INK);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(SMALL);
            chart.getLegend().setItemPaint(INK);
            chart.getLegend().setBackgroundPaint(Color.WHITE);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        stylePlot(chart.getPlot());
        return chart;
    }

    private static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(MUTED);
        plot.setOutlineStroke(THIN);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(THIN);
            xy.setRangeGridlineStroke(THIN);
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) styleAxis(xy.getDomainAxis(i));
            for (int i = 0; i < xy.getRangeAxisCount(); i++) styleAxis(xy.getRangeAxis(i));
            if (xy instanceof CombinedRangeXYPlot c) for (XYPlot sub : c.getSubplots()) stylePlot(sub);
            if (xy instanceof CombinedDomainXYPlot c) for (XYPlot sub : c.getSubplots()) stylePlot(sub);
        } else if (plot instanceof CategoryPlot cat) {
            cat.setDomainGridlinePaint(GRID);
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(THIN);
            cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < cat.getDomainAxisCount(); i++) styleAxis(cat.getDomainAxis(i));
            for (int i = 0; i < cat.getRangeAxisCount(); i++) styleAxis(cat.getRangeAxis(i));
        }
    }

    private static void styleAxis(Axis axis) {
        if (axis == null) return;
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(MUTED);
        axis.setTickMarkPaint(MUTED);
        axis.setAxisLineStroke(THIN);
        axis.setTickMarkStroke(THIN);
    }

    /**
     * Enlarges every text of a chart by {@code factor}, for showing a figure-sized chart on screen: the styles are sized
     * for 85 mm print, and a chart viewer draws at its pixel size, so on a 1000-pixel pane the 7 pt ticks would be tiny
     * and JFreeChart would crowd the axis with tick labels (it picks the tick unit from the label height).
     */
    public static JFreeChart enlarge(JFreeChart chart, float factor) {
        if (chart.getTitle() != null) chart.getTitle().setFont(scaled(chart.getTitle().getFont(), factor));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Object t = chart.getSubtitle(i);
            if (t instanceof org.jfree.chart.title.TextTitle tt) tt.setFont(scaled(tt.getFont(), factor));
            if (t instanceof org.jfree.chart.title.LegendTitle lt) lt.setItemFont(scaled(lt.getItemFont(), factor));
        }
        enlargePlot(chart.getPlot(), factor, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return chart;
    }

    private static void enlargePlot(Plot plot, float factor, java.util.Set<Object> done) {
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) if (done.add(xy.getDomainAxis(i))) enlargeAxis(xy.getDomainAxis(i), factor);
            for (int i = 0; i < xy.getRangeAxisCount(); i++) if (done.add(xy.getRangeAxis(i))) enlargeAxis(xy.getRangeAxis(i), factor);
            for (Object a : xy.getAnnotations()) if (done.add(a)) enlargeAnnotation(a, factor);
            for (int r = 0; r < xy.getRendererCount(); r++) {
                if (xy.getRenderer(r) instanceof org.jfree.chart.renderer.xy.AbstractXYItemRenderer ren) {
                    for (Object a : ren.getAnnotations()) if (done.add(a)) enlargeAnnotation(a, factor);
                }
            }
            for (org.jfree.chart.plot.Marker m : markers(xy)) {
                if (m.getLabelFont() != null && done.add(m)) m.setLabelFont(scaled(m.getLabelFont(), factor));
            }
            if (xy instanceof CombinedRangeXYPlot c) for (XYPlot sub : c.getSubplots()) enlargePlot(sub, factor, done);
            if (xy instanceof CombinedDomainXYPlot c) for (XYPlot sub : c.getSubplots()) enlargePlot(sub, factor, done);
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getDomainAxisCount(); i++) if (done.add(cat.getDomainAxis(i))) enlargeAxis(cat.getDomainAxis(i), factor);
            for (int i = 0; i < cat.getRangeAxisCount(); i++) if (done.add(cat.getRangeAxis(i))) enlargeAxis(cat.getRangeAxis(i), factor);
        }
    }

    private static java.util.List<org.jfree.chart.plot.Marker> markers(XYPlot xy) {
        java.util.List<org.jfree.chart.plot.Marker> all = new java.util.ArrayList<>();
        for (org.jfree.chart.ui.Layer layer : new org.jfree.chart.ui.Layer[] {org.jfree.chart.ui.Layer.FOREGROUND, org.jfree.chart.ui.Layer.BACKGROUND}) {
            java.util.Collection<?> d = xy.getDomainMarkers(layer);
            java.util.Collection<?> r = xy.getRangeMarkers(layer);
            if (d != null) d.forEach(m -> all.add((org.jfree.chart.plot.Marker) m));
            if (r != null) r.forEach(m -> all.add((org.jfree.chart.plot.Marker) m));
        }
        return all;
    }

    private static void enlargeAnnotation(Object a, float factor) {
        if (a instanceof org.jfree.chart.annotations.XYTextAnnotation t) t.setFont(scaled(t.getFont(), factor));
    }

    private static void enlargeAxis(Axis axis, float factor) {
        if (axis == null) return;
        axis.setLabelFont(scaled(axis.getLabelFont(), factor));
        axis.setTickLabelFont(scaled(axis.getTickLabelFont(), factor));
    }

    private static Font scaled(Font f, float factor) {
        return f == null ? null : f.deriveFont(f.getSize2D() * factor);
    }
}
