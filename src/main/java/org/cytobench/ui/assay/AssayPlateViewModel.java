package org.cytobench.ui.assay;

import static org.cytobench.ui.FormInput.number;
import static org.cytobench.ui.FormInput.wells;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.StandardSeries;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.ui.DocumentViewModel;

/**
 * The assay plate editor's state: which plate is shown, the selected wells, the role form (standards series, blank, zero
 * standard, sample dilution, QC) and the edits, each an undoable document edit.
 */
public final class AssayPlateViewModel {

    private final DocumentViewModel document;
    private final ReadOnlyIntegerWrapper plateIndex = new ReadOnlyIntegerWrapper(this, "plateIndex", -1);
    private final ObservableSet<WellPosition> selection = FXCollections.observableSet(new TreeSet<>());
    private final StringProperty top = new SimpleStringProperty(this, "top", "1000");
    private final StringProperty dilutionStep = new SimpleStringProperty(this, "dilutionStep", "2");
    private final IntegerProperty levels = new SimpleIntegerProperty(this, "levels", 7);
    private final BooleanProperty zeroStandard = new SimpleBooleanProperty(this, "zeroStandard", true);
    private final BooleanProperty standardsDown = new SimpleBooleanProperty(this, "standardsDown", true);
    private final StringProperty sampleDilution = new SimpleStringProperty(this, "sampleDilution", "1");
    private final StringProperty qcConcentration = new SimpleStringProperty(this, "qcConcentration", "250");
    private final StringProperty qcLabel = new SimpleStringProperty(this, "qcLabel", "QC mid");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyStringWrapper selectionSummary = new ReadOnlyStringWrapper(this, "selectionSummary", "No wells selected");
    private final BooleanProperty wholePlateGroup = new SimpleBooleanProperty(this, "wholePlateGroup", true);

    public AssayPlateViewModel(DocumentViewModel document) {
        this.document = document;
        selection.addListener((SetChangeListener<WellPosition>) c ->
                selectionSummary.set(selection.isEmpty() ? "No wells selected" : wells(selection.size()) + " selected"));
    }

    public DocumentViewModel document() { return document; }
    public ReadOnlyIntegerProperty plateIndexProperty() { return plateIndex.getReadOnlyProperty(); }
    public int plateIndex() { return plateIndex.get(); }
    public ObservableSet<WellPosition> selection() { return selection; }
    public StringProperty topProperty() { return top; }
    public StringProperty dilutionStepProperty() { return dilutionStep; }
    public IntegerProperty levelsProperty() { return levels; }
    public BooleanProperty zeroStandardProperty() { return zeroStandard; }
    public BooleanProperty standardsDownProperty() { return standardsDown; }
    public StringProperty sampleDilutionProperty() { return sampleDilution; }
    public StringProperty qcConcentrationProperty() { return qcConcentration; }
    public StringProperty qcLabelProperty() { return qcLabel; }
    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty selectionSummaryProperty() { return selectionSummary.getReadOnlyProperty(); }

    /**
     * For a multiplex run: whether layout edits apply to every analyte of its plate (the default: the layout is the
     * plate's and entered once, decision 0006) or to this analyte only (its own standard concentrations, say). Masks are
     * always per analyte.
     */
    public BooleanProperty wholePlateGroupProperty() { return wholePlateGroup; }

    /** The indices of the runs a layout edit changes: the shown run's plate group (see {@link #wholePlateGroupProperty}), else the run. */
    public List<Integer> editedRuns() {
        if (!hasPlate()) return List.of();
        return groupOf(document.experiment(), plateIndex.get(), wholePlateGroup.get());
    }

    /** "Layout edits apply to all 30 analytes of plate plate_1", "… to IL10 only", or "" for a plate of its own. */
    public String scopeText() {
        if (!hasPlate() || !run().isMultiplex()) return "";
        int n = groupOf(document.experiment(), plateIndex.get(), true).size();
        if (n < 2) return "";
        return wholePlateGroup.get() ? "Layout edits apply to all " + n + " analytes of plate " + run().plateGroup() + "; masks stay per analyte."
                : "Layout edits apply to " + plate().analyte().name() + " only, not to the other " + (n - 1) + " analytes of plate " + run().plateGroup() + ".";
    }

