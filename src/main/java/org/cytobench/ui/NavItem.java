package org.cytobench.ui;

/** An entry of the left navigation: the culture plate, one assay plate (by index), one flow assay (by index), or the results. */
public record NavItem(Kind kind, int index, String label) {
    public enum Kind { CULTURE, ASSAY, RESULTS, FLOW }

    public static final NavItem CULTURE = new NavItem(Kind.CULTURE, -1, "Culture plate");
    public static final NavItem RESULTS = new NavItem(Kind.RESULTS, -1, "Results");

    @Override
    public String toString() { return label; }
}
