package org.cytobench.ui.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cytobench.flow.assay.ActivationPanelTemplate;
import org.cytobench.flow.assay.FcsImportFiles;
import org.cytobench.flow.assay.FlowAssayFiles;
import org.cytobench.flow.assay.FlowTemplate;
import org.cytobench.flow.assay.FlowTemplates;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.ui.DocumentViewModel;

/**
 * The FCS import dialog's state: per readable file its culture well (guessed from keywords or the name, editable), the
 * donor and treatment the culture plate gives that well and whether the well is missing or taken twice; the files that did
 * not read, with their reason; the target (a new flow assay or an existing one) and, for a new one, the gating template.
 * {@link #confirm()} is one undoable change.
 */
public final class FlowImportViewModel {
    public static final int NEW_ASSAY = -1;

    /** One readable file in the table. */
    public final class Row {
        private final FcsImportFiles.Candidate file;
        private final ObjectProperty<WellPosition> well = new SimpleObjectProperty<>(this, "well");
        private final ReadOnlyStringWrapper donor = new ReadOnlyStringWrapper(this, "donor", "");
        private final ReadOnlyStringWrapper treatment = new ReadOnlyStringWrapper(this, "treatment", "");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

        Row(FcsImportFiles.Candidate file) {
            this.file = file;
            well.set(file.guessedWell());
            well.addListener((o, a, b) -> refresh());
        }

        public String name() { return file.name(); }
        public int events() { return file.events(); }
        public String cytometer() { return file.cytometer(); }
        /** The well the file's keywords or name gave, or null. */
        public WellPosition guessedWell() { return file.guessedWell(); }
        public ObjectProperty<WellPosition> wellProperty() { return well; }
        public WellPosition well() { return well.get(); }
        public ReadOnlyStringProperty donorProperty() { return donor.getReadOnlyProperty(); }
        public ReadOnlyStringProperty treatmentProperty() { return treatment.getReadOnlyProperty(); }
        /** "" when the file maps to one culture well of its own; otherwise what is wrong ("not mapped", "B3 also: x.fcs"). */
        public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
        public String problem() { return problem.get(); }
        FcsImportFiles.Candidate file() { return file; }
    }

    private final DocumentViewModel document;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final List<FcsImportFiles.Rejected> rejected;
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", NEW_ASSAY);
    private final StringProperty assayName = new SimpleStringProperty(this, "assayName", "T-cell activation");
    private final ObjectProperty<FlowTemplate> template = new SimpleObjectProperty<>(this, "template");
    private final ReadOnlyStringWrapper templateProblem = new ReadOnlyStringWrapper(this, "templateProblem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final BooleanBinding canConfirm;

    public FlowImportViewModel(DocumentViewModel document, FcsImportFiles files, int initialTarget) {
        this.document = document;
        this.rejected = files.rejected();
        for (FcsImportFiles.Candidate c : files.readable()) rows.add(new Row(c));
        int flowAssays = document.experiment().flowAssays().size();
        target.set(initialTarget >= 0 && initialTarget < flowAssays ? initialTarget : NEW_ASSAY);
        target.addListener((o, a, b) -> refresh());
        useDefaultTemplate();
        canConfirm = Bindings.createBooleanBinding(() -> !rows.isEmpty() && summary.get().isEmpty()
                        && (target.get() != NEW_ASSAY || template.get() != null),
                rows, summary, target, template);
        refresh();
    }

    public ObservableList<Row> rows() { return rows; }
    public List<FcsImportFiles.Rejected> rejected() { return rejected; }
    /** -1 ({@link #NEW_ASSAY}) or the index of the flow assay the files join. */
    public IntegerProperty targetProperty() { return target; }
    public StringProperty assayNameProperty() { return assayName; }
    /** The gates a new assay starts from (null when none could be made; {@link #templateProblemProperty()} says why). */
    public ObjectProperty<FlowTemplate> templateProperty() { return template; }
    public ReadOnlyStringProperty templateProblemProperty() { return templateProblem.getReadOnlyProperty(); }
    /** "" when the mapping can be confirmed, else why not ("2 files map to B3"). */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public BooleanBinding canConfirmProperty() { return canConfirm; }
    public CulturePlate culture() { return document.experiment().culture(); }

    /** The flow assays already in the experiment, by name, in order (the target choices after "New flow assay"). */
    public List<String> flowAssayNames() { return document.experiment().flowAssays().stream().map(FlowAssay::name).toList(); }

    /** The wells a file can be mapped to: those the culture plate has a treatment for, in plate order. */
    public List<WellPosition> cultureWells() { return culture().wells().keySet().stream().sorted().toList(); }

    /** The protocol's default template, built from the first file's channels and markers. */
    public void useDefaultTemplate() {
        if (rows.isEmpty()) return;
        try {
            template.set(ActivationPanelTemplate.forChannels(rows.get(0).file().channels()));
            templateProblem.set("");
        } catch (IllegalArgumentException e) {
            template.set(null);
            templateProblem.set(rows.get(0).name() + ": " + e.getMessage());
        }
    }

    /** Gates from a Gating-ML file or FlowJo workspace the user picked (read off the FX thread by the caller). */
    public void useTemplate(FlowTemplate t) {
        template.set(t);
        templateProblem.set("");
    }

    /** A template file that did not read: no template, and the reason shown. */
    public void templateFailed(FlowFileException e) {
        template.set(null);
        templateProblem.set(e.getMessage());
    }

    /** Reads a template file's bytes (call off the FX thread for large workspaces). */
    public static FlowTemplate readTemplate(String name, byte[] bytes) throws FlowFileException {
        return FlowTemplates.fromFile(name, bytes);
    }

    /**
     * Maps a row to the well a user typed: "" unmaps it; a label must name a well the culture plate has a treatment for.
     * Returns the reason when the text is refused (the row keeps its well).
     */
    public Optional<String> setWell(Row row, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals(FlowImportDialog.UNMAPPED)) {
            row.well.set(null);
            return Optional.empty();
        }
        WellPosition w;
        try {
            w = WellPosition.parse(t);
        } catch (IllegalArgumentException e) {
            return Optional.of("\"" + t + "\" is not a well label (e.g. B7)");
        }
        if (culture().treatment(w) == null) return Optional.of(w.label() + " has no treatment on the culture plate");
        row.well.set(w);
        return Optional.empty();
    }

