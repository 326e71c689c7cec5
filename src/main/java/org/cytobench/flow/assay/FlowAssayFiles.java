package org.cytobench.flow.assay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.FlowAssay;
import org.cytobench.project.Project;

/**
 * Adds a flow assay made of FCS files on disk to a project: each file is embedded (like a plate-reader export) and listed
 * as a sample whose culture well is mapped later from its keywords or name ({@link CultureWellMapping}).
 */
public final class FlowAssayFiles {
    private FlowAssayFiles() {}

    /** The project with the files embedded and the assay appended to the experiment's flow assays. */
    public static Project withFlowAssay(Project p, String name, List<Path> files, String gatingMl, List<FlowAssay.FlowReadout> readouts)
            throws IOException {
        Project out = p;
        List<FlowAssay.FlowSample> samples = new ArrayList<>();
        for (Path f : files) {
            SourceFile s = SourceFile.read(f);
            out = out.withSource(s);
            samples.add(new FlowAssay.FlowSample(s.name(), null));
        }
        List<FlowAssay> assays = new ArrayList<>(out.experiment().flowAssays());
        assays.add(new FlowAssay(name, samples, gatingMl, readouts, FlowAssay.DEFAULT_MIN_EVENTS));
        return out.withExperiment(out.experiment().withFlowAssays(assays));
    }
}
