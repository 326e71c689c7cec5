package org.cytobench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
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
 * The plate as it came off the reader: one cell per well coloured by its raw value (viridis), with the layout on top —
 * a role letter (S standard, Z zero standard, B blank, Q QC, U sample), the value, masked wells crossed out and
 * instrument markers (OVRFLW, …) written in grey cells. QC at a glance: a gradient down the standard columns, blanks dark,
 * nothing odd at the plate edge.
 */
public final class PlateHeatMapChart {
    /** A size that keeps a 96-well plate's cells square-ish with room for the colour key. */
    public static final FigureSize SIZE = new FigureSize(180, 105);

    private static final Color MARKER_CELL = new Color(0xBB, 0xBB, 0xBB);
    private static final Color EMPTY_INK = new Color(0x99, 0x99, 0x99);
    private static final Color FLAG_INK = new Color(0xD7, 0x30, 0x1F);

    private PlateHeatMapChart() {}

    /** The heat map of a run's primary read; a run without readings cannot be drawn. */
    public static JFreeChart create(AssayRun run) {
        if (run.readings() == null) throw new IllegalArgumentException("plate " + run.layout().name() + " has no readings yet");
        return create(run.readings(), run.layout(), run.primaryRead(), run.masks());
    }

    /**
     * @param readName the read to colour by; null for the first raw read
     * @param masks    masked wells (crossed out); may be empty
     */
    public static JFreeChart create(PlateData data, AssayPlate layout, String readName, Map<WellPosition, MaskedWell> masks) {
        return create(data, layout, readName, masks, java.util.Set.of(), null);
    }

