package org.cytobench.ui.assay;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.cytobench.chart.FigureSize;
import org.cytobench.chart.PlateHeatMapChart;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.Numbers;
import org.cytobench.ui.results.FigureCanvas;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Drawable;

/**
 * The Readings tab: the core's heat map of the plate as it prints, scaled to the screen (so its well values are as
 * readable as the other charts), for the primary read, the reference read or the corrected value (primary − reference);
 * hovering a well says its role, value and any instrument marker.
 */
public final class ReadingsView extends BorderPane {
    static final String PRIMARY = "Primary read";
    static final String REFERENCE = "Reference read";
    static final String CORRECTED = "Corrected (primary − reference)";

    private final FigureCanvas canvas = new FigureCanvas();
    private final ComboBox<String> which = new ComboBox<>();
    private final Tooltip tip = new Tooltip();
    private AssayRun run;
    private Read shown;
    private PrintScaled drawn;

    ReadingsView() {
        which.setId("readings-which");
        which.setOnAction(e -> redraw());
        HBox bar = new HBox(8, new Label("Show"), which);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);
        setCenter(canvas);
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> tip.setText(describe(e.getX(), e.getY())));
    }

    void show(AssayRun r) {
        run = r;
        List<String> options = new ArrayList<>();
        options.add(PRIMARY);
        if (r != null && r.referenceRead() != null) {
            options.add(REFERENCE);
            options.add(CORRECTED);
        }
        String keep = which.getValue();
        which.getItems().setAll(options);
        which.setValue(options.contains(keep) ? keep : PRIMARY);
        redraw();
    }

    String choice() { return which.getValue(); }

    FigureCanvas canvas() { return canvas; }

    private void redraw() {
        if (run == null || run.readings() == null) {
            canvas.setFigure(null);
            return;
        }
        PlateData data = run.readings();
        String readName = run.primaryRead();
        if (REFERENCE.equals(which.getValue())) readName = run.referenceRead();
        if (CORRECTED.equals(which.getValue())) {
            Read c = corrected(data, run.primaryRead(), run.referenceRead());
            List<Read> reads = new ArrayList<>(data.reads());
            reads.add(c);
            data = new PlateData(data.name(), data.rows(), data.columns(), reads, data.kinetic());
            readName = c.name();
        }
        final String name = readName;
        shown = data.read(name).orElse(null);
        JFreeChart chart = PlateHeatMapChart.create(data, run.layout(), name, run.masks());
        drawn = new PrintScaled(chart, PlateHeatMapChart.SIZE);
        canvas.setFigure(drawn);
    }

    /** primary − reference, well by well; a well with a marker in either read keeps the marker. */
    static Read corrected(PlateData data, String primary, String reference) {
        Read p = data.read(primary).orElseThrow();
        Read r = data.read(reference).orElseThrow();
        Map<WellPosition, Double> values = new TreeMap<>();
        Map<WellPosition, String> markers = new TreeMap<>(p.markers());
        r.markers().forEach(markers::putIfAbsent);
        p.values().forEach((w, v) -> {
            Double ref = r.value(w);
            if (ref != null && !markers.containsKey(w)) values.put(w, v - ref);
            else if (ref == null) markers.putIfAbsent(w, "no reference");
        });
        return new Read(primary + " − " + reference, ReadKind.DERIVED, null, values, markers);
    }

    private String describe(double x, double y) {
        if (drawn == null || shown == null || drawn.info == null) return "";
        WellPosition w = drawn.wellAt(x * canvas.renderScale(), y * canvas.renderScale(), run.readings().rows(), run.readings().columns());
        if (w == null) return "";
        AssayWell role = run.layout().well(w);
        StringBuilder s = new StringBuilder(w.label()).append(": ").append(role.role().name().toLowerCase().replace('_', ' '));
        if (role.nominalConcentration() != null) s.append(" ").append(Numbers.compact(role.nominalConcentration()));
        Double v = shown.value(w);
        String m = shown.marker(w);
        s.append("\n").append(shown.name()).append(" = ").append(v != null ? Numbers.significant(v, 4) : m != null ? m : "—");
        if (run.masks().containsKey(w)) s.append("\nmasked: ").append(run.masks().get(w).reason());
        return s.toString();
    }

    /** A chart drawn at its printed size and scaled as a whole into the area (text grows with the chart). */
    static final class PrintScaled implements Drawable {
        private final JFreeChart chart;
        private final FigureSize size;
        private ChartRenderingInfo info;
        private double scale = 1;
        private double ox;
        private double oy;

        PrintScaled(JFreeChart chart, FigureSize size) {
            this.chart = chart;
            this.size = size;
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            double w = size.widthPoints();
            double h = size.heightPoints();
            scale = Math.min(area.getWidth() / w, area.getHeight() / h);
            ox = area.getX() + (area.getWidth() - w * scale) / 2;
            oy = area.getY() + (area.getHeight() - h * scale) / 2;
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.translate(ox, oy);
                g2.scale(scale, scale);
                info = new ChartRenderingInfo();
                chart.draw(g2, new Rectangle2D.Double(0, 0, w, h), info);
            } finally {
                g2.dispose();
            }
        }

        /** The well under a point of the drawing (in device pixels), from the plot's axes as last drawn. */
        WellPosition wellAt(double x, double y, int rows, int columns) {
            if (info == null) return null;
            double px = (x - ox) / scale;
            double py = (y - oy) / scale;
            Rectangle2D data = info.getPlotInfo().getDataArea();
            XYPlot plot = chart.getXYPlot();
            double col = plot.getDomainAxis().java2DToValue(px, data, plot.getDomainAxisEdge());
            double row = plot.getRangeAxis().java2DToValue(py, data, plot.getRangeAxisEdge());
            int c = (int) Math.round(col);
            int r = (int) Math.round(row);
            if (!data.contains(px, py) || c < 1 || c > columns || r < 0 || r >= rows) return null;
            return new WellPosition(r, c - 1);
        }
    }
}
