package org.cytobench.chart.overview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.cytobench.analysis.DonorFoldChanges;
import org.cytobench.chart.ChartStyle;
import org.cytobench.chart.FigureSize;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The multi-analyte overview heat map: analytes across, donor × treatment down, each cell the log2 fold change against
 * the donor's own vehicle control, on a diverging scale symmetric about 0 with its legend and units. Empty cells (no
 * value on either side) stay light grey.
 */
public final class FoldChangeHeatMapChart {
    private FoldChangeHeatMapChart() {}

    private static final Color EMPTY = new Color(0xEE, 0xEE, 0xEE);

    /** Up to this many analytes each cell also prints its value; beyond, the colour alone (and Copy) tells it. */
    static final int LABELLED = 16;

    /**
     * A size that gives every analyte a column (9 mm when cells print their value, else 5 mm) and every row 4.5 mm, with
     * room for the row labels and the legend.
     */
    public static FigureSize size(DonorFoldChanges f) {
        double column = f.analytes().size() <= LABELLED ? 9 : 5;
        return new FigureSize(Math.max(120, 75 + column * f.analytes().size()), Math.max(70, 40 + 4.5 * f.rows().size()));
    }

    public static JFreeChart create(DonorFoldChanges f) {
        // the scale runs to the next half unit above the largest change, at least ±1 (a two-fold change)
        DivergingScale scale = new DivergingScale(Math.max(1, Math.ceil(f.maxAbs() * 2) / 2));
        DefaultXYZDataset data = new DefaultXYZDataset();
        int n = 0;
        for (Double[] row : f.log2()) for (Double v : row) if (v != null) n++;
        double[][] xyz = new double[3][n];
        int i = 0;
        for (int r = 0; r < f.rows().size(); r++) {
            for (int c = 0; c < f.analytes().size(); c++) {
                Double v = f.log2()[r][c];
                if (v == null) continue;
                xyz[0][i] = c;
                xyz[1][i] = r;
                xyz[2][i] = v;
                i++;
            }
        }
        data.addSeries("log2 fold change", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setBlockWidth(0.96);
        renderer.setBlockHeight(0.92);

        SymbolAxis analytes = new SymbolAxis(null, f.analytes().toArray(new String[0]));
        analytes.setVerticalTickLabels(f.analytes().size() > 8);
        analytes.setTickLabelFont(ChartStyle.TICK);
        analytes.setGridBandsVisible(false);
        analytes.setTickMarksVisible(false);
        analytes.setAxisLineVisible(false);
        analytes.setRange(-0.5, f.analytes().size() - 0.5);
        String[] labels = f.rows().stream().map(DonorFoldChanges.Row::label).toArray(String[]::new);
        SymbolAxis rows = new SymbolAxis(null, labels);
        rows.setInverted(true);
        rows.setTickLabelFont(ChartStyle.TICK);
        rows.setGridBandsVisible(false);
        rows.setTickMarksVisible(false);
        rows.setAxisLineVisible(false);
        rows.setRange(-0.5, Math.max(0, labels.length - 0.5));

        XYPlot plot = new XYPlot(data, analytes, rows, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setBackgroundPaint(EMPTY);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // white lines between donors, so each donor's block of treatments reads as one
        for (int r = 1; r < f.rows().size(); r++) {
            if (!f.rows().get(r).donor().equals(f.rows().get(r - 1).donor())) {
                plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(r - 0.5, Color.WHITE, new BasicStroke(2f)));
            }
        }
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        if (f.analytes().size() <= LABELLED) {
            Font font = ChartStyle.SMALL;
            for (int r = 0; r < f.rows().size(); r++) {
                for (int c = 0; c < f.analytes().size(); c++) {
                    Double v = f.log2()[r][c];
                    if (v == null) continue;
                    String text = String.format(Locale.ROOT, "%.1f", v);
                    XYTextAnnotation t = new XYTextAnnotation(text.equals("-0.0") ? "0.0" : text, c, r);
                    t.setFont(font);
                    t.setPaint(scale.ink(v));
                    t.setTextAnchor(TextAnchor.CENTER);
                    plot.addAnnotation(t);
                }
            }
        }
        chart.setTitle(new TextTitle("Fold change vs vehicle control, per donor and analyte", ChartStyle.TITLE));
        NumberAxis key = new NumberAxis("log2 fold change (treated ÷ same donor's vehicle)");
        key.setLabelFont(ChartStyle.TICK);
        key.setTickLabelFont(ChartStyle.SMALL);
        key.setRange(-scale.limit(), scale.limit());
        PaintScaleLegend legend = new PaintScaleLegend(scale, key);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(8);
        legend.setAxisOffset(2);
        legend.setMargin(new RectangleInsets(12, 8, 12, 0));
        legend.setSubdivisionCount(128);
        chart.addSubtitle(legend);
        TextTitle note = new TextTitle("blue: lower than vehicle · white: no change · red: higher (+1 = twice) · grey: no value; "
                + "values as entered in the statistics", ChartStyle.SMALL);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setPaint(ChartStyle.MUTED);
        chart.addSubtitle(note);
        return chart;
    }
}
