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
import org.cytobench.flow.gating.PolygonGate;
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
 * 3 donors × 6 groups × triplicates): one FCS 3.1 file per culture well (16-bit channels, keyword WELL ID), with a
 * designed probability of CD69+ and CD25+ per treatment and donor, and the gating template that finds them. Populations
 * are placed far (≥ 6 SD) from every gate edge, so the generator's own labels are the exact truth each file's counts
 * must reproduce. One well gets few events, to exercise the minimum-events flag.
 *
 * <p>Two panels: {@link #TEST} (src/test/resources/flow/simulated: FSC-A, SSC-A, CD3, CD4, CD8, CD69, CD25; lymphocytes →
 * CD3+ → CD4+/CD8+ → CD69+, CD25+) and {@link #SAMPLE}, the bundled sample experiment's flow assay, which adds FSC-H
 * (lymphocyte doublets: FSC-A 1.8× a single cell's, FSC-H a single cell's) and a viability dye (10 % dead cells) for the
 * protocol's full template: lymphocytes → single cells → live → CD3+ → CD4+/CD8+ → CD69+, CD25+.
 *
 * <p>Regenerate the test set with {@code SimulatedPbmcFlowTest#main}; the sample with SampleDataTest (README there).
 */
public final class SimulatedPbmcFlow {
    static final long SEED = 20261201L;
    static final int EVENTS = 1500;
    public static final WellPosition LOW_EVENT_WELL = WellPosition.parse("A9");
    static final List<String> CHANNELS = List.of("FSC-A", "SSC-A", "PerCP-Cy5-5-A", "FITC-A", "APC-A", "PE-A", "BV421-A");
    static final List<String> MARKERS = List.of("FSC", "SSC", "CD3", "CD4", "CD8", "CD69", "CD25");
    public static final List<String> READOUT_IDS = List.of("CD4_CD69pos", "CD4_CD25pos", "CD8_CD69pos", "CD8_CD25pos");
    public static final List<String> READOUT_LABELS = List.of("% CD69+ of CD4+", "% CD25+ of CD4+", "% CD69+ of CD8+", "% CD25+ of CD8+");

    /**
     * What is simulated.
     *
     * @param filePrefix file names are prefix + well (A01) + ".fcs"
     * @param seed       the seed of well i's stream is seed + 7919 i
     * @param events     events per file
     * @param lowEvents  events in {@link #LOW_EVENT_WELL}
     * @param fullPanel  with FSC-H doublets and a viability dye (single cells and live gates)
     */
    public record Panel(String filePrefix, long seed, int events, int lowEvents, boolean fullPanel) {}

    /** The test set of the flow package (unchanged since it was committed). */
    public static final Panel TEST = new Panel("PBMC_Tcell_", SEED, EVENTS, 300, false);
    /**
     * The sample experiment's flow assay: 2 000 events a file keep the 54 embedded files near 2 MB (36 kB each) while
     * leaving about 700 CD4+ and 350 CD8+ cells per well, above the 200-event minimum, so a well's % CD69+ has a
     * binomial SD of at most 1.9 points (p = 0.38 of 700); well A9 gets 400 events (about 70 CD8+ cells: flagged).
     */
    public static final Panel SAMPLE = new Panel("2024-11-14_Tcell_", 20241113L, 2000, 400, true);

    static final List<String> FULL_CHANNELS = List.of("FSC-A", "FSC-H", "SSC-A", "PerCP-Cy5-5-A", "FITC-A", "APC-A", "PE-A",
            "BV421-A", "APC-Cy7-A");
    static final List<String> FULL_MARKERS = List.of("FSC", "FSC", "SSC", "CD3", "CD4", "CD8", "CD69", "CD25", "Live/Dead");

    /** The designed % positive per group (unstim, unstim+vehicle, LPS+vehicle, LPS+10, +50, +100) for each readout. */
    public static final double[][] DESIGN = {
            {4, 4, 18, 22, 28, 35},   // CD69+ of CD4+
            {6, 6, 14, 16, 19, 24},   // CD25+ of CD4+
            {3, 3, 12, 14, 18, 22},   // CD69+ of CD8+
            {2, 2, 6, 7, 9, 11}};     // CD25+ of CD8+
    /** Donor effect added to every designed % (D1, D2, D3). */
    public static final double[] DONOR_SHIFT = {0, 3, -3};

    /** One generated file and the generator's own counts. */
    public record Sample(String file, WellPosition well, byte[] fcs, int events, int[] positives, int[] parents) {
        public double percent(int readout) { return 100.0 * positives[readout] / parents[readout]; }
    }

    private SimulatedPbmcFlow() {}

    public static CulturePlate culture() { return CulturePlates.pbmcStimulation(); }

    static String fileName(WellPosition w) { return fileName(TEST, w); }

    public static String fileName(Panel panel, WellPosition w) {
        return String.format("%s%s%02d.fcs", panel.filePrefix(), (char) ('A' + w.row()), w.column() + 1);
    }

    static List<Sample> generate() { return generate(TEST); }

    public static List<Sample> generate(Panel panel) {
        List<Sample> out = new ArrayList<>();
        CulturePlate culture = culture();
        int i = 0;
        for (Map.Entry<WellPosition, Treatment> e : culture.wells().entrySet()) {
            out.add(sample(panel, e.getKey(), e.getValue(), new SplittableRandom(panel.seed() + 7919L * i++)));
        }
        return out;
    }

    /** The designed probability (0–1) of a readout for a treatment. */
    public static double design(int readout, Treatment t) {
        int donor = Integer.parseInt(t.donor().substring(1)) - 1;
        return (DESIGN[readout][groupIndex(t.group())] + DONOR_SHIFT[donor]) / 100.0;
    }

    /** The column of {@link #DESIGN} for a treatment group. */
    public static int groupIndex(TreatmentGroup g) {
        if (g.isUnstimulated()) return g.vehicle() ? 1 : 0;
        if (g.thymalfasinNgPerMl() == 0) return 2;
        return 2 + CulturePlates.REFERENCE_DOSES.indexOf(g.thymalfasinNgPerMl()) + 1;
    }

    private static Sample sample(Panel panel, WellPosition well, Treatment t, SplittableRandom rnd) {
        int n = well.equals(LOW_EVENT_WELL) ? panel.lowEvents() : panel.events();
        List<String> channels = panel.fullPanel() ? FULL_CHANNELS : CHANNELS;
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (String c : channels) cols.put(c, new double[n]);
        int[] pos = new int[4];
        int[] parents = new int[4];
        for (int e = 0; e < n; e++) {
            // the test panel's draws, in their committed order
            boolean lymph = rnd.nextDouble() < 0.9;
            double fsc = value(rnd, lymph ? 500 : 120, 30);
            cols.get("FSC-A")[e] = fsc;
            cols.get("SSC-A")[e] = value(rnd, lymph ? 220 : 40, 20);
            boolean cd3 = lymph && rnd.nextDouble() < 0.75;
            double u = rnd.nextDouble();
            boolean cd4 = cd3 && u < 0.6;
            boolean cd8 = cd3 && u >= 0.6 && u < 0.9;
            cols.get("PerCP-Cy5-5-A")[e] = value(rnd, cd3 ? 700 : 150, 40);
            cols.get("FITC-A")[e] = value(rnd, cd4 ? 700 : 150, 40);
            cols.get("APC-A")[e] = value(rnd, cd8 ? 700 : 150, 40);
            boolean cd69 = rnd.nextDouble() < (cd4 ? design(0, t) : cd8 ? design(2, t) : 0.02);
            boolean cd25 = rnd.nextDouble() < (cd4 ? design(1, t) : cd8 ? design(3, t) : 0.02);
            cols.get("PE-A")[e] = value(rnd, cd69 ? 700 : 150, 40);
            cols.get("BV421-A")[e] = value(rnd, cd25 ? 700 : 150, 40);
            boolean counted = true;
            if (panel.fullPanel()) {
                // single cells: FSC-H = 0.8 FSC-A (SD 6); a doublet of lymphocytes has 1.8× the area at a single height
                boolean doublet = rnd.nextDouble() < 0.06 && lymph;
                boolean dead = rnd.nextDouble() < 0.10;
                double height = Math.rint(0.8 * fsc + 6 * gaussian(rnd));
                cols.get("FSC-H")[e] = clip(height);
                if (doublet) cols.get("FSC-A")[e] = clip(Math.rint(1.8 * fsc));
                cols.get("APC-Cy7-A")[e] = value(rnd, dead ? 700 : 150, 40);
                counted = !doublet && !dead;
            }
            if (cd4 && counted) {
                parents[0]++;
                parents[1]++;
                if (cd69) pos[0]++;
                if (cd25) pos[1]++;
            }
            if (cd8 && counted) {
                parents[2]++;
                parents[3]++;
                if (cd69) pos[2]++;
                if (cd25) pos[3]++;
            }
        }
        Map<String, String> kw = new LinkedHashMap<>();
        kw.put("WELL ID", String.format("%s%02d", (char) ('A' + well.row()), well.column() + 1));
        kw.put("$CYT", "simulated (Cytobench test generator, seed " + panel.seed() + ")");
        kw.put("$SRC", t.group().label() + " " + t.donor());
        double[] ranges = new double[channels.size()];
        java.util.Arrays.fill(ranges, 1024);
        List<double[]> data = new ArrayList<>(cols.values());
        byte[] fcs = FcsWriter.write(new FlowEvents(channels, data.toArray(double[][]::new)),
                panel.fullPanel() ? FULL_MARKERS : MARKERS, ranges, kw, FcsWriter.DataType.INT16);
        return new Sample(fileName(panel, well), well, fcs, n, pos, parents);
    }

    private static double value(SplittableRandom rnd, double mean, double sd) {
        return clip(Math.rint(mean + sd * gaussian(rnd)));
    }

    private static double clip(double v) { return Math.max(0, Math.min(1023, v)); }

    /** Box–Muller from the seeded stream (SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    static GatingStrategy gates() { return gates(TEST); }

    /**
     * Test panel: lymphocytes → CD3+ → CD4+ / CD8+ → CD69+, CD25+, all marker thresholds at channel 400. Full panel:
     * lymphocytes (FSC-A ≥ 300, no upper bound so that doublets reach the next gate) → single cells (a polygon around
     * FSC-H = 0.65…0.95 FSC-A) → live (viability dye below 400) → CD3+ → ….
     */
    public static GatingStrategy gates(Panel panel) {
        List<Gate> g = new ArrayList<>();
        String cd3Parent = "Lymphocytes";
        if (panel.fullPanel()) {
            g.add(rect("Lymphocytes", null, new String[] {"FSC-A", "SSC-A"}, new double[] {300, 100}, new double[] {Double.NaN, 400}));
            g.add(new PolygonGate("Singlets", "Lymphocytes", List.of(Dimension.of("FSC-A"), Dimension.of("FSC-H")),
                    new double[][] {{250, 162.5}, {1024, 665.6}, {1024, 972.8}, {250, 237.5}}));
            g.add(rect("Live", "Singlets", new String[] {"APC-Cy7-A"}, new double[] {Double.NaN}, new double[] {400}));
            cd3Parent = "Live";
        } else {
            g.add(rect("Lymphocytes", null, new String[] {"FSC-A", "SSC-A"}, new double[] {300, 100}, new double[] {800, 400}));
        }
        g.add(rect("CD3pos", cd3Parent, new String[] {"PerCP-Cy5-5-A"}, new double[] {400}, new double[] {Double.NaN}));
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

    static String gatingMl() { return gatingMl(TEST); }

    public static String gatingMl(Panel panel) { return GatingMlWriter.write(gates(panel)); }

    static FlowAssay assay() { return assay(TEST); }

    /** The flow assay: files mapped to wells by their WELL ID keyword (culture wells left null). */
    public static FlowAssay assay(Panel panel) {
        List<FlowAssay.FlowSample> samples = new ArrayList<>();
        for (WellPosition w : culture().wells().keySet()) samples.add(new FlowAssay.FlowSample(fileName(panel, w), null));
        List<FlowAssay.FlowReadout> readouts = new ArrayList<>();
        for (int r = 0; r < READOUT_IDS.size(); r++) readouts.add(new FlowAssay.FlowReadout(READOUT_IDS.get(r), READOUT_LABELS.get(r), null));
        return new FlowAssay("T-cell activation", samples, gatingMl(panel), readouts, FlowAssay.DEFAULT_MIN_EVENTS);
    }
}
