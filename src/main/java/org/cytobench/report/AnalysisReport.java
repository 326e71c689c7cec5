package org.cytobench.report;

import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.cytobench.analysis.DoseComparison;
import org.cytobench.analysis.DoseFamily;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.chart.dose.DoseFigure;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.QcLevelResult;
import org.cytobench.analysis.QcVerdict;
import org.cytobench.analysis.StandardLevelResult;
import org.cytobench.analysis.WellResult;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.CurveSettings;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.Numbers;
import org.cytobench.plate.Treatment;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFormat;

/**
 * The content of report.pdf: summary with every plate's verdict; per plate the heat map, standard curve, residuals,
 * back-calculation table and verdict with its reasons; per analyte the dose chart and statistics; the methods.
 */
final class AnalysisReport {
    private AnalysisReport() {}

    static ReportDocument build(Project project, ExperimentAnalysis a, Map<Integer, List<ExperimentOutputs.Figure>> plateFigures,
                                Map<String, ExperimentOutputs.Figure> doseFigures) {
        Experiment e = project.experiment();
        ReportDocument r = new ReportDocument("Cytobench " + ProjectFormat.APP_VERSION + " · " + e.name());
        summary(r, e, a);
        for (PlateAnalysis p : a.plates()) plate(r, p, plateFigures.getOrDefault(p.index(), List.of()));
        for (DoseResponse d : a.doseResponses()) dose(r, project, a, d, doseFigures.get(d.analyte().name()));
        // gated again from the embedded files (cheap next to the charts), so that callers need not pass flow results
        FlowReportSection.add(r, org.cytobench.flow.assay.FlowResults.of(project), e.culture());
        concordance(r, ConcordanceTable.of(project, a));
        methods(r, project, a);
        return r;
    }

    /**
     * Multiplex runs from a vendor file with results: per analyte how Cytobench's concentrations compare with the vendor
     * software's (every well in concordance.csv). Differences are reported, not judged: the vendor's model and weighting
     * are often not Cytobench's.
     */
    private static void concordance(ReportDocument r, List<org.cytobench.multiplex.AnalyteConcordance> list) {
        if (list.isEmpty()) return;
        r.pageBreak();
        r.heading("Concordance with the vendor's software");
        r.paragraph("Each sample's concentration as Cytobench reads it beside the vendor's own result, per analyte: how many wells "
                + "have both, the median and largest relative difference, and the wells that one side calls in range and the "
                + "other not. The last column re-fits the vendor's own model with Cytobench's engine: a near-zero difference "
                + "there means the differences before it come from the choice of model and weighting, not from the arithmetic. "
                + "Every well is listed in concordance.csv.");
        Table.Builder t = Table.builder("concordance", "analyte", "wells", "median |diff| %", "max |diff| %", "status differs",
                "vendor model", "Cytobench model", "vendor-model refit max |diff| %");
        for (org.cytobench.multiplex.AnalyteConcordance c : list) {
            t.row(c.analyte(), c.compared(), pct(c.medianDifference()), pct(c.maxDifference()), c.statusDifferences(), c.vendorModel(),
                    c.cytobenchModel(), pct(c.maxRefitDifference()));
        }
        r.table(t.build());
    }

    private static Double pct(Double d) {
        return d == null || d.isNaN() ? null : 100 * d;
    }

    /** " Flow cytometry: T-cell activation (54 FCS files; % CD69+ of CD4+, …)." or "" without flow assays. */
    static String flowSummary(Experiment e) {
        StringBuilder s = new StringBuilder();
        for (org.cytobench.plate.FlowAssay f : e.flowAssays()) {
            s.append(s.length() == 0 ? " Flow cytometry: " : "; ").append(f.name()).append(" (").append(f.samples().size())
                    .append(f.samples().size() == 1 ? " FCS file" : " FCS files");
            if (!f.readouts().isEmpty()) {
                s.append("; ").append(String.join(", ", f.readouts().stream().map(org.cytobench.plate.FlowAssay.FlowReadout::label).toList()));
            }
            s.append(')');
        }
        return s.length() == 0 ? "" : s.append('.').toString();
    }

