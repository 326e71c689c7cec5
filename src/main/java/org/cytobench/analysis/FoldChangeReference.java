package org.cytobench.analysis;

import java.util.Collection;
import java.util.List;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.TreatmentGroup;

/**
 * The group a fold change is taken against: the stimulated vehicle control. A stimulated group uses its own stimulus's
 * vehicle control; an unstimulated group uses the stimulated vehicle control when the experiment has exactly one.
 */
final class FoldChangeReference {
    private FoldChangeReference() {}

    static TreatmentGroup of(TreatmentGroup g, Collection<TreatmentGroup> groups, CulturePlate culture) {
        List<TreatmentGroup> stimulatedControls = groups.stream()
                .filter(c -> c.isVehicleControl() && isStimulated(c, culture)).toList();
        if (isStimulated(g, culture)) {
            return stimulatedControls.stream().filter(c -> c.stimulus().equals(g.stimulus())).findFirst().orElse(null);
        }
        return stimulatedControls.size() == 1 ? stimulatedControls.get(0) : null;
    }

    private static boolean isStimulated(TreatmentGroup g, CulturePlate culture) {
        return culture.wells().values().stream().map(Treatment::stimulus)
                .filter(s -> s.label().equals(g.stimulus())).findFirst().map(Stimulus::isStimulated).orElse(false);
    }
}