    /**
     * Embeds the files and adds the assay (or extends the target one) as one undoable change.
     *
     * @return the index of the flow assay the files are in
     */
    public int confirm() {
        if (!canConfirm.get()) throw new IllegalStateException("the import cannot be confirmed: " + summary.get());
        List<SourceFile> files = rows.stream().map(r -> r.file().source()).toList();
        List<WellPosition> wells = rows.stream().map(Row::well).toList();
        int t = target.get();
        String description = "Import " + files.size() + (files.size() == 1 ? " FCS file" : " FCS files");
        document.applyProject(description, p -> FlowAssayFiles.withSamples(p, t, assayName.get(), template.get(), files, wells));
        return t == NEW_ASSAY ? document.experiment().flowAssays().size() - 1 : t;
    }

    /** Donor, treatment and problem of every row, recomputed together: a duplicate involves two rows. */
    private void refresh() {
        Map<WellPosition, List<String>> users = new HashMap<>();
        List<String> importing = rows.stream().map(Row::name).toList();
        int t = target.get();
        if (t >= 0 && t < document.experiment().flowAssays().size()) {
            for (FlowAssay.FlowSample s : document.experiment().flowAssays().get(t).samples()) {
                // a file imported again replaces its sample, so its old well is not taken
                if (s.cultureWell() != null && !importing.contains(s.sourceFile())) users.computeIfAbsent(s.cultureWell(), k -> new ArrayList<>()).add(s.sourceFile());
            }
        }
        for (Row r : rows) if (r.well() != null) users.computeIfAbsent(r.well(), k -> new ArrayList<>()).add(r.name());
        int unmapped = 0;
        int doubled = 0;
        for (Row r : rows) {
            WellPosition w = r.well();
            Treatment tr = w == null ? null : culture().treatment(w);
            r.donor.set(tr == null || tr.donor() == null ? "" : tr.donor());
            r.treatment.set(tr == null ? "" : tr.group().label());
            if (w == null) {
                unmapped++;
                r.problem.set("not mapped");
            } else if (users.get(w).size() > 1) {
                doubled++;
                List<String> others = new ArrayList<>(users.get(w));
                others.remove(r.name());
                r.problem.set(w.label() + " also: " + String.join(", ", others));
            } else if (tr == null) {
                r.problem.set(w.label() + ": no treatment on the culture plate");
            } else {
                r.problem.set("");
            }
        }
        summary.set(doubled > 0 ? doubled + " files share a culture well: give each its own well or leave one unmapped" : "");
        hint.set(unmapped == 0 ? "" : unmapped + (unmapped == 1 ? " file is" : " files are") + " not mapped: listed in the assay but not analysed");
    }

    /** A remark that does not block confirming (unmapped files). */
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
}
