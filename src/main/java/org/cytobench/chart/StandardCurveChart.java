package org.cytobench.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;
import org.cytobench.fit.CurveFitter;
import org.cytobench.fit.FitResult;
import org.cytobench.plate.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The standard curve: response against log concentration, with the zero standard in its own narrow panel at the left
 * (a log axis has no zero), replicate wells as points (excluded ones open), the fitted curve, LLOQ and ULOQ as vertical
 * lines, the blank level as a dotted line, and the samples placed on the curve at their back-calculated concentrations.
 * The residual plot is a separate chart so that reports and the UI can place it under the curve.
 */
public final class StandardCurveChart {
    public static final FigureSize SIZE = new FigureSize(120, 85);
    public static final FigureSize RESIDUAL_SIZE = new FigureSize(120, 45);

    static final Color STANDARD = ChartStyle.color(0);
    static final Color SAMPLE = new Color(0xE6, 0x9F, 0x00, 200);
    static final Color CURVE = ChartStyle.INK;
    static final Color LIMIT = ChartStyle.color(5);
    private static final Shape DOT = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
    private static final Shape DIAMOND = diamond(2.4);
    private static final int CURVE_POINTS = 240;

    private StandardCurveChart() {}

    public static JFreeChart create(CurveChartData data) {
        double[] range = concentrationRange(data);
        NumberAxis response = new NumberAxis(data.responseLabel());
        response.setAutoRangeIncludesZero(true);

        XYPlot curvePlot = curvePanel(data, range);
        XYPlot zeroPanel = zeroPanel(data);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(response);
        plot.setGap(4);
        plot.add(zeroPanel, 1);
        plot.add(curvePlot, 9);

        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        limitMarkers(curvePlot, data); // after the theme, which would restyle their labels
        blankMarker(curvePlot, zeroPanel, data);
        chart.setTitle(new TextTitle(data.title() + " — standard curve", ChartStyle.TITLE));
        chart.addSubtitle(subtitle(fitSummary(data)));
        LegendTitle legend = new LegendTitle(() -> legendItems(data));
        legend.setItemFont(ChartStyle.SMALL);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.addSubtitle(legend);
        return chart;
    }

