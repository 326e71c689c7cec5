package org.cytobench.ui.culture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.ProtocolTemplate;
import org.cytobench.plate.StandardSeries;

/**
 * The "New from template" dialog's state: experiment name, donors (1–4), thymalfasin doses, and the cytokines to make
 * ELISA plates for. Produces the experiment with the thymalfasin PBMC culture plate and one assay plate per cytokine.
 */
public final class TemplateViewModel {

    /** Default standard series of the assay plates the template adds: 1000 pg/mL, 1:2, 7 levels, plus a zero standard. */
    public static final StandardSeries DEFAULT_STANDARDS = ProtocolTemplate.DEFAULT_STANDARDS;

    private final StringProperty name = new SimpleStringProperty(this, "name", "Thymalfasin PBMC stimulation");
    private final IntegerProperty donors = new SimpleIntegerProperty(this, "donors", 3);
    private final StringProperty doses = new SimpleStringProperty(this, "doses", "10, 50, 100");
    private final ObservableSet<Analyte> analytes = FXCollections.observableSet(new java.util.LinkedHashSet<>(
            List.of(Analyte.IL_6, Analyte.TNF_ALPHA, Analyte.IL_10)));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public TemplateViewModel() {
        donors.addListener(o -> validate());
        doses.addListener(o -> validate());
        validate();
    }

    public StringProperty nameProperty() { return name; }
    public IntegerProperty donorsProperty() { return donors; }
    public StringProperty dosesProperty() { return doses; }
    public ObservableSet<Analyte> analytes() { return analytes; }
    /** Why the input cannot be used, or "" when it can. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Doses parsed from "10, 50, 100" (commas, semicolons or spaces). */
    public List<Double> parsedDoses() {
        List<Double> out = new ArrayList<>();
        for (String part : doses.get().split("[,;\\s]+")) {
            if (part.isBlank()) continue;
            try {
                out.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a dose in ng/mL");
            }
        }
        return out;
    }

    /** The dialog's choices as the core template (the command line's {@code new} builds from the same record). */
    private ProtocolTemplate template() {
        String n = name.get() == null || name.get().isBlank() ? "Untitled experiment" : name.get();
        return ProtocolTemplate.reference().withName(n).withDonors(donors.get()).withDoses(parsedDoses()).withAnalytes(List.copyOf(analytes));
    }

    private void validate() {
        try {
            template().culturePlate();
            error.set("");
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            error.set(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
        }
    }

    /** The experiment, or empty when the input is invalid (see {@link #errorProperty()}). */
    public Optional<Experiment> build() {
        validate();
        if (!error.get().isEmpty()) return Optional.empty();
        return Optional.of(template().build());
    }

    /** The ELISA plate the template makes for {@code analyte} (see {@link ProtocolTemplate#assayPlateFor}). */
    static AssayPlate assayPlateFor(Analyte analyte, CulturePlate culture) {
        return ProtocolTemplate.reference().assayPlateFor(analyte, culture);
    }
}
