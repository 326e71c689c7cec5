package org.cytobench.flow.assay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cytobench.flow.FlowEvents;
import org.cytobench.flow.fcs.FcsWriter;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.gatingml.GatingMlWriter;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.TreatmentGroup;
import org.cytobench.plate.WellPosition;

/**
 * A seeded simulation of the T-cell activation panel for the sample culture plate ({@link CulturePlates#pbmcStimulation()}:
 * 3 donors × 6 groups × triplicates): one FCS 3.1 file per culture well (16-bit channels FSC-A, SSC-A, CD3, CD4, CD8,
 * CD69, CD25; keyword WELL ID), with a designed probability of CD69+ and CD25+ per treatment and donor, and the gating
 * template that finds them. Populations are placed far (≥ 6 SD) from every gate edge, so the generator's own labels are
 * the exact truth each file's counts must reproduce. Well A9 gets only 300 events, to exercise the minimum-events flag.
 *
 * <p>Regenerate the committed files (src/test/resources/flow/simulated/) with {@code SimulatedPbmcFlowTest#main}.
 */
final class SimulatedPbmcFlow {
    static final long SEED = 20261201L;
    static final int EVENTS = 1500;
    static final WellPosition LOW_EVENT_WELL = WellPosition.parse("A9");
    static final List<String> CHANNELS = List.of("FSC-A", "SSC-A", "PerCP-Cy5-5-A", "FITC-A", "APC-A", "PE-A", "BV421-A");
    static final List<String> MARKERS = List.of("FSC", "SSC", "CD3", "CD4", "CD8", "CD69", "CD25");
    static final List<String> READOUT_IDS = List.of("CD4_CD69pos", "CD4_CD25pos", "CD8_CD69pos", "CD8_CD25pos");
    static final List<String> READOUT_LABELS = List.of("% CD69+ of CD4+", "% CD25+ of CD4+", "% CD69+ of CD8+", "% CD25+ of CD8+");

    /** The designed % positive per group (unstim, unstim+vehicle, LPS+vehicle, LPS+10, +50, +100) for each readout. */
    static final double[][] DESIGN = {
            {4, 4, 18, 22, 28, 35},   // CD69+ of CD4+
            {6, 6, 14, 16, 19, 24},   // CD25+ of CD4+
            {3, 3, 12, 14, 18, 22},   // CD69+ of CD8+
            {2, 2, 6, 7, 9, 11}};     // CD25+ of CD8+
    /** Donor effect added to every designed % (D1, D2, D3). */
    static final double[] DONOR_SHIFT = {0, 3, -3};

    /** One generated file and the generator's own counts. */
    record Sample(String file, WellPosition well, byte[] fcs, int[] positives, int[] parents) {
        double percent(int readout) { return 100.0 * positives[readout] / parents[readout]; }
    }

    private SimulatedPbmcFlow() {}

    static CulturePlate culture() { return CulturePlates.pbmcStimulation(); }

    static String fileName(WellPosition w) {
        return String.format("PBMC_Tcell_%s%02d.fcs", (char) ('A' + w.row()), w.column() + 1);
    }

    static List<Sample> generate() {
        List<Sample> out = new ArrayList<>();
        CulturePlate culture = culture();
        int i = 0;
        for (Map.Entry<WellPosition, Treatment> e : culture.wells().entrySet()) {
            out.add(sample(e.getKey(), e.getValue(), new SplittableRandom(SEED + 7919L * i++)));
        }
        return out;
    }

    /** The designed probability (0–1) of a readout for a treatment. */
    static double design(int readout, Treatment t) {
        int donor = Integer.parseInt(t.donor().substring(1)) - 1;
        return (DESIGN[readout][groupIndex(t.group())] + DONOR_SHIFT[donor]) / 100.0;
    }

    static int groupIndex(TreatmentGroup g) {
        if (g.isUnstimulated()) return g.vehicle() ? 1 : 0;
        if (g.thymalfasinNgPerMl() == 0) return 2;
        return 2 + CulturePlates.REFERENCE_DOSES.indexOf(g.thymalfasinNgPerMl()) + 1;
    }

