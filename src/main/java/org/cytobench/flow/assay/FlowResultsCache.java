package org.cytobench.flow.assay;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.PlateFormat;
import org.cytobench.project.Project;

/**
 * The last gating of each flow assay, for a workbench that re-analyses its document on every edit: masking an ELISA well
 * must not re-gate 54 FCS files. An assay is gated again only when it changed (samples, wells, template, readouts,
 * minimum events), the culture plate's format changed, or one of its files is another embedded file; the files are
 * compared by identity, because an unchanged project keeps the very same SourceFile objects from edit to edit.
 * Thread-safe: the workbench analyses on a background executor.
 */
public final class FlowResultsCache {

    private record Key(FlowAssay assay, PlateFormat format, List<SourceFile> files) {
        boolean sameAs(Key o) {
            if (!assay.equals(o.assay) || format != o.format || files.size() != o.files.size()) return false;
            for (int i = 0; i < files.size(); i++) if (files.get(i) != o.files.get(i)) return false;
            return true;
        }
    }

    private final List<Key> keys = new ArrayList<>();
    private final List<FlowAssayResult> results = new ArrayList<>();

    /** The assay's result: the remembered one when nothing it depends on changed, else gated now (and remembered). */
    public FlowAssayResult result(Project project, int index) {
        FlowAssay a = project.experiment().flowAssays().get(index);
        PlateFormat format = project.experiment().culture().format();
        List<SourceFile> files = new ArrayList<>();
        for (FlowAssay.FlowSample s : a.samples()) files.add(project.source(s.sourceFile()).orElse(null));
        Key key = new Key(a, format, files);
        synchronized (this) {
            if (index < keys.size() && keys.get(index).sameAs(key)) return results.get(index);
        }
        FlowAssayResult r = FlowAssayAnalyzer.analyze(a, name -> project.source(name).map(SourceFile::bytes).orElse(null), format);
        synchronized (this) {
            while (keys.size() <= index) {
                keys.add(null);
                results.add(null);
            }
            keys.set(index, key);
            results.set(index, r);
        }
        return r;
    }
}
