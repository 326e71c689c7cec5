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
import java.util.Set;
import org.cytobench.analysis.BeadCounts;
import org.cytobench.chart.FigureSize;
import org.cytobench.analysis.BeadCountRule;
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
    static final String BEAD_COUNT = "Bead count";

    private final FigureCanvas canvas = new FigureCanvas();
    private final ComboBox<String> which = new ComboBox<>();
    private final Tooltip tip = new Tooltip();
    private AssayRun run;
    private Read shown;
    private PrintScaled drawn;
    private final javafx.beans.property.ObjectProperty<BeadCountRule> beadRule =
            new javafx.beans.property.SimpleObjectProperty<>(this, "beadRule", BeadCountRule.DEFAULT);
    private final HBox bar;
    private javafx.scene.Node beadControl;
    private Set<WellPosition> lowBeads = Set.of();

    ReadingsView() {
        which.setId("readings-which");
        which.setOnAction(e -> redraw());
        beadRule.addListener((o, a, b) -> redraw());
        bar = new HBox(8, new Label("Show"), which);
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
        boolean beads = r != null && BeadCounts.read(r).isPresent();
        if (beads) options.add(BEAD_COUNT);
        if (beadControl != null) {
            beadControl.setVisible(beads);
            beadControl.setManaged(beads);
        }
        String keep = which.getValue();
        which.getItems().setAll(options);
        which.setValue(options.contains(keep) ? keep : PRIMARY);
        redraw();
    }

    String choice() { return which.getValue(); }

    /** The bead-count rule in force (the experiment's analysis settings): wells under it are outlined. */
    public javafx.beans.property.ObjectProperty<BeadCountRule> beadRuleProperty() { return beadRule; }

    /** Puts the bead-count setting into the bar; shown only for runs with bead counts. */
    public void setBeadCountControl(javafx.scene.Node control) {
        if (beadControl != null) bar.getChildren().remove(beadControl);
        beadControl = control;
        control.setVisible(run != null && BeadCounts.read(run).isPresent());
        control.setManaged(control.isVisible());
        bar.getChildren().add(control);
    }

    /** The wells outlined as under the bead-count minimum in the heat map shown (empty for runs without bead counts). */
    public Set<WellPosition> lowBeadWells() { return lowBeads; }

    /** Chooses what the heat map shows: "Primary read", "Bead count", … (tests, the screenshot tour). */
    public void showChoice(String choice) {
        if (which.getItems().contains(choice)) which.setValue(choice);
        redraw();
    }

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
        if (BEAD_COUNT.equals(which.getValue())) readName = BeadCounts.read(run).map(Read::name).orElse(readName);
        final String name = readName;
        shown = data.read(name).orElse(null);
        BeadCountRule rule = beadRule.get();
        lowBeads = BeadCounts.below(run, rule).keySet();
        JFreeChart chart = PlateHeatMapChart.create(data, run.layout(), name, run.masks(), lowBeads,
                rule.outlineMeaning());
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
        BeadCounts.read(run).map(c -> c.value(w)).ifPresent(n -> {
            s.append("\nbead count ").append(Math.round(n));
            if (lowBeads.contains(w)) s.append(" < ").append(beadRule.get().minimum()).append(beadRule.get().exclude() ? " (excluded)" : " (flagged)");
        });
        return s.toString();
    }

    /** A chart drawn at its printed size and scaled as a whole into the area (text grows with the chart). */
    public static final class PrintScaled implements Drawable {
        private final JFreeChart chart;
        private final FigureSize size;
        private ChartRenderingInfo info;
        private double scale = 1;
        private double ox;
        private double oy;

        public PrintScaled(JFreeChart chart, FigureSize size) {
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
