package org.cytobench.ui.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.cytobench.flow.assay.CultureWellMapping;
import org.cytobench.flow.assay.FlowAssayFiles;
import org.cytobench.project.Project;
import org.cytobench.plate.WellPosition;
import org.cytobench.ui.DocumentViewModel;

/**
 * Map samples…: a flow assay's samples with the culture well each is mapped to now (by hand, or from its keywords or name
 * when never set), editable as in the import dialog. {@link #confirm()} writes the changed wells as one undoable change;
 * samples left as they were keep their stored mapping (an automatic one stays automatic).
 */
public final class SampleMappingViewModel {
    private final DocumentViewModel document;
    private final int assayIndex;
    private final List<Integer> sampleIndex = new ArrayList<>();
    private final WellMapping mapping;
    private final BooleanBinding canConfirm;

    /** @param samples the samples as the flow view read them (their wells resolved) */
    public SampleMappingViewModel(DocumentViewModel document, int assayIndex, List<FlowSample> samples) {
        this.document = document;
        this.assayIndex = assayIndex;
        List<MappedFile> rows = new ArrayList<>();
        org.cytobench.plate.PlateFormat format = document.experiment().culture().format();
        for (FlowSample s : samples) {
            sampleIndex.add(s.index());
            WellPosition automatic = s.fcs() == null ? null : CultureWellMapping.guess(s.fcs(), format).orElse(null);
            rows.add(new MappedFile(s.file(), s.fcs() == null ? -1 : s.fcs().eventCount(),
                    s.fcs() == null ? s.problem() : s.fcs().keyword("$CYT").orElse(""), s.well(), automatic));
        }
        mapping = new WellMapping(() -> document.experiment().culture(), Map::of, rows);
        javafx.beans.Observable[] wells = rows.stream().map(MappedFile::wellProperty).toArray(javafx.beans.Observable[]::new);
        javafx.beans.Observable[] deps = java.util.stream.Stream.concat(java.util.stream.Stream.of(mapping.summaryProperty()),
                java.util.Arrays.stream(wells)).toArray(javafx.beans.Observable[]::new);
        canConfirm = Bindings.createBooleanBinding(() -> mapping.summaryProperty().get().isEmpty()
                && rows.stream().anyMatch(MappedFile::changed), deps);
    }

    public ObservableList<MappedFile> rows() { return mapping.rows(); }
    public List<WellPosition> cultureWells() { return mapping.cultureWells(); }
    public Optional<String> setWell(MappedFile row, String text) { return mapping.setWell(row, text); }
    public ReadOnlyStringProperty summaryProperty() { return mapping.summaryProperty(); }
    public ReadOnlyStringProperty hintProperty() { return mapping.hintProperty(); }
    /** True when a well was changed and no well is given to two samples. */
    public BooleanBinding canConfirmProperty() { return canConfirm; }

    /** Writes the changed wells in one undoable change; returns how many samples changed. */
    public int confirm() {
        if (!canConfirm.get()) throw new IllegalStateException("nothing to apply, or a well is mapped twice: " + summaryProperty().get());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < rows().size(); i++) if (rows().get(i).changed()) changed.add(i);
        String what = changed.size() == 1 ? "Map " + rows().get(changed.get(0)).name() + " to "
                + Optional.ofNullable(rows().get(changed.get(0)).well()).map(WellPosition::label).orElse("no well")
                : "Map " + changed.size() + " flow samples to culture wells";
        document.applyProject(what, p -> {
            Project out = p;
            for (int i : changed) out = FlowAssayFiles.withCultureWell(out, assayIndex, sampleIndex.get(i), rows().get(i).well());
            return out;
        });
        return changed.size();
    }
}
