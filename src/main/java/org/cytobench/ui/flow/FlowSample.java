package org.cytobench.ui.flow;

import org.cytobench.flow.FlowEvents;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.plate.WellPosition;

/**
 * One acquired sample as the flow view lists it: the file, the culture well it was mapped to and what the culture plate
 * says about that well, and (once read) its events as scale values.
 *
 * @param index   its position in the flow assay
 * @param well    the culture well, or null when unmapped
 * @param group   the treatment group's label ("" when the well has none)
 * @param donor   the donor ("" when none)
 * @param control true for an unstimulated well: gates are set on a control and applied unchanged to all samples
 * @param fcs     the parsed file, or null when it could not be read ({@code problem} says why)
 * @param scale   the events as scale values, or null
 */
public record FlowSample(int index, String file, WellPosition well, String group, String donor, boolean control, FcsFile fcs,
                         FlowEvents scale, String problem) {

    /** "A1 · Unstimulated · D1", what the sample list shows (controls are shown in bold). */
    public String label() {
        StringBuilder b = new StringBuilder(well == null ? file : well.label());
        if (!group.isEmpty()) b.append(" · ").append(group);
        if (!donor.isEmpty()) b.append(" · ").append(donor);
        if (problem != null) b.append(" — ").append(problem);
        return b.toString();
    }

    public boolean readable() { return scale != null; }
}
