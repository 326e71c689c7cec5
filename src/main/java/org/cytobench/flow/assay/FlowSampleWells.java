package org.cytobench.flow.assay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;

/**
 * The culture well each sample of a flow assay is analysed as: the stored well, else the one its embedded file's keywords
 * or name give ({@link CultureWellMapping}, as {@link FlowAssayAnalyzer} does). Reads the files without a stored well, so
 * call it off the FX thread.
 */
public final class FlowSampleWells {
    private FlowSampleWells() {}

    /** Well → the sample files analysed as that well, in sample order (a sample without any well is left out). */
    public static Map<WellPosition, List<String>> of(Project project, FlowAssay assay) {
        PlateFormat format = project.experiment().culture().format();
        Map<WellPosition, List<String>> out = new LinkedHashMap<>();
        for (FlowAssay.FlowSample s : assay.samples()) {
            WellPosition w = s.cultureWell();
            if (w == null) w = guess(project.source(s.sourceFile()), format);
            if (w == null) w = CultureWellMapping.fromFileName(s.sourceFile(), format).orElse(null);
            if (w != null) out.computeIfAbsent(w, k -> new ArrayList<>()).add(s.sourceFile());
        }
        return out;
    }

    private static WellPosition guess(Optional<SourceFile> source, PlateFormat format) {
        if (source.isEmpty()) return null;
        try {
            return CultureWellMapping.guess(FcsReader.read(source.get().name(), source.get().bytes()), format).orElse(null);
        } catch (FlowFileException e) {
            return null; // an unreadable sample is not analysed, so it holds no well
        }
    }
}
