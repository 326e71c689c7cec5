package org.cytobench.ui.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cytobench.flow.assay.FlowAssayFiles;
import org.cytobench.plate.CulturePlates;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.FlowAssay;
import org.cytobench.project.Project;

/**
 * The committed simulated flow set (src/test/resources/flow/simulated, made by SimulatedPbmcFlow for the sample culture
 * plate: 54 wells, 1500 events each, A9 300) as a project whose experiment has one flow assay with the T-cell template.
 */
public final class SimulatedFlowProject {
    public static final Path DIR = Path.of("src", "test", "resources", "flow", "simulated");
    public static final List<String> READOUT_IDS = List.of("CD4_CD69pos", "CD4_CD25pos", "CD8_CD69pos", "CD8_CD25pos");

    private SimulatedFlowProject() {}

    public static Project create() {
        try (Stream<Path> s = Files.list(DIR)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".fcs")).sorted().toList();
            String gates = Files.readString(DIR.resolve("tcell-gates.xml"));
            List<FlowAssay.FlowReadout> readouts = List.of(
                    new FlowAssay.FlowReadout("CD4_CD69pos", "% CD69+ of CD4+", null), new FlowAssay.FlowReadout("CD4_CD25pos", "% CD25+ of CD4+", null),
                    new FlowAssay.FlowReadout("CD8_CD69pos", "% CD69+ of CD8+", null), new FlowAssay.FlowReadout("CD8_CD25pos", "% CD25+ of CD8+", null));
            Project p = Project.of(Experiment.of("Thymalfasin T-cell activation", CulturePlates.pbmcStimulation()));
            return FlowAssayFiles.withFlowAssay(p, "T-cell activation", files, gates, readouts);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