    /**
     * As {@link #create(PlateData, AssayPlate, String, Map)}, with {@code flagged} wells outlined in red and
     * {@code flaggedMeaning} ("fewer than 50 beads") added to the legend: a multiplex plate's bead-count QC.
     */
    public static JFreeChart create(PlateData data, AssayPlate layout, String readName, Map<WellPosition, MaskedWell> masks,
                                    java.util.Set<WellPosition> flagged, String flaggedMeaning) {
        Read read = readName == null ? firstRaw(data) : data.read(readName)
                .orElseThrow(() -> new IllegalArgumentException("plate " + data.name() + " has no read named " + readName));
        PlateFormat format = data.format();
        boolean large = format == PlateFormat.WELLS_384;

        double min = read.values().values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = read.values().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        ViridisScale scale = new ViridisScale(min, max);

        DefaultXYZDataset dataset = new DefaultXYZDataset();
        int n = read.values().size();
        double[][] xyz = new double[3][n];
        int i = 0;
        for (Map.Entry<WellPosition, Double> e : read.values().entrySet()) {
            xyz[0][i] = e.getKey().columnNumber();
            xyz[1][i] = e.getKey().row();
            xyz[2][i] = e.getValue();
            i++;
        }
        dataset.addSeries(read.name(), xyz);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setBlockWidth(0.94); // white gaps between wells, as on the plate
        renderer.setBlockHeight(0.92);

        NumberAxis columns = new NumberAxis(null);
        columns.setTickUnit(new NumberTickUnit(large ? 2 : 1));
        columns.setRange(0.5, format.columns() + 0.5);
        columns.setTickLabelFont(ChartStyle.TICK);
        columns.setTickMarksVisible(false);
        columns.setAxisLineVisible(false);
        String[] rowNames = new String[format.rows()];
        for (int r = 0; r < rowNames.length; r++) rowNames[r] = String.valueOf((char) ('A' + r));
        SymbolAxis rows = new SymbolAxis(null, rowNames);
        rows.setInverted(true);
        rows.setRange(-0.5, format.rows() - 0.5);
        rows.setGridBandsVisible(false);
        rows.setTickLabelFont(ChartStyle.TICK);
        rows.setTickMarksVisible(false);
        rows.setAxisLineVisible(false);

        XYPlot plot = new XYPlot(dataset, columns, rows, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // the theme restyles annotations, so it goes on before them
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);

        Font letterFont = new Font(ChartStyle.FAMILY, Font.BOLD, large ? 4 : 6);
        Font valueFont = new Font(ChartStyle.FAMILY, Font.PLAIN, 5).deriveFont(large ? 3f : 5.5f);
        for (WellPosition w : format.wells()) {
            AssayWell role = layout.well(w);
            Double v = read.value(w);
            String marker = read.marker(w);
            double x = w.columnNumber();
            double y = w.row();
            Color ink = v == null ? EMPTY_INK : scale.ink(v);
            if (marker != null) {
                plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(x - 0.47, y - 0.46, 0.94, 0.92), null, null, MARKER_CELL));
                ink = ChartStyle.INK;
                if (!large) plot.addAnnotation(text(shorten(marker), x, y + 0.22, valueFont, ink));
            } else if (v != null && !large) {
                plot.addAnnotation(text(format(v), x, y + 0.22, valueFont, ink));
            }
            String letter = letter(role.role());
            if (!letter.isEmpty()) plot.addAnnotation(text(letter, x, large ? y : y - 0.18, letterFont, ink));
            if (flagged.contains(w)) {
                plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(x - 0.45, y - 0.44, 0.90, 0.88),
                        new BasicStroke(large ? 0.6f : 1.2f), FLAG_INK, null));
            }
            if (masks.containsKey(w)) {
                BasicStroke cross = new BasicStroke(large ? 0.6f : 1.0f);
                Color crossInk = v == null ? ChartStyle.INK : new Color(0xD5, 0x5E, 0x00);
                plot.addAnnotation(new XYLineAnnotation(x - 0.42, y - 0.42, x + 0.42, y + 0.42, cross, crossInk));
                plot.addAnnotation(new XYLineAnnotation(x - 0.42, y + 0.42, x + 0.42, y - 0.42, cross, crossInk));
            }
        }

        chart.setTitle(new TextTitle((layout.name().equals(layout.analyte().name()) ? layout.name()
                : layout.name() + " · " + layout.analyte().name()) + " — raw " + readLabel(read), ChartStyle.TITLE));

        NumberAxis keyAxis = new NumberAxis(readLabel(read));
        keyAxis.setLabelFont(ChartStyle.TICK);
        keyAxis.setTickLabelFont(ChartStyle.SMALL);
        keyAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend key = new PaintScaleLegend(scale, keyAxis);
        key.setPosition(RectangleEdge.RIGHT);
        key.setStripWidth(8);
        key.setAxisOffset(2);
        key.setMargin(new RectangleInsets(12, 8, 12, 0));
        key.setSubdivisionCount(128);
        chart.addSubtitle(key);

        TextTitle legend = new TextTitle("S standard · Z zero standard · B blank · Q QC · U sample · crossed: masked · grey: instrument marker"
                + (flagged.isEmpty() || flaggedMeaning == null ? "" : " · red outline: " + flaggedMeaning), ChartStyle.SMALL);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setPaint(ChartStyle.MUTED);
        legend.setMargin(new RectangleInsets(4, 0, 0, 0));
        chart.addSubtitle(legend);
        return chart;
    }

    static String letter(WellRole role) {
        return switch (role) {
            case STANDARD -> "S";
            case ZERO_STANDARD -> "Z";
            case BLANK -> "B";
            case QC -> "Q";
            case SAMPLE -> "U";
            case EMPTY -> "";
        };
    }

    private static XYTextAnnotation text(String s, double x, double y, Font font, Color paint) {
        XYTextAnnotation a = new XYTextAnnotation(s, x, y);
        a.setFont(font);
        a.setPaint(paint);
        a.setTextAnchor(TextAnchor.CENTER);
        return a;
    }

    private static String format(double v) {
        return Math.abs(v) >= 100 ? String.format(java.util.Locale.ROOT, "%.0f", v) : String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    private static String shorten(String marker) { return marker.length() <= 7 ? marker : marker.substring(0, 6) + "…"; }

    private static String readLabel(Read read) {
        if (read.wavelengthNm() != null) return "OD " + org.cytobench.plate.Numbers.compact(read.wavelengthNm());
        return read.name().matches("\\d+(\\.\\d+)?") ? "OD " + read.name() : read.name();
    }

    private static Read firstRaw(PlateData data) {
        return data.rawReads().stream().findFirst().orElseGet(() -> data.reads().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plate " + data.name() + " holds no reads")));
    }
}
