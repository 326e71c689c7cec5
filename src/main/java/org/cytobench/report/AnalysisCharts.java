package org.cytobench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cytobench.analysis.DoseComparison;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.ValueStatus;
import org.cytobench.analysis.WellResult;
import org.cytobench.chart.CurveChartData;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.chart.dose.DosePanelData;
import org.cytobench.plate.Numbers;
import org.cytobench.plate.TreatmentGroup;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.WellRole;

/** What the charts show, taken from an analysis: a plate's standard curve and an analyte's dose chart. */
public final class AnalysisCharts {
    private AnalysisCharts() {}

    /**
     * The standard curve of an analysed plate: every standard well (masked ones drawn open), every sample at its
     * back-calculated concentration before dilution, the LLOQ/ULOQ and the blank level on the scale of the points.
     */
    public static CurveChartData curve(PlateAnalysis p, AssayRun run) {
        List<CurveChartData.Point> standards = new ArrayList<>();
        List<CurveChartData.Point> samples = new ArrayList<>();
        double blankSum = 0;
        int blanks = 0;
        for (WellResult w : p.wells()) {
            if (w.value() == null) continue;
            WellRole role = w.role();
            if (role == WellRole.STANDARD || role == WellRole.ZERO_STANDARD) {
                standards.add(new CurveChartData.Point(w.well().label(), w.layout().nominalConcentration(), w.value(), w.isMasked()));
            } else if (role == WellRole.SAMPLE && !w.isMasked()) {
                Double c = w.concentration() == null ? null : w.concentration() / w.layout().dilutionFactor();
                samples.add(new CurveChartData.Point(w.well().label(), c, w.value(), false));
            } else if (role == WellRole.BLANK && w.isUsable()) {
                blankSum += w.value();
                blanks++;
            }
        }
        String response = responseLabel(run, p.blank() != null);
        return new CurveChartData(title(p), p.analyte().unit(), response, p.fit(), standards, samples, p.lloq(), p.uloq(),
                blanks == 0 ? null : blankSum / blanks);
    }

    /**
     * A run's heat map for the report and the chart files: a multiplex run with bead counts has the wells under the
     * experiment's bead-count minimum outlined, as in the workbench; any other run as {@link PlateHeatMapChart#create}.
     */
    public static org.jfree.chart.JFreeChart heatMap(org.cytobench.plate.AssayRun run, AnalysisSettings settings) {
        if (!run.isMultiplex() || org.cytobench.analysis.BeadCounts.read(run).isEmpty()) {
            return org.cytobench.chart.PlateHeatMapChart.create(run);
        }
        var rule = settings.beadCount();
        var low = org.cytobench.analysis.BeadCounts.below(run, rule).keySet();
        return org.cytobench.chart.PlateHeatMapChart.create(run.readings(), run.layout(), run.primaryRead(), run.masks(), low,
                rule.outlineMeaning());
    }

    /**
     * The y-axis title of a standard curve: "OD 450 − 570" for a plate reader's absorbance reads, the read's own name for
     * anything else ("IL10 Net MFI", "Signal"): a bead or ECL signal is not an optical density.
     */
    public static String responseLabel(org.cytobench.plate.AssayRun run, boolean blankSubtracted) {
        String primary = run.primaryRead();
        // a multiplex signal is named by its read ("IL10 Net MFI"); a plate reader's read is an OD unless it says otherwise
        boolean od = !run.isMultiplex() && (primary == null || !primary.matches("(?i).*\\b(MFI|FI|RLU|RFU|signal|counts?)\\b.*"));
        return (od ? "OD " : "") + primary + (run.referenceRead() == null ? "" : " − " + run.referenceRead())
                + (blankSubtracted ? " (blank-subtracted)" : "");
    }

    /** "IL-6" when the plate is named after its analyte, else "IL-6 plate 2 (IL-6)". */
    static String title(PlateAnalysis p) {
        return p.name().equals(p.analyte().name()) ? p.name() : p.name() + " (" + p.analyte().name() + ")";
    }

