package org.cytobench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.cytobench.analysis.DoseComparison;
import org.cytobench.analysis.DoseFamily;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.QcLevelResult;
import org.cytobench.analysis.SampleResult;
import org.cytobench.analysis.StandardLevelResult;
import org.cytobench.analysis.WellResult;
import org.cytobench.analysis.stats.SampleSummary;
import org.cytobench.fit.FitResult;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.Numbers;
import org.cytobench.plate.Read;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;

/**
 * The three result tables of an analysis, as written to wells.csv, groups.csv, qc.csv and the sheets of results.xlsx.
 * Column names are a published interface (README, command line section): scripts read them, so change them only
 * by adding columns at the end.
 */
public final class ResultTables {
    private ResultTables() {}

    /** The status of a well the layout does not use. */
    public static final String UNUSED = "unused";

    public static final List<String> WELL_COLUMNS = List.of("plate", "analyte", "well", "role", "group", "donor", "label",
            "primary read", "raw", "reference read", "reference", "corrected", "value", "concentration", "CI low", "CI high",
            "dilution", "unit", "status", "marker", "mask reason", "nominal", "value in statistics", "entered as");

    public static final List<String> GROUP_COLUMNS = List.of("analyte", "group", "stimulus", "thymalfasin ng/mL", "vehicle",
            "n", "n unit", "mean", "SD", "SEM", "CI low", "CI high", "unit", "fold change", "below LLOQ wells", "above ULOQ wells",
            "below LLOQ entered as", "control", "Dunnett p", "Welch p", "Welch p Holm", "ANOVA p", "significance", "note",
            "design", "test", "scale", "ANOVA F", "ANOVA df1", "ANOVA df2", "residual df", "paired t p", "paired t p Holm",
            "mixed model difference", "mixed model SE", "mixed model df", "mixed model p (mvt)", "fold change CI low",
            "fold change CI high", "substituted wells", "mostly substituted", "above ULOQ entered as");

    /** curves.csv: one row per plate and curve parameter (a failed fit: one row, no parameter, the status says why). */
    public static final List<String> CURVE_COLUMNS = List.of("plate", "analyte", "model", "weighting", "parameter", "estimate",
            "SE", "CI low", "CI high", "rss", "residual df", "R²", "points used", "excluded wells", "LLOQ", "ULOQ", "unit",
            "fit status", "QC", "reason");

    public static final List<String> QC_COLUMNS = List.of("plate", "analyte", "kind", "level", "nominal", "n", "mean response",
            "SD response", "CV %", "back-calculated", "recovery %", "allowed deviation %", "allowed CV %", "result", "reason",
            "LLOQ", "ULOQ", "unit");

    /**
     * Every well with a reading, a marker or a role: raw reads, the corrected value (primary − reference), the analysis
     * value (after blank subtraction), the concentration (samples × dilution; standards and QC back-calculated), its 95%
     * CI and status.
     */
    public static Table wells(ExperimentAnalysis a, Experiment e) {
        Table.Builder t = Table.builder("wells", WELL_COLUMNS.toArray(String[]::new));
        for (PlateAnalysis p : a.plates()) {
            var run = e.assays().get(p.index());
            String primaryName = run.primaryRead();
            String referenceName = run.referenceRead();
            Map<WellPosition, WellResult> analysed = new HashMap<>();
            p.wells().forEach(w -> analysed.put(w.well(), w));
            Map<WellPosition, SampleResult> samples = new HashMap<>();
            p.samples().forEach(s -> s.wells().forEach(w -> samples.put(w, s)));
            Read primary = run.readings() == null || primaryName == null ? null : run.readings().read(primaryName).orElse(null);
            Read reference = run.readings() == null || referenceName == null ? null : run.readings().read(referenceName).orElse(null);
            for (WellPosition pos : run.layout().format().wells()) {
                WellResult w = analysed.get(pos);
                if (w == null) {
                    // a well the layout does not use: its readings still belong in the table (a stray signal shows up)
                    Double raw = primary == null ? null : primary.value(pos);
                    String marker = primary == null ? null : primary.marker(pos);
                    if (raw == null && marker == null) continue;
                    Double ref = reference == null ? null : reference.value(pos);
                    t.row(p.name(), p.analyte().name(), pos.label(), "empty", null, null, null, primaryName, raw, referenceName,
                            ref, raw != null && ref != null ? raw - ref : null, null, null, null, null, null, p.analyte().unit(),
                            UNUSED, marker, null, null, null, null);
                    continue;
                }
                SampleResult sample = samples.get(pos);
                Double entered = null;
                String how = null;
                if (sample != null) {
                    boolean used = p.passed() || a.settings().includeFailedPlates();
                    entered = used ? sample.summaryValue() : null;
                    how = used ? sample.enteredAs().label() : "excluded (plate failed QC)";
                }
                Treatment tr = w.layout().cultureWells().isEmpty() ? null : e.culture().treatment(w.layout().cultureWells().get(0));
                t.row(p.name(), p.analyte().name(), w.well().label(), role(w.role()), tr == null ? null : tr.group().label(),
                        tr == null ? null : tr.donor(), w.layout().label(), primaryName, w.primary(), referenceName, w.reference(),
                        w.corrected(), w.value(), w.concentration(), w.ciLow(), w.ciHigh(), w.layout().dilutionFactor(),
                        p.analyte().unit(), w.status().label(), w.marker(), w.maskReason(), nominal(w), entered, how);
            }
        }
        return t.build();
    }

