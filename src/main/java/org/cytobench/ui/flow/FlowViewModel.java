package org.cytobench.ui.flow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cytobench.flow.fcs.FcsChannel;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.cytobench.flow.gatingml.GatingMlWriter;
import org.cytobench.flow.plot.AxisScale;
import org.cytobench.flow.plot.FlowPlotRenderer;
import org.cytobench.flow.plot.GateOutline;
import org.cytobench.flow.plot.GateOutlines;
import org.cytobench.flow.plot.PlotAxis;
import org.cytobench.flow.plot.PlotGateEdits;
import org.cytobench.flow.plot.PlotImage;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.FlowAssay;
import org.cytobench.project.Project;
import org.cytobench.ui.DocumentViewModel;
import org.cytobench.ui.ErrorReporter;

/**
 * The flow view's state: one flow assay of the open document, its samples, the population and axes plotted, and the
 * results of three kinds of background work, each "latest request wins" (a newer request makes an older one stop at its
 * next sample and its result is dropped): the main plot with the gating tree of the selected sample, every sample's
 * statistics, and the overview grid. Gate edits change the assay's Gating-ML template through
 * {@link DocumentViewModel#apply}, so each is one undoable step, and every sample is then re-gated in the background.
 * Gates are edited on a control sample (an unstimulated well) and applied unchanged to all samples.
 */
public final class FlowViewModel {
    /** The main plot's bins per axis (drawn at twice that many pixels). */
    public static final int PLOT_BINS = 160;
    /** The overview plots' bins per axis. */
    public static final int TILE_BINS = 96;
    static final int MAX_DOTS = 20_000;

    public enum Mode { DENSITY, DOTS }

    /** A channel offered for an axis: "CD4 (FITC-A)". */
    public record Channel(String name, String label, double range) {
        @Override public String toString() { return label; }
    }

    private final DocumentViewModel document;
    private final Executor work;
    private final Executor fx;
    private final ErrorReporter errors;