    private static Sample sample(WellPosition well, Treatment t, SplittableRandom rnd) {
        int n = well.equals(LOW_EVENT_WELL) ? 300 : EVENTS;
        double[][] cols = new double[CHANNELS.size()][n];
        int[] pos = new int[4];
        int[] parents = new int[4];
        for (int e = 0; e < n; e++) {
            boolean lymph = rnd.nextDouble() < 0.9;
            cols[0][e] = value(rnd, lymph ? 500 : 120, 30);
            cols[1][e] = value(rnd, lymph ? 220 : 40, 20);
            boolean cd3 = lymph && rnd.nextDouble() < 0.75;
            double u = rnd.nextDouble();
            boolean cd4 = cd3 && u < 0.6;
            boolean cd8 = cd3 && u >= 0.6 && u < 0.9;
            cols[2][e] = value(rnd, cd3 ? 700 : 150, 40);
            cols[3][e] = value(rnd, cd4 ? 700 : 150, 40);
            cols[4][e] = value(rnd, cd8 ? 700 : 150, 40);
            boolean cd69 = rnd.nextDouble() < (cd4 ? design(0, t) : cd8 ? design(2, t) : 0.02);
            boolean cd25 = rnd.nextDouble() < (cd4 ? design(1, t) : cd8 ? design(3, t) : 0.02);
            cols[5][e] = value(rnd, cd69 ? 700 : 150, 40);
            cols[6][e] = value(rnd, cd25 ? 700 : 150, 40);
            if (cd4) {
                parents[0]++;
                parents[1]++;
                if (cd69) pos[0]++;
                if (cd25) pos[1]++;
            }
            if (cd8) {
                parents[2]++;
                parents[3]++;
                if (cd69) pos[2]++;
                if (cd25) pos[3]++;
            }
        }
        Map<String, String> kw = new LinkedHashMap<>();
        kw.put("WELL ID", String.format("%s%02d", (char) ('A' + well.row()), well.column() + 1));
        kw.put("$CYT", "simulated (Cytobench test generator, seed " + SEED + ")");
        kw.put("$SRC", t.group().label() + " " + t.donor());
        double[] ranges = new double[CHANNELS.size()];
        java.util.Arrays.fill(ranges, 1024);
        byte[] fcs = FcsWriter.write(new FlowEvents(CHANNELS, cols), MARKERS, ranges, kw, FcsWriter.DataType.INT16);
        return new Sample(fileName(well), well, fcs, pos, parents);
    }

    private static double value(SplittableRandom rnd, double mean, double sd) {
        double v = Math.rint(mean + sd * gaussian(rnd));
        return Math.max(0, Math.min(1023, v));
    }

    /** Box–Muller from the seeded stream (SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Lymphocytes → CD3+ → CD4+ / CD8+ → CD69+, CD25+; all thresholds at channel 400. */
    static GatingStrategy gates() {
        List<Gate> g = new ArrayList<>();
        g.add(rect("Lymphocytes", null, new String[] {"FSC-A", "SSC-A"}, new double[] {300, 100}, new double[] {800, 400}));
        g.add(rect("CD3pos", "Lymphocytes", new String[] {"PerCP-Cy5-5-A"}, new double[] {400}, new double[] {Double.NaN}));
        g.add(rect("CD4pos", "CD3pos", new String[] {"FITC-A", "APC-A"}, new double[] {400, Double.NaN}, new double[] {Double.NaN, 400}));
        g.add(rect("CD8pos", "CD3pos", new String[] {"FITC-A", "APC-A"}, new double[] {Double.NaN, 400}, new double[] {400, Double.NaN}));
        g.add(rect("CD4_CD69pos", "CD4pos", new String[] {"PE-A"}, new double[] {400}, new double[] {Double.NaN}));
        g.add(rect("CD4_CD25pos", "CD4pos", new String[] {"BV421-A"}, new double[] {400}, new double[] {Double.NaN}));
        g.add(rect("CD8_CD69pos", "CD8pos", new String[] {"PE-A"}, new double[] {400}, new double[] {Double.NaN}));
        g.add(rect("CD8_CD25pos", "CD8pos", new String[] {"BV421-A"}, new double[] {400}, new double[] {Double.NaN}));
        return GatingStrategy.of(g);
    }

    private static RectangleGate rect(String id, String parent, String[] dims, double[] min, double[] max) {
        List<Dimension> d = new ArrayList<>();
        for (String s : dims) d.add(Dimension.of(s));
        return new RectangleGate(id, parent, d, min, max);
    }

    static String gatingMl() { return GatingMlWriter.write(gates()); }

    /** The flow assay of the sample experiment: files mapped to wells by their WELL ID keyword (culture wells left null). */
    static FlowAssay assay() {
        List<FlowAssay.FlowSample> samples = new ArrayList<>();
        for (WellPosition w : culture().wells().keySet()) samples.add(new FlowAssay.FlowSample(fileName(w), null));
        List<FlowAssay.FlowReadout> readouts = new ArrayList<>();
        for (int r = 0; r < READOUT_IDS.size(); r++) readouts.add(new FlowAssay.FlowReadout(READOUT_IDS.get(r), READOUT_LABELS.get(r), null));
        return new FlowAssay("T-cell activation", samples, gatingMl(), readouts, FlowAssay.DEFAULT_MIN_EVENTS);
    }
}