    /** Residuals (observed − fitted response) of the standards against log concentration. */
    public static JFreeChart residuals(CurveChartData data) {
        double[] range = concentrationRange(data);
        XYSeries used = new XYSeries("standards", false);
        XYSeries excluded = new XYSeries("excluded", false);
        boolean fitted = data.fit().isConverged();
        if (fitted) {
            for (CurveChartData.Point p : data.standards()) {
                if (p.concentration() == null || p.concentration() <= 0) continue;
                double r = p.response() - CurveFitter.predict(data.fit(), p.concentration());
                (p.excluded() ? excluded : used).add(p.concentration().doubleValue(), r);
            }
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(used);
        ds.addSeries(excluded);
        XYLineAndShapeRenderer r = standardPoints();
        LogAxis x = concentrationAxis(data, range);
        NumberAxis y = new NumberAxis("Residual");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(ds, x, y, r);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, ChartStyle.THIN));
        chart.setTitle(new TextTitle(data.title() + " — residuals of the standards" + (fitted ? "" : " (no converged fit)"),
                ChartStyle.LABEL));
        return chart;
    }

    private static XYPlot curvePanel(CurveChartData data, double[] range) {
        XYSeriesCollection curve = new XYSeriesCollection();
        XYSeries line = new XYSeries("fit", false);
        if (data.fit().isConverged()) {
            double lo = Math.log10(range[0]);
            double hi = Math.log10(range[1]);
            for (int i = 0; i <= CURVE_POINTS; i++) {
                double x = Math.pow(10, lo + (hi - lo) * i / CURVE_POINTS);
                double y = CurveFitter.predict(data.fit(), x);
                if (Double.isFinite(y)) line.add(x, y);
            }
        }
        curve.addSeries(line);

        XYSeriesCollection pts = new XYSeriesCollection();
        XYSeries std = new XYSeries("standards", false);
        XYSeries stdOut = new XYSeries("excluded standards", false);
        XYSeries smp = new XYSeries("samples", false);
        for (CurveChartData.Point p : data.standards()) {
            if (p.concentration() != null && p.concentration() > 0) (p.excluded() ? stdOut : std).add(p.concentration().doubleValue(), p.response());
        }
        for (CurveChartData.Point p : data.samples()) {
            if (!p.excluded() && p.concentration() != null && p.concentration() >= range[0] && p.concentration() <= range[1]) {
                smp.add(p.concentration().doubleValue(), p.response());
            }
        }
        pts.addSeries(smp);
        pts.addSeries(std);
        pts.addSeries(stdOut);

        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        // the fitted curve as one path, not 240 separate segments: proper joins instead of overlapping butt ends, and one
        // stroke in the PNG, one path in the SVG and PDF instead of 240 (a third of a curve chart's vector drawing)
        lineRenderer.setDrawSeriesLineAsPath(true);
        lineRenderer.setSeriesPaint(0, CURVE);
        lineRenderer.setSeriesStroke(0, ChartStyle.LINE);
        XYLineAndShapeRenderer pointRenderer = points(SAMPLE, DIAMOND);
        pointRenderer.setSeriesPaint(1, STANDARD);
        pointRenderer.setSeriesShape(1, DOT);
        pointRenderer.setSeriesPaint(2, STANDARD);
        pointRenderer.setSeriesShape(2, DOT);
        pointRenderer.setSeriesShapesFilled(2, false);

        XYPlot plot = new XYPlot(pts, concentrationAxis(data, range), null, pointRenderer);
        plot.setDataset(1, curve);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        return plot;
    }

    private static XYPlot zeroPanel(CurveChartData data) {
        XYSeries zero = new XYSeries("zero", false);
        XYSeries zeroOut = new XYSeries("zero excluded", false);
        for (CurveChartData.Point p : data.standards()) {
            if (p.concentration() != null && p.concentration() == 0) (p.excluded() ? zeroOut : zero).add(0, p.response());
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(zero);
        ds.addSeries(zeroOut);
        XYLineAndShapeRenderer r = standardPoints();
        SymbolAxis x = new SymbolAxis(null, new String[] {"0"});
        x.setRange(-0.8, 0.8);
        x.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(ds, x, null, r);
        plot.setDomainGridlinesVisible(false);
        return plot;
    }

    private static void limitMarkers(XYPlot plot, CurveChartData data) {
        // each label on the inner side of its line: the LLOQ often sits at the axis' left end, the ULOQ at its right,
        // and a label outside the line would be cut off by the plot's edge
        if (data.lloq() != null) plot.addDomainMarker(limit(data.lloq(), "LLOQ", true), Layer.BACKGROUND);
        if (data.uloq() != null) plot.addDomainMarker(limit(data.uloq(), "ULOQ", false), Layer.BACKGROUND);
    }

    private static ValueMarker limit(double x, String label, boolean labelRight) {
        ValueMarker m = new ValueMarker(x, LIMIT, ChartStyle.DASHED);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.SMALL_BOLD);
        m.setLabelPaint(LIMIT);
        m.setLabelAnchor(labelRight ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(labelRight ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new RectangleInsets(2, 2, 2, 2));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return m;
    }

    private static void blankMarker(XYPlot curve, XYPlot zero, CurveChartData data) {
        if (data.blank() == null) return;
        for (XYPlot p : List.of(curve, zero)) {
            ValueMarker m = new ValueMarker(data.blank(), ChartStyle.MUTED, ChartStyle.DASHED);
            if (p == curve) {
                m.setLabel("blank");
                m.setLabelFont(ChartStyle.SMALL);
                m.setLabelPaint(ChartStyle.MUTED);
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                m.setLabelOffset(new RectangleInsets(1, 3, 1, 3));
                m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            }
            p.addRangeMarker(m, Layer.BACKGROUND);
        }
    }

    private static LegendItemCollection legendItems(CurveChartData data) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(item("standard wells", STANDARD, DOT, true));
        if (data.standards().stream().anyMatch(CurveChartData.Point::excluded)) items.add(item("excluded", STANDARD, DOT, false));
        if (!data.samples().isEmpty()) items.add(item("samples", SAMPLE, DIAMOND, true));
        LegendItem fit = new LegendItem("fit", null, null, null, new java.awt.geom.Line2D.Double(-6, 0, 6, 0), ChartStyle.LINE, CURVE);
        items.add(fit);
        return items;
    }

    private static LegendItem item(String label, Color c, Shape shape, boolean filled) {
        LegendItem i = new LegendItem(label, null, null, null, shape, c, ChartStyle.LINE, c);
        if (!filled) i = new LegendItem(label, null, null, null, true, shape, false, c, true, c, ChartStyle.LINE, false,
                shape, ChartStyle.LINE, c);
        return i;
    }

    static String fitSummary(CurveChartData data) {
        FitResult f = data.fit();
        String model = f.model().id().toUpperCase(Locale.ROOT) + ", " + f.weighting().describe();
        if (!f.isConverged()) return model + " — " + f.status().id() + (f.reason() == null ? "" : ": " + f.reason());
        StringBuilder s = new StringBuilder(model).append(String.format(Locale.ROOT, " · R² = %.4f", f.r2()));
        if (data.lloq() != null && data.uloq() != null) {
            s.append(" · range ").append(Numbers.display(data.lloq())).append("–").append(Numbers.display(data.uloq())).append(' ').append(data.unit());
        }
        long off = data.samples().stream().filter(p -> !p.excluded() && p.concentration() == null).count();
        if (off > 0) s.append(" · ").append(off).append(off == 1 ? " sample" : " samples").append(" off the curve");
        return s.toString();
    }

    private static TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text, ChartStyle.SMALL);
        t.setPaint(ChartStyle.MUTED);
        t.setMargin(new RectangleInsets(0, 0, 3, 0));
        return t;
    }

    /** Standard wells: series 0 those in the fit (filled), series 1 the masked or excluded ones (open, same colour). */
    private static XYLineAndShapeRenderer standardPoints() {
        XYLineAndShapeRenderer r = points(STANDARD, DOT);
        r.setSeriesPaint(1, STANDARD);
        r.setSeriesShape(1, DOT);
        r.setSeriesShapesFilled(1, false);
        return r;
    }

    private static LogAxis concentrationAxis(CurveChartData data, double[] range) {
        LogAxis x = new LogAxis("Concentration (" + data.unit() + ")");
        x.setRange(range[0], range[1]);
        x.setBase(10);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
        x.setMinorTickMarksVisible(true);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1)); // one label per decade: 10, 100, 1000
        return x;
    }

    /** From half the lowest non-zero standard to twice the highest (samples outside are not drawn). */
    static double[] concentrationRange(CurveChartData data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (CurveChartData.Point p : data.standards()) {
            if (p.concentration() != null && p.concentration() > 0) {
                lo = Math.min(lo, p.concentration());
                hi = Math.max(hi, p.concentration());
            }
        }
        if (!(hi > 0)) return new double[] {1, 1000};
        return new double[] {lo / 2, hi * 2};
    }

    private static XYLineAndShapeRenderer points(Color c, Shape shape) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, c);
        r.setSeriesShape(0, shape);
        r.setUseOutlinePaint(false);
        r.setDrawOutlines(true);
        return r;
    }

    private static Shape diamond(double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -s);
        p.lineTo(s, 0);
        p.lineTo(0, s);
        p.lineTo(-s, 0);
        p.closePath();
        return p;
    }
}
