package org.cytobench.ui.culture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.StandardSeries;
import org.cytobench.plate.WellPosition;

/**
 * The "New from template" dialog's state: experiment name, donors (1–4), thymalfasin doses, and the cytokines to make
 * ELISA plates for. Produces the experiment with the thymalfasin PBMC culture plate and one assay plate per cytokine.
 */
public final class TemplateViewModel {

    /** Default standard series of the assay plates the template adds: 1000 pg/mL, 1:2, 7 levels, plus a zero standard. */
    public static final StandardSeries DEFAULT_STANDARDS = new StandardSeries(1000, 2, 7);

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

    private void validate() {
        try {
            CulturePlates.pbmcStimulation(donors.get(), parsedDoses());
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
        CulturePlate culture = CulturePlates.pbmcStimulation(donors.get(), parsedDoses());
        Experiment e = Experiment.of(name.get(), culture);
        for (Analyte a : analytes) e = e.withAssay(AssayRun.of(assayPlateFor(a, culture)));
        return Optional.of(e);
    }

    /**
     * An ELISA plate mirroring the culture plate: each sample in the well of the same position, the standards (with a
     * zero standard) in duplicate where the template leaves room — columns 11–12 for up to three donors, else rows G–H.
     */
    static AssayPlate assayPlateFor(Analyte analyte, CulturePlate culture) {
        AssayPlate p = new AssayPlate(analyte.name(), PlateFormat.WELLS_96, analyte, Map.of());
        int lastColumn = culture.wells().keySet().stream().mapToInt(WellPosition::column).max().orElse(-1);
        int lastRow = culture.wells().keySet().stream().mapToInt(WellPosition::row).max().orElse(-1);
        if (lastColumn <= 9) {
            p = p.withStandardSeries(DEFAULT_STANDARDS, 0, List.of(10, 11), true);
        } else if (lastRow <= 5) {
            Map<WellPosition, AssayWell> m = new LinkedHashMap<>();
            List<Double> conc = DEFAULT_STANDARDS.concentrations();
            for (int i = 0; i <= conc.size(); i++) {
                AssayWell w = i < conc.size() ? AssayWell.standard(conc.get(i)) : AssayWell.ZERO_STANDARD;
                m.put(new WellPosition(6, i), w);
                m.put(new WellPosition(7, i), w);
            }
            p = p.withWells(m);
        }
        return p.withDefaultSamples(culture, 1);
    }
}
