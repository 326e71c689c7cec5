package org.cytobench.flow.assay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cytobench.flow.fcs.FcsChannel;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.PolygonGate;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.gatingml.GatingMlWriter;
import org.cytobench.plate.FlowAssay;

/**
 * The protocol's default gating template (lymphocytes → single cells → live → CD3+ → CD4+ / CD8+ → CD69+, CD25+), built
 * from a file's channels: markers are found by their stain name ($PnS, e.g. "CD4 FITC" or "CD4"), scatter by channel name
 * ($PnN: FSC-A, FSC-H, SSC-A). Single cells need FSC-A and FSC-H, live cells a viability dye; either step is left out
 * when the file has no such channel.
 *
 * <p>The gates are <em>starting positions</em> placed at fixed fractions of each channel's range ($PnR): marker thresholds
 * at 40 %, lymphocytes at 30–80 % FSC-A and 10–40 % SSC-A, single cells at FSC-H 0.65–0.95 × FSC-A. They must be adjusted
 * on the unstimulated control before the numbers mean anything, which {@link FlowTemplate#origin()} says. The gate ids
 * and readouts are the ones the bundled sample experiment uses.
 */
public final class ActivationPanelTemplate {
    static final double MARKER_THRESHOLD = 0.4;
    public static final List<String> READOUT_IDS = List.of("CD4_CD69pos", "CD4_CD25pos", "CD8_CD69pos", "CD8_CD25pos");
    public static final List<String> READOUT_LABELS = List.of("% CD69+ of CD4+", "% CD25+ of CD4+", "% CD69+ of CD8+", "% CD25+ of CD8+");
    private static final Pattern VIABILITY = Pattern.compile("(?i).*(live|dead|viab|zombie|7-?aad|dapi|fvs|\\bpi\\b).*");

    private ActivationPanelTemplate() {}

    /**
     * The template for files with these channels.
     *
     * @throws IllegalArgumentException naming the missing markers when CD3, CD4, CD8 or both of CD69 and CD25 are absent
     */
    public static FlowTemplate forChannels(List<FcsChannel> channels) {
        FcsChannel fscA = byName(channels, "FSC-A", "FSC");
        FcsChannel ssc = byName(channels, "SSC-A", "SSC");
        FcsChannel cd3 = byMarker(channels, "CD3");
        FcsChannel cd4 = byMarker(channels, "CD4");
        FcsChannel cd8 = byMarker(channels, "CD8");
        FcsChannel cd69 = byMarker(channels, "CD69");
        FcsChannel cd25 = byMarker(channels, "CD25");
        List<String> missing = new ArrayList<>();
        if (fscA == null) missing.add("FSC-A");
        if (ssc == null) missing.add("SSC-A");
        if (cd3 == null) missing.add("CD3");
        if (cd4 == null) missing.add("CD4");
        if (cd8 == null) missing.add("CD8");
        if (cd69 == null && cd25 == null) missing.add("CD69 or CD25");
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the default T-cell template needs " + String.join(", ", missing)
                    + " (as $PnN for scatter, $PnS for markers); choose a Gating-ML file or FlowJo workspace instead");
        }
        FcsChannel fscH = byName(channels, "FSC-H", null);
        FcsChannel live = channels.stream().filter(c -> c.marker() != null && VIABILITY.matcher(c.marker()).matches()).findFirst().orElse(null);

        List<Gate> g = new ArrayList<>();
        g.add(rect("Lymphocytes", null, List.of(fscA, ssc), new double[] {at(fscA, 0.3), at(ssc, 0.1)},
                new double[] {fscH == null ? at(fscA, 0.8) : Double.NaN, at(ssc, 0.4)}));
        String parent = "Lymphocytes";
        List<String> steps = new ArrayList<>(List.of("lymphocytes"));
        if (fscH != null) {
            // no upper FSC-A bound on lymphocytes then: doublets (1.8× the area) must reach this gate to be removed here
            double x0 = at(fscA, 0.25);
            double x1 = at(fscA, 1.0);
            g.add(new PolygonGate("Singlets", parent, List.of(Dimension.of(fscA.name()), Dimension.of(fscH.name())),
                    new double[][] {{x0, 0.65 * x0}, {x1, 0.65 * x1}, {x1, 0.95 * x1}, {x0, 0.95 * x0}}));
            parent = "Singlets";
            steps.add("single cells");
        }
        if (live != null) {
            g.add(rect("Live", parent, List.of(live), new double[] {Double.NaN}, new double[] {at(live, MARKER_THRESHOLD)}));
            parent = "Live";
            steps.add("live");
        }
        g.add(positive("CD3pos", parent, cd3));
        g.add(rect("CD4pos", "CD3pos", List.of(cd4, cd8), new double[] {at(cd4, MARKER_THRESHOLD), Double.NaN},
                new double[] {Double.NaN, at(cd8, MARKER_THRESHOLD)}));
        g.add(rect("CD8pos", "CD3pos", List.of(cd4, cd8), new double[] {Double.NaN, at(cd8, MARKER_THRESHOLD)},
                new double[] {at(cd4, MARKER_THRESHOLD), Double.NaN}));
        List<FlowAssay.FlowReadout> readouts = new ArrayList<>();
        for (int i = 0; i < READOUT_IDS.size(); i++) {
            FcsChannel marker = i % 2 == 0 ? cd69 : cd25;
            if (marker == null) continue;
            String id = READOUT_IDS.get(i);
            g.add(positive(id, i < 2 ? "CD4pos" : "CD8pos", marker));
            readouts.add(new FlowAssay.FlowReadout(id, READOUT_LABELS.get(i), null));
        }
        steps.add("CD3+ → CD4+ / CD8+ → " + (cd69 == null ? "CD25+" : cd25 == null ? "CD69+" : "CD69+, CD25+"));
        String origin = "Protocol default (" + String.join(" → ", steps) + ") at starting positions: adjust the gates on the "
                + "unstimulated control.";
        return new FlowTemplate(GatingMlWriter.write(GatingStrategy.of(g)), readouts, origin);
    }

    /** The channel whose $PnS names this marker as a word ("CD4", "CD4 FITC", "FITC-CD4"; not "CD45" for CD4). */
    static FcsChannel byMarker(List<FcsChannel> channels, String marker) {
        Pattern word = Pattern.compile("(?i)(^|[^A-Za-z0-9])" + Pattern.quote(marker) + "($|[^A-Za-z0-9])");
        return channels.stream().filter(c -> c.marker() != null && word.matcher(c.marker()).find()).findFirst().orElse(null);
    }

    private static FcsChannel byName(List<FcsChannel> channels, String name, String fallback) {
        Optional<FcsChannel> c = channels.stream().filter(ch -> ch.name().equalsIgnoreCase(name)).findFirst();
        if (c.isEmpty() && fallback != null) c = channels.stream().filter(ch -> ch.name().toUpperCase(Locale.ROOT).equals(fallback)).findFirst();
        return c.orElse(null);
    }

    /** A fraction of the channel's range, as a scale value (what gates compare with). */
    private static double at(FcsChannel c, double fraction) { return c.toScale(fraction * c.range()); }

    private static RectangleGate positive(String id, String parent, FcsChannel c) {
        return rect(id, parent, List.of(c), new double[] {at(c, MARKER_THRESHOLD)}, new double[] {Double.NaN});
    }

    private static RectangleGate rect(String id, String parent, List<FcsChannel> dims, double[] min, double[] max) {
        return new RectangleGate(id, parent, dims.stream().map(c -> Dimension.of(c.name())).toList(), min, max);
    }
}
