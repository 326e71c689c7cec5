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

    private final DocumentViewModel document;
    private final List<FcsImportFiles.Candidate> files;
    private final List<FcsImportFiles.Rejected> rejected;
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target", NEW_ASSAY);
    private final StringProperty assayName = new SimpleStringProperty(this, "assayName", "T-cell activation");
    private final ObjectProperty<FlowTemplate> template = new SimpleObjectProperty<>(this, "template");
    private final ReadOnlyStringWrapper templateProblem = new ReadOnlyStringWrapper(this, "templateProblem", "");
    private final WellMapping mapping;
    private final List<Map<WellPosition, List<String>>> existingWells;
    private final BooleanBinding canConfirm;

    public FlowImportViewModel(DocumentViewModel document, FcsImportFiles read, int initialTarget) {
        this(document, read, initialTarget, null);
    }

    /**
     * @param existingWells per flow assay of the experiment, the wells its samples are analysed as
     *                      ({@code FlowSampleWells}, read off the FX thread); null: only the stored wells count
     */
    public FlowImportViewModel(DocumentViewModel document, FcsImportFiles read, int initialTarget, List<Map<WellPosition, List<String>>> existingWells) {
        this.document = document;
        this.existingWells = existingWells;
        this.files = read.readable();
        this.rejected = read.rejected();
        int flowAssays = document.experiment().flowAssays().size();
        target.set(initialTarget >= 0 && initialTarget < flowAssays ? initialTarget : NEW_ASSAY);
        List<MappedFile> rows = new ArrayList<>();
        for (FcsImportFiles.Candidate c : files) rows.add(new MappedFile(c.name(), c.events(), c.cytometer(), c.guessedWell(), c.guessedWell()));
        mapping = new WellMapping(() -> document.experiment().culture(), this::wellsInTarget, rows);
        target.addListener((o, a, b) -> mapping.refresh());
        useDefaultTemplate();
        canConfirm = Bindings.createBooleanBinding(() -> !rows.isEmpty() && mapping.summaryProperty().get().isEmpty()
                        && (target.get() != NEW_ASSAY || template.get() != null),
                mapping.summaryProperty(), target, template);
    }

    public ObservableList<MappedFile> rows() { return mapping.rows(); }
    public List<FcsImportFiles.Rejected> rejected() { return rejected; }
    /** -1 ({@link #NEW_ASSAY}) or the index of the flow assay the files join. */
    public IntegerProperty targetProperty() { return target; }
    public StringProperty assayNameProperty() { return assayName; }
    /** The gates a new assay starts from (null when none could be made; {@link #templateProblemProperty()} says why). */
    public ObjectProperty<FlowTemplate> templateProperty() { return template; }
    public ReadOnlyStringProperty templateProblemProperty() { return templateProblem.getReadOnlyProperty(); }
    /** "" when the mapping can be confirmed, else why not ("2 files share a culture well…"). */
    public ReadOnlyStringProperty summaryProperty() { return mapping.summaryProperty(); }
    /** A remark that does not block confirming (unmapped files). */
    public ReadOnlyStringProperty hintProperty() { return mapping.hintProperty(); }
    public BooleanBinding canConfirmProperty() { return canConfirm; }
    public CulturePlate culture() { return document.experiment().culture(); }
    /** The wells a file can be mapped to: those the culture plate has a treatment for, in plate order. */
    public List<WellPosition> cultureWells() { return mapping.cultureWells(); }

    /** The flow assays already in the experiment, by name, in order (the target choices after "New flow assay"). */
    public List<String> flowAssayNames() { return document.experiment().flowAssays().stream().map(FlowAssay::name).toList(); }

    /** Maps a row to a well typed or chosen by hand ("" unmaps); the reason when refused (the row keeps its well). */
    public Optional<String> setWell(MappedFile row, String text) { return mapping.setWell(row, text); }

    /** The protocol's default template, built from the first file's channels and markers. */
    public void useDefaultTemplate() {
        if (files.isEmpty()) return;
        try {
            template.set(ActivationPanelTemplate.forChannels(files.get(0).channels()));
            templateProblem.set("");
        } catch (IllegalArgumentException e) {
            template.set(null);
            templateProblem.set(files.get(0).name() + ": " + e.getMessage());
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
     * Embeds the files and adds the assay (or extends the target one) as one undoable change.
     *
     * @return the index of the flow assay the files are in
     */
    public int confirm() {
        if (!canConfirm.get()) throw new IllegalStateException("the import cannot be confirmed: " + summaryProperty().get());
        List<SourceFile> sources = files.stream().map(FcsImportFiles.Candidate::source).toList();
        List<WellPosition> wells = rows().stream().map(MappedFile::well).toList();
        int t = target.get();
        String description = "Import " + sources.size() + (sources.size() == 1 ? " FCS file" : " FCS files");
        document.applyProject(description, p -> FlowAssayFiles.withSamples(p, t, assayName.get(), template.get(), sources, wells));
        return t == NEW_ASSAY ? document.experiment().flowAssays().size() - 1 : t;
    }

    /** Wells the target assay's other samples hold (a file imported again replaces its sample, so its old well is free). */
    private Map<WellPosition, List<String>> wellsInTarget() {
        Map<WellPosition, List<String>> out = new HashMap<>();
        int t = target.get();
        if (t < 0 || t >= document.experiment().flowAssays().size()) return out;
        List<String> importing = files.stream().map(FcsImportFiles.Candidate::name).toList();
        if (existingWells != null && t < existingWells.size()) {
            existingWells.get(t).forEach((w, names) -> {
                List<String> others = names.stream().filter(n -> !importing.contains(n)).toList();
                if (!others.isEmpty()) out.put(w, new ArrayList<>(others));
            });
            return out;
        }
        for (FlowAssay.FlowSample s : document.experiment().flowAssays().get(t).samples()) {
            if (s.cultureWell() != null && !importing.contains(s.sourceFile())) out.computeIfAbsent(s.cultureWell(), k -> new ArrayList<>()).add(s.sourceFile());
        }
        return out;
    }
}