    /**
     * One panel of the dose-response figure: groups in display order under their stimulus, the thymalfasin dose as the
     * category ("Vehicle", "Medium" for no vehicle), every culture well with a value as a point (substituted ones marked),
     * each dose's Dunnett p against its vehicle control, and what n and the test were.
     */
    public static DosePanelData dosePanel(DoseResponse d, AnalysisSettings settings) {
        List<GroupStats> ordered = displayOrder(d);
        List<DosePanelData.Group> groups = new ArrayList<>();
        for (GroupStats g : ordered) {
            DoseComparison c = d.comparison(g.group()).orElse(null);
            int control = -1;
            if (c != null) {
                for (int i = 0; i < ordered.size(); i++) if (ordered.get(i).group().equals(c.control())) control = i;
            }
            List<DosePanelData.Point> points = g.cultureWells().stream().filter(v -> v.value() != null)
                    .map(v -> new DosePanelData.Point(v.donor(), v.value(), v.status() == ValueStatus.BELOW_LLOQ)).toList();
            var sum = g.summary();
            // On the log scale the spread exists only for the log10 values; the figure draws it as a factor.
            var log = g.logSummary();
            boolean geometric = log != null;
            groups.add(new DosePanelData.Group(g.group().stimulus(), category(g.group()), sum.mean(),
                    geometric ? log.sd() : sum.sd(), geometric ? log.sem() : sum.sem(), sum.ciLow(), sum.ciHigh(), g.n(),
                    control, c == null ? null : c.dunnett().p(), points, geometric));
        }
        boolean blocked = d.replicateUnit() == ReplicateUnit.DONOR_BLOCKED && sameDonorsEverywhere(ordered);
        String note = groups.stream().allMatch(gr -> gr.points().isEmpty()) ? emptyPanelNote(d, settings) : null;
        String test = "Dunnett vs vehicle" + (d.replicateUnit() == ReplicateUnit.DONOR_BLOCKED ? " (donor-blocked)" : "");
        return new DosePanelData(d.analyte().name(), d.analyte().unit(), groups, d.lloq(), settings.belowLloq().label(),
                d.replicateUnit().donorMeans() ? "donors" : "culture wells", test, blocked, note);
    }

    /**
     * Why a panel is empty, short enough for the panel (the full reasons are in the report's QC section): the first
     * sentence of the first note, and where to change it when the plate was left out for failing QC.
     */
    static String emptyPanelNote(DoseResponse d, AnalysisSettings settings) {
        if (d.notes().isEmpty()) return "No values to show: no culture well of this analyte has a concentration.";
        String first = d.notes().get(0);
        int cut = first.indexOf(" (");
        String sentence = (cut > 0 ? first.substring(0, cut) : first).strip();
        if (!sentence.endsWith(".")) sentence += ".";
        if (!settings.includeFailedPlates() && first.contains("failed QC")) {
            sentence += " To show them anyway: Analysis settings → Include samples from plates that failed QC.";
        }
        return sentence;
    }

    /** What the x-axis calls a group: its thymalfasin dose, "Vehicle" for the vehicle control, "Medium" without vehicle. */
    static String category(TreatmentGroup g) {
        if (g.thymalfasinNgPerMl() > 0) return Numbers.compact(g.thymalfasinNgPerMl());
        return g.vehicle() ? "Vehicle" : "Medium";
    }

    private static boolean sameDonorsEverywhere(List<GroupStats> groups) {
        java.util.Set<String> first = null;
        for (GroupStats g : groups) {
            java.util.Set<String> d = new java.util.TreeSet<>();
            g.cultureWells().stream().filter(v -> v.value() != null).forEach(v -> d.add(v.donor()));
            if (d.isEmpty()) continue;
            if (first == null) first = d;
            else if (!first.equals(d)) return false;
        }
        return first != null && first.size() >= 2;
    }

    /** Unstimulated groups first, then per stimulus: without vehicle, vehicle control, doses from low to high. */
    public static List<GroupStats> displayOrder(DoseResponse d) {
        List<GroupStats> ordered = new ArrayList<>(d.groups());
        ordered.sort(Comparator.comparing((GroupStats g) -> !g.group().stimulus().equals(Stimulus.NONE.label()))
                .thenComparing(g -> g.group().stimulus()).thenComparingDouble(g -> g.group().thymalfasinNgPerMl())
                .thenComparing(g -> g.group().vehicle()));
        return ordered;
    }
}
