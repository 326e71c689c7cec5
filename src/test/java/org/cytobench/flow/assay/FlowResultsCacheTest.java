package org.cytobench.flow.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytobench.plate.FlowAssay;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The workbench's flow cache: an edit elsewhere reuses the gating, an edit of the assay gates again. */
class FlowResultsCacheTest {

    private static Project sample() throws Exception {
        return new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench"));
    }

    @Test
    void anUnchangedAssayIsNotGatedAgainAndAChangedOneIs() throws Exception {
        Project p = sample();
        FlowResultsCache cache = new FlowResultsCache();
        FlowAssayResult first = cache.result(p, 0);
        // an edit that does not touch the flow assay (here: the experiment's name) keeps the result
        Project renamed = p.withExperiment(p.experiment().withName("renamed"));
        assertSame(first, cache.result(renamed, 0));
        // a changed minimum of events is a changed assay: gated again, and the answer is the uncached one
        FlowAssay a = p.experiment().flowAssays().get(0);
        List<FlowAssay> changed = new ArrayList<>(List.of(new FlowAssay(a.name(), a.samples(), a.gatingMl(), a.readouts(), 1000)));
        Project stricter = p.withExperiment(p.experiment().withFlowAssays(changed));
        FlowAssayResult again = cache.result(stricter, 0);
        assertNotSame(first, again);
        assertEquals(FlowResults.of(stricter, stricter.analysisSettings()).assays().get(0), again);
        assertEquals(FlowResults.of(p, p.analysisSettings()).assays().get(0), first);
    }
}
