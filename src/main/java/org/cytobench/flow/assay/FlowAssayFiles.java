package org.cytobench.flow.assay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.WellPosition;
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

    /**
     * The project with FCS files embedded (SHA-256 kept with each, like every embedded export) and listed as samples mapped
     * to the given culture wells (null: unmapped). {@code assayIndex} -1 appends a new assay with the template's gates and
     * readouts; otherwise the samples join that assay, whose gates stay as they are, and a sample of the same file name is
     * replaced (a corrected file keeps one copy, as {@link Project#withSource} does).
     */
    public static Project withSamples(Project p, int assayIndex, String newAssayName, FlowTemplate template, List<SourceFile> files,
                                      List<WellPosition> wells) {
        if (files.size() != wells.size()) throw new IllegalArgumentException("one culture well (or null) per file");
        List<FlowAssay> assays = new ArrayList<>(p.experiment().flowAssays());
        FlowAssay target = assayIndex < 0
                ? new FlowAssay(newAssayName, List.of(), template.gatingMl(), template.readouts(), FlowAssay.DEFAULT_MIN_EVENTS)
                : assays.get(assayIndex);
        List<FlowAssay.FlowSample> samples = new ArrayList<>(target.samples());
        Project out = p;
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            out = out.withSource(f);
            FlowAssay.FlowSample s = new FlowAssay.FlowSample(f.name(), wells.get(i));
            int existing = indexOf(samples, f.name());
            if (existing >= 0) samples.set(existing, s); else samples.add(s);
        }
        FlowAssay extended = new FlowAssay(target.name(), samples, target.gatingMl(), target.readouts(), target.minEvents());
        if (assayIndex < 0) assays.add(extended); else assays.set(assayIndex, extended);
        return out.withExperiment(out.experiment().withFlowAssays(assays));
    }

    /** The project with one sample of a flow assay mapped to another culture well (null: unmapped). */
    public static Project withCultureWell(Project p, int assayIndex, int sampleIndex, WellPosition well) {
        List<FlowAssay> assays = new ArrayList<>(p.experiment().flowAssays());
        FlowAssay a = assays.get(assayIndex);
        List<FlowAssay.FlowSample> samples = new ArrayList<>(a.samples());
        samples.set(sampleIndex, new FlowAssay.FlowSample(samples.get(sampleIndex).sourceFile(), well));
        assays.set(assayIndex, new FlowAssay(a.name(), samples, a.gatingMl(), a.readouts(), a.minEvents()));
        return p.withExperiment(p.experiment().withFlowAssays(assays));
    }

    private static int indexOf(List<FlowAssay.FlowSample> samples, String file) {
        for (int i = 0; i < samples.size(); i++) if (samples.get(i).sourceFile().equals(file)) return i;
        return -1;
    }
}
