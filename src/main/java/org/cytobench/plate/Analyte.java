package org.cytobench.plate;

import java.util.List;

/** What an assay plate measures, and the unit its concentrations are reported in. */
public record Analyte(String name, String unit) {

    public static final String DEFAULT_UNIT = "pg/mL";

    public static final Analyte IL_6 = new Analyte("IL-6", DEFAULT_UNIT);
    public static final Analyte TNF_ALPHA = new Analyte("TNF-α", DEFAULT_UNIT);
    public static final Analyte IL_10 = new Analyte("IL-10", DEFAULT_UNIT);
    public static final Analyte IL_2 = new Analyte("IL-2", DEFAULT_UNIT);
    public static final Analyte IFN_GAMMA = new Analyte("IFN-γ", DEFAULT_UNIT);
    public static final Analyte IL_4 = new Analyte("IL-4", DEFAULT_UNIT);
    public static final Analyte IL_8 = new Analyte("IL-8", DEFAULT_UNIT);

    public static final List<Analyte> KNOWN = List.of(IL_6, TNF_ALPHA, IL_10, IL_2, IFN_GAMMA, IL_4, IL_8);

    public Analyte {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an analyte needs a name");
        name = name.strip();
        unit = unit == null || unit.isBlank() ? DEFAULT_UNIT : unit.strip();
    }

    public static Analyte custom(String name) { return new Analyte(name, DEFAULT_UNIT); }
}
