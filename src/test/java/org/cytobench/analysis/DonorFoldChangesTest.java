package org.cytobench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overview's donor × treatment × analyte fold changes on the bundled sample experiment. Reference values: log2 of the
 * mean "value in statistics" of a donor's sample wells in the group ÷ the same donor's "LPS 100 ng/mL + vehicle" mean,
 * computed with python from the wells.csv that {@code analyze} writes for the sample (one assay well per culture well).
 */
class DonorFoldChangesTest {

    private static DonorFoldChanges f;

    @BeforeAll
    static void analyse() throws Exception {
        Project p = new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench"));
        f = DonorFoldChanges.of(ExperimentAnalyzer.analyze(p.experiment(), p.analysisSettings()));
    }

    private static Double cell(String analyte, String donor, String group) {
        int c = f.analytes().indexOf(analyte);
        for (int r = 0; r < f.rows().size(); r++) {
            if (f.rows().get(r).donor().equals(donor) && f.rows().get(r).group().label().equals(group)) return f.log2()[r][c];
        }
        throw new AssertionError("no row " + donor + " · " + group + " in " + f.rows());
    }

    @Test
    void matchesTheDonorPairedRatiosOfWellsCsv() {
        assertEquals(-0.848404, cell("IL-6", "D1", "LPS 100 ng/mL + Tα1 100 ng/mL"), 1e-6);
        assertEquals(-0.305537, cell("IL-6", "D2", "LPS 100 ng/mL + Tα1 10 ng/mL"), 1e-6);   // D2's vehicle: 2 wells
        assertEquals(0.820544, cell("IL-10", "D3", "LPS 100 ng/mL + Tα1 100 ng/mL"), 1e-6);
        assertEquals(0.18026, cell("IL-10", "D3", "LPS 100 ng/mL + Tα1 10 ng/mL"), 1e-5);     // one of D3's wells has no value
    }

    @Test
    void rowsAreDonorsTreatedGroupsWithoutTheVehicleItself() {
        assertEquals("D1 · LPS 100 ng/mL + Tα1 10 ng/mL", f.rows().get(0).label());
        assertEquals(9, f.rows().size()); // 3 donors × 3 thymalfasin doses
        assertEquals(1.0231628, f.maxAbs(), 1e-6); // the largest change: IL-6 of D3 at 100 ng/mL, a little more than halved
    }

    @Test
    void theAnalyteThatFailedQcHasNoValues() {
        // TNF-α's plate failed QC and its samples leave the dose response
        int tnf = f.analytes().indexOf("TNF-α");
        if (tnf >= 0) for (Double[] row : f.log2()) assertNull(row[tnf]);
    }
}
