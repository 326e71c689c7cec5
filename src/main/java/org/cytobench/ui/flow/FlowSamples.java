package org.cytobench.ui.flow;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.flow.assay.CultureWellMapping;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;

/** Reads a flow assay's embedded FCS files into {@link FlowSample}s (off the FX thread: a real file is tens of MB). */
final class FlowSamples {
    private FlowSamples() {}

    static List<FlowSample> read(Project project, FlowAssay assay, java.util.function.BooleanSupplier cancelled,
                                 java.util.function.IntConsumer progress) {
        CulturePlate culture = project.experiment().culture();
        List<FlowSample> out = new ArrayList<>();
        for (int i = 0; i < assay.samples().size() && !cancelled.getAsBoolean(); i++) {
            FlowAssay.FlowSample s = assay.samples().get(i);
            byte[] bytes = project.source(s.sourceFile()).map(SourceFile::bytes).orElse(null);
            FcsFile fcs = null;
            String problem = null;
            if (bytes == null) {
                problem = "file not embedded";
            } else {
                try {
                    fcs = FcsReader.read(s.sourceFile(), bytes);
                } catch (FlowFileException e) {
                    problem = e.problem();
                }
            }
            WellPosition well = s.cultureWell();
            if (well == null && fcs != null) well = CultureWellMapping.guess(fcs, culture.format()).orElse(null);
            Treatment t = well == null ? null : culture.treatment(well);
            String group = t == null ? "" : t.group().label();
            String donor = t == null || t.donor() == null ? "" : t.donor();
            boolean control = t != null && t.group().isUnstimulated();
            out.add(new FlowSample(i, s.sourceFile(), well, group, donor, control, fcs, fcs == null ? null : fcs.scaleEvents(), problem));
            progress.accept(out.size());
        }
        return out;
    }
}
