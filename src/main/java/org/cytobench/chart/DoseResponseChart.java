package org.cytobench.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
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
 * Cytokine concentration per treatment group for one analyte: a bar (or mean line) with SD or SEM error bars per group,
 * every culture well as a point coloured by donor (wells below the LLOQ drawn open), Dunnett significance stars over each
 * thymalfasin dose, and the LLOQ as a dashed line.
 */
public final class DoseResponseChart {
    public static final FigureSize SIZE = new FigureSize(85, 80);

    private static final Color BAR = new Color(0xE4, 0xE4, 0xE4);
    private static final double BAR_HALF_WIDTH = 0.32;
    private static final double DONOR_SPREAD = 0.36;

    private DoseResponseChart() {}

    public static JFreeChart create(DoseChartData data) {
        List<String> donors = donors(data);
        XYSeriesCollection points = new XYSeriesCollection();
        List<List<Boolean>> below = new ArrayList<>();
        for (String donor : donors) {
            XYSeries s = new XYSeries(donor, false);
            List<Boolean> open = new ArrayList<>();
            int d = donors.indexOf(donor);
            for (int g = 0; g < data.groups().size(); g++) {
                List<DoseChartData.Point> mine = data.groups().get(g).points().stream()
                        .filter(p -> p.donor().equals(donor) && Double.isFinite(p.value())).toList();
                for (int k = 0; k < mine.size(); k++) {
                    // a donor's culture wells spread a little around the donor's position, so equal values stay visible
                    double spread = (k - (mine.size() - 1) / 2.0) * 0.035;
                    s.add(g + offset(d, donors.size()) + spread, mine.get(k).value());
                    open.add(mine.get(k).belowLloq());
                }
            }
            points.addSeries(s);
            below.add(open);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            @Override
            public boolean getItemShapeFilled(int series, int item) { return !below.get(series).get(item); }
        };
        Shape dot = new Ellipse2D.Double(-2.2, -2.2, 4.4, 4.4);
        for (int i = 0; i < donors.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesShape(i, dot);
        }
        renderer.setUseOutlinePaint(false);

        String[] labels = data.groups().stream().map(DoseChartData.Group::label).toArray(String[]::new);
        SymbolAxis x = new SymbolAxis(null, labels);
        x.setGridBandsVisible(false);
        x.setRange(-0.6, labels.length - 0.4);
        x.setVerticalTickLabels(true);
        NumberAxis y = new NumberAxis(data.analyte() + " (" + data.unit() + "), mean ± " + data.errorLabel());
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.12); // room for the stars

        XYPlot plot = new XYPlot(points, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        chart.setTitle(new TextTitle(data.analyte(), ChartStyle.TITLE));

        double top = 0;
        for (int g = 0; g < data.groups().size(); g++) top = Math.max(top, drawGroup(plot, data, g));
        if (data.lloq() != null) plot.addRangeMarker(lloqLine(data.lloq()), Layer.BACKGROUND);
        y.setRange(0, Math.max(top, data.lloq() == null ? 0 : data.lloq()) * 1.18 + 1e-9);

        LegendTitle legend = new LegendTitle(() -> legendItems(donors, data));
        legend.setItemFont(ChartStyle.SMALL);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        chart.addSubtitle(legend);
        TextTitle note = new TextTitle("Dunnett vs vehicle: * p<0.05  ** p<0.01  *** p<0.001  ns p≥0.05", ChartStyle.SMALL);
        note.setPaint(ChartStyle.MUTED);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        return chart;
    }

