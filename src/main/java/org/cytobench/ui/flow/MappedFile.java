package org.cytobench.ui.flow;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cytobench.plate.WellPosition;

/**
 * One FCS file in a mapping table (the import dialog, Map samples…): the file, its event count and cytometer, the culture
 * well it maps to (editable) and what the culture plate says about that well; {@link #problem()} is "" when the file has a
 * well of its own, else what is wrong ("not mapped", "A1 also: rerun.fcs").
 */
public final class MappedFile {
    private final String name;
    private final int events;
    private final String cytometer;
    private final WellPosition initialWell;
    private final WellPosition automaticWell;
    private final ObjectProperty<WellPosition> well = new SimpleObjectProperty<>(this, "well");
    final ReadOnlyStringWrapper donor = new ReadOnlyStringWrapper(this, "donor", "");
    final ReadOnlyStringWrapper treatment = new ReadOnlyStringWrapper(this, "treatment", "");
    final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param events      $TOT, or -1 when unknown (a file that no longer reads)
     * @param initialWell   the well guessed (import) or currently mapped (Map samples…), or null
     * @param automaticWell the well the file's keywords or name give ({@code CultureWellMapping}), or null
     */
    MappedFile(String name, int events, String cytometer, WellPosition initialWell, WellPosition automaticWell) {
        this.name = name;
        this.events = events;
        this.cytometer = cytometer == null ? "" : cytometer;
        this.initialWell = initialWell;
        this.automaticWell = automaticWell;
        well.set(initialWell);
    }

    public String name() { return name; }
    public int events() { return events; }
    public String cytometer() { return cytometer; }
    /** The well the file started with in the table (the automatic mapping on import). */
    public WellPosition initialWell() { return initialWell; }
    /**
     * The well the file's keywords or name give. A sample stored without a well is mapped to this one when analysed, so
     * such a file cannot be left unmapped.
     */
    public WellPosition automaticWell() { return automaticWell; }
    public ObjectProperty<WellPosition> wellProperty() { return well; }
    public WellPosition well() { return well.get(); }
    public ReadOnlyStringProperty donorProperty() { return donor.getReadOnlyProperty(); }
    public ReadOnlyStringProperty treatmentProperty() { return treatment.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public String problem() { return problem.get(); }
    public boolean changed() { return !java.util.Objects.equals(initialWell, well.get()); }
}
