package org.cytobench.chart.overview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.cytobench.chart.ChartStyle;
import org.cytobench.chart.CurveChartData;
import org.cytobench.fit.CurveFitter;
import org.jfree.chart.ui.Drawable;

/**
 * One small standard curve per analyte, in a grid (the multi-analyte overview): each panel the analyte's standards
 * (log concentration against signal; masked ones open) and its fitted curve, its name with the QC verdict, so that 30–62
 * curves can be checked at a glance. Scales are per panel: the panels compare shapes, not signals.
 */
public final class AnalyteCurveGrid implements Drawable {

    /** One panel: the curve data and whether the plate passed QC. */
    public record Panel(CurveChartData data, boolean passed) {}

    private static final Color PASS = new Color(0x1B, 0x78, 0x37);
    private static final Color FAIL = new Color(0xB2, 0x18, 0x2B);
    private final List<Panel> panels;
    private final int columns;

    public AnalyteCurveGrid(List<Panel> panels, int columns) {
        this.panels = List.copyOf(panels);
        this.columns = Math.max(1, columns);
    }

    public int rows() { return (panels.size() + columns - 1) / columns; }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fill(area);
            int rows = Math.max(1, rows());
            double w = area.getWidth() / columns;
            double h = area.getHeight() / rows;
            for (int i = 0; i < panels.size(); i++) {
                Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % columns) * w, area.getY() + (i / columns) * h, w, h);
                drawPanel(g, panels.get(i), cell);
            }
        } finally {
            g.dispose();
        }
    }

    private static void drawPanel(Graphics2D g, Panel p, Rectangle2D cell) {
        float fontSize = (float) Math.max(9, Math.min(13, cell.getHeight() / 9));
        Font title = new Font(ChartStyle.FAMILY, Font.BOLD, Math.round(fontSize));
        g.setFont(title);
        double pad = 4;
        String verdict = p.passed() ? "✓ pass" : "✗ fail";
        g.setColor(ChartStyle.INK);
        String name = p.data().title();
        float baseline = (float) (cell.getY() + pad + fontSize);
        g.drawString(name, (float) (cell.getX() + pad), baseline);
        Font small = new Font(ChartStyle.FAMILY, Font.PLAIN, Math.round(fontSize * 0.85f));
        g.setFont(small);
        g.setColor(p.passed() ? PASS : FAIL);
        double vw = g.getFontMetrics().stringWidth(verdict);
        g.drawString(verdict, (float) (cell.getMaxX() - pad - vw), baseline);
        Rectangle2D plot = new Rectangle2D.Double(cell.getX() + pad + 2, baseline + pad, cell.getWidth() - 2 * pad - 4,
                cell.getMaxY() - baseline - 2 * pad - 2);
        g.setColor(new Color(0xF6, 0xF6, 0xF6));
        g.fill(plot);
        g.setColor(ChartStyle.GRID);
        g.draw(plot);
        if (plot.getHeight() < 10 || plot.getWidth() < 10) return;
        List<CurveChartData.Point> points = p.data().standards().stream().filter(s -> s.concentration() != null && s.concentration() > 0).toList();
        if (points.isEmpty()) {
            g.setColor(ChartStyle.MUTED);
            g.drawString("no standards", (float) (plot.getX() + 4), (float) plot.getCenterY());
            return;
        }
        double xlo = Math.log10(points.stream().mapToDouble(CurveChartData.Point::concentration).min().orElse(1)) - 0.2;
        double xhi = Math.log10(points.stream().mapToDouble(CurveChartData.Point::concentration).max().orElse(10)) + 0.2;
        double ylo = Math.min(0, points.stream().mapToDouble(CurveChartData.Point::response).min().orElse(0));
        double yhi = points.stream().mapToDouble(CurveChartData.Point::response).max().orElse(1) * 1.08;
        if (!(yhi > ylo)) yhi = ylo + 1;
        final double fxlo = xlo, fxhi = xhi, fylo = ylo, fyhi = yhi;
        java.util.function.DoubleUnaryOperator px = x -> plot.getX() + (Math.log10(x) - fxlo) / (fxhi - fxlo) * plot.getWidth();
        java.util.function.DoubleUnaryOperator py = y -> plot.getMaxY() - (y - fylo) / (fyhi - fylo) * plot.getHeight();
        java.awt.Shape clip = g.getClip();
        g.clip(plot);
        if (p.data().fit().isConverged()) {
            Path2D.Double curve = new Path2D.Double();
            boolean started = false;
            for (int k = 0; k <= 120; k++) {
                double x = Math.pow(10, xlo + (xhi - xlo) * k / 120);
                double y = CurveFitter.predict(p.data().fit(), x);
                if (!Double.isFinite(y)) continue;
                if (!started) { curve.moveTo(px.applyAsDouble(x), py.applyAsDouble(y)); started = true; }
                else curve.lineTo(px.applyAsDouble(x), py.applyAsDouble(y));
            }
            g.setColor(ChartStyle.INK);
            g.setStroke(new BasicStroke(1.3f));
            g.draw(curve);
        } else {
            g.setColor(FAIL);
            g.setFont(small);
            g.drawString("no fit", (float) (plot.getX() + 4), (float) (plot.getY() + fontSize));
        }
        double r = Math.max(2, Math.min(3.5, plot.getHeight() / 25));
        for (CurveChartData.Point s : points) {
            Ellipse2D dot = new Ellipse2D.Double(px.applyAsDouble(s.concentration()) - r, py.applyAsDouble(s.response()) - r, 2 * r, 2 * r);
            g.setColor(ChartStyle.color(0));
            g.setStroke(new BasicStroke(1f));
            if (s.excluded()) g.draw(dot); else g.fill(dot);
        }
        for (Double limit : new Double[] {p.data().lloq(), p.data().uloq()}) {
            if (limit == null || limit <= 0) continue;
            double x = px.applyAsDouble(limit);
            g.setColor(ChartStyle.color(5));
            g.setStroke(ChartStyle.DASHED);
            g.draw(new Line2D.Double(x, plot.getY(), x, plot.getMaxY()));
        }
        g.setClip(clip);
    }
}