    /** Draws bar/mean, error bar and stars of group g; returns the highest y used. */
    private static double drawGroup(XYPlot plot, DoseChartData data, int g) {
        DoseChartData.Group group = data.groups().get(g);
        double top = group.points().stream().mapToDouble(DoseChartData.Point::value).filter(Double::isFinite).max().orElse(0);
        if (!Double.isFinite(group.mean())) return top;
        double mean = group.mean();
        if (data.style() == DoseChartData.Style.BARS) {
            plot.getRenderer().addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(g - BAR_HALF_WIDTH, 0, 2 * BAR_HALF_WIDTH, mean),
                    ChartStyle.THIN, ChartStyle.MUTED, BAR), Layer.BACKGROUND);
        } else {
            plot.addAnnotation(new XYLineAnnotation(g - BAR_HALF_WIDTH, mean, g + BAR_HALF_WIDTH, mean, ChartStyle.LINE, ChartStyle.INK));
        }
        double err = group.error();
        if (Double.isFinite(err) && err > 0) {
            double lo = Math.max(0, mean - err);
            double hi = mean + err;
            plot.addAnnotation(new XYLineAnnotation(g, lo, g, hi, ChartStyle.LINE, ChartStyle.INK));
            plot.addAnnotation(new XYLineAnnotation(g - 0.1, hi, g + 0.1, hi, ChartStyle.LINE, ChartStyle.INK));
            if (data.style() == DoseChartData.Style.DOTS) {
                plot.addAnnotation(new XYLineAnnotation(g - 0.1, lo, g + 0.1, lo, ChartStyle.LINE, ChartStyle.INK));
            }
            top = Math.max(top, hi);
        }
        top = Math.max(top, mean);
        if (group.pValue() != null) {
            XYTextAnnotation stars = new XYTextAnnotation(stars(group.pValue()), g, top);
            stars.setFont(new java.awt.Font(ChartStyle.FAMILY, java.awt.Font.BOLD, 8));
            stars.setPaint(ChartStyle.INK);
            stars.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(stars);
            // the stars sit just above 'top'; leave room for them in the axis range
            top *= 1.04;
        }
        return top;
    }

    /** "***" p &lt; 0.001, "**" p &lt; 0.01, "*" p &lt; 0.05, else "ns"; NaN (not testable) gives "". */
    public static String stars(double p) {
        if (Double.isNaN(p)) return "";
        if (p < 0.001) return "***";
        if (p < 0.01) return "**";
        if (p < 0.05) return "*";
        return "ns";
    }

    private static ValueMarker lloqLine(double lloq) {
        ValueMarker m = new ValueMarker(lloq, StandardCurveChart.LIMIT, ChartStyle.DASHED);
        m.setLabel("LLOQ");
        m.setLabelFont(ChartStyle.SMALL_BOLD);
        m.setLabelPaint(StandardCurveChart.LIMIT);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelOffset(new RectangleInsets(1, 2, 1, 2));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return m;
    }

    private static LegendItemCollection legendItems(List<String> donors, DoseChartData data) {
        LegendItemCollection items = new LegendItemCollection();
        Shape dot = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
        for (int i = 0; i < donors.size(); i++) items.add(new LegendItem(donors.get(i), null, null, null, dot, ChartStyle.color(i)));
        boolean anyBelow = data.groups().stream().flatMap(g -> g.points().stream()).anyMatch(DoseChartData.Point::belowLloq);
        if (anyBelow) {
            items.add(new LegendItem("open: < LLOQ", null, null, null, true, dot, false, ChartStyle.MUTED, true, ChartStyle.MUTED,
                    ChartStyle.LINE, false, dot, ChartStyle.LINE, ChartStyle.MUTED));
        }
        return items;
    }

    private static List<String> donors(DoseChartData data) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (DoseChartData.Group g : data.groups()) for (DoseChartData.Point p : g.points()) seen.put(p.donor(), true);
        List<String> list = new ArrayList<>(seen.keySet());
        list.sort(null);
        return list;
    }

    /** Donors side by side inside the group's column, so their points do not pile up. */
    static double offset(int donor, int donors) {
        if (donors <= 1) return 0;
        return -DONOR_SPREAD / 2 + DONOR_SPREAD * donor / (donors - 1);
    }
}
