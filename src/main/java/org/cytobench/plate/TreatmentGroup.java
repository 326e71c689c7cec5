package org.cytobench.plate;

/**
 * A treatment without its donor: the unit culture wells are grouped by in the dose-response statistics.
 * A group with dose 0 and {@code vehicle} true is the vehicle control of its stimulus.
 */
public record TreatmentGroup(String stimulus, double thymalfasinNgPerMl, boolean vehicle) implements Comparable<TreatmentGroup> {

    public boolean isVehicleControl() { return thymalfasinNgPerMl == 0 && vehicle; }

    public String label() {
        if (thymalfasinNgPerMl > 0) return stimulus + " + Tα1 " + Numbers.compact(thymalfasinNgPerMl) + " ng/mL";
        return stimulus + (vehicle ? " + vehicle" : "");
    }

    /** True for the groups that received no stimulus. */
    public boolean isUnstimulated() { return stimulus.equals(Stimulus.NONE.label()); }

    /**
     * The order tables and charts list groups in, the order of a Prism column table: unstimulated controls first, then per
     * stimulus the vehicle control and the doses, rising.
     */
    @Override
    public int compareTo(TreatmentGroup o) {
        int c = Boolean.compare(!isUnstimulated(), !o.isUnstimulated());
        if (c != 0) return c;
        c = stimulus.compareTo(o.stimulus);
        if (c != 0) return c;
        c = Double.compare(thymalfasinNgPerMl, o.thymalfasinNgPerMl);
        return c != 0 ? c : Boolean.compare(vehicle, o.vehicle);
    }

    @Override
    public String toString() { return label(); }
}