    private static void summary(ReportDocument r, Experiment e, ExperimentAnalysis a) {
        r.title(e.name());
        long donors = e.culture().wells().values().stream().map(Treatment::donor).distinct().count();
        r.paragraph("Culture plate: " + e.culture().name() + ", " + e.culture().wells().size() + " culture wells, "
                + donors + (donors == 1 ? " donor, " : " donors, ") + e.culture().replicates().size() + " treatment groups. "
                + "Assay plates: " + e.assays().size() + " (" + String.join(", ", analytes(e).stream().map(Analyte::name).toList()) + ")."
                + flowSummary(e));
        if (!e.notes().isBlank()) r.paragraph("Notes: " + e.notes());
        long failed = a.plates().stream().filter(p -> !p.passed()).count();
        r.verdict(failed == 0 ? "All " + a.plates().size() + " plates passed QC."
                : failed + " of " + a.plates().size() + " plates failed QC; their samples are "
                + (a.settings().includeFailedPlates() ? "still included" : "left out of the dose response") + ".", failed == 0);
        Table.Builder t = Table.builder("plates", "plate", "analyte", "QC", "levels passed", "LLOQ", "ULOQ", "unit");
        for (PlateAnalysis p : a.plates()) {
            QcVerdict v = p.verdict();
            t.row(p.name(), p.analyte().name(), v.passed() ? "pass" : "fail", v.passingLevels() + " of " + v.nonZeroLevels(),
                    v.lloq(), v.uloq(), p.analyte().unit());
        }
        r.table(t.build());
    }

    private static void plate(ReportDocument r, PlateAnalysis p, List<ExperimentOutputs.Figure> figures) {
        r.pageBreak();
        r.heading("Plate " + (p.index() + 1) + ": " + AnalysisCharts.title(p)
                + (p.sourceFile() == null ? "" : " — " + p.sourceFile()));
        verdict(r, p);
        if (!figures.isEmpty()) r.figure(figures.get(0).chart(), figures.get(0).size());
        r.table(backCalculation(p));
        if (figures.size() == 3) {
            // curve and residuals at their own size (side by side they crowd their labels), kept on one page
            r.keepTogether(figures.get(1).size().heightPoints() + figures.get(2).size().heightPoints() + 12);
            r.figure(figures.get(1).chart(), figures.get(1).size());
            r.figure(figures.get(2).chart(), figures.get(2).size());
        }
        if (!p.masked().isEmpty()) {
            Table.Builder masks = Table.builder("masked", "masked well", "reason");
            for (MaskedWell m : p.masked()) masks.row(m.well().label(), m.reason());
            r.table(masks.build());
        }
    }

    private static void verdict(ReportDocument r, PlateAnalysis p) {
        QcVerdict v = p.verdict();
        String unit = p.analyte().unit();
        String range = v.lloq() == null ? "" : " — quantification range " + Numbers.compact(v.lloq()) + " to "
                + Numbers.compact(v.uloq()) + " " + unit;
        r.verdict(v.passed() ? "QC pass" + range : "QC fail" + range, v.passed());
        for (String reason : v.reasons()) r.paragraph("Failed: " + reason + ".");
        for (String w : v.warnings()) r.paragraph("Note: " + w + ".");
    }

    /** Standards and QC controls: nominal, replicates, back-calculated concentration and recovery, with the limits. */
    static Table backCalculation(PlateAnalysis p) {
        Table.Builder t = Table.builder("back-calculation", "level", "nominal", "n", "mean response", "CV %", "back-calc.",
                "recovery %", "limit %", "result");
        for (StandardLevelResult s : p.standards()) {
            t.row("standard", s.nominal(), s.response().n(), s.response().mean(), s.response().cvPct(), s.backCalculated(),
                    s.recoveryPct(), "±" + Numbers.compact(s.allowedDeviationPct()), s.passed() ? "pass" : "fail");
        }
        for (QcLevelResult q : p.qcs()) {
            t.row(q.label(), q.nominal(), q.response().n(), q.response().mean(), q.response().cvPct(), q.backCalculated(),
                    q.recoveryPct(), "±" + Numbers.compact(q.allowedDeviationPct()), q.passed() ? "pass" : "fail");
        }
        return t.build();
    }

