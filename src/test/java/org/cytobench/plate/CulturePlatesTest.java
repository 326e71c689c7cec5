package org.cytobench.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CulturePlatesTest {

    @Test
    void referenceTemplateHasTriplicatesOfSixGroupsForThreeDonors() {
        CulturePlate p = CulturePlates.pbmcStimulation();
        assertEquals(6 * 3 * 3, p.wells().size());
        var reps = p.replicates();
        assertEquals(6, reps.size());
        reps.values().forEach(byDonor -> {
            assertEquals(3, byDonor.size());
            byDonor.values().forEach(wells -> assertEquals(3, wells.size()));
        });
        Treatment b4 = p.treatment(WellPosition.parse("D4"));
        assertEquals(10.0, b4.thymalfasinNgPerMl());
        assertEquals("D2", b4.donor());
        assertEquals(Stimulus.Kind.LPS, b4.stimulus().kind());
        assertEquals(100.0, b4.stimulus().concentration());
        assertEquals(1e6, b4.cellsPerMl());
        assertEquals(100.0, b4.volumeUl());
        assertEquals(Stimulus.NONE, p.treatment(WellPosition.parse("A1")).stimulus());
        Treatment vehicle = p.treatment(WellPosition.parse("C1"));
        assertEquals(true, vehicle.group().isVehicleControl());
    }

    @Test
    void rejectsTooManyDonors() {
        assertThrows(IllegalArgumentException.class, () -> CulturePlates.pbmcStimulation(5, List.of(10.0)));
    }

    @Test
    void standardSeriesHalvesFromTheTop() {
        assertEquals(List.of(1000.0, 500.0, 250.0, 125.0, 62.5, 31.25, 15.625), new StandardSeries(1000, 2, 7).concentrations());
    }

    @Test
    void groupsAreListedControlsFirstThenRisingDoses() {
        List<String> labels = CulturePlates.pbmcStimulation().replicates().keySet().stream().map(TreatmentGroup::label).toList();
        assertEquals(List.of("Unstimulated", "Unstimulated + vehicle", "LPS 100 ng/mL + vehicle", "LPS 100 ng/mL + Tα1 10 ng/mL",
                "LPS 100 ng/mL + Tα1 50 ng/mL", "LPS 100 ng/mL + Tα1 100 ng/mL"), labels);
    }
}
