package org.cytobench.ui.culture;

import static org.cytobench.ui.FormInput.number;
import static org.cytobench.ui.FormInput.optionalNumber;
import static org.cytobench.ui.FormInput.wells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Numbers;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.TreatmentGroup;
import org.cytobench.plate.WellPosition;
import org.cytobench.report.SpreadsheetText;
import org.cytobench.ui.DocumentViewModel;

/**
 * The culture plate editor's state: the selected wells, the treatment form (stimulus, thymalfasin dose, vehicle,
 * donor), and the edits — assign, clear, fill replicates, change format — each one an undoable document edit. Also
 * the legend (one colour per treatment group) and the layout warnings a scientist should see at a glance.
 */
public final class CulturePlateViewModel {

    /** One legend line: a treatment group, its colour index, and how many wells and donors it has. */
    public record LegendEntry(TreatmentGroup group, int colour, int wells, List<String> donors) {}

    private final DocumentViewModel document;
    private final ObservableSet<WellPosition> selection = FXCollections.observableSet(new TreeSet<>());
    private final ObjectProperty<Stimulus.Kind> stimulusKind = new SimpleObjectProperty<>(this, "stimulusKind", Stimulus.Kind.LPS);
    private final StringProperty lpsConcentration = new SimpleStringProperty(this, "lpsConcentration", "100");
    private final StringProperty customName = new SimpleStringProperty(this, "customName", "");
    private final StringProperty customConcentration = new SimpleStringProperty(this, "customConcentration", "");
    private final StringProperty customUnit = new SimpleStringProperty(this, "customUnit", "ng/mL");
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "0");
    private final BooleanProperty vehicle = new SimpleBooleanProperty(this, "vehicle", true);
    private final StringProperty donor = new SimpleStringProperty(this, "donor", "D1");
    private final IntegerProperty replicates = new SimpleIntegerProperty(this, "replicates", 3);
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyStringWrapper selectionSummary = new ReadOnlyStringWrapper(this, "selectionSummary", "");

    public CulturePlateViewModel(DocumentViewModel document) {
        this.document = document;
        selection.addListener((SetChangeListener<WellPosition>) c -> selectionChanged());
        selectionChanged();
    }

    public ObservableSet<WellPosition> selection() { return selection; }
    public ObjectProperty<Stimulus.Kind> stimulusKindProperty() { return stimulusKind; }
    public StringProperty lpsConcentrationProperty() { return lpsConcentration; }
    public StringProperty customNameProperty() { return customName; }
    public StringProperty customConcentrationProperty() { return customConcentration; }
    public StringProperty customUnitProperty() { return customUnit; }
    public StringProperty doseProperty() { return dose; }
    public BooleanProperty vehicleProperty() { return vehicle; }
    public StringProperty donorProperty() { return donor; }
    public IntegerProperty replicatesProperty() { return replicates; }
    /** Why the form cannot be applied, or "". */
    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty selectionSummaryProperty() { return selectionSummary.getReadOnlyProperty(); }

    public CulturePlate plate() { return document.experiment().culture(); }

    /** The treatment the form describes, or empty with {@link #formErrorProperty()} saying why. */
    public Optional<Treatment> formTreatment() {
        try {
            Stimulus s = switch (stimulusKind.get()) {
                case NONE -> Stimulus.NONE;
                case LPS -> Stimulus.lps(number(lpsConcentration.get(), "LPS concentration"));
                case ANTI_CD3_CD28 -> Stimulus.ANTI_CD3_CD28;
                case CUSTOM -> Stimulus.custom(customName.get(), optionalNumber(customConcentration.get(), "stimulus concentration"),
                        customUnit.get());
            };
            Treatment t = Treatment.of(s, number(dose.get(), "thymalfasin dose"), vehicle.get() || number(dose.get(), "") > 0,
                    donor.get());
            formError.set("");
            return Optional.of(t);
        } catch (IllegalArgumentException e) {
            formError.set(capitalize(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Gives every selected well the form's treatment. */
    public boolean assignToSelection() {
        if (selection.isEmpty()) {
            formError.set("Select wells first (click, drag, or click a row or column header).");
            return false;
        }
        Optional<Treatment> t = formTreatment();
        if (t.isEmpty()) return false;
        Map<WellPosition, Treatment> changes = new LinkedHashMap<>();
        for (WellPosition w : selection) changes.put(w, t.get());
        document.apply("Assign " + t.get().group().label() + " to " + wells(changes.size()),
                e -> e.withCulture(e.culture().withWells(changes)));
        return true;
    }

    /** Removes the treatment from the selected wells (they become unused). */
    public void clearSelection() {
        Map<WellPosition, Treatment> changes = new LinkedHashMap<>();
        for (WellPosition w : selection) changes.put(w, null);
        document.apply("Clear " + wells(changes.size()), e -> e.withCulture(e.culture().withWells(changes)));
    }

    /**
     * Copies each selected well's treatment into the next {@code replicates − 1} wells to its right, so one well per group
     * becomes a row of replicates. Wells past the plate edge are skipped.
     */
    public void fillReplicatesRight() {
        CulturePlate plate = plate();
        Map<WellPosition, Treatment> changes = new LinkedHashMap<>();
        for (WellPosition w : selection) {
            Treatment t = plate.treatment(w);
            if (t == null) continue;
            for (int k = 1; k < replicates.get() && w.column() + k < plate.format().columns(); k++) {
                changes.put(new WellPosition(w.row(), w.column() + k), t);
            }
        }
        if (changes.isEmpty()) {
            formError.set("Select assigned wells to fill their replicates to the right.");
            return;
        }
        formError.set("");
        document.apply("Fill replicates into " + wells(changes.size()), e -> e.withCulture(e.culture().withWells(changes)));
    }

    /** Switches between 96 and 384 wells; refused (with a message) when wells in use would fall off the plate. */
    public boolean changeFormat(PlateFormat f) {
        CulturePlate plate = plate();
        if (f == plate.format()) return true;
        List<WellPosition> off = plate.wells().keySet().stream().filter(w -> !f.contains(w)).toList();
        if (!off.isEmpty()) {
            formError.set("Cannot switch to " + f.wellCount() + " wells: " + off.size() + " wells in use lie outside it (e.g. "
                    + off.get(0) + ").");
            return false;
        }
        document.apply("Change the culture plate to " + f.wellCount() + " wells",
                e -> e.withCulture(new CulturePlate(plate.name(), f, plate.wells())));
        return true;
    }

    /** Treatment groups in a stable order; a group's position is its colour. */
    public List<TreatmentGroup> groups() {
        return List.copyOf(new TreeSet<>(plate().wells().values().stream().map(Treatment::group).toList()));
    }

    public int colourOf(TreatmentGroup g) { return groups().indexOf(g); }

    public List<LegendEntry> legend() {
        List<TreatmentGroup> groups = groups();
        Map<TreatmentGroup, Map<String, List<WellPosition>>> reps = plate().replicates();
        List<LegendEntry> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Map<String, List<WellPosition>> byDonor = reps.get(groups.get(i));
            int n = byDonor.values().stream().mapToInt(List::size).sum();
            out.add(new LegendEntry(groups.get(i), i, n, List.copyOf(byDonor.keySet())));
        }
        return out;
    }

    /** Layout problems in plain words: a group with a single culture replicate, doses without a vehicle control. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        plate().replicates().forEach((group, byDonor) -> byDonor.forEach((d, wells) -> {
            if (wells.size() == 1) {
                out.add(group.label() + (d.isEmpty() ? "" : ", donor " + d) + ": only one replicate (" + wells.get(0) + ")");
            }
        }));
        List<TreatmentGroup> groups = groups();
        for (TreatmentGroup g : groups) {
            if (g.thymalfasinNgPerMl() > 0 && groups.stream().noneMatch(v -> v.isVehicleControl() && v.stimulus().equals(g.stimulus()))) {
                out.add(g.label() + ": no vehicle control with " + g.stimulus() + " to compare against");
            }
        }
        for (Map.Entry<WellPosition, Treatment> e : plate().wells().entrySet()) {
            if (e.getValue().donor().isEmpty()) {
                out.add("Well " + e.getKey() + " has no donor");
                break;
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** Wells that belong to a warning (drawn with a red outline). */
    public boolean isWarned(WellPosition w) {
        Treatment t = plate().treatment(w);
        if (t == null) return false;
        List<WellPosition> same = plate().replicates().get(t.group()).get(t.donor());
        return same.size() == 1 || t.donor().isEmpty();
    }

    /** Loads the form from a well's treatment, so that clicking an assigned well shows (and lets you reuse) its settings. */
    public void loadForm(Treatment t) {
        stimulusKind.set(t.stimulus().kind());
        if (t.stimulus().kind() == Stimulus.Kind.LPS && t.stimulus().concentration() != null) {
            lpsConcentration.set(Numbers.compact(t.stimulus().concentration()));
        }
        if (t.stimulus().kind() == Stimulus.Kind.CUSTOM) {
            customName.set(t.stimulus().name());
            customConcentration.set(t.stimulus().concentration() == null ? "" : Numbers.compact(t.stimulus().concentration()));
            customUnit.set(t.stimulus().unit() == null ? "" : t.stimulus().unit());
        }
        dose.set(Numbers.compact(t.thymalfasinNgPerMl()));
        vehicle.set(t.vehicle());
        donor.set(t.donor());
    }

    private void selectionChanged() {
        if (selection.isEmpty()) {
            selectionSummary.set("No wells selected");
            return;
        }
        selectionSummary.set(wells(selection.size()) + " selected");
        if (selection.size() == 1) {
            Treatment t = plate().treatment(selection.iterator().next());
            if (t != null) loadForm(t);
        }
    }

    /** Selected wells (all used wells when none is selected) as Well, Stimulus, Thymalfasin, Vehicle, Donor; tab-separated. */
    public String selectionTsv() {
        StringBuilder sb = new StringBuilder("Well\tStimulus\tThymalfasin (ng/mL)\tVehicle\tDonor\tGroup\n");
        java.util.Collection<WellPosition> wells = selection.isEmpty() ? plate().wells().keySet() : selection;
        for (WellPosition w : wells) {
            Treatment t = plate().treatment(w);
            if (t == null) continue;
            // names are the scientist's text: neutralised so that a pasted "=…" never runs as a formula
            sb.append(w.label()).append('\t').append(SpreadsheetText.tsvCell(t.stimulus().label())).append('\t')
                    .append(Numbers.compact(t.thymalfasinNgPerMl())).append('\t').append(t.vehicle() ? "yes" : "no").append('\t')
                    .append(SpreadsheetText.tsvCell(t.donor())).append('\t').append(SpreadsheetText.tsvCell(t.group().label())).append('\n');
        }
        return sb.toString();
    }




    private static String capitalize(String s) {
        return s == null || s.isEmpty() ? "Invalid input" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