    private final IntegerProperty assayIndex = new SimpleIntegerProperty(this, "assayIndex", 0);
    private final ObservableList<FlowSample> samples = FXCollections.observableArrayList();
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private final ObjectProperty<FlowSample> selectedSample = new SimpleObjectProperty<>(this, "selectedSample");
    private final ReadOnlyObjectWrapper<GatingStrategy> strategy = new ReadOnlyObjectWrapper<>(this, "strategy", GatingStrategy.of(List.of()));
    private final ObjectProperty<String> population = new SimpleObjectProperty<>(this, "population");
    private final StringProperty xChannel = new SimpleStringProperty(this, "xChannel");
    private final StringProperty yChannel = new SimpleStringProperty(this, "yChannel");
    private final ObjectProperty<AxisScale> xScale = new SimpleObjectProperty<>(this, "xScale", AxisScale.LINEAR);
    private final ObjectProperty<AxisScale> yScale = new SimpleObjectProperty<>(this, "yScale", AxisScale.LINEAR);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.DENSITY);
    private final BooleanProperty overviewActive = new SimpleBooleanProperty(this, "overviewActive", false);
    private final ReadOnlyObjectWrapper<FlowPlotState> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ObservableList<SampleStatistics> statistics = FXCollections.observableArrayList();
    private final ObservableList<FlowAssay.FlowReadout> readouts = FXCollections.observableArrayList();
    private final ObservableList<OverviewTile> overview = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final AtomicLong loadGen = new AtomicLong();
    private final AtomicLong plotGen = new AtomicLong();
    private final AtomicLong statsGen = new AtomicLong();
    private final AtomicLong overviewGen = new AtomicLong();
    private int pending;
    private boolean active;
    private List<FlowAssay.FlowSample> loadedFor;
    /** The embedded files the samples were read from: an edit keeps the same list, another document has another one. */
    private List<org.cytobench.io.SourceFile> loadedSources;
    private String parsedTemplate;

    /**
     * @param work where reading, gating and rendering run (the app's worker threads)
     * @param fx   where results are published (Platform::runLater; a direct executor in tests)
     */
    public FlowViewModel(DocumentViewModel document, Executor work, Executor fx, ErrorReporter errors) {
        this.document = document;
        this.work = work;
        this.fx = fx;
        this.errors = errors;
        document.projectProperty().addListener((o, a, b) -> documentChanged());
        assayIndex.addListener((o, a, b) -> { loadedFor = null; parsedTemplate = null; documentChanged(); });
        selectedSample.addListener((o, a, b) -> requestPlot());
        population.addListener((o, a, b) -> { followPopulation(); requestPlot(); requestOverview(); });
        for (var p : List.of(xChannel, yChannel)) p.addListener((o, a, b) -> { requestPlot(); requestOverview(); });
        for (var p : List.of(xScale, yScale)) p.addListener((o, a, b) -> { requestPlot(); requestOverview(); });
        mode.addListener((o, a, b) -> requestPlot());
        overviewActive.addListener((o, a, b) -> requestOverview());
    }

    public IntegerProperty assayIndexProperty() { return assayIndex; }
    /** The open document (Map samples… edits the assay's wells through it). */
    public DocumentViewModel document() { return document; }
    public ObservableList<FlowSample> samples() { return samples; }
    public ObservableList<Channel> channels() { return channels; }
    public ObjectProperty<FlowSample> selectedSampleProperty() { return selectedSample; }
    public ReadOnlyObjectProperty<GatingStrategy> strategyProperty() { return strategy.getReadOnlyProperty(); }
    public GatingStrategy strategy() { return strategy.get(); }
    /** The population plotted: a gate id, or null for all events. */
    public ObjectProperty<String> populationProperty() { return population; }
    public StringProperty xChannelProperty() { return xChannel; }
    public StringProperty yChannelProperty() { return yChannel; }
    public ObjectProperty<AxisScale> xScaleProperty() { return xScale; }
    public ObjectProperty<AxisScale> yScaleProperty() { return yScale; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    /** Set while the overview grid is on screen; tiles are rendered only then. */
    public BooleanProperty overviewActiveProperty() { return overviewActive; }
    public ReadOnlyObjectProperty<FlowPlotState> plotProperty() { return plot.getReadOnlyProperty(); }
    public FlowPlotState plot() { return plot.get(); }
    public ObservableList<SampleStatistics> statistics() { return statistics; }
    /** The assay's reported populations (the table's columns). */
    public ObservableList<FlowAssay.FlowReadout> readouts() { return readouts; }
    public ObservableList<OverviewTile> overview() { return overview; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The assay shown, or null when the experiment has none at this index. */
    public FlowAssay assay() {
        List<FlowAssay> f = document.project().experiment().flowAssays(); // the project is published before the experiment
        int i = assayIndex.get();
        return i >= 0 && i < f.size() ? f.get(i) : null;
    }

    /** Starts reading the samples; until then (the view never shown) the view-model does no work. */
    public void activate() {
        if (active) return;
        active = true;
        documentChanged();
    }

    /** True when nothing is being read, gated or rendered (tests wait for this). */
    public boolean isSettled() { return pending == 0; }

    // ---- plot axes ------------------------------------------------------------------------------------------------

    public PlotAxis xAxis() { return axis(xChannel.get(), xScale.get()); }

    public PlotAxis yAxis() { return axis(yChannel.get(), yScale.get()); }

    private PlotAxis axis(String name, AxisScale scale) {
        Channel c = channels.stream().filter(ch -> ch.name().equals(name)).findFirst().orElse(null);
        if (c == null) return null;
        return scale.axis(c.name(), c.label(), c.range());
    }

    /** The population's label for the plot title: its id, or "All events". */
    public static String populationLabel(String id) { return id == null ? "All events" : id; }

    /**
     * Shows the channels the population's child gates are drawn on, so that selecting a population shows its gates:
     * the first two distinct channels of its children (a child on one channel keeps the other axis).
     */
    private void followPopulation() {
        GatingStrategy s = strategy.get();
        java.util.LinkedHashMap<String, Dimension> dims = new java.util.LinkedHashMap<>();
        for (Gate g : s.gates()) {
            if (!Objects.equals(g.parentId(), population.get())) continue;
            for (Dimension d : g.dimensions()) if (d.parameter() != null && hasChannel(d.parameter())) dims.putIfAbsent(d.parameter(), d);
        }
        List<Dimension> d = new ArrayList<>(dims.values());
        if (d.isEmpty()) return;
        if (d.size() == 1) {
            String only = d.get(0).parameter();
            if (!only.equals(yChannel.get()) && !only.equals(xChannel.get())) xChannel.set(only);
            followScale(s, d.get(0), only.equals(yChannel.get()) ? yScale : xScale);
            return;
        }
        xChannel.set(d.get(0).parameter());
        yChannel.set(d.get(1).parameter());
        followScale(s, d.get(0), xScale);
        followScale(s, d.get(1), yScale);
    }

    /** A gate drawn on a transformed axis is shown on that kind of axis (a gate without a transform leaves the choice). */
    private static void followScale(GatingStrategy s, Dimension d, ObjectProperty<AxisScale> scale) {
        if (d.transformationRef() == null) return;
        Object t = s.transforms().get(d.transformationRef());
        if (t instanceof org.cytobench.flow.transform.LogicleTransform) scale.set(AxisScale.LOGICLE);
        else if (t instanceof org.cytobench.flow.transform.AsinhTransform) scale.set(AxisScale.ARCSINH);
        else if (t instanceof org.cytobench.flow.transform.LogTransform) scale.set(AxisScale.LOG);
    }

    private boolean hasChannel(String name) { return channels.stream().anyMatch(c -> c.name().equals(name)); }

    // ---- document → state -----------------------------------------------------------------------------------------

    private void documentChanged() {
        if (!active) return;
        FlowAssay a = assay();
        if (a == null) {
            samples.clear();
            strategy.set(GatingStrategy.of(List.of()));
            plot.set(null);
            return;
        }
        if (!readouts.equals(a.readouts())) readouts.setAll(a.readouts());
        if (!Objects.equals(a.gatingMl(), parsedTemplate)) parseTemplate(a);
        if (!a.samples().equals(loadedFor) || document.project().sources() != loadedSources) load(document.project(), a);
        else {
            requestPlot();
            requestStatistics();
            requestOverview();
        }
    }

    private void parseTemplate(FlowAssay a) {
        parsedTemplate = a.gatingMl();
        GatingStrategy s = GatingStrategy.of(List.of());
        if (a.gatingMl() != null && !a.gatingMl().isBlank()) {
            try {
                s = GatingMlReader.read(a.name() + " gating template", a.gatingMl().getBytes(StandardCharsets.UTF_8));
            } catch (FlowFileException e) {
                message.set(e.getMessage());
            }
        }
        strategy.set(s);
        // an undo can remove the population on screen: fall back to its nearest surviving ancestor
        String p = population.get();
        if (p != null && !s.has(p)) population.set(null);
    }

    private void load(Project project, FlowAssay a) {
        long gen = loadGen.incrementAndGet();
        loadedFor = a.samples();
        loadedSources = project.sources();
        begin("Reading " + a.samples().size() + " FCS files…");
        work.execute(() -> {
            List<FlowSample> read = gen == loadGen.get() ? FlowSamples.read(project, a, () -> gen != loadGen.get(),
                    n -> progress(gen, loadGen, "Reading FCS files… " + n + " of " + a.samples().size())) : List.of();
            fx.execute(() -> {
                end();
                if (gen != loadGen.get()) return;
                publishSamples(read);
            });
        });
    }

    private void publishSamples(List<FlowSample> read) {
        samples.setAll(read);
        channels.clear();
        FlowSample first = read.stream().filter(FlowSample::readable).findFirst().orElse(null);
        if (first != null) {
            for (FcsChannel c : first.fcs().channels()) {
                String label = c.marker() == null || c.marker().isBlank() || c.marker().equals(c.name()) ? c.name() : c.marker() + " (" + c.name() + ")";
                channels.add(new Channel(c.name(), label, c.range()));
            }
            if (xChannel.get() == null || !hasChannel(xChannel.get())) xChannel.set(channels.get(0).name());
            if (yChannel.get() == null || !hasChannel(yChannel.get())) yChannel.set(channels.get(Math.min(1, channels.size() - 1)).name());
        }
        followPopulation();
        FlowSample control = read.stream().filter(s -> s.control() && s.readable()).findFirst().orElse(first);
        if (selectedSample.get() == null || !read.contains(selectedSample.get())) selectedSample.set(control);
        requestPlot();
        requestStatistics();
        requestOverview();
    }

    // ---- background work ------------------------------------------------------------------------------------------

    private void begin(String text) {
        pending++;
        busy.set(true);
        message.set(text);
    }

    private void end() {
        pending--;
        if (pending == 0) {
            busy.set(false);
            message.set("");
        }
    }

    private void progress(long gen, AtomicLong current, String text) {
        fx.execute(() -> { if (gen == current.get()) message.set(text); });
    }

    /**
     * Stops all background work at its next sample and drops its results (the Cancel button): what is on screen stays,
     * possibly older than the template until the next edit or selection.
     */
    public void cancel() {
        loadGen.incrementAndGet();
        plotGen.incrementAndGet();
        statsGen.incrementAndGet();
        overviewGen.incrementAndGet();
        loadedFor = null; // a cancelled read is retried on the next change
    }

    private static Dimension plotted(String channel) { return new Dimension(channel, null, Dimension.FCS, null); }

    /** Renders the selected sample's population (and counts its gating tree) in the background. */
    public void requestPlot() {
        if (!active) return;
        long gen = plotGen.incrementAndGet();
        FlowSample s = selectedSample.get();
        PlotAxis ax = xAxis();
        PlotAxis ay = yAxis();
        if (s == null || ax == null || ay == null) return;
        GatingStrategy st = strategy.get();
        String pop = population.get();
        Mode m = mode.get();
        begin("Drawing " + s.label() + "…");
        work.execute(() -> {
            FlowPlotState state = gen == plotGen.get() ? render(s, st, pop, ax, ay, m) : null;
            fx.execute(() -> {
                end();
                if (gen == plotGen.get() && state != null) plot.set(state);
            });
        });
    }

    static FlowPlotState render(FlowSample s, GatingStrategy st, String pop, PlotAxis ax, PlotAxis ay, Mode m) {
        List<GateOutline> outlines = GateOutlines.on(st, pop, ax, ay);
        if (!s.readable()) return new FlowPlotState(s, null, ax, ay, pop, outlines, List.of(), 0, s.problem());
        try {
            GatingEngine engine = new GatingEngine(st, s.scale(), s.fcs().spillover());
            BitSet members = pop == null ? null : engine.membership(pop);
            double[] x = engine.values(plotted(ax.channel()));
            double[] y = engine.values(plotted(ay.channel()));
            PlotImage img = m == Mode.DOTS ? FlowPlotRenderer.dots(x, y, members, ax, ay, PLOT_BINS, PLOT_BINS, MAX_DOTS)
                    : FlowPlotRenderer.density(x, y, members, ax, ay, PLOT_BINS, PLOT_BINS, true);
            int events = members == null ? engine.total() : members.cardinality();
            return new FlowPlotState(s, img, ax, ay, pop, outlines, engine.statistics(), events, null);
        } catch (IllegalArgumentException e) { // a gate or axis names a channel this file lacks
            return new FlowPlotState(s, null, ax, ay, pop, outlines, List.of(), 0, e.getMessage());
        }
    }

    /** Gates every sample with the current template in the background; the newest request wins. */
    public void requestStatistics() {
        if (!active) return;
        long gen = statsGen.incrementAndGet();
        List<FlowSample> all = List.copyOf(samples);
        GatingStrategy st = strategy.get();
        begin("Gating " + all.size() + " samples…");
        work.execute(() -> {
            List<SampleStatistics> out = new ArrayList<>();
            for (FlowSample s : all) {
                if (gen != statsGen.get()) break; // superseded or cancelled: stop at the next sample
                out.add(statistics(s, st));
                progress(gen, statsGen, "Gating samples… " + out.size() + " of " + all.size());
            }
            fx.execute(() -> {
                end();
                if (gen == statsGen.get()) statistics.setAll(out);
            });
        });
    }

    static SampleStatistics statistics(FlowSample s, GatingStrategy st) {
        if (!s.readable()) return new SampleStatistics(s, List.of(), s.problem());
        try {
            return new SampleStatistics(s, new GatingEngine(st, s.scale(), s.fcs().spillover()).statistics(), null);
        } catch (IllegalArgumentException e) {
            return new SampleStatistics(s, List.of(), e.getMessage());
        }
    }

    /** Renders one small plot per sample (same population, axes and gates) while the overview is shown. */
    public void requestOverview() {
        if (!active || !overviewActive.get()) return;
        long gen = overviewGen.incrementAndGet();
        List<FlowSample> all = List.copyOf(samples);
        PlotAxis ax = xAxis();
        PlotAxis ay = yAxis();
        if (ax == null || ay == null) return;
        GatingStrategy st = strategy.get();
        String pop = population.get();
        begin("Drawing the overview…");
        work.execute(() -> {
            List<OverviewTile> out = new ArrayList<>();
            for (FlowSample s : all) {
                if (gen != overviewGen.get()) break;
                out.add(tile(s, st, pop, ax, ay));
                progress(gen, overviewGen, "Drawing the overview… " + out.size() + " of " + all.size());
            }
            fx.execute(() -> {
                end();
                if (gen == overviewGen.get()) overview.setAll(out);
            });
        });
    }

    static OverviewTile tile(FlowSample s, GatingStrategy st, String pop, PlotAxis ax, PlotAxis ay) {
        if (!s.readable()) return new OverviewTile(s, null, List.of(), s.problem());
        try {
            GatingEngine engine = new GatingEngine(st, s.scale(), s.fcs().spillover());
            BitSet members = pop == null ? null : engine.membership(pop);
            PlotImage img = FlowPlotRenderer.density(engine.values(plotted(ax.channel())), engine.values(plotted(ay.channel())),
                    members, ax, ay, TILE_BINS, TILE_BINS, true);
            return new OverviewTile(s, img, engine.statistics(), null);
        } catch (IllegalArgumentException e) {
            return new OverviewTile(s, null, List.of(), e.getMessage());
        }
    }

    // ---- gate edits -----------------------------------------------------------------------------------------------

    /** The sample gates are edited on: the selected one when it is a control, else the first control; null if none. */
    public FlowSample controlSample() {
        FlowSample s = selectedSample.get();
        if (s != null && s.control()) return s;
        return samples.stream().filter(FlowSample::control).findFirst().orElse(null);
    }

    /** True when the plot may be edited: the selected sample is a control (or the assay has no control well at all). */
    public boolean isEditable() {
        FlowSample s = selectedSample.get();
        return s != null && (s.control() || samples.stream().noneMatch(FlowSample::control));
    }

    public boolean drawRectangle(double x0, double y0, double x1, double y1) {
        return edit("Draw rectangle gate", s -> PlotGateEdits.addRectangle(s, population.get(), PlotGateEdits.newId(s, "R"), xAxis(), yAxis(), x0, y0, x1, y1));
    }

    public boolean drawPolygon(List<double[]> points) {
        if (points.size() < 3) return false;
        return edit("Draw polygon gate", s -> PlotGateEdits.addPolygon(s, population.get(), PlotGateEdits.newId(s, "P"), xAxis(), yAxis(), points));
    }

    /** A range gate on the x axis; NaN leaves a bound open (a threshold). */
    public boolean drawRange(double lo, double hi) {
        return edit("Draw range gate", s -> PlotGateEdits.addRange(s, population.get(), PlotGateEdits.newId(s, "T"), xAxis(), lo, hi));
    }

    public boolean drawQuadrants(double x, double y) {
        return edit("Draw quadrant gate", s -> PlotGateEdits.addQuadrants(s, population.get(), PlotGateEdits.newId(s, "Q"), xAxis(), yAxis(),
                markerOf(xChannel.get()), markerOf(yChannel.get()), x, y));
    }

    /** Moves or reshapes a gate shown on the plot (points as in its {@link GateOutline}). */
    public boolean reshape(String gateId, double[][] points) {
        return edit("Edit gate " + gateId, s -> PlotGateEdits.reshaped(s, gateId, xAxis(), yAxis(), points));
    }

    public boolean removeGate(String gateId) {
        return edit("Delete gate " + gateId, s -> PlotGateEdits.removed(s, gateId));
    }

    /**
     * Renames a population (its gate, its children's parent, Boolean operands, and the readouts that report it) in one
     * undoable step. Renaming is allowed on any sample: it changes no gate.
     */
    public boolean renameGate(String oldId, String newId) {
        FlowAssay a = assay();
        if (a == null || newId == null || newId.equals(oldId)) return false;
        GatingStrategy next;
        try {
            next = PlotGateEdits.renamed(strategy.get(), oldId, newId.strip());
        } catch (IllegalArgumentException e) {
            errors.report("The population could not be renamed: " + e.getMessage(), null);
            return false;
        }
        List<FlowAssay.FlowReadout> readouts = a.readouts().stream().map(r -> r.populationId().equals(oldId)
                ? new FlowAssay.FlowReadout(newId.strip(), r.label().equals(oldId) ? newId.strip() : r.label(), r.statistic()) : r).toList();
        String xml = GatingMlWriter.write(next);
        int index = assayIndex.get();
        document.apply("Rename " + oldId + " to " + newId.strip(), e -> withAssay(e, index, xml, readouts));
        if (oldId.equals(population.get())) population.set(newId.strip());
        return true;
    }

    /** Whether a population is one of the assay's readouts (its % of parent goes to the dose-response analysis). */
    public boolean isReported(String id) {
        FlowAssay a = assay();
        return a != null && id != null && a.readouts().stream().anyMatch(r -> r.populationId().equals(id));
    }

    /**
     * Adds the population to the readouts ("% id of parent", percent of parent) or removes it, in one undoable step; the
     * analysis then treats it like a cytokine.
     */
    public boolean setReported(String id, boolean reported) {
        FlowAssay a = assay();
        if (a == null || id == null || !strategy.get().has(id) || reported == isReported(id)) return false;
        List<FlowAssay.FlowReadout> readouts = new ArrayList<>(a.readouts());
        if (reported) {
            String parent = strategy.get().gate(id).parentId();
            readouts.add(new FlowAssay.FlowReadout(id, "% " + id + " of " + (parent == null ? "all events" : parent), null));
        } else {
            readouts.removeIf(r -> r.populationId().equals(id));
        }
        int index = assayIndex.get();
        document.apply((reported ? "Report " : "Stop reporting ") + id, e -> withAssay(e, index, a.gatingMl(), readouts));
        return true;
    }

    private String markerOf(String channel) {
        return channels.stream().filter(c -> c.name().equals(channel)).findFirst()
                .map(c -> c.label().contains(" (") ? c.label().substring(0, c.label().indexOf(" (")) : c.name()).orElse(channel);
    }

    private boolean edit(String description, UnaryOperator<GatingStrategy> change) {
        FlowAssay a = assay();
        if (a == null || !isEditable() || xAxis() == null || yAxis() == null) return false;
        GatingStrategy next;
        try {
            next = change.apply(strategy.get());
        } catch (IllegalArgumentException e) { // e.g. a zero-width rectangle
            errors.report("The gate could not be drawn: " + e.getMessage(), null);
            return false;
        }
        String xml = GatingMlWriter.write(next);
        int index = assayIndex.get();
        document.apply(description, e -> withTemplate(e, index, xml));
        return true;
    }

    static Experiment withTemplate(Experiment e, int index, String gatingMl) {
        return withAssay(e, index, gatingMl, e.flowAssays().get(index).readouts());
    }

    static Experiment withAssay(Experiment e, int index, String gatingMl, List<FlowAssay.FlowReadout> readouts) {
        List<FlowAssay> f = new ArrayList<>(e.flowAssays());
        FlowAssay a = f.get(index);
        f.set(index, new FlowAssay(a.name(), a.samples(), gatingMl, readouts, a.minEvents()));
        return e.withFlowAssays(f);
    }
}