    private static void dose(ReportDocument r, Project project, ExperimentAnalysis a, DoseResponse d, ExperimentOutputs.Figure figure) {
        r.pageBreak();
        r.heading("Dose response: " + d.analyte().name() + " (" + d.analyte().unit() + ")");
        for (String note : d.notes()) r.paragraph(note);
        if (d.groups().isEmpty()) return;
        r.paragraph(StatisticsText.caption(d, a.settings()));
        if (figure != null) {
            // the report draws the figure across the full text width, with the experiment's figure settings
            DoseFigure wide = new DoseFigure(AnalysisCharts.dosePanel(d, a.settings()),
                    project.figureSettings().withWidthMm(ReportDocument.WIDTH / 72 * 25.4).withHeightMm(null));
            r.figure(wide, wide.size());
        }
        boolean blocked = d.families().stream().anyMatch(f -> f.blockAnova() != null);
        Table.Builder t = blocked
                ? Table.builder(d.analyte().name(), "group", "n", "mean", "SD", "SEM", "fold", "< LLOQ", "Dunnett p",
                        "paired t p (Holm)", "mixed model p", "sig.")
                : Table.builder(d.analyte().name(), "group", "n", "mean", "SD", "SEM", "fold", "< LLOQ", "Dunnett p",
                        "Welch p (Holm)", "sig.");
        for (GroupStats g : AnalysisCharts.displayOrder(d)) {
            DoseComparison c = d.comparison(g.group()).orElse(null);
            if (blocked) {
                t.row(g.label(), g.n(), g.summary().mean(), g.summary().sd(), g.summary().sem(), g.foldChange(), g.belowLloq(),
                        c == null ? null : c.dunnett().p(), c == null || c.paired() == null ? null : c.pairedHolmP(),
                        c == null || c.mixed() == null ? null : c.mixed().pAdjusted(), c == null ? null : c.stars());
            } else {
                t.row(g.label(), g.n(), g.summary().mean(), g.summary().sd(), g.summary().sem(), g.foldChange(), g.belowLloq(),
                        c == null ? null : c.dunnett().p(), c == null ? null : c.welchHolmP(), c == null ? null : c.stars());
            }
        }
        r.table(t.build());
        for (DoseFamily f : d.families()) r.paragraph(StatisticsText.family(f));
    }

    private static void methods(ReportDocument r, Project p, ExperimentAnalysis a) {
        Experiment e = p.experiment();
        r.heading("Methods");
        StringBuilder s = new StringBuilder();
        for (Analyte analyte : analytes(e)) {
            CurveSettings cs = e.curveSettingsFor(analyte);
            s.append(analyte.name()).append(": ").append(cs.model().id().toUpperCase(Locale.ROOT))
                    .append(" standard curve, ").append(cs.weighting().describe()).append(". ");
        }
        s.append(culture(e));
        s.append(StatisticsText.censoring(a.settings()));
        s.append(a.settings().describe(e.assays().stream().anyMatch(org.cytobench.plate.AssayRun::isMultiplex))).append(' ');
        s.append("Software: Cytobench ").append(ProjectFormat.APP_VERSION).append(" (Java ")
                .append(System.getProperty("java.version")).append(").");
        r.paragraph(s.toString());
        exclusions(r, a);
        if (!p.sources().isEmpty()) {
            Table.Builder t = Table.builder("raw files", "raw file", "bytes", "SHA-256");
            for (SourceFile f : p.sources()) t.row(f.name(), f.size(), f.sha256());
            r.table(t.build());
        }
    }

    /** "Culture: 3 donors, 1,000,000 cells/mL, 100 µL/well. " from the culture wells' own seeding and volume. */
    static String culture(Experiment e) {
        List<Treatment> wells = List.copyOf(e.culture().wells().values());
        if (wells.isEmpty()) return "";
        long donors = wells.stream().map(Treatment::donor).distinct().count();
        return "Culture: " + donors + (donors == 1 ? " donor, " : " donors, ")
                + range(wells.stream().mapToDouble(Treatment::cellsPerMl).summaryStatistics(),
                        v -> String.format(Locale.ROOT, "%,.0f", v)) + " cells/mL, "
                + range(wells.stream().mapToDouble(Treatment::volumeUl).summaryStatistics(), Numbers::compact) + " µL/well. ";
    }

    /** "100" when every well has the same value, else "100–200". */
    private static String range(DoubleSummaryStatistics s, DoubleFunction<String> format) {
        String low = format.apply(s.getMin());
        String high = format.apply(s.getMax());
        return low.equals(high) ? low : low + "–" + high;
    }

    /** Every masked well (with the analyst's reason) and every instrument marker: what was left out, and why. */
    private static void exclusions(ReportDocument r, ExperimentAnalysis a) {
        Table.Builder t = Table.builder("exclusions", "plate", "well", "excluded because");
        int n = 0;
        for (PlateAnalysis p : a.plates()) {
            for (WellResult w : p.wells()) {
                String why = w.maskReason() != null ? "masked: " + w.maskReason()
                        : w.marker() != null ? "instrument marker " + w.marker() : null;
                if (why == null) continue;
                t.row(p.name(), w.well().label(), why);
                n++;
            }
        }
        r.paragraph(n == 0 ? "Exclusions: none." : "Exclusions: " + n + (n == 1 ? " well was" : " wells were")
                + " left out of every calculation:");
        if (n > 0) r.table(t.build());
    }

    private static List<Analyte> analytes(Experiment e) {
        Map<String, Analyte> m = new LinkedHashMap<>();
        e.assays().forEach(run -> m.putIfAbsent(run.layout().analyte().name(), run.layout().analyte()));
        return List.copyOf(m.values());
    }
}