    /** Per analyte and treatment group: summary, fold change and, for each dose, its tests against the vehicle control. */
    public static Table groups(ExperimentAnalysis a) {
        Table.Builder t = Table.builder("groups", GROUP_COLUMNS.toArray(String[]::new));
        String lloqAs = a.settings().belowLloq().label();
        for (DoseResponse d : a.doseResponses()) {
            if (d.groups().isEmpty()) {
                Object[] row = new Object[GROUP_COLUMNS.size()];
                row[0] = d.analyte().name();
                row[12] = d.analyte().unit();
                row[16] = lloqAs;
                row[23] = String.join(" ", d.notes());
                row[GROUP_COLUMNS.size() - 1] = a.settings().aboveUloq().label();
                t.row(row);
                continue;
            }
            for (GroupStats g : AnalysisCharts.displayOrder(d)) {
                SampleSummary s = g.summary();
                DoseComparison c = d.comparison(g.group()).orElse(null);
                DoseFamily f = family(d, g);
                List<Object> row = new ArrayList<>(Arrays.asList(d.analyte().name(), g.label(), g.group().stimulus(),
                        g.group().thymalfasinNgPerMl(), g.group().vehicle() ? "yes" : "no", s.n(), d.replicateUnit().nUnit(),
                        s.mean(), s.sd(), s.sem(), s.ciLow(), s.ciHigh(), d.analyte().unit(), g.foldChange(), g.belowLloq(),
                        g.aboveUloq(), lloqAs, c == null ? null : c.control().label(), c == null ? null : c.dunnett().p(),
                        c == null ? null : c.welch().p(), c == null ? null : c.welchHolmP(), f == null ? null : f.anovaP(),
                        c == null ? null : c.stars(), null));
                row.addAll(Arrays.asList(d.replicateUnit().design(), f == null ? null : f.testDescription(),
                        a.settings().logScale() ? "log10" : "linear", f == null ? null : f.anovaF(),
                        f == null ? null : f.anovaDfTreatment(), f == null ? null : f.residualDf(),
                        c == null ? null : c.dunnett().df(), c == null || c.paired() == null ? null : c.paired().p(),
                        c == null || c.paired() == null ? null : c.pairedHolmP(),
                        c == null || c.mixed() == null ? null : c.mixed().estimate(),
                        c == null || c.mixed() == null ? null : c.mixed().se(),
                        c == null || c.mixed() == null ? null : c.mixed().df(),
                        c == null || c.mixed() == null ? null : c.mixed().pAdjusted(),
                        c == null ? null : c.foldChangeCiLow(), c == null ? null : c.foldChangeCiHigh(), g.substituted(),
                        g.mostlySubstituted() ? "yes" : "no", lloqAs == null ? null : a.settings().aboveUloq().label()));
                if (!g.notes().isEmpty()) row.set(23, String.join(" ", g.notes()));
                t.row(row.toArray());
            }
            if (!d.notes().isEmpty()) {
                // the analyte's own row: why comparisons could not be made, what was left out
                Object[] row = new Object[GROUP_COLUMNS.size()];
                row[0] = d.analyte().name();
                row[12] = d.analyte().unit();
                row[23] = String.join(" ", d.notes());
                row[24] = d.replicateUnit().design();
                t.row(row);
            }
        }
        return t.build();
    }

    /** The nominal concentration of a standard, zero standard or QC well; null for the others. */
    private static Double nominal(WellResult w) {
        return switch (w.role()) {
            case STANDARD, ZERO_STANDARD, QC -> w.layout().nominalConcentration();
            default -> null;
        };
    }

