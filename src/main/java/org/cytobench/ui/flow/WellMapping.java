package org.cytobench.ui.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;

/**
 * Files mapped to culture wells, checked together: each row's donor and treatment from the culture plate, rows without a
 * well, and wells given to two files (in the table, or to a file already in the assay: {@code taken}). Wells typed by
 * hand must be wells the culture plate has a treatment for.
 */
final class WellMapping {
    private final Supplier<CulturePlate> culture;
    private final Supplier<Map<WellPosition, List<String>>> taken;
    private final ObservableList<MappedFile> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");

    WellMapping(Supplier<CulturePlate> culture, Supplier<Map<WellPosition, List<String>>> taken, List<MappedFile> files) {
        this.culture = culture;
        this.taken = taken;
        rows.setAll(files);
        for (MappedFile f : files) f.wellProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    ObservableList<MappedFile> rows() { return rows; }
    ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }

    /** The wells a file can be mapped to: those the culture plate has a treatment for, in plate order. */
    List<WellPosition> cultureWells() { return culture.get().wells().keySet().stream().sorted().toList(); }

    /** "" unmaps; a label must name a well with a treatment. The reason when refused (the row keeps its well). */
    Optional<String> setWell(MappedFile row, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals(FlowImportDialog.UNMAPPED)) {
            // the experiment stores "no well" as null, which the analysis fills from the keywords or name again
            if (row.automaticWell() != null) {
                return Optional.of("names its well (" + row.automaticWell().label() + ") in its keywords or file name, so it cannot be "
                        + "left unmapped: choose a well");
            }
            row.wellProperty().set(null);
            return Optional.empty();
        }
        WellPosition w;
        try {
            w = WellPosition.parse(t);
        } catch (IllegalArgumentException e) {
            return Optional.of("\"" + t + "\" is not a well label (e.g. B7)");
        }
        if (culture.get().treatment(w) == null) return Optional.of(w.label() + " has no treatment on the culture plate");
        row.wellProperty().set(w);
        return Optional.empty();
    }

    /** Donor, treatment and problem of every row, recomputed together: a duplicate involves two rows. */
    void refresh() {
        CulturePlate plate = culture.get();
        Map<WellPosition, List<String>> users = new HashMap<>();
        taken.get().forEach((w, files) -> users.put(w, new ArrayList<>(files)));
        for (MappedFile r : rows) if (r.well() != null) users.computeIfAbsent(r.well(), k -> new ArrayList<>()).add(r.name());
        int unmapped = 0;
        int doubled = 0;
        for (MappedFile r : rows) {
            WellPosition w = r.well();
            Treatment tr = w == null ? null : plate.treatment(w);
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
        summary.set(doubled > 0 ? doubled + " files share a culture well: give each its own well" : "");
        hint.set(unmapped == 0 ? "" : unmapped + (unmapped == 1 ? " file is" : " files are") + " not mapped: listed in the assay but not analysed");
    }
}
