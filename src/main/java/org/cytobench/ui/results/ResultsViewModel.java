package org.cytobench.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.cytobench.analysis.DoseComparison;
import org.cytobench.analysis.ErrorBars;
import org.cytobench.plate.Stimulus;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.ValueStatus;
import org.cytobench.analysis.WellResult;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Treatment;
import org.cytobench.ui.AnalysisViewModel;
import org.cytobench.ui.DocumentViewModel;

/**
 * The results screen: every well of every analysed plate (filterable by status) and every treatment group per analyte,
 * as the core computed them; both copy to the clipboard as tab-separated text for Excel and Prism.
 */
public final class ResultsViewModel {

    /** One assay well, as shown in the per-well table. */
    public record WellRow(String plate, String analyte, String well, String role, String group, String donor, Double od,
                          Double concentration, Double ciLow, Double ciHigh, ValueStatus status, String note,
                          Double inStatistics, String enteredAs) {}

    /** One treatment group of one analyte. */
    public record GroupRow(String analyte, String unit, String group, int n, double mean, double sd, double sem, double ciLow,
                           double ciHigh, Double foldChange, Double dunnettP, Double welchHolmP, String design, String flag) {}

    private final DocumentViewModel document;
    private final ObservableList<WellRow> wells = FXCollections.observableArrayList();
    private final FilteredList<WellRow> filtered = new FilteredList<>(wells);
    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    /** null shows every status. */
    private final ObjectProperty<ValueStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    /** null shows every analyte; a name shows that analyte's wells only (a 30-plex lists 30 × 96 wells otherwise). */
    private final ObjectProperty<String> analyteFilter = new SimpleObjectProperty<>(this, "analyteFilter");
    private final ObservableList<String> analytes = FXCollections.observableArrayList();

    private final AnalysisViewModel analysis;

    public ResultsViewModel(DocumentViewModel document, AnalysisViewModel analysis) {
        this.document = document;
        this.analysis = analysis;
        statusFilter.addListener((o, a, b) -> filter());
        analyteFilter.addListener((o, a, b) -> filter());
        analysis.analysisProperty().addListener((o, a, b) -> update(b));
        update(analysis.analysis());
    }

    public DocumentViewModel document() { return document; }
    public javafx.beans.property.ReadOnlyObjectProperty<ExperimentAnalysis> analysisProperty() { return analysis.analysisProperty(); }

    public FilteredList<WellRow> wells() { return filtered; }
    public ObservableList<GroupRow> groups() { return groups; }
    public ObjectProperty<ValueStatus> statusFilterProperty() { return statusFilter; }
    public ObjectProperty<String> analyteFilterProperty() { return analyteFilter; }
    /** The analytes the wells table has, in order, for the analyte filter. */
    public ObservableList<String> analytes() { return analytes; }

    private void filter() {
        ValueStatus s = statusFilter.get();
        String a = analyteFilter.get();
        filtered.setPredicate(s == null && a == null ? null : r -> (s == null || r.status() == s) && (a == null || a.equals(r.analyte())));
    }

    /** Per analyte, why comparisons could not be made and what was left out: one line each, shown under the groups. */
    public javafx.beans.property.ReadOnlyStringProperty analyteNotesProperty() { return analyteNotes.getReadOnlyProperty(); }

    private final javafx.beans.property.ReadOnlyStringWrapper analyteNotes = new javafx.beans.property.ReadOnlyStringWrapper(this, "analyteNotes", "");

    private ExperimentAnalysis current;