    private static List<Integer> groupOf(org.cytobench.plate.Experiment e, int i, boolean whole) {
        AssayRun shown = e.assays().get(i);
        if (!whole || !shown.isMultiplex()) return List.of(i);
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < e.assays().size(); j++) if (shown.plateGroup().equals(e.assays().get(j).plateGroup())) out.add(j);
        return out;
    }

    public void selectPlate(int index) {
        if (index != plateIndex.get()) {
            selection.clear();
            wholePlateGroup.set(true); // "this analyte only" is a choice for one edit session, never carried to the next plate
        }
        plateIndex.set(index);
    }

    public boolean hasPlate() {
        int i = plateIndex.get();
        return i >= 0 && i < document.experiment().assays().size();
    }

    public AssayRun run() { return document.experiment().assays().get(plateIndex.get()); }

    public AssayPlate plate() { return run().layout(); }

    /** Adds an assay plate for the analyte; with {@code mirrorCulture}, every culture well becomes a sample at the same position. */
    public int addPlate(Analyte analyte, PlateFormat format, boolean mirrorCulture) {
        AssayPlate p = new AssayPlate(uniqueName(analyte.name()), format, analyte, Map.of());
        if (mirrorCulture) p = p.withDefaultSamples(document.experiment().culture(), 1);
        AssayPlate added = p;
        document.apply("Add assay plate " + added.name(), e -> e.withAssay(AssayRun.of(added)));
        int index = document.experiment().assays().size() - 1;
        selectPlate(index);
        return index;
    }

    public void removePlate() {
        if (!hasPlate()) return;
        int i = plateIndex.get();
        String name = plate().name();
        document.apply("Remove assay plate " + name, e -> e.withoutAssay(i));
        plateIndex.set(Math.min(i, document.experiment().assays().size() - 1));
    }

    public void rename(String name) {
        if (!hasPlate() || name == null || name.isBlank() || name.strip().equals(plate().name())) return;
        editLayout("Rename plate to " + name.strip(), p -> p.withName(name.strip()));
    }

    /**
     * Fills the standard series into the selection: from its top-left well, down the selected columns (replicates side
     * by side) or across the selected rows; a zero standard follows the last level when chosen.
     */
    public boolean assignStandards() {
        if (!requireSelection()) return false;
        StandardSeries series;
        try {
            series = new StandardSeries(number(top.get(), "top concentration"), number(dilutionStep.get(), "dilution factor"), levels.get());
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        PlateFormat f = plate().format();
        int firstRow = selection.stream().mapToInt(WellPosition::row).min().orElseThrow();
        int firstCol = selection.stream().mapToInt(WellPosition::column).min().orElseThrow();
        int span = series.levels() + (zeroStandard.get() ? 1 : 0);
        if (standardsDown.get()) {
            if (firstRow + span > f.rows()) {
                return fail(span + " standard wells do not fit below row " + (char) ('A' + firstRow) + " (the plate has " + f.rows() + " rows)");
            }
            List<Integer> cols = selection.stream().map(WellPosition::column).distinct().sorted().toList();
            editLayout("Fill " + series.levels() + " standards from " + new WellPosition(firstRow, firstCol),
                    p -> p.withStandardSeries(series, firstRow, cols, zeroStandard.get()));
        } else {
            if (firstCol + span > f.columns()) {
                return fail(span + " standard wells do not fit right of column " + (firstCol + 1) + " (the plate has " + f.columns() + " columns)");
            }
            List<Integer> rows = selection.stream().map(WellPosition::row).distinct().sorted().toList();
            Map<WellPosition, AssayWell> m = new LinkedHashMap<>();
            List<Double> conc = series.concentrations();
            for (int r : rows) {
                for (int i = 0; i < span; i++) {
                    m.put(new WellPosition(r, firstCol + i), i < conc.size() ? AssayWell.standard(conc.get(i)) : AssayWell.ZERO_STANDARD);
                }
            }
            editLayout("Fill " + series.levels() + " standards from " + new WellPosition(firstRow, firstCol), p -> p.withWells(m));
        }
        formError.set("");
        return true;
    }

    public boolean assignBlank() { return assignAll("Mark " + wells(selection.size()) + " as blank", AssayWell.BLANK); }

    public boolean assignZeroStandard() { return assignAll("Mark " + wells(selection.size()) + " as zero standard", AssayWell.ZERO_STANDARD); }

    public boolean assignEmpty() { return assignAll("Clear " + wells(selection.size()), AssayWell.EMPTY); }

    /** Makes the selected wells samples of the culture wells at the same positions, with the form's dilution factor. */
    public boolean assignSamples() {
        if (!requireSelection()) return false;
        double dilution;
        try {
            dilution = number(sampleDilution.get(), "sample dilution factor");
            if (!(dilution > 0)) throw new IllegalArgumentException("sample dilution factor must be > 0");
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        Map<WellPosition, AssayWell> m = new LinkedHashMap<>();
        for (WellPosition w : selection) m.put(w, AssayWell.sample(w, dilution));
        formError.set("");
        editLayout("Mark " + wells(m.size()) + " as samples", p -> p.withWells(m));
        return true;
    }

    public boolean assignQc() {
        if (!requireSelection()) return false;
        AssayWell qc;
        try {
            qc = AssayWell.qc(number(qcConcentration.get(), "QC concentration"), qcLabel.get());
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        return assignAll("Mark " + wells(selection.size()) + " as QC", qc);
    }

    /** Masks the selected wells with one reason (left out of fit, QC and results, listed everywhere); re-analysis follows. */
    public boolean maskSelection(String reason) {
        if (!requireSelection()) return false;
        if (reason == null || reason.isBlank()) return fail("Masking needs a reason");
        int i = plateIndex.get();
        List<WellPosition> wells = List.copyOf(selection);
        document.apply("Mask " + wells(wells.size()) + " (" + reason.strip() + ")", e -> {
            AssayRun run = e.assays().get(i);
            for (WellPosition w : wells) run = run.withMask(new org.cytobench.plate.MaskedWell(w, reason));
            return e.withAssay(i, run);
        });
        formError.set("");
        return true;
    }

    public boolean unmaskSelection() {
        if (!requireSelection()) return false;
        int i = plateIndex.get();
        List<WellPosition> wells = selection.stream().filter(w -> run().isMasked(w)).toList();
        if (wells.isEmpty()) return fail("None of the selected wells is masked");
        document.apply("Unmask " + wells(wells.size()), e -> {
            AssayRun run = e.assays().get(i);
            for (WellPosition w : wells) run = run.withoutMask(w);
            return e.withAssay(i, run);
        });
        formError.set("");
        return true;
    }

    /** Mirrors the culture plate: every unused well whose position holds a culture treatment becomes a sample (dilution 1). */
    public void addDefaultSamples() {
        CulturePlate culture = document.experiment().culture();
        editLayout("Add samples for the culture wells", p -> p.withDefaultSamples(culture, 1));
    }

    /** Replaces this plate's layout with another plate's (same format), keeping this plate's name and analyte. */
    public boolean copyLayoutFrom(int otherIndex) {
        if (!hasPlate() || otherIndex == plateIndex.get()) return false;
        AssayPlate other = document.experiment().assays().get(otherIndex).layout();
        if (other.format() != plate().format()) {
            return fail("Cannot copy the layout of a " + other.format().wellCount() + "-well plate onto a " + plate().format().wellCount() + "-well plate");
        }
        formError.set("");
        editLayout("Copy the layout of " + other.name(), p -> new AssayPlate(p.name(), p.format(), p.analyte(), other.wells()));
        return true;
    }

    /**
     * Layout problems in plain words: no standards, too few levels, a culture well sampled twice, a sample pointing at an
     * unused culture well.
     */
    public List<String> warnings() {
        if (!hasPlate()) return List.of();
        AssayPlate p = plate();
        CulturePlate culture = document.experiment().culture();
        List<String> out = new ArrayList<>();
        long levelCount = p.wells().values().stream().filter(w -> w.role() == WellRole.STANDARD)
                .map(AssayWell::nominalConcentration).distinct().count();
        if (levelCount == 0) out.add("No standards: select wells and use Standards to fill a series.");
        else if (levelCount < 6) out.add("Only " + levelCount + " standard levels; QC needs at least 6.");
        Map<WellPosition, List<WellPosition>> sampled = new HashMap<>();
        for (Map.Entry<WellPosition, AssayWell> e : p.wells().entrySet()) {
            if (e.getValue().role() != WellRole.SAMPLE) continue;
            for (WellPosition c : e.getValue().cultureWells()) {
                sampled.computeIfAbsent(c, k -> new ArrayList<>()).add(e.getKey());
                if (culture.treatment(c) == null) out.add("Sample " + e.getKey() + " comes from culture well " + c + ", which has no treatment.");
            }
        }
        sampled.entrySet().stream().filter(e -> e.getValue().size() > 1).sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.add("Culture well " + e.getKey() + " is sampled in " + e.getValue().size() + " wells " + e.getValue()
                        + " (fine for technical replicates)."));
        return out;
    }

    /** Wells drawn with a warning outline: samples of unused culture wells. */
    public boolean isWarned(WellPosition w) {
        AssayWell a = plate().well(w);
        return a.role() == WellRole.SAMPLE && a.cultureWells().stream().anyMatch(c -> document.experiment().culture().treatment(c) == null);
    }

    private boolean assignAll(String description, AssayWell role) {
        if (!requireSelection()) return false;
        Map<WellPosition, AssayWell> m = new LinkedHashMap<>();
        for (WellPosition w : selection) m.put(w, role);
        formError.set("");
        editLayout(description, p -> p.withWells(m));
        return true;
    }

    /**
     * One undoable edit of the shown run's layout and, for a multiplex plate, of every run of its group: what the edit changed
     * on the shown run (the wells whose role, concentration, dilution, culture wells or label differ, and the plate's name)
     * is changed on each of them, and nothing else, so an analyte's own standard concentrations in wells the edit did not
     * touch stay as they were.
     */
    private void editLayout(String description, java.util.function.UnaryOperator<AssayPlate> edit) {
        int i = plateIndex.get();
        List<Integer> group = editedRuns();
        String scope = group.size() > 1 ? " (all " + group.size() + " analytes of plate " + run().plateGroup() + ")" : "";
        document.apply(description + scope, e -> {
            AssayPlate before = e.assays().get(i).layout();
            AssayPlate after = edit.apply(before);
            org.cytobench.plate.Experiment out = e.withAssay(i, e.assays().get(i).withLayout(after));
            Map<WellPosition, AssayWell> changed = changedWells(before, after);
            boolean renamed = !after.name().equals(before.name());
            for (int j : group) {
                AssayRun other = out.assays().get(j);
                if (j == i || other.layout().format() != after.format()) continue;
                AssayPlate l = other.layout().withWells(changed);
                out = out.withAssay(j, other.withLayout(renamed ? l.withName(after.name()) : l));
            }
            return out;
        });
    }

    /** The wells whose assay well differs between two layouts, with the new one (EMPTY where a well was cleared). */
    static Map<WellPosition, AssayWell> changedWells(AssayPlate before, AssayPlate after) {
        Map<WellPosition, AssayWell> out = new LinkedHashMap<>();
        java.util.Set<WellPosition> all = new TreeSet<>(before.wells().keySet());
        all.addAll(after.wells().keySet());
        for (WellPosition w : all) if (!before.well(w).equals(after.well(w))) out.put(w, after.well(w));
        return out;
    }

    private boolean requireSelection() {
        if (!hasPlate()) return fail("Add an assay plate first");
        if (selection.isEmpty()) return fail("Select wells first (click, drag, or click a row or column header)");
        return true;
    }

    private boolean fail(String message) {
        formError.set(Character.toUpperCase(message.charAt(0)) + message.substring(1) + (message.endsWith(".") ? "" : "."));
        return false;
    }

    private String uniqueName(String base) {
        List<String> names = document.experiment().assays().stream().map(r -> r.layout().name()).toList();
        if (!names.contains(base)) return base;
        for (int k = 2; ; k++) if (!names.contains(base + " (" + k + ")")) return base + " (" + k + ")";
    }

    /** The selected wells (all used wells when none is selected): Well, Role, Nominal, Culture well, Dilution, Label. */
    public String selectionTsv() {
        if (!hasPlate()) return "";
        StringBuilder sb = new StringBuilder("Well\tRole\tNominal\tCulture well\tDilution\tLabel\n");
        java.util.Collection<WellPosition> ws = selection.isEmpty() ? plate().wells().keySet() : selection;
        for (WellPosition w : ws) {
            AssayWell a = plate().well(w);
            if (a.role() == WellRole.EMPTY) continue;
            sb.append(w.label()).append('\t').append(a.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append('\t')
                    .append(a.nominalConcentration() == null ? "" : org.cytobench.plate.Numbers.compact(a.nominalConcentration())).append('\t')
                    .append(String.join(" ", a.cultureWells().stream().map(WellPosition::label).toList())).append('\t')
                    .append(org.cytobench.plate.Numbers.compact(a.dilutionFactor())).append('\t')
                    .append(org.cytobench.report.SpreadsheetText.tsvCell(a.label())).append('\n');
        }
        return sb.toString();
    }


}
