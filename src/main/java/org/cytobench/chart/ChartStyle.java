package org.cytobench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
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

    /** Applies the figure theme to a chart and returns it. */
    public static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("Cytobench", false);
        theme.setExtraLargeFont(TITLE);
        theme.setLargeFont(LABEL);
        theme.setRegularFont(TICK);
        theme.setSmallFont(SMALL);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(MUTED);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setTitlePaint(INK);
        theme.setSubtitlePaint(INK);
        theme.setLegendItemPaint(INK);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        Paint[] paints = PALETTE.clone();
        theme.setDrawingSupplier(new org.jfree.chart.plot.DefaultDrawingSupplier(paints, paints,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
        chart.setPadding(new RectangleInsets(4, 4, 4, 6));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