    private void update(ExperimentAnalysis a) {
        current = a;
        if (a == null) {
            wells.clear();
            groups.clear();
            analyteNotes.set("");
            return;
        }
        CulturePlate culture = document.experiment().culture();
        List<WellRow> w = new ArrayList<>();
        for (PlateAnalysis p : a.plates()) {
            java.util.Map<org.cytobench.plate.WellPosition, org.cytobench.analysis.SampleResult> samples = new java.util.HashMap<>();
            p.samples().forEach(s -> s.wells().forEach(x -> samples.put(x, s)));
            boolean used = p.passed() || a.settings().includeFailedPlates();
            for (WellResult r : p.wells()) {
                org.cytobench.analysis.SampleResult sample = samples.get(r.well());
                Treatment t = r.layout().cultureWells().isEmpty() ? null : culture.treatment(r.layout().cultureWells().get(0));
                w.add(new WellRow(p.name(), p.analyte().name(), r.well().label(), r.role().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        t == null ? "" : t.group().label(), t == null ? "" : t.donor(), r.value(), r.concentration(), r.ciLow(),
                        r.ciHigh(), r.status(), r.maskReason() != null ? "masked: " + r.maskReason() : (r.marker() == null ? "" : r.marker()),
                        sample == null || !used ? null : sample.summaryValue(),
                        sample == null ? "" : used ? sample.enteredAs().label() : "excluded (plate failed QC)"));
            }
        }
        wells.setAll(w);
        List<String> names = w.stream().map(WellRow::analyte).distinct().toList();
        if (!names.equals(analytes)) analytes.setAll(names);
        if (analyteFilter.get() != null && !names.contains(analyteFilter.get())) analyteFilter.set(null);
        List<GroupRow> g = new ArrayList<>();
        for (DoseResponse d : a.doseResponses()) {
            if (d.groups().isEmpty()) {
                // an analyte without groups (its plate failed QC, no culture wells mapped) keeps a row saying why, as groups.csv does
                g.add(new GroupRow(d.analyte().name(), d.analyte().unit(), "— no groups", 0, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, null, null, null, d.replicateUnit().design(),
                        d.notes().isEmpty() ? "no culture well has a value" : d.notes().get(0)));
                continue;
            }
            for (GroupStats s : d.groups()) {
                DoseComparison c = d.comparison(s.group()).orElse(null);
                g.add(new GroupRow(d.analyte().name(), d.analyte().unit(), s.label(), s.n(), s.summary().mean(), s.summary().sd(),
                        s.summary().sem(), s.summary().ciLow(), s.summary().ciHigh(), s.foldChange(),
                        c == null ? null : c.dunnett().p(), c == null ? null : c.welchHolmP(), d.replicateUnit().design(),
                        String.join(" ", s.notes())));
            }
        }
        groups.setAll(g);
        analyteNotes.set(a.doseResponses().stream().flatMap(d -> d.notes().stream().map(n -> d.analyte().name() + ": " + n))
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    /** The per-well table as shown (status filter applied), for copying and export. */
    public org.cytobench.report.Table wellsTable() {
        org.cytobench.report.Table.Builder t = org.cytobench.report.Table.builder("wells", "Plate", "Analyte", "Well", "Role", "Group",
                "Donor", "OD", "Concentration", "CI low", "CI high", "Status", "Note", "In statistics", "Entered as");
        for (WellRow r : filtered) {
            t.row(r.plate(), r.analyte(), r.well(), r.role(), r.group(), r.donor(), r.od(), r.concentration(), r.ciLow(), r.ciHigh(),
                    r.status() == null ? "" : r.status().label(), r.note(), r.inStatistics(), r.enteredAs());
        }
        return t.build();
    }

    public org.cytobench.report.Table groupsTable() {
        org.cytobench.report.Table.Builder t = org.cytobench.report.Table.builder("groups", "Analyte", "Unit", "Group", "n", "Mean", "SD",
                "SEM", "CI low", "CI high", "Fold change", "Dunnett p", "Welch-Holm p", "Design", "Note");
        for (GroupRow r : groups) {
            t.row(r.analyte(), r.unit(), r.group(), r.n(), r.mean(), r.sd(), r.sem(), r.ciLow(), r.ciHigh(), r.foldChange(), r.dunnettP(),
                    r.welchHolmP(), r.design(), r.flag());
        }
        return t.build();
    }

    /** Every analyte's values in Prism's column-table layout, one block per analyte (for "Copy for Prism"). */
    public String prismTsv() {
        if (current == null) return "";
        StringBuilder s = new StringBuilder();
        for (org.cytobench.report.PrismTables.ColumnTable t : org.cytobench.report.PrismTables.of(current)) {
            if (s.length() > 0) s.append('\n');
            s.append(t.title()).append(t.unit().isEmpty() ? "" : " (" + t.unit() + ")").append('\n');
            s.append(org.cytobench.report.PrismTables.tsv(t));
        }
        return s.toString();
    }

    /** Writes results.pzfx for the current analysis. */
    public javafx.concurrent.Task<java.nio.file.Path> prismTask(java.nio.file.Path target) {
        ExperimentAnalysis a = current;
        String name = document.experiment().name();
        String notes = document.experiment().notes();
        return new javafx.concurrent.Task<>() {
            @Override protected java.nio.file.Path call() throws Exception {
                updateMessage("Writing " + target.getFileName() + "…");
                org.cytobench.report.PzfxWriter.write(a == null ? List.of() : org.cytobench.report.PrismTables.of(a), name, notes, target);
                return target;
            }
        };
    }

    public String wellsTsv() { return tsv(wellsTable()); }

    public String groupsTsv() { return tsv(groupsTable()); }

    /**
     * Tab-separated with a header line; numbers in full precision with '.' (pastes into Excel and Prism); text that a
     * spreadsheet would run as a formula starts with {@code '} (see {@link org.cytobench.report.SpreadsheetText}).
     */
    static String tsv(org.cytobench.report.Table t) {
        StringBuilder sb = new StringBuilder(String.join("\t", t.columns())).append('\n');
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object o : row) cells.add(o instanceof Double d ? num(d) : o instanceof Number n ? n.toString()
                    : org.cytobench.report.SpreadsheetText.tsvCell(o == null ? null : String.valueOf(o)));
            sb.append(String.join("\t", cells)).append('\n');
        }
        return sb.toString();
    }

    /** Analytes that have a dose response. */
    public List<String> doseAnalytes() {
        return current == null ? List.of() : current.doseResponses().stream().map(d -> d.analyte().name()).toList();
    }

    /** Full precision, '.' as decimal separator, empty for none (pastes into Excel and Prism). */
    static String num(Double v) {
        return v == null || v.isNaN() ? "" : Double.toString(v);
    }

}