    /** The ANOVA family a group belongs to (as control or dose), or null. */
    static DoseFamily family(DoseResponse d, GroupStats g) {
        for (DoseFamily f : d.families()) {
            if (f.control().equals(g.group())) return f;
            if (f.comparisons().stream().anyMatch(c -> c.treated().equals(g.group()))) return f;
        }
        return null;
    }

    /**
     * Per plate the standard curve: model, weighting, each parameter with its SE and 95% CI (as R's summary.nls and
     * confint.default with t quantiles), rss, residual df, R², the points used, the standard wells left out and why,
     * LLOQ, ULOQ and status.
     */
    public static Table curves(ExperimentAnalysis a) {
        Table.Builder t = Table.builder("curves", CURVE_COLUMNS.toArray(String[]::new));
        for (PlateAnalysis p : a.plates()) {
            FitResult f = p.fit();
            String excluded = excludedStandards(p);
            String qc = passFail(p.passed());
            String reason = f.isConverged() ? (p.passed() ? null : String.join("; ", p.verdict().reasons())) : f.reason();
            List<String> names = f.model().parameterNames();
            int df = f.n() - names.size();
            if (!f.isConverged() || f.parameters().isEmpty()) {
                t.row(p.name(), p.analyte().name(), f.model().id(), f.weighting().id(), null, null, null, null, null,
                        f.isConverged() ? f.rss() : null, null, null, f.n(), excluded, p.lloq(), p.uloq(), p.analyte().unit(),
                        f.status().id(), qc, reason);
                continue;
            }
            for (int i = 0; i < names.size(); i++) {
                t.row(p.name(), p.analyte().name(), f.model().id(), f.weighting().id(), names.get(i), f.parameters().get(i),
                        at(f.standardErrors(), i), at(f.ciLow(), i), at(f.ciHigh(), i), f.rss(), df, f.r2(), f.n(), excluded,
                        p.lloq(), p.uloq(), p.analyte().unit(), f.status().id(), qc, reason);
            }
        }
        return t.build();
    }

    private static Double at(List<Double> v, int i) { return i < v.size() ? v.get(i) : null; }

    /** Standard wells not in the fit: "A11 masked: bubble; H12 instrument marker OVRFLW". */
    private static String excludedStandards(PlateAnalysis p) {
        List<String> out = new ArrayList<>();
        for (WellResult w : p.wells()) {
            if (w.role() != WellRole.STANDARD && w.role() != WellRole.ZERO_STANDARD) continue;
            if (w.maskReason() != null) out.add(w.well().label() + " masked: " + w.maskReason());
            else if (w.marker() != null) out.add(w.well().label() + " instrument marker " + w.marker());
            else if (w.value() == null) out.add(w.well().label() + " not read");
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }

    /** Per plate: each standard level and QC level with its back-calculation and verdict, then the plate's verdict. */
    public static Table qc(ExperimentAnalysis a) {
        Table.Builder t = Table.builder("qc", QC_COLUMNS.toArray(String[]::new));
        for (PlateAnalysis p : a.plates()) {
            String unit = p.analyte().unit();
            for (StandardLevelResult s : p.standards()) {
                SampleSummary r = s.response();
                t.row(p.name(), p.analyte().name(), "standard", Numbers.compact(s.nominal()), s.nominal(), r.n(), r.mean(), r.sd(),
                        r.cvPct(), s.backCalculated(), s.recoveryPct(), s.allowedDeviationPct(), s.allowedCvPct(),
                        passFail(s.passed()), s.reason(), null, null, unit);
            }
            for (QcLevelResult q : p.qcs()) {
                SampleSummary r = q.response();
                t.row(p.name(), p.analyte().name(), "qc", q.label(), q.nominal(), r.n(), r.mean(), r.sd(), r.cvPct(),
                        q.backCalculated(), q.recoveryPct(), q.allowedDeviationPct(), null, passFail(q.passed()), q.reason(),
                        null, null, unit);
            }
            var v = p.verdict();
            t.row(p.name(), p.analyte().name(), "plate", v.passingLevels() + " of " + v.nonZeroLevels() + " levels passed", null,
                    null, null, null, null, null, null, null, null, passFail(v.passed()),
                    v.passed() ? null : String.join("; ", v.reasons()), v.lloq(), v.uloq(), unit);
        }
        return t.build();
    }

    private static String passFail(boolean passed) { return passed ? "pass" : "fail"; }

    private static String role(WellRole r) { return r.name().toLowerCase(Locale.ROOT).replace('_', ' '); }
}
